import type { Sql } from '../../db/database';

export async function neighbourhoodIdsByCode(sql: Sql): Promise<Map<string, string>> {
  const rows = await sql.query<{ id: string; cbs_code: string }>('select id, cbs_code from neighbourhoods where tenant_id = app_tenant_id()');
  return new Map(rows.map((r) => [r.cbs_code, r.id]));
}

/** Inserts or moves postcodes; returns how many already existed. */
export async function upsertPostcodes(sql: Sql, tenantId: string, postcodes: string[], neighbourhoodIds: string[]): Promise<number> {
  const existing = await sql.query<{ n: number }>('select count(*)::int as n from postcode_areas where tenant_id = app_tenant_id() and postcode = any($1::text[])', [postcodes]);
  await sql.query(
    `insert into postcode_areas (tenant_id, postcode, neighbourhood_id) select $1, * from unnest($2::text[], $3::uuid[])
     on conflict (tenant_id, postcode) do update set neighbourhood_id = excluded.neighbourhood_id`,
    [tenantId, postcodes, neighbourhoodIds],
  );
  return existing[0]?.n ?? 0;
}

/** Places households whose postcode is now known in their neighbourhood. */
export async function placeHouseholds(sql: Sql): Promise<void> {
  await sql.query(
    `update households h set neighbourhood_id = p.neighbourhood_id from postcode_areas p
      where h.tenant_id = app_tenant_id() and p.tenant_id = h.tenant_id and p.postcode = h.postcode and h.neighbourhood_id is distinct from p.neighbourhood_id`,
  );
}
