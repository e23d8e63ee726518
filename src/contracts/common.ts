import { z } from 'zod';

export const Uuid = z.uuid();
export const Timestamp = z.iso.datetime({ offset: true });

/** RFC 9457 problem details, with Wijkwijs's stable `code` and field errors. */
export const InvalidParam = z.object({ name: z.string(), reason: z.string() });
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  code: z.string(),
  invalidParams: z.array(InvalidParam).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const MAX_PAGE_SIZE = 100;
export const PageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const Locale = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Role = z.enum([
  'coach', 'specialist', 'team_lead', 'safety_officer', 'outreach', 'provider',
  'signaller', 'initiative_host', 'analyst', 'admin', 'client',
]);
export type Role = z.infer<typeof Role>;
export const STAFF_ROLES: readonly Role[] = Role.options.filter((r) => r !== 'client');

/** Map tiles (`{z}/{x}/{y}` template) and their attribution; null where the map is switched off. */
export const MapTiles = z.object({ tileUrl: z.string(), attribution: z.string() });
export type MapTiles = z.infer<typeof MapTiles>;
