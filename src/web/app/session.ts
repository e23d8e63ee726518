import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Me, PublicTenantInfo } from '../../contracts/auth';
import type { Role } from '../../contracts/common';
import type { z } from 'zod';
import { api, isProblem } from './api';

export const meQueryKey = ['me'] as const;
export const publicTenantQueryKey = ['public-tenant'] as const;
export type PublicTenant = z.infer<typeof PublicTenantInfo>;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/v1/me');
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}

const meQuery = { queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 };
const publicTenantQuery = { queryKey: publicTenantQueryKey, queryFn: () => api.get<PublicTenant>('/api/v1/public/tenant'), staleTime: 10 * 60_000 };

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery(meQuery);
}

/** Name, theme and (in demo mode) demo accounts of the tenant; needs no session. */
export function usePublicTenant() {
  return useQuery(publicTenantQuery);
}

/**
 * Asks for the session and the tenant while the first screen's chunk is still loading (main.tsx),
 * instead of after the first render: the header's name and the guards' answer come a round trip sooner.
 */
export function prefetchSession(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(meQuery);
  void queryClient.prefetchQuery(publicTenantQuery);
}

export function hasRole(me: Me | null | undefined, roles: readonly Role[] | undefined): boolean {
  if (!roles) return true;
  return !!me && me.roles.some((role) => roles.includes(role));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/v1/sessions/current'),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== publicTenantQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
