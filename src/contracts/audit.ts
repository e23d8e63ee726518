import { z } from 'zod';
import { Timestamp, Uuid } from './common';

export const AuditEventView = z.object({
  id: Uuid,
  seq: z.number().int(),
  occurredAt: Timestamp,
  eventType: z.string(),
  action: z.enum(['create', 'read', 'update', 'delete', 'execute']),
  outcome: z.enum(['success', 'denied', 'failure']),
  personId: Uuid.nullable(),
  userId: Uuid.nullable(),
  userName: z.string().nullable(),
  onBehalfRole: z.string().nullable(),
  onBehalfTeamId: Uuid.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  reason: z.string().nullable(),
  objectType: z.string().nullable(),
  objectId: Uuid.nullable(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditEventQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  personId: Uuid.optional(),
  userId: Uuid.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
