import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MySignalMatchRegistrationView, SignalMatchGroup, SignalMatchingSettings, SignalMatchRegistrationView } from '../../../contracts/signal-matching';
import { api, withQuery, type Page } from '../../app/api';

export type Registration = z.infer<typeof SignalMatchRegistrationView>;
export type MatchGroup = z.infer<typeof SignalMatchGroup>;
export type AboutMe = z.infer<typeof MySignalMatchRegistrationView>;

export const signalMatchKeys = {
  all: ['signal-matching'] as const,
  registrations: (cursor: string | undefined) => ['signal-matching', 'registrations', cursor] as const,
  matches: ['signal-matching', 'matches'] as const,
  aboutMe: ['signal-matching', 'about-me'] as const,
  settings: ['signal-matching', 'settings'] as const,
};

export const useOwnRegistrations = (cursor: string | undefined) =>
  useQuery({ queryKey: signalMatchKeys.registrations(cursor), queryFn: () => api.get<Page<Registration>>(withQuery('/api/v1/signal-match-registrations', { cursor, limit: 20 })) });

export const useMatches = () => useQuery({ queryKey: signalMatchKeys.matches, queryFn: () => api.get<Page<MatchGroup>>('/api/v1/signal-matches?limit=100') });

export const useRegistrationsAboutMe = () => useQuery({ queryKey: signalMatchKeys.aboutMe, queryFn: () => api.get<{ items: AboutMe[] }>('/api/v1/me/signal-match-registrations') });

export const useSignalMatchingSettings = () => useQuery({ queryKey: signalMatchKeys.settings, queryFn: () => api.get<SignalMatchingSettings>('/api/v1/signal-matching-settings') });
