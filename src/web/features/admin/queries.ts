import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DistrictView, TeamView } from '../../../contracts/admin';
import type { UserView } from '../../../contracts/admin';
import { api, withQuery, type Page } from '../../app/api';

export type Team = z.infer<typeof TeamView>;
export type District = z.infer<typeof DistrictView>;
export type User = UserView;

/** Query keys of the admin screens, so a change can refresh every list that shows it. */
export const adminKeys = {
  users: ['users'] as const,
  teams: ['teams'] as const,
  districts: ['districts'] as const,
};

/** One page (cursor) of teams; the first page of 100 doubles as the option list in forms. */
export function useTeams(cursor?: string, limit = 100) {
  return useQuery({
    queryKey: [...adminKeys.teams, cursor ?? null, limit],
    queryFn: () => api.get<Page<Team>>(withQuery('/api/v1/teams', { cursor, limit })),
  });
}

export function useDistricts(cursor?: string, limit = 100) {
  return useQuery({
    queryKey: [...adminKeys.districts, cursor ?? null, limit],
    queryFn: () => api.get<Page<District>>(withQuery('/api/v1/districts', { cursor, limit })),
  });
}

export function useUsers(params: { q?: string; status?: string; cursor?: string; limit?: number }) {
  return useQuery({
    queryKey: [...adminKeys.users, params],
    queryFn: () => api.get<Page<User>>(withQuery('/api/v1/users', { limit: 25, ...params })),
  });
}
