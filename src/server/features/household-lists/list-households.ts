import type { z } from 'zod';
import type { HouseholdListQuery, HouseholdSummary } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { SecretBox } from '../../platform/secrets';
import * as q from './queries';

const CURSOR_ARITY = { name: 2, registered: 2, waiting: 3 } as const;

/** Coaches see their own households; the team lead also the team's households and its waiting list. */
export const canListScope = (actor: Actor, scope: 'mine' | 'team' | 'waiting'): boolean =>
  scope === 'mine' ? hasRole(actor, 'coach', 'specialist', 'team_lead', 'safety_officer') : hasRole(actor, 'team_lead');

const toSummary = (r: q.HouseholdListRow): z.infer<typeof HouseholdSummary> => ({
  id: r.id, name: r.name, status: r.status, priority: r.priority, teamId: r.team_id, teamName: r.team_name, coordinatorId: r.coordinator_id,
  coordinatorName: r.coordinator_name, postcode: r.postcode, houseNumber: r.house_number, neighbourhoodName: r.neighbourhood_name,
  memberCount: r.member_count, registeredAt: new Date(r.registered_at).toISOString(), daysWaiting: r.days_waiting,
});

function cursorKey(r: q.HouseholdListRow, sort: 'name' | 'registered' | 'waiting'): (string | number)[] {
  if (sort === 'name') return [r.sort_name, r.id];
  if (sort === 'registered') return [new Date(r.registered_at).toISOString(), r.id];
  return [new Date(r.registered_at).toISOString(), r.id, r.priority_rank];
}

/** Lists households; every search is audited (who searched for what, in which scope). */
export async function listHouseholds(sql: Sql, actor: Actor, box: SecretBox, query: z.infer<typeof HouseholdListQuery>) {
  if (!canListScope(actor, query.scope)) throw new AppError('forbidden', { field: 'query.scope', detail: 'Only a team lead sees the team\'s households and waiting list.' });
  const sort = query.scope === 'waiting' && query.sort === 'name' ? 'waiting' : query.sort;
  const rows = await q.listHouseholds(sql, {
    scope: query.scope, userId: actor.userId, teamIds: actor.teamIds, q: query.q ?? null,
    bsnDigest: query.bsn ? box.digest('bsn', query.bsn) : null, status: query.status ?? null, neighbourhoodId: query.neighbourhoodId ?? null,
    sort, after: decodeCursor(query.cursor, CURSOR_ARITY[sort]), limit: query.limit,
  });
  if (!query.cursor)
    audit(sql, actor, { eventType: 'household.searched', action: 'read', details: { scope: query.scope, q: query.q ?? null, bsn: Boolean(query.bsn), status: query.status ?? null, found: Math.min(rows.length, query.limit) } });
  const page = toPage(rows, query.limit, (r) => cursorKey(r, sort));
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
}
