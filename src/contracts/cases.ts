import { z } from 'zod';
import { Timestamp, Uuid } from './common';

export const HouseholdMemberView = z.object({ id: Uuid, givenName: z.string(), familyName: z.string(), birthDate: z.iso.date().nullable(), age: z.number().int().nullable() });
export const HouseholdView = z.object({
  id: Uuid,
  name: z.string(),
  status: z.enum(['waiting', 'active', 'closed']),
  teamId: Uuid.nullable(),
  members: z.array(HouseholdMemberView),
  access: z.enum(['coordinator', 'member', 'specialist', 'team_lead', 'break_the_glass']),
});
export type HouseholdView = z.infer<typeof HouseholdView>;

export const BreakGlassInput = z.strictObject({
  householdId: Uuid,
  reason: z.string().trim().min(10, { error: 'Give a reason of at least 10 characters' }).max(2000),
});
export const BreakGlassGrantView = z.object({ id: Uuid, householdId: Uuid, reason: z.string(), grantedAt: Timestamp, expiresAt: Timestamp });

export const NotificationView = z.object({ id: Uuid, kind: z.string(), payload: z.record(z.string(), z.unknown()), createdAt: Timestamp, readAt: Timestamp.nullable() });
