import type { Sql } from '../../db/database';

/** Only these services leave Wijkwijs without sign-in: public, approved and not hidden. */
export const PUBLIC_SERVICE = "s.is_public and s.moderation_state = 'approved' and s.hidden_at is null";

type Row = Record<string, unknown>;

/** Every row of one directory table (names from tables.ts), oldest id first. */
export async function allRows(sql: Sql, table: string): Promise<Row[]> {
  const rows = await sql.query<{ row: Row }>(`select to_jsonb(x) - 'search_document' as row from ${table} x where tenant_id = app_tenant_id() order by id`);
  return rows.map((r) => r.row);
}

/** Rows of `table` whose `column` is one of `ids`. */
export async function rowsWhere(sql: Sql, table: string, column: string, ids: readonly string[]): Promise<Row[]> {
  if (!ids.length) return [];
  const rows = await sql.query<{ row: Row }>(`select to_jsonb(x) - 'search_document' as row from ${table} x where tenant_id = app_tenant_id() and "${column}" = any($1::uuid[]) order by id`, [ids]);
  return rows.map((r) => r.row);
}

export interface ServiceFilter {
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: string | undefined;
}

const serviceWhere = `from services s where s.tenant_id = app_tenant_id() and ${PUBLIC_SERVICE}
  and ($1::text is null or s.search_document @@ plainto_tsquery('dutch', unaccent($1)) or s.name ilike '%' || $1 || '%')
  and ($2::uuid is null or exists (select 1 from attributes a where a.tenant_id = s.tenant_id and a.link_id = s.id and a.taxonomy_term_id = $2))
  and ($3::uuid is null or exists (select 1 from attributes a join taxonomy_terms t on t.tenant_id = a.tenant_id and t.id = a.taxonomy_term_id
                                    where a.tenant_id = s.tenant_id and a.link_id = s.id and t.taxonomy_id = $3))
  and ($4::uuid is null or s.organization_id = $4)
  and ($5::timestamptz is null or s.updated_at >= $5)`;

/** One page of public service ids (by name) and how many there are in all. */
export async function publicServicePage(sql: Sql, filter: ServiceFilter, offset: number, limit: number): Promise<{ ids: string[]; total: number }> {
  const params = [filter.search ?? null, filter.taxonomyTermId ?? null, filter.taxonomyId ?? null, filter.organizationId ?? null, filter.modifiedAfter ?? null];
  const [count] = await sql.query<{ n: number }>(`select count(*)::int as n ${serviceWhere}`, params);
  const rows = await sql.query<{ id: string }>(`select s.id ${serviceWhere} order by s.name, s.id offset $6 limit $7`, [...params, offset, limit]);
  return { ids: rows.map((r) => r.id), total: count?.n ?? 0 };
}

/** Ids of public services among `ids` (a service at location or an organisation is public through them). */
export async function publicServiceIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await sql.query<{ id: string }>(`select s.id from services s where s.tenant_id = app_tenant_id() and s.id = any($1::uuid[]) and ${PUBLIC_SERVICE}`, [ids]);
  return rows.map((r) => r.id);
}

/** A page of rows of a table that are public through a public service (`via`: the SQL condition on x). */
export async function publicPage(sql: Sql, table: string, via: string, offset: number, limit: number, id: string | null = null): Promise<{ rows: Row[]; total: number }> {
  const where = `from ${table} x where x.tenant_id = app_tenant_id() and ($1::uuid is null or x.id = $1) and ${via}`;
  const [count] = await sql.query<{ n: number }>(`select count(*)::int as n ${where}`, [id]);
  const rows = await sql.query<{ row: Row }>(`select to_jsonb(x) - 'search_document' as row ${where} order by x.id offset $2 limit $3`, [id, offset, limit]);
  return { rows: rows.map((r) => r.row), total: count?.n ?? 0 };
}
