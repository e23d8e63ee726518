import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeldcodeCaseSummary, MeldcodeCaseView, MeldcodeSettingsView } from '../../../contracts/meldcode';
import { api, withQuery, type Page } from '../../app/api';

export const casesPath = '/api/v1/meldcode-cases';
export const casePath = (id: string) => `${casesPath}/${id}`;
export const reportPath = (id: string) => `${casePath(id)}/report-document`;

export const meldcodeKeys = {
  all: ['meldcode'] as const,
  list: (householdId?: string, cursor?: string) => ['meldcode', 'list', householdId ?? null, cursor ?? null] as const,
  case: (id: string) => ['meldcode', 'case', id] as const,
  settings: ['meldcode', 'settings'] as const,
};

export function useMeldcodeCases(householdId?: string, cursor?: string) {
  return useQuery({ queryKey: meldcodeKeys.list(householdId, cursor), queryFn: () => api.get<Page<MeldcodeCaseSummary>>(withQuery(casesPath, { householdId, cursor, limit: 25 })) });
}

export function useMeldcodeCase(id: string) {
  return useQuery({ queryKey: meldcodeKeys.case(id), queryFn: () => api.get<MeldcodeCaseView>(casePath(id)) });
}

export function useMeldcodeSettings() {
  return useQuery({ queryKey: meldcodeKeys.settings, queryFn: () => api.get<MeldcodeSettingsView>('/api/v1/meldcode-settings') });
}

/** Sends a change to a case and shows the case as the server answers it. */
export function useCaseChange(caseId: string) {
  const queryClient = useQueryClient();
  return async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
    const view = method === 'POST' ? await api.post<MeldcodeCaseView>(`${casePath(caseId)}${path}`, body) : await api.patch<MeldcodeCaseView>(`${casePath(caseId)}${path}`, body);
    queryClient.setQueryData(meldcodeKeys.case(caseId), view);
    await queryClient.invalidateQueries({ queryKey: ['meldcode', 'list'] });
    return view;
  };
}

export function useStartCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (householdId: string) => api.post<MeldcodeCaseView>(casesPath, { householdId }),
    onSuccess: async (view) => {
      queryClient.setQueryData(meldcodeKeys.case(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['meldcode', 'list'] });
    },
  });
}
