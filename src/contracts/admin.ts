import { z } from 'zod';
import { Role, Timestamp, Uuid } from './common';
import { Email } from './auth';

export const UserStatus = z.enum(['invited', 'active', 'deactivated']);
export const UserView = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  status: UserStatus,
  teamIds: z.array(Uuid),
  totpEnabled: z.boolean(),
  createdAt: Timestamp,
});
export type UserView = z.infer<typeof UserView>;

export const InviteUserInput = z.strictObject({
  email: Email,
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(Role).min(1).max(11),
  teamIds: z.array(Uuid).max(20).default([]),
});
export const UpdateUserInput = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  roles: z.array(Role).min(1).max(11).optional(),
  teamIds: z.array(Uuid).max(20).optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});
export const UserListQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  q: z.string().trim().max(100).optional(),
  status: UserStatus.optional(),
});

export const TeamView = z.object({ id: Uuid, name: z.string(), districtId: Uuid.nullable(), memberCount: z.number().int() });
export const TeamInput = z.strictObject({ name: z.string().trim().min(1).max(200), districtId: Uuid.nullable().default(null) });

export const DistrictCode = z.string().trim().regex(/^WK\d{6}$/, { error: 'A CBS district code looks like WK012345' });
export const NeighbourhoodCode = z.string().trim().regex(/^BU\d{8}$/, { error: 'A CBS neighbourhood code looks like BU01234567' });
export const NeighbourhoodView = z.object({ id: Uuid, name: z.string(), cbsCode: z.string(), districtId: Uuid });
export const DistrictView = z.object({ id: Uuid, name: z.string(), cbsCode: z.string(), neighbourhoods: z.array(NeighbourhoodView) });
export const DistrictInput = z.strictObject({ name: z.string().trim().min(1).max(200), cbsCode: DistrictCode });
export const NeighbourhoodInput = z.strictObject({ name: z.string().trim().min(1).max(200), cbsCode: NeighbourhoodCode, districtId: Uuid });

export const OutboxMessageView = z.object({ id: Uuid, recipient: z.string(), subject: z.string(), bodyText: z.string(), createdAt: Timestamp });

export const TeamMemberView = z.object({ id: Uuid, displayName: z.string(), roles: z.array(Role) });
