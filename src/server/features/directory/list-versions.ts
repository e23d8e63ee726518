import type { z } from 'zod';
import type { ServiceVersionView } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { getService } from './get-service';
import { canModerate } from './policy';

type VersionView = z.infer<typeof ServiceVersionView>;

/** Every version of a service, newest first, with who made it: for its keepers and the team. */
export async function listServiceVersions(sql: Sql, actor: Actor, id: string, query: { cursor?: string | undefined; limit: number }): Promise<{ items: VersionView[]; nextCursor: string | null }> {
  const service = await getService(sql, actor, id, new Date());
  if (!service.canEdit && !canModerate(actor)) throw new AppError('forbidden');
  const before = decodeCursor(query.cursor, 1);
  const rows = await sql.query<{ version: number; change: string; changed_by_name: string | null; changed_by_email: string | null; changed_at: Date; snapshot: Record<string, unknown> }>(
    `select v.version, v.change, u.display_name as changed_by_name, v.changed_by_email, v.changed_at, v.snapshot
       from directory_versions v left join users u on u.tenant_id = v.tenant_id and u.id = v.changed_by
      where v.tenant_id = app_tenant_id() and v.entity = 'service' and v.entity_id = $1 and ($2::int is null or v.version < $2)
      order by v.version desc limit $3`,
    [id, before ? Number(before[0]) : null, query.limit + 1],
  );
  const page = toPage(rows, query.limit, (r) => [r.version]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({ version: r.version, change: r.change, changedByName: r.changed_by_name ?? r.changed_by_email, changedAt: new Date(r.changed_at).toISOString(), snapshot: r.snapshot })),
  };
}
