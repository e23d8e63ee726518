import type { z } from 'zod';
import type { PageQuery } from '../../../contracts/common';
import type { SignalMatchGroup, SignalMatchRegistrationView } from '../../../contracts/signal-matching';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { canRegister, isOtherOrganisation, ownsRegistration } from './policy';
import { toMatchView, toRegistrationView } from './present';
import * as q from './queries';
import { requireSignalMatching } from './settings';

async function ownPage(sql: Sql, actor: Actor, query: z.infer<typeof PageQuery>) {
  await requireSignalMatching(sql);
  if (!canRegister(actor)) throw new AppError('forbidden', { detail: 'Your role has no signal matching registrations.' });
  const [after] = decodeCursor(query.cursor, 1) ?? [null];
  const page = toPage(await q.registrationsOfUser(sql, actor.userId, after === null ? null : String(after), query.limit), query.limit, (r) => [r.id]);
  const withMatches = [];
  for (const r of page.items) withMatches.push({ row: r, others: (await q.registrationsFor(sql, { bsnDigest: r.bsn_digest, nameDigest: r.name_digest })).filter((o) => isOtherOrganisation(actor, r, o)) });
  return { items: withMatches, nextCursor: page.nextCursor };
}

/** The signed-in user's own active registrations, newest first. Nobody else reads them. */
export async function listOwnRegistrations(sql: Sql, actor: Actor, query: z.infer<typeof PageQuery>): Promise<{ items: z.infer<typeof SignalMatchRegistrationView>[]; nextCursor: string | null }> {
  const page = await ownPage(sql, actor, query);
  audit(sql, actor, { eventType: 'signal_match.registrations_listed', action: 'read', objectType: 'signal_match_registration', details: { count: page.items.length } });
  return { items: page.items.map((i) => toRegistrationView(i.row, i.others.length)), nextCursor: page.nextCursor };
}

/** For each of the user's registrations with matches: the other organisations and who to call. */
export async function listOwnMatches(sql: Sql, actor: Actor, query: z.infer<typeof PageQuery>): Promise<{ items: z.infer<typeof SignalMatchGroup>[]; nextCursor: string | null }> {
  const page = await ownPage(sql, actor, query);
  const groups = page.items.filter((i) => i.others.length > 0);
  audit(sql, actor, { eventType: 'signal_match.matches_read', action: 'read', objectType: 'signal_match_registration', details: { registrations: groups.map((g) => g.row.id), others: groups.reduce((n, g) => n + g.others.length, 0) } });
  return {
    items: groups.map((g) => ({ registrationId: g.row.id, ownReference: g.row.own_reference, registeredAt: new Date(g.row.registered_at).toISOString(), others: g.others.map(toMatchView) })),
    nextCursor: page.nextCursor,
  };
}

/** The registrant withdraws their registration; it no longer matches. Anyone else gets 404. */
export async function withdrawRegistration(sql: Sql, actor: Actor, id: string): Promise<void> {
  await requireSignalMatching(sql);
  if (!canRegister(actor)) throw new AppError('forbidden', { detail: 'Your role has no signal matching registrations.' });
  const row = await q.keysOfRegistration(sql, id);
  if (!row || !ownsRegistration(actor, row)) throw new AppError('not_found');
  await q.deleteRegistration(sql, id);
  await q.deleteMatchNotifications(sql, [id]);
  audit(sql, actor, { eventType: 'signal_match.withdrawn', action: 'delete', objectType: 'signal_match_registration', objectId: id });
}
