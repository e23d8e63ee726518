import { prepared, type Sql } from '../../db/database';

// ---------- plan ----------

export interface PlanRow {
  id: string;
  household_id: string;
  status: 'active' | 'closed';
  version: number;
  created_at: Date;
  updated_at: Date;
}

// The plan section of every household file opens with these four (named prepared statements: each
// is planned once per connection, not on every open).
const CURRENT_PLAN = prepared(
  'current_plan',
  `select id, household_id, status, version, created_at, updated_at from plans
    where tenant_id = app_tenant_id() and household_id = $1 order by status = 'active' desc, created_at desc, id desc limit 1`,
);

/** The household's active plan, or else its most recent closed one. */
export async function currentPlan(sql: Sql, householdId: string): Promise<PlanRow | null> {
  const rows = await sql.query<PlanRow>(CURRENT_PLAN, [householdId]);
  return rows[0] ?? null;
}

/** Starts the active plan; null when the household already has one (the partial unique index decides). */
export async function insertActivePlan(sql: Sql, tenantId: string, id: string, householdId: string): Promise<string | null> {
  const rows = await sql.query<{ id: string }>(
    `insert into plans (tenant_id, id, household_id) values ($1, $2, $3)
     on conflict (tenant_id, household_id) where status = 'active' do nothing returning id`,
    [tenantId, id, householdId],
  );
  return rows[0]?.id ?? null;
}

/** Every change to goals, ratings, actions or meetings is a new version of the plan (its ETag). */
export async function touchPlan(sql: Sql, planId: string): Promise<void> {
  await sql.query('update plans set version = version + 1, updated_at = now() where tenant_id = app_tenant_id() and id = $1', [planId]);
}

export async function closePlan(sql: Sql, planId: string): Promise<void> {
  await sql.query("update plans set status = 'closed', version = version + 1, updated_at = now() where tenant_id = app_tenant_id() and id = $1", [planId]);
}

// ---------- goals, ratings, actions ----------

export interface GoalRow {
  id: string;
  plan_id: string;
  person_id: string | null;
  domain: 'home' | 'school_work' | 'leisure_friends' | 'health' | 'money' | 'safety' | 'other';
  own_words: string;
  status: 'open' | 'achieved' | 'partly_achieved' | 'not_achieved' | 'dropped';
  evaluation: string | null;
  version: number;
}

const GOALS_OF_PLAN = prepared(
  'goals_of_plan',
  `select id, plan_id, person_id, domain, own_words, status, evaluation, version from goals
    where tenant_id = app_tenant_id() and plan_id = $1 order by created_at, id`,
);

export async function goalsOfPlan(sql: Sql, planId: string): Promise<GoalRow[]> {
  return sql.query<GoalRow>(GOALS_OF_PLAN, [planId]);
}

export interface RatingRow {
  id: string;
  goal_id: string;
  rating: number;
  rated_by_person_id: string | null;
  note: string | null;
  rated_at: Date;
}

const RATINGS_OF_PLAN = prepared(
  'ratings_of_plan',
  `select r.id, r.goal_id, r.rating, r.rated_by_person_id, r.note, r.rated_at
     from goal_ratings r join goals g on g.tenant_id = r.tenant_id and g.id = r.goal_id
    where r.tenant_id = app_tenant_id() and g.plan_id = $1 order by r.rated_at, r.id`,
);

export async function ratingsOfPlan(sql: Sql, planId: string): Promise<RatingRow[]> {
  return sql.query<RatingRow>(RATINGS_OF_PLAN, [planId]);
}

export interface ActionRow {
  id: string;
  goal_id: string;
  description: string;
  owner_kind: 'family' | 'network' | 'professional' | 'service';
  owner_name: string;
  due_on: string | null;
  done_at: Date | null;
  version: number;
}

const actionColumns = 'a.id, a.goal_id, a.description, a.owner_kind, a.owner_name, a.due_on::text as due_on, a.done_at, a.version';

