import { z } from 'zod';
import { PageQuery, Timestamp, Uuid } from './common';
import { SignalStatus } from './signals';

/** Themes of an outreach visit: a closed list (labels in the web app's catalogue). */
export const OutreachTheme = z.enum(['school', 'leisure', 'home', 'substances', 'safety', 'money', 'work', 'health', 'friends', 'online']);
export type OutreachTheme = z.infer<typeof OutreachTheme>;
/** What follows a visit. "signal" is linked once signals exist; "intake" means an intake was started. */
export const FollowUpKind = z.enum(['none', 'signal', 'intake', 'activity']);
/** Outreach (ambulant werk) or collective work (a group activity), for the team's time split. */
export const ActivityKind = z.enum(['outreach', 'collective']);

const Latitude = z.number().min(50.7, { error: 'Choose a point in the Netherlands' }).max(53.7, { error: 'Choose a point in the Netherlands' });
const Longitude = z.number().min(3.2, { error: 'Choose a point in the Netherlands' }).max(7.3, { error: 'Choose a point in the Netherlands' });

const OutreachLogFields = z.strictObject({
  neighbourhoodId: Uuid,
  latitude: Latitude.nullable().default(null),
  longitude: Longitude.nullable().default(null),
  startedAt: Timestamp,
  /** How long, in minutes; or give `endedAt` instead. */
  durationMinutes: z.number().int().min(1, { error: 'At least 1 minute' }).max(1440, { error: 'At most 24 hours' }).optional(),
  endedAt: Timestamp.optional(),
  activityKind: ActivityKind.default('outreach'),
  youngPeopleMet: z.number().int().min(0).max(10000),
  themes: z.array(OutreachTheme).max(10).default([]),
  notes: z.string().trim().max(4000).default(''),
  followUp: z.string().trim().max(2000).default(''),
  followUpKind: FollowUpKind.default('none'),
});

type Fields = z.infer<typeof OutreachLogFields>;

/** The end and the duration must agree: either one is given, or both describe the same span. */
function checkSpan(v: Fields, ctx: z.RefinementCtx) {
  if (v.durationMinutes === undefined && v.endedAt === undefined) ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'Give a duration or an end time' });
  if (v.endedAt !== undefined) {
    const minutes = Math.round((Date.parse(v.endedAt) - Date.parse(v.startedAt)) / 60000);
    if (minutes < 1 || minutes > 1440) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'The end must be after the start, within 24 hours' });
    else if (v.durationMinutes !== undefined && v.durationMinutes !== minutes) ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'The duration does not match the end time' });
  }
  if ((v.latitude === null) !== (v.longitude === null)) ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Give both latitude and longitude, or neither' });
}

export const OutreachLogInput = OutreachLogFields.superRefine(checkSpan);
export type OutreachLogInput = z.input<typeof OutreachLogInput>;

/** Minutes of a span given as duration or end time (the input is already checked). */
export const minutesOf = (v: { startedAt: string; durationMinutes?: number | undefined; endedAt?: string | undefined }): number =>
  v.durationMinutes ?? Math.round((Date.parse(v.endedAt!) - Date.parse(v.startedAt)) / 60000);

export const OutreachLogView = z.object({
  id: Uuid,
  authorId: Uuid,
  authorName: z.string(),
  neighbourhoodId: Uuid,
  neighbourhoodName: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  startedAt: Timestamp,
  durationMinutes: z.number().int(),
  activityKind: ActivityKind,
  youngPeopleMet: z.number().int(),
  themes: z.array(OutreachTheme),
  notes: z.string(),
  followUp: z.string(),
  followUpKind: FollowUpKind,
  /** True when the signed-in user wrote it (and so may change it). */
  mine: z.boolean(),
  /** The signal this entry became, as its sender sees it (reference and status); shown to the author only. */
  signal: z.object({ id: Uuid, reference: z.string(), status: SignalStatus }).nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type OutreachLogView = z.infer<typeof OutreachLogView>;

export const OutreachLogQuery = PageQuery.extend({
  neighbourhoodId: Uuid.optional(),
  authorId: Uuid.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** What the log form needs: the neighbourhoods to choose from and the map's tiles (null: MAP_TILE_URL=off, a map without tiles). */
export const OutreachLogOptions = z.object({
  neighbourhoods: z.array(z.object({ id: Uuid, name: z.string(), districtName: z.string() })),
  mapTileUrl: z.string().nullable(),
  mapTileAttribution: z.string().nullable(),
});
