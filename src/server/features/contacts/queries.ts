import type { Sql } from '../../db/database';

export interface ContactRow {
  id: string;
  occurred_on: string;
  kind: 'home_visit' | 'school' | 'phone' | 'video' | 'outreach' | 'consultation';
  participants: string;
  minutes: number;
  note: string;
  sensitive: boolean;
  created_by_name: string;
  created_at: Date;
}

export async function contactsOfHousehold(sql: Sql, householdId: string, after: [string, string] | null, limit: number): Promise<ContactRow[]> {
  return sql.query<ContactRow>(
    `select c.id, c.occurred_on::text as occurred_on, c.kind, c.participants, c.minutes, c.note, c.sensitive, u.display_name as created_by_name, c.created_at
       from contacts c join users u on u.tenant_id = c.tenant_id and u.id = c.created_by
      where c.tenant_id = app_tenant_id() and c.household_id = $1 and ($2::date is null or (c.occurred_on, c.id) < ($2::date, $3::uuid))
      order by c.occurred_on desc, c.id desc limit $4`,
    [householdId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function insertContact(sql: Sql, row: { tenantId: string; id: string; householdId: string; occurredOn: string; kind: string; participants: string; minutes: number; note: string; sensitive: boolean; createdBy: string }): Promise<void> {
  await sql.query(
    `insert into contacts (tenant_id, id, household_id, occurred_on, kind, participants, minutes, note, sensitive, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [row.tenantId, row.id, row.householdId, row.occurredOn, row.kind, row.participants, row.minutes, row.note, row.sensitive, row.createdBy],
  );
}

export async function contactById(sql: Sql, id: string): Promise<ContactRow | null> {
  const rows = await sql.query<ContactRow>(
    `select c.id, c.occurred_on::text as occurred_on, c.kind, c.participants, c.minutes, c.note, c.sensitive, u.display_name as created_by_name, c.created_at
       from contacts c join users u on u.tenant_id = c.tenant_id and u.id = c.created_by where c.tenant_id = app_tenant_id() and c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