const ACTIONS_OF_PLAN = prepared(
  'actions_of_plan',
  `select ${actionColumns} from plan_actions a join goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
    where a.tenant_id = app_tenant_id() and g.plan_id = $1
    order by array_position(array['family', 'network', 'professional', 'service'], a.owner_kind), a.due_on nulls last, a.created_at, a.id`,
);

/** Actions of the family and its network first, then of professionals and services. */
export async function actionsOfPlan(sql: Sql, planId: string): Promise<ActionRow[]> {
  return sql.query<ActionRow>(ACTIONS_OF_PLAN, [planId]);
}

export interface GoalContext {
  id: string;
  plan_id: string;
  plan_status: 'active' | 'closed';
  person_id: string | null;
  version: number;
}

export async function goalOfHousehold(sql: Sql, householdId: string, goalId: string): Promise<GoalContext | null> {
  const rows = await sql.query<GoalContext>(
    `select g.id, g.plan_id, p.status as plan_status, g.person_id, g.version
       from goals g join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
      where g.tenant_id = app_tenant_id() and g.household_id = $1 and g.id = $2`,
    [householdId, goalId],
  );
  return rows[0] ?? null;
}

export async function insertGoal(sql: Sql, g: { tenantId: string; id: string; planId: string; householdId: string; personId: string | null; domain: string; ownWords: string; createdBy: string }): Promise<void> {
  await sql.query(
    'insert into goals (tenant_id, id, plan_id, household_id, person_id, domain, own_words, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [g.tenantId, g.id, g.planId, g.householdId, g.personId, g.domain, g.ownWords, g.createdBy],
  );
}

/** Applies the given columns and bumps the version, only if the version is still `expected`. */
async function updateVersioned(sql: Sql, table: 'goals' | 'plan_actions', householdId: string, id: string, expected: number, columns: Record<string, unknown>, extra: string[] = []): Promise<boolean> {
  const names = Object.keys(columns);
  const sets = [...names.map((name, i) => `${name} = $${i + 4}`), ...extra, 'version = version + 1'];
  const rows = await sql.query(
    `update ${table} set ${sets.join(', ')} where tenant_id = app_tenant_id() and household_id = $1 and id = $2 and version = $3 returning id`,
    [householdId, id, expected, ...names.map((n) => columns[n])],
  );
  return rows.length > 0;
}

export const updateGoalColumns = (sql: Sql, householdId: string, id: string, expected: number, columns: Record<string, unknown>) =>
  updateVersioned(sql, 'goals', householdId, id, expected, columns, ['updated_at = now()']);

export async function insertRating(sql: Sql, r: { tenantId: string; id: string; goalId: string; rating: number; ratedByPersonId: string | null; note: string | null; recordedBy: string }): Promise<RatingRow> {
  const rows = await sql.query<RatingRow>(
    `insert into goal_ratings (tenant_id, id, goal_id, rating, rated_by_person_id, note, recorded_by) values ($1, $2, $3, $4, $5, $6, $7)
     returning id, goal_id, rating, rated_by_person_id, note, rated_at`,
    [r.tenantId, r.id, r.goalId, r.rating, r.ratedByPersonId, r.note, r.recordedBy],
  );
  return rows[0]!;
}

export async function insertAction(sql: Sql, a: { tenantId: string; id: string; goalId: string; householdId: string; description: string; ownerKind: string; ownerName: string; dueOn: string | null }): Promise<void> {
  await sql.query(
    'insert into plan_actions (tenant_id, id, goal_id, household_id, description, owner_kind, owner_name, due_on) values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [a.tenantId, a.id, a.goalId, a.householdId, a.description, a.ownerKind, a.ownerName, a.dueOn],
  );
}

export async function actionOfHousehold(sql: Sql, householdId: string, actionId: string): Promise<(ActionRow & { plan_id: string; plan_status: 'active' | 'closed' }) | null> {
  const rows = await sql.query<ActionRow & { plan_id: string; plan_status: 'active' | 'closed' }>(
    `select ${actionColumns}, p.id as plan_id, p.status as plan_status
       from plan_actions a join goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
      where a.tenant_id = app_tenant_id() and a.household_id = $1 and a.id = $2`,
    [householdId, actionId],
  );
  return rows[0] ?? null;
}

