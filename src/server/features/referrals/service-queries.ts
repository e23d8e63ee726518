import type { Sql } from '../../db/database';

export interface ServiceRow {
  id: string;
  name: string;
  kind: 'formal' | 'informal';
  organization_id: string | null;
  organization_name: string | null;
  email: string | null;
  owner_email: string | null;
  places_available: number | null;
  waiting_weeks: number | null;
}

const serviceSelect = `
  select s.id, s.name, s.kind, s.organization_id, o.name as organization_name, coalesce(s.email, o.email) as email, ou.email as owner_email,
         s.places_available, s.waiting_weeks
    from services s left join organizations o on o.tenant_id = s.tenant_id and o.id = s.organization_id
    left join users ou on ou.tenant_id = s.tenant_id and ou.id = s.owner_user_id`;

export async function serviceById(sql: Sql, id: string): Promise<ServiceRow | null> {
  const rows = await sql.query<ServiceRow>(`${serviceSelect} where s.tenant_id = app_tenant_id() and s.id = $1`, [id]);
  return rows[0] ?? null;
}

/**
 * Approved, active services whose name or organisation matches, best match first (trigram similarity).
 * `similarity() >= 0.3` (pg_trgm's default threshold), not the `%` operator: on PGlite `%` with an
 * order by similarity returned nothing and then stalled the single connection (decision 0007).
 */
export async function servicesNamed(sql: Sql, text: string, limit: number): Promise<ServiceRow[]> {
  return sql.query<ServiceRow>(
    `${serviceSelect}
      where s.tenant_id = app_tenant_id() and s.moderation_state = 'approved' and s.status = 'active' and s.hidden_at is null
        and (s.name ilike '%' || $1 || '%' or o.name ilike '%' || $1 || '%' or similarity(s.name, $1) >= 0.3)
      order by (s.name ilike $1 || '%') desc, similarity(s.name, $1) desc, s.name, s.id limit $2`,
    [text.replace(/[\\%_]/g, (c) => `\\${c}`), limit],
  );
}

export interface FigureRow {
  answered: number;
  accepted: number;
  median_days: number | null;
  active: number;
  completed: number;
  not_completed: number;
}

/** Outcomes of the referrals to one service: acceptance, median time to acceptance, what is running now. */
export async function referralFigures(sql: Sql, serviceId: string): Promise<FigureRow> {
  const rows = await sql.query<FigureRow>(
    `select count(*) filter (where accepted_at is not null or status = 'declined')::int as answered,
            count(*) filter (where accepted_at is not null)::int as accepted,
            (percentile_cont(0.5) within group (order by extract(epoch from accepted_at - sent_at) / 86400) filter (where accepted_at is not null))::float8 as median_days,
            count(*) filter (where status in ('accepted', 'in_progress'))::int as active,
            count(*) filter (where status = 'completed')::int as completed,
            count(*) filter (where status = 'not_completed')::int as not_completed
       from referrals where tenant_id = app_tenant_id() and service_id = $1`,
    [serviceId],
  );
  return rows[0]!;
}
