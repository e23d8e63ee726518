import type { z } from 'zod';
import { ageOn } from '../../../contracts/bsn';
import type { PlanPrintView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { auditCaseRead } from '../../platform/case-audit';
import { todayInNl } from '../../platform/nl-date';
import { loadPlanView } from '../plans/get-plan';
import * as q from './queries';

export type PrintView = z.infer<typeof PlanPrintView>;

/**
 * What the printed plan shows, for the print view and the PDF alike: the household's name, its
 * members' first names and ages, the goals with their latest rating and actions, the meaningful
 * adults and the coordinator. No BSN, no contact notes. Every member shown gets a read event.
 */
export async function planPrintView(sql: Sql, actor: Actor, householdId: string, format: 'pdf' | 'json'): Promise<PrintView> {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const header = await q.printHeader(sql, householdId);
  if (!header) throw new AppError('not_found');
  const today = todayInNl();
  const members = await q.printMembers(sql, householdId);
  const plan = await loadPlanView(sql, householdId);
  const names = new Map(members.map((m) => [m.id, m.given_name]));
  const network = (await q.meaningfulAdults(sql, householdId)).map((t) => ({ name: t.name, kind: t.kind, support: t.support, forName: t.for_name }));
  auditCaseRead(sql, actor, rel, 'plan.printed', members.map((m) => m.id), { planId: plan?.id ?? null, version: plan?.version ?? null, format });
  return {
    householdName: header.name, printedOn: today, coordinatorName: header.coordinator_name, teamName: header.team_name,
    members: members.map((m) => ({ id: m.id, givenName: names.get(m.id)!, age: m.birth_date ? ageOn(m.birth_date, today) : null })),
    plan, network,
  };
}
