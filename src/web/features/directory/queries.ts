import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ModerationInput, ServiceDetail, ServicePage, ServiceVersionView, UpdateServiceInput } from '../../../contracts/directory';
import { api, withQuery, type Page } from '../../app/api';
import { sendVersioned } from '../households/http';

export type ServiceVersion = z.infer<typeof ServiceVersionView>;
type Moderation = z.input<typeof ModerationInput>;

export const directoryKeys = {
  all: ['directory'] as const,
  service: (id: string) => ['directory', 'staff', 'service', id] as const,
  list: (query: Record<string, string>) => ['directory', 'staff', 'list', query] as const,
};

/** A service as staff see it, with its version for If-Match and whether I may edit it. */
export function useStaffService(serviceId: string) {
  return useQuery({ queryKey: directoryKeys.service(serviceId), queryFn: () => api.get<ServiceDetail>(`/api/v1/services/${encodeURIComponent(serviceId)}`) });
}

/** One page of the staff search, for the work lists (moderation queue, my entries). */
export function useServiceList(query: Record<string, string>) {
  return useQuery({ queryKey: directoryKeys.list(query), queryFn: () => api.get<ServicePage>(withQuery('/api/v1/services', { limit: 50, ...query })) });
}

export function useServiceVersions(serviceId: string) {
  return useQuery({ queryKey: [...directoryKeys.service(serviceId), 'versions'], queryFn: () => api.get<Page<ServiceVersion>>(`/api/v1/services/${encodeURIComponent(serviceId)}/versions?limit=20`) });
}

/** After any change: the page's own data is the answer; lists and searches are reloaded. */
function useServiceChange<TInput>(serviceId: string, send: (input: TInput) => Promise<ServiceDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (service) => {
      queryClient.setQueryData(directoryKeys.service(serviceId), service);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all, predicate: (q) => q.queryKey[2] !== 'service' || q.queryKey[3] !== serviceId || q.queryKey[4] === 'versions' });
    },
  });
}

const servicePath = (id: string) => `/api/v1/services/${encodeURIComponent(id)}`;

export function useUpdateService(serviceId: string) {
  return useServiceChange(serviceId, ({ version, changes }: { version: number; changes: UpdateServiceInput }) => sendVersioned<ServiceDetail>('PATCH', servicePath(serviceId), version, changes));
}

export function useUpdateCapacity(serviceId: string) {
  return useServiceChange(serviceId, ({ version, placesAvailable, waitingWeeks }: { version: number; placesAvailable: number | null; waitingWeeks: number | null }) =>
    sendVersioned<ServiceDetail>('PUT', `${servicePath(serviceId)}/capacity`, version, { placesAvailable, waitingWeeks }));
}

export function useModerate(serviceId: string) {
  return useServiceChange(serviceId, (input: Moderation) => api.put<ServiceDetail>(`${servicePath(serviceId)}/moderation`, input));
}

export function useConfirmStillRunning(serviceId: string) {
  return useServiceChange(serviceId, () => api.post<ServiceDetail>(`${servicePath(serviceId)}/confirmations`));
}
