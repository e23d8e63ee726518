import { z } from 'zod';
import { Timestamp, Uuid } from './common';

export const BreakGlassInput = z.strictObject({
  householdId: Uuid,
  reason: z.string().trim().min(10, { error: 'Give a reason of at least 10 characters' }).max(2000),
});
export const BreakGlassGrantView = z.object({ id: Uuid, householdId: Uuid, reason: z.string(), grantedAt: Timestamp, expiresAt: Timestamp });

export const NotificationView = z.object({ id: Uuid, kind: z.string(), payload: z.record(z.string(), z.unknown()), createdAt: Timestamp, readAt: Timestamp.nullable() });
