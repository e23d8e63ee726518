import type { Sql } from '../../db/database';

export interface OutreachLogRow {
  id: string;
  author_id: string;
  author_name: string;
  team_id: string | null;
  neighbourhood_id: string;
  neighbourhood_name: string;
  latitude: number | null;
  longitude: number | null;
  started_at: Date;
  duration_minutes: number;
  activity_kind: 'outreach' | 'collective';
  young_people_met: number;
  themes: string[];
  notes: string;
  follow_up: string;
  follow_up_kind: 'none' | 'signal' | 'intake' | 'activity';
  signal_id: string | null;
  signal_reference: string | null;
  signal_status: 'received' | 'picked_up' | 'closed' | null;
  version: number;
  created_at: Date;
}

export interface OutreachLogColumns {
  neighbourhoodId: string;
  latitude: number | null;
  longitude: number | null;
  startedAt: string;
  durationMinutes: number;
  activityKind: string;
  youngPeopleMet: number;
  themes: string[];
  notes: string;
  followUp: string;
  followUpKind: string;
}

const SELECT = `select l.id, l.author_id, u.display_name as author_name, l.team_id, l.neighbourhood_id, n.name as neighbourhood_name,
       l.latitude, l.longitude, l.started_at, l.duration_minutes, l.activity_kind, l.young_people_met, l.themes, l.notes,
       l.follow_up, l.follow_up_kind, l.signal_id, s.reference as signal_reference, s.status as signal_status, l.version, l.created_at
  from outreach_logs l
  join users u on u.tenant_id = l.tenant_id and u.id = l.author_id
  join neighbourhoods n on n.tenant_id = l.tenant_id and n.id = l.neighbourhood_id
  left join signals s on s.tenant_id = l.tenant_id and s.id = l.signal_id`;

export async function neighbourhoodExists(sql: Sql, id: string): Promise<boolean> {
  return (await sql.query('select 1 from neighbourhoods where tenant_id = app_tenant_id() and id = $1', [id])).length > 0;
}

export async function insertLog(sql: Sql, row: OutreachLogColumns & { tenantId: string; id: string; authorId: string; teamId: string | null }): Promise<void> {
  await sql.query(
    `insert into outreach_logs (tenant_id, id, author_id, team_id, neighbourhood_id, latitude, longitude, started_at, duration_minutes,
       activity_kind, young_people_met, themes, notes, follow_up, follow_up_kind)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [row.tenantId, row.id, row.authorId, row.teamId, row.neighbourhoodId, row.latitude, row.longitude, row.startedAt, row.durationMinutes,
      row.activityKind, row.youngPeopleMet, row.themes, row.notes, row.followUp, row.followUpKind],
  );
}

export async function updateLog(sql: Sql, id: string, row: OutreachLogColumns): Promise<void> {
  await sql.query(
    `update outreach_logs set neighbourhood_id = $2, latitude = $3, longitude = $4, started_at = $5, duration_minutes = $6, activity_kind = $7,
            young_people_met = $8, themes = $9, notes = $10, follow_up = $11, follow_up_kind = $12, version = version + 1, updated_at = now()
      where tenant_id = app_tenant_id() and id = $1`,
    [id, row.neighbourhoodId, row.latitude, row.longitude, row.startedAt, row.durationMinutes, row.activityKind, row.youngPeopleMet, row.themes, row.notes, row.followUp, row.followUpKind],
  );
}

/** Links the signal an entry became; false when the entry already has one. */
export async function linkSignal(sql: Sql, id: string, signalId: string): Promise<boolean> {
  const rows = await sql.query(
    `update outreach_logs set signal_id = $2, follow_up_kind = 'signal', version = version + 1, updated_at = now()
      where tenant_id = app_tenant_id() and id = $1 and signal_id is null returning id`,
    [id, signalId],
  );
  return rows.length > 0;
}
export async function deleteLog(sql: Sql, id: string): Promise<void> {
  await sql.query('delete from outreach_logs where tenant_id = app_tenant_id() and id = $1', [id]);
}

export async function logById(sql: Sql, id: string): Promise<OutreachLogRow | null> {
  const rows = await sql.query<OutreachLogRow>(`${SELECT} where l.tenant_id = app_tenant_id() and l.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface LogFilter {
  userId: string;
  teamIds: string[];
  neighbourhoodId: string | null;
  authorId: string | null;
  from: string | null;
  to: string | null;
  /** Keyset: the last row's started_at and id. */
  after: [string, string] | null;
  limit: number;
}

/** The entries a reader may see (their own, and their teams'), newest first, filtered. */
export async function visibleLogs(sql: Sql, f: LogFilter): Promise<OutreachLogRow[]> {
  return sql.query<OutreachLogRow>(
    `${SELECT}
      where l.tenant_id = app_tenant_id() and (l.author_id = $1 or l.team_id = any($2::uuid[]))
        and ($3::uuid is null or l.neighbourhood_id = $3) and ($4::uuid is null or l.author_id = $4)
        and ($5::date is null or l.started_at >= $5::date) and ($6::date is null or l.started_at < $6::date + 1)
        and ($7::timestamptz is null or (l.started_at, l.id) < ($7::timestamptz, $8::uuid))
      order by l.started_at desc, l.id desc limit $9`,
    [f.userId, f.teamIds, f.neighbourhoodId, f.authorId, f.from, f.to, f.after?.[0] ?? null, f.after?.[1] ?? null, f.limit + 1],
  );
}

export async function neighbourhoodChoices(sql: Sql) {
  return sql.query<{ id: string; name: string; district_name: string }>(
    `select n.id, n.name, d.name as district_name from neighbourhoods n join districts d on d.tenant_id = n.tenant_id and d.id = n.district_id
      where n.tenant_id = app_tenant_id() order by d.name, n.name`,
  );
}

/** Minutes of outreach and collective work per team and calendar month (Europe/Amsterdam). */
export async function minutesByTeamAndMonth(sql: Sql, from: string, to: string) {
  return sql.query<{ team_id: string | null; month: string; activity_kind: 'outreach' | 'collective'; minutes: string }>(
    `select team_id, to_char(started_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, activity_kind, sum(duration_minutes)::text as minutes
       from outreach_logs
      where tenant_id = app_tenant_id() and started_at >= $1::date and started_at < $2::date
      group by team_id, month, activity_kind order by month, team_id, activity_kind`,
    [from, to],
  );
}
