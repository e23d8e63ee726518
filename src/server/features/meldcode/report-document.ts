import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditPersonReads } from '../../platform/audit';
import { auditMeldcode, requireMeldcodeCase } from './case-access';
import { canWriteMeldcode } from './policy';
import { toCaseView } from './present';
import * as q from './queries';
import * as rq from './report-queries';

export interface ReportView {
  meldcode: MeldcodeCaseView;
  persons: { givenName: string; familyName: string; birthDate: string | null }[];
  coordinatorName: string | null;
  teamName: string | null;
  printedAt: string;
}

/**
 * What the summary for a report to Veilig Thuis holds: the household's members (names and birth
 * dates so Veilig Thuis knows whom it is about; no BSN — Veilig Thuis asks for it over the phone
 * when needed, and a printed BSN is one more copy to lose), the five steps, the answers of the
 * afwegingskader and the decision. The download is audited, with a read event per member.
 */
export async function meldcodeReportView(sql: Sql, actor: Actor, caseId: string, now = new Date()): Promise<ReportView> {
  const { rel, access, row } = await requireMeldcodeCase(sql, actor, caseId, 'read', 'meldcode_report.downloaded');
  const records = await q.stepRecords(sql, caseId);
  const persons = await rq.reportPersons(sql, row.household_id);
  const header = await rq.reportHeader(sql, row.household_id);
  auditMeldcode(sql, actor, row.household_id, 'meldcode_report.downloaded', 'read', access, { meldcodeCaseId: caseId });
  auditPersonReads(sql, actor, persons.map((p) => p.id), { eventType: 'person.read', objectType: 'household', objectId: row.household_id, details: { part: 'meldcode_report.downloaded' } });
  return {
    meldcode: toCaseView(row, records, access, canWriteMeldcode(actor, rel)),
    persons: persons.map((p) => ({ givenName: p.given_name, familyName: p.family_name, birthDate: p.birth_date })),
    coordinatorName: header.coordinator_name, teamName: header.team_name, printedAt: now.toISOString(),
  };
}
