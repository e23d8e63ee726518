import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryImportView } from '../../../contracts/hsds';
import { api } from '../../app/api';
import { readAsBase64 } from './read-files';

/** Starts an import (preview or apply) of the chosen files. */
export function useStartImport() {
  return useMutation({
    mutationFn: async ({ mode, files }: { mode: 'preview' | 'apply'; files: File[] }) =>
      api.post<DirectoryImportView>('/api/v1/directory-imports', { mode, files: await readAsBase64(files) }),
  });
}

/** Follows one import until it has finished (polls twice a second while it runs). */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['directory-imports', id],
    enabled: Boolean(id),
    queryFn: async () => {
      const job = await api.get<DirectoryImportView>(`/api/v1/directory-imports/${id}`);
      if (job.status === 'applied') await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'directory-imports' });
      return job;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 500 : false),
  });
}
