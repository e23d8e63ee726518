import { useQuery } from '@tanstack/react-query';
import type { ConsentView } from '../../../contracts/consents';
import type { ReferralView } from '../../../contracts/referrals';
import { api, withQuery, type Page } from '../../app/api';

export const referralKeys = {
  household: (householdId: string) => ['referrals', 'household', householdId] as const,
  consents: (householdId: string) => ['referrals', 'consents', householdId] as const,
  inbox: ['referrals', 'inbox'] as const,
};

export const useHouseholdReferrals = (householdId: string) =>
  useQuery({ queryKey: referralKeys.household(householdId), queryFn: () => api.get<Page<ReferralView>>(withQuery('/api/v1/referrals', { householdId, limit: 100 })) });

export const useHouseholdConsents = (householdId: string) =>
  useQuery({ queryKey: referralKeys.consents(householdId), queryFn: () => api.get<Page<ConsentView>>(withQuery('/api/v1/consents', { householdId, limit: 100 })) });

export const useInbox = () => useQuery({ queryKey: referralKeys.inbox, queryFn: () => api.get<Page<ReferralView>>('/api/v1/referrals?limit=100') });

export interface ServiceOption {
  id: string;
  name: string;
  organizationName: string | null;
  kind: 'formal' | 'informal';
  email: string | null;
}

export const findServices = (q: string) => api.get<{ items: ServiceOption[] }>(withQuery('/api/v1/referral-services', { q }));
