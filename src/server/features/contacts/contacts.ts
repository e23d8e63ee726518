import type { z } from 'zod';
import type { ContactInput, ContactView } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { isOnCase, requireCaseAccess, type CaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { toPage } from '../../platform/pagination';
import * as q from './queries';

/** A sensitive note is for the case team only: not for the team lead or a break-the-glass reader. */
export const canReadSensitiveNotes = (rel: CaseRelation): boolean => isOnCase(rel);

function toView(r: q.ContactRow, rel: CaseRelation): z.infer<typeof ContactView> {
  const noteVisible = !r.sensitive || canReadSensitiveNotes(rel);
  return {
    id: r.id, occurredOn: r.occurred_on, kind: r.kind, participants: r.participants, minutes: r.minutes, note: noteVisible ? r.note : '',
    sensitive: r.sensitive, noteVisible, createdByName: r.created_by_name, createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function listContacts(sql: Sql, actor: Actor, householdId: string, after: [string, string] | null, limit: number) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const page = toPage(await q.contactsOfHousehold(sql, householdId, after, limit), limit, (r) => [r.occurred_on, r.id]);
  audit(sql, actor, { eventType: 'household.contacts_read', action: 'read', objectType: 'household', objectId: householdId, details: { count: page.items.length } });
  return { items: page.items.map((r) => toView(r, rel)), nextCursor: page.nextCursor };
}

export async function logContact(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof ContactInput>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const id = newId();
  await q.insertContact(sql, { tenantId: actor.tenantId, id, householdId, ...input, createdBy: actor.userId });
  audit(sql, actor, { eventType: 'household.contact_logged', action: 'create', objectType: 'contact', objectId: id, details: { householdId, kind: input.kind, minutes: input.minutes } });
  return toView((await q.contactById(sql, id))!, rel);
}
