import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SentSignalView, SignalDetail, SignalQueueItem, SignalStatus } from '../../../contracts/signals';
import type { DuplicateCheckResult } from '../../../contracts/households';
import { api } from '../../app/api';

export type { SentSignalView, SignalDetail, SignalQueueItem };
export type Match = z.infer<typeof DuplicateCheckResult>['matches'][number];
type Page<T> = { items: T[]; nextCursor: string | null };

export const signalKeys = {
  all: ['signals'] as const,
  sent: (cursor?: string) => ['signals', 'sent', cursor ?? ''] as const,
  queue: (status: string, cursor?: string) => ['signals', 'queue', status, cursor ?? ''] as const,
  detail: (id: string) => ['signals', 'detail', id] as const,
};

const withCursor = (base: string, cursor?: string) => (cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base);

export function useSentSignals(cursor?: string) {
  return useQuery({ queryKey: signalKeys.sent(cursor), queryFn: () => api.get<Page<SentSignalView>>(withCursor('/api/v1/sent-signals?limit=25', cursor)) });
}

export function useTriageQueue(status: z.infer<typeof SignalStatus>, cursor?: string) {
  return useQuery({ queryKey: signalKeys.queue(status, cursor), queryFn: () => api.get<Page<SignalQueueItem>>(withCursor(`/api/v1/signals?limit=25&status=${status}`, cursor)) });
}

export function useSignal(id: string) {
  return useQuery({ queryKey: signalKeys.detail(id), queryFn: () => api.get<SignalDetail>(`/api/v1/signals/${id}`) });
}

/** Days as the user reads them, e.g. "27 nov 2026". */
export function formatDay(isoDay: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