/** `done`: true sets done_at (keeping the first moment it was done), false clears it. */
export function updateActionColumns(sql: Sql, householdId: string, id: string, expected: number, columns: Record<string, unknown>, done: boolean | undefined): Promise<boolean> {
  const extra = done === undefined ? [] : [done ? 'done_at = coalesce(done_at, now())' : 'done_at = null'];
  return updateVersioned(sql, 'plan_actions', householdId, id, expected, columns, extra);
}

// ---------- plan meetings ----------

export interface MeetingRow {
  id: string;
  met_on: string;
  agreed_by: string[];
  note: string | null;
  snapshot: unknown;
  created_at: Date;
}

export async function insertMeeting(sql: Sql, m: { tenantId: string; id: string; planId: string; householdId: string; metOn: string; snapshot: unknown; agreedBy: string[]; note: string | null; createdBy: string }): Promise<MeetingRow> {
  const rows = await sql.query<MeetingRow>(
    `insert into plan_meetings (tenant_id, id, plan_id, household_id, met_on, snapshot, agreed_by, note, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     returning id, met_on::text as met_on, agreed_by, note, snapshot, created_at`,
    [m.tenantId, m.id, m.planId, m.householdId, m.metOn, JSON.stringify(m.snapshot), JSON.stringify(m.agreedBy), m.note, m.createdBy],
  );
  return rows[0]!;
}

/** Newest meeting first; keyset on (met_on, id). */
export async function meetingsOfHousehold(sql: Sql, householdId: string, after: [string, string] | null, limit: number): Promise<MeetingRow[]> {
  return sql.query<MeetingRow>(
    `select id, met_on::text as met_on, agreed_by, note, snapshot, created_at from plan_meetings
      where tenant_id = app_tenant_id() and household_id = $1 and ($2::date is null or (met_on, id) < ($2::date, $3::uuid))
      order by met_on desc, id desc limit $4`,
    [householdId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

// ---------- closing the case ----------

export async function evaluateGoals(sql: Sql, planId: string, evaluations: { goalId: string; status: string; evaluation: string }[]): Promise<void> {
  await sql.query(
    `update goals g set status = e.status, evaluation = e.evaluation, version = g.version + 1, updated_at = now()
       from unnest($2::uuid[], $3::text[], $4::text[]) as e(goal_id, status, evaluation)
      where g.tenant_id = app_tenant_id() and g.plan_id = $1 and g.id = e.goal_id`,
    [planId, evaluations.map((e) => e.goalId), evaluations.map((e) => e.status), evaluations.map((e) => e.evaluation)],
  );
}

/** Closes the household itself; false when it was closed in the meantime. */
export async function closeHousehold(sql: Sql, householdId: string, reason: string): Promise<boolean> {
  const rows = await sql.query(
    `update households set status = 'closed', closed_at = now(), close_reason = $2, version = version + 1, updated_at = now()
      where tenant_id = app_tenant_id() and id = $1 and status <> 'closed' returning id`,
    [householdId, reason],
  );
  return rows.length > 0;
}

export async function insertClosure(sql: Sql, c: { tenantId: string; id: string; householdId: string; planId: string | null; reason: string; closedBy: string }): Promise<{ closed_at: Date; closed_by_name: string }> {
  const rows = await sql.query<{ closed_at: Date; closed_by_name: string }>(
    `with c as (insert into case_closures (tenant_id, id, household_id, plan_id, reason, closed_by) values ($1, $2, $3, $4, $5, $6) returning closed_at, closed_by, tenant_id)
     select c.closed_at, u.display_name as closed_by_name from c join users u on u.tenant_id = c.tenant_id and u.id = c.closed_by`,
    [c.tenantId, c.id, c.householdId, c.planId, c.reason, c.closedBy],
  );
  return rows[0]!;
}

// ---------- the household around the plan ----------

