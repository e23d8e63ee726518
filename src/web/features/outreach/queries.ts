import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OutreachLogOptions, OutreachLogView } from '../../../contracts/outreach';
import { api, withQuery, type Page } from '../../app/api';

export type OutreachLog = OutreachLogView;
export type OutreachOptions = z.infer<typeof OutreachLogOptions>;

export const outreachKeys = {
  all: ['outreach-logs'] as const,
  list: (neighbourhoodId: string, cursor: string | undefined) => ['outreach-logs', 'list', neighbourhoodId, cursor] as const,
  options: ['outreach-log-options'] as const,
};

export function useOutreachLogs(neighbourhoodId: string, cursor: string | undefined) {
  return useQuery({
    queryKey: outreachKeys.list(neighbourhoodId, cursor),
    queryFn: () => api.get<Page<OutreachLog>>(withQuery('/api/v1/outreach-logs', { neighbourhoodId, cursor, limit: 10 })),
  });
}

export function useOutreachOptions() {
  return useQuery({ queryKey: outreachKeys.options, queryFn: () => api.get<OutreachOptions>('/api/v1/outreach-log-options'), staleTime: 10 * 60_000 });
}
