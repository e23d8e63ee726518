import type { Sql } from '../../db/database';

export interface TieRow {
  id: string;
  person_id: string | null;
  name: string;
  kind: 'family' | 'friend' | 'neighbour' | 'teacher' | 'sports_coach' | 'professional' | 'other';
  strength: 'strong' | 'normal' | 'weak' | 'strained';
  support: string;
  meaningful_adult: boolean;
  version: number;
}

const tieColumns = 'id, person_id, name, kind, strength, support, meaningful_adult, version';

/** The household's ties in the order they were added (ids are time-ordered), keyset on id. */
export async function tiesOfHousehold(sql: Sql, householdId: string, q: { after: string | null; limit: number; meaningfulAdult: boolean | null }): Promise<TieRow[]> {
  return sql.query<TieRow>(
    `select ${tieColumns} from network_ties
      where tenant_id = app_tenant_id() and household_id = $1 and ($2::uuid is null or id > $2) and ($3::boolean is null or meaningful_adult = $3)
      order by id limit $4`,
    [householdId, q.after, q.meaningfulAdult, q.limit + 1],
  );
}

export async function tieOfHousehold(sql: Sql, householdId: string, id: string): Promise<TieRow | null> {
  const rows = await sql.query<TieRow>(`select ${tieColumns} from network_ties where tenant_id = app_tenant_id() and household_id = $1 and id = $2`, [householdId, id]);
  return rows[0] ?? null;
}

export async function insertTie(sql: Sql, t: { tenantId: string; id: string; householdId: string; personId: string | null; name: string; kind: string; strength: string; support: string; meaningfulAdult: boolean }): Promise<void> {
  await sql.query(
    `insert into network_ties (tenant_id, id, household_id, person_id, name, kind, strength, support, meaningful_adult)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [t.tenantId, t.id, t.householdId, t.personId, t.name, t.kind, t.strength, t.support, t.meaningfulAdult],
  );
}

/** Applies the given columns and bumps the version, only if the version is still `expected`. */
export async function updateTieColumns(sql: Sql, householdId: string, id: string, expected: number, columns: Record<string, unknown>): Promise<boolean> {
  const names = Object.keys(columns);
  const sets = [...names.map((name, i) => `${name} = $${i + 4}`), 'version = version + 1', 'updated_at = now()'];
  const rows = await sql.query(
    `update network_ties set ${sets.join(', ')} where tenant_id = app_tenant_id() and household_id = $1 and id = $2 and version = $3 returning id`,
    [householdId, id, expected, ...names.map((n) => columns[n])],
  );
  return rows.length > 0;
}

export async function deleteTie(sql: Sql, householdId: string, id: string): Promise<boolean> {
  const rows = await sql.query('delete from network_ties where tenant_id = app_tenant_id() and household_id = $1 and id = $2 returning id', [householdId, id]);
  return rows.length > 0;
}
