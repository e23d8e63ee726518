import type { StepRecordInput } from '../../contracts/meldcode';
import type { Sql } from '../db/database';
import { sampleSteps } from '../features/meldcode/sample-steps';
import { DEFAULT_QUESTIONS } from '../features/meldcode/settings';
import { newId } from '../platform/ids';

const DAY = 86_400_000;

/** What the demo shows: one case per stage, on households of Team Noord that coach@voorbeeld.nl coordinates. */
const DEMO_CASES: { daysAgo: number; answers: boolean[]; stepsDone: number; closeReason?: string; reference: string }[] = [
  { daysAgo: 40, answers: [true, true, true, true, true], stepsDone: 5, closeReason: 'Gemeld bij Veilig Thuis; Veilig Thuis doet onderzoek en wij blijven betrokken.', reference: 'VT-2026-1187' },
  { daysAgo: 12, answers: [], stepsDone: 1, reference: '' },
  { daysAgo: 9, answers: [], stepsDone: 3, reference: '' },
  { daysAgo: 6, answers: [true, false, true, true, true], stepsDone: 4, reference: '' },
];

/** A few Meldcode cases in different steps, one complete with a report to Veilig Thuis. */
export async function seedDemoMeldcode(sql: Sql, input: { tenantId: string }): Promise<number> {
  const households = await sql.query<{ id: string; user_id: string }>(
    `select cm.household_id as id, cm.user_id from case_members cm
       join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
       join households h on h.tenant_id = cm.tenant_id and h.id = cm.household_id
      where cm.tenant_id = $1 and cm.role = 'coordinator' and u.email = 'coach@voorbeeld.nl' and h.status <> 'closed'
      order by cm.household_id limit $2`,
    [input.tenantId, DEMO_CASES.length],
  );
  const now = Date.now();
  for (const [index, household] of households.entries()) {
    const plan = DEMO_CASES[index]!;
    const caseId = newId();
    const openedAt = new Date(now - plan.daysAgo * DAY);
    const on = openedAt.toISOString().slice(0, 10);
    await sql.query('insert into meldcode_cases (tenant_id, id, household_id, opened_by, opened_at) values ($1, $2, $3, $4, $5)', [input.tenantId, caseId, household.id, household.user_id, openedAt]);
    const steps = sampleSteps({ answers: plan.answers.length ? plan.answers : undefined, on, reference: plan.reference }).slice(0, plan.stepsDone);
    for (const [i, step] of steps.entries()) {
      const at = new Date(openedAt.getTime() + (i + 1) * 2 * 3600_000);
      await sql.query(
        `insert into meldcode_step_records (tenant_id, id, case_id, seq, step, kind, data, recorded_by, recorded_at) values ($1, $2, $3, $4, $5, 'completed', $6, $7, $8)`,
        [input.tenantId, newId(), caseId, i + 1, step.step, JSON.stringify(stored(step)), household.user_id, at],
      );
    }
    if (plan.closeReason)
      await sql.query(`update meldcode_cases set status = 'closed', closed_by = $2, closed_at = $3, close_reason = $4 where tenant_id = $5 and id = $1`, [caseId, household.user_id, new Date(openedAt.getTime() + DAY), plan.closeReason, input.tenantId]);
  }
  return households.length;
}

/** Step 4 is stored with the wording of each question, as the API does. */
function stored(step: StepRecordInput): object {
  if (step.step !== 4) return step;
  return { step: 4, settingsVersion: 0, answers: step.answers.map((a, i) => ({ question: DEFAULT_QUESTIONS[i] ?? '', ...a })) };
}
