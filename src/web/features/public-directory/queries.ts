import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { PublicServiceDetail, ServicePage } from '../../../contracts/directory';
import type { ServiceFiltersView } from '../../../contracts/directory';
import type { z } from 'zod';
import { api, withQuery } from '../../app/api';
import { afterFirstPaint } from '../../app/first-paint';

export type ServiceFilters = z.infer<typeof ServiceFiltersView>;
/** Which search: the public one (approved, public entries) or the staff one (also professional-only entries). */
export type SearchScope = 'public' | 'staff';

const SEARCH_PATH: Record<SearchScope, string> = { public: '/api/v1/public/services', staff: '/api/v1/services' };

/**
 * Results page by page ("Meer laden"); the previous results stay on screen while a new search loads.
 * The first search goes out after the first paint (see first-paint.ts): the page shows "searching" until then.
 */
export function useServiceSearch(scope: SearchScope, query: Record<string, string>) {
  return useInfiniteQuery({
    queryKey: ['directory', scope, 'search', query],
    queryFn: async ({ pageParam }) => {
      await afterFirstPaint();
      return api.get<ServicePage>(withQuery(SEARCH_PATH[scope], { ...query, cursor: pageParam }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePublicService(serviceId: string) {
  return useQuery({
    queryKey: ['directory', 'public', 'service', serviceId],
    queryFn: () => api.get<PublicServiceDetail>(`/api/v1/public/services/${encodeURIComponent(serviceId)}`),
  });
}

/** Themes, districts with neighbourhoods and languages for the search form (asked for after the first paint, like the search). */
export function useServiceFilters() {
  return useQuery({
    queryKey: ['directory', 'filters'],
    queryFn: async () => {
      await afterFirstPaint();
      return api.get<ServiceFilters>('/api/v1/public/service-filters');
    },
    staleTime: 10 * 60_000,
  });
}
