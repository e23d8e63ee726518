import type { z } from 'zod';
import type { ChangeSuggestionInput, ChangeSuggestionQuery, ChangeSuggestionView, HandleChangeSuggestionInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { AccessPoint, Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { getPublicService, getService } from './get-service';
import { canModerate, canSearchDirectory } from './policy';
import * as q from './proposal-queries';

type View = z.infer<typeof ChangeSuggestionView>;
const toView = (r: q.SuggestionRow): View => ({
  id: r.id, serviceId: r.service_id, serviceName: r.service_name, message: r.message, name: r.name, email: r.email, status: r.status,
  createdAt: new Date(r.created_at).toISOString(), handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
});

/** Anyone suggests a change on a public service page; the service's keepers and the team see it. */
export async function suggestChange(sql: Sql, visitor: AccessPoint, serviceId: string, input: z.infer<typeof ChangeSuggestionInput>): Promise<void> {
  await getPublicService(sql, serviceId, new Date());
  const id = newId();
  await q.insertSuggestion(sql, { id, serviceId, message: input.message, name: input.name, email: input.email });
  audit(sql, visitor, { eventType: 'directory.change_suggested', action: 'create', objectType: 'change_suggestion', objectId: id, details: { serviceId } });
}

/** The team sees every suggestion; providers and hosts those about entries they keep. */
export async function listChangeSuggestions(sql: Sql, actor: Actor, query: z.infer<typeof ChangeSuggestionQuery>) {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const keeperId = canModerate(actor) ? null : actor.userId;
  if (keeperId && !actor.roles.some((r) => r === 'provider' || r === 'initiative_host')) throw new AppError('forbidden');
  const before = decodeCursor(query.cursor, 2);
  const rows = await q.suggestionPage(sql, { status: query.status, serviceId: query.serviceId ?? null, keeperId, before: before ? [String(before[0]), String(before[1])] : null, limit: query.limit });
  const page = toPage(rows, query.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

export async function handleChangeSuggestion(sql: Sql, actor: Actor, id: string, input: z.infer<typeof HandleChangeSuggestionInput>): Promise<View> {
  const row = await q.suggestionById(sql, id);
  if (!row) throw new AppError('not_found');
  const service = await getService(sql, actor, row.service_id, new Date());
  if (!canModerate(actor) && !service.canEdit) throw new AppError('forbidden');
  await q.handleSuggestion(sql, id, input.status, actor.userId);
  audit(sql, actor, { eventType: 'directory.change_suggestion.handled', action: 'update', objectType: 'change_suggestion', objectId: id, details: { status: input.status } });
  const updated = await q.suggestionById(sql, id);
  return toView(updated ?? row);
}
