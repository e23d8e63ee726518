import type { z } from 'zod';
import { ageOn } from '../../../contracts/bsn';
import type { ZrmInput, ZrmQuery, ZrmView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseChange, auditCaseRead } from '../../platform/case-audit';
import { requireMember, requireOpenCase } from '../../platform/case-guards';
import { tenantDomains } from './zrm-domains';
import * as q from './queries';

export const ADULT_AGE = 18;

const toView = (r: q.AssessmentRow): z.infer<typeof ZrmView> => ({
  id: r.id, personId: r.person_id, assessedOn: r.assessed_on, scores: r.scores, note: r.note, createdAt: new Date(r.created_at).toISOString(),
});

/** The ZRM is for adults: 18 or older on the day of the assessment. */
export const isAdultOn = (birthDate: string | null, day: string): boolean => birthDate !== null && ageOn(birthDate, day) >= ADULT_AGE;

export async function listZrmAssessments(sql: Sql, actor: Actor, householdId: string, query: z.infer<typeof ZrmQuery>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await q.assessmentsOfHousehold(sql, householdId, { personId: query.personId ?? null, after, limit: query.limit });
  const page = toPage(rows, query.limit, (r) => [r.assessed_on, r.id]);
  auditCaseRead(sql, actor, rel, 'zrm.read', page.items.map((r) => r.person_id), { assessments: page.items.length });
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/** Records an assessment of one adult member on the tenant's ZRM domains, scores 1 to 5. */
export async function assessZrm(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof ZrmInput>): Promise<z.infer<typeof ZrmView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const person = await requireMember(sql, householdId, input.personId, 'body.personId');
  if (!isAdultOn(person.birth_date, input.assessedOn))
    throw new AppError('validation_failed', { field: 'body.personId', detail: `The ZRM is for adults: this person was not ${ADULT_AGE} yet on the day of the assessment.` });
  const known = new Set((await tenantDomains(sql, actor.tenantId)).map((d) => d.key));
  const unknown = Object.keys(input.scores).filter((key) => !known.has(key));
  if (unknown.length)
    throw new AppError('validation_failed', { detail: 'Score only the domains of the matrix.', invalidParams: unknown.map((key) => ({ name: `body.scores.${key}`, reason: 'This is not a ZRM domain of this municipality.' })) });
  if (!Object.keys(input.scores).length) throw new AppError('validation_failed', { field: 'body.scores', detail: 'Score at least one domain.' });
  const row = await q.insertAssessment(sql, { tenantId: actor.tenantId, id: newId(), householdId, ...input, createdBy: actor.userId });
  auditCaseChange(sql, actor, householdId, 'zrm.assessed', 'create', { assessmentId: row.id, domains: Object.keys(input.scores).length }, input.personId);
  return toView(row);
}
