import type { z } from 'zod';
import { minutesOf, type OutreachLogInput, type OutreachLogView } from '../../../contracts/outreach';
import type { Actor } from '../../platform/actor';
import type { OutreachLogColumns, OutreachLogRow } from './queries';

export type ParsedLogInput = z.output<typeof OutreachLogInput>;

export const toLogView = (actor: Actor, r: OutreachLogRow): OutreachLogView => ({
  id: r.id, authorId: r.author_id, authorName: r.author_name, neighbourhoodId: r.neighbourhood_id, neighbourhoodName: r.neighbourhood_name,
  latitude: r.latitude === null ? null : Number(r.latitude), longitude: r.longitude === null ? null : Number(r.longitude),
  startedAt: new Date(r.started_at).toISOString(), durationMinutes: r.duration_minutes, activityKind: r.activity_kind,
  youngPeopleMet: r.young_people_met, themes: r.themes as OutreachLogView['themes'], notes: r.notes, followUp: r.follow_up,
  followUpKind: r.follow_up_kind, mine: r.author_id === actor.userId,
  signal: r.author_id === actor.userId && r.signal_id && r.signal_reference && r.signal_status ? { id: r.signal_id, reference: r.signal_reference, status: r.signal_status } : null,
  version: r.version, createdAt: new Date(r.created_at).toISOString(),
});

export const toColumns = (input: ParsedLogInput): OutreachLogColumns => ({
  neighbourhoodId: input.neighbourhoodId, latitude: input.latitude, longitude: input.longitude, startedAt: input.startedAt,
  durationMinutes: minutesOf(input), activityKind: input.activityKind, youngPeopleMet: input.youngPeopleMet,
  themes: [...new Set(input.themes)], notes: input.notes, followUp: input.followUp, followUpKind: input.followUpKind,
});
