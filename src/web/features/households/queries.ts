import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DistrictView, TeamMemberView } from '../../../contracts/admin';
import type {
  ContactView, DuplicateMatch, ExplorationView, HouseholdFile, HouseholdSummary, MemberView, StoryVersionSummary, StoryView,
} from '../../../contracts/households';
import type {
  CareDecisionView, NetworkTieView, PlanMeetingView, PlanPrintView, PlanView, SafetyMapView, TimelineEntry, ZrmDomainList, ZrmView,
} from '../../../contracts/plans';
import { api, isProblem, withQuery, type Page } from '../../app/api';

export type Household = HouseholdFile;
export type HouseholdRow = z.infer<typeof HouseholdSummary>;
export type Member = z.infer<typeof MemberView>;
export type Match = z.infer<typeof DuplicateMatch>;
export type Story = z.infer<typeof StoryView>;
export type StoryVersion = z.infer<typeof StoryVersionSummary>;
export type Exploration = z.infer<typeof ExplorationView>;
export type Contact = z.infer<typeof ContactView>;
export type Plan = PlanView;
export type Goal = PlanView['goals'][number];
export type Action = Goal['actions'][number];
export type PlanMeeting = z.infer<typeof PlanMeetingView>;
export type Tie = z.infer<typeof NetworkTieView>;
export type ZrmAssessment = z.infer<typeof ZrmView>;
export type ZrmDomains = z.infer<typeof ZrmDomainList>;
export type SafetyMap = z.infer<typeof SafetyMapView>;
export type CareDecision = z.infer<typeof CareDecisionView>;
export type TimelineItem = z.infer<typeof TimelineEntry>;
export type PrintView = z.infer<typeof PlanPrintView>;
export type TeamMember = z.infer<typeof TeamMemberView>;
export type District = z.infer<typeof DistrictView>;

export const householdsPath = (id: string) => `/api/v1/households/${id}`;

/** Query keys: everything of one household starts with ['household', id], so one change can refresh the file. */
export const householdKeys = {
  lists: ['households'] as const,
  file: (id: string) => ['household', id] as const,
  part: (id: string, part: string, ...rest: unknown[]) => ['household', id, part, ...rest] as const,
};

export interface HouseholdListParams {
  scope: 'mine' | 'team' | 'waiting';
  q?: string;
  bsn?: string;
  status?: string;
  neighbourhoodId?: string;
  sort: 'name' | 'registered' | 'waiting';
  cursor?: string;
}

export function useHouseholdList(params: HouseholdListParams) {
  return useQuery({
    queryKey: [...householdKeys.lists, params],
    queryFn: () => api.get<Page<HouseholdRow>>(withQuery('/api/v1/households', { limit: 25, ...params })),
  });
}

export function useHousehold(id: string) {
  return useQuery({ queryKey: householdKeys.file(id), queryFn: () => api.get<Household>(householdsPath(id)) });
}

/** A part of the file that every reader of the household may see. */
function usePart<T>(id: string, part: string, path: string, enabled = true) {
  return useQuery({ queryKey: householdKeys.part(id, part, path), queryFn: () => api.get<T>(`${householdsPath(id)}${path}`), enabled });
}

export const useStory = (id: string) => usePart<Story>(id, 'story', '/story');
export const useStoryVersions = (id: string) => usePart<{ items: StoryVersion[] }>(id, 'story', '/story-versions');
export const useExplorations = (id: string) => usePart<{ items: Exploration[] }>(id, 'explorations', '/explorations');
export const useContacts = (id: string, cursor?: string) => usePart<Page<Contact>>(id, 'contacts', withQuery('/contacts', { cursor }));
export const useTies = (id: string) => usePart<Page<Tie>>(id, 'network', '/network-ties?limit=100');
export const useZrm = (id: string, personId: string | undefined) =>
  usePart<Page<ZrmAssessment>>(id, 'zrm', withQuery('/zrm-assessments', { personId, limit: 100 }), !!personId);
export const useSafetyMaps = (id: string) => usePart<Page<SafetyMap>>(id, 'safety', '/safety-maps?limit=100');
export const useCareDecisions = (id: string) => usePart<Page<CareDecision>>(id, 'care', '/care-decisions?limit=100');
export const useTimeline = (id: string, cursor?: string) => usePart<Page<TimelineItem>>(id, 'timeline', withQuery('/timeline', { cursor, order: 'asc' }));
export const usePlanMeetings = (id: string) => usePart<Page<PlanMeeting>>(id, 'plan', '/plan-meetings?limit=100');
export const usePrintView = (id: string) => usePart<PrintView>(id, 'print', '/plan-document');

/** The active plan, or null while the household has none (the server answers 404 for that). */
export function usePlan(id: string) {
  return useQuery({
    queryKey: householdKeys.part(id, 'plan'),
    queryFn: async () => {
      try {
        return await api.get<Plan>(`${householdsPath(id)}/plan`);
      } catch (error) {
        if (isProblem(error, 'not_found')) return null;
        throw error;
      }
    },
  });
}

export function useZrmDomains() {
  return useQuery({ queryKey: ['zrm-domains'], queryFn: () => api.get<ZrmDomains>('/api/v1/zrm-domains'), staleTime: 10 * 60_000 });
}

/** The colleagues of a team, to choose a coordinator or case-team member. */
export function useTeamMembers(teamId: string | null) {
  return useQuery({
    queryKey: ['team-members', teamId],
    queryFn: () => api.get<{ items: TeamMember[] }>(`/api/v1/teams/${teamId}/members`),
    enabled: !!teamId,
  });
}

export function useDistrictOptions() {
  return useQuery({ queryKey: ['districts', null, 100], queryFn: () => api.get<Page<District>>('/api/v1/districts?limit=100'), staleTime: 10 * 60_000 });
}
