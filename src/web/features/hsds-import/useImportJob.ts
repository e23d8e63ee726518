import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryImportView, ImportFileView } from '../../../contracts/hsds';
import { api, apiRequest, withQuery } from '../../app/api';

/** Uploads each chosen file as it is (the server streams it to disk and judges its encoding). */
async function uploadFiles(files: readonly File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const type = /\.csv$/i.test(file.name) ? 'text/csv' : 'application/json';
    ids.push((await apiRequest<ImportFileView>('POST', withQuery('/api/v1/directory-import-files', { name: file.name }), file, { contentType: type })).id);
  }
  return ids;
}

/**
 * Checks the chosen files (uploads them, then starts a preview), or imports the files a preview
 * checked (by their ids, without uploading them again).
 */
export function useStartImport() {
  return useMutation({
    mutationFn: async (input: { mode: 'preview'; files: File[] } | { mode: 'apply'; fileIds: string[] }) => {
      const fileIds = input.mode === 'preview' ? await uploadFiles(input.files) : input.fileIds;
      const job = await api.post<DirectoryImportView>('/api/v1/directory-imports', { mode: input.mode, fileIds });
      return { job, fileIds };
    },
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
