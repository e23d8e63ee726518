import type { Sql } from '../../db/database';

export interface AuditFilter {
  personId?: string | undefined;
  userId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditEventRow {
  id: string;
  seq: string;
  occurred_at: Date;
  event_type: string;
  action: 'create' | 'read' | 'update' | 'delete' | 'execute';
  outcome: 'success' | 'denied' | 'failure';
  person_id: string | null;
  user_id: string | null;
  user_name: string | null;
  on_behalf_role: string | null;
  on_behalf_team_id: string | null;
  ip: string | null;
  user_agent: string | null;
  reason: string | null;
  object_type: string | null;
  object_id: string | null;
}

/** Newest first; `beforeSeq` continues a page. Dates are whole days in Europe/Amsterdam. */
export async function searchAuditEvents(sql: Sql, filter: AuditFilter, beforeSeq: number | null, limit: number): Promise<AuditEventRow[]> {
  return sql.query<AuditEventRow>(
    `select a.id, a.seq, a.occurred_at, a.event_type, a.action, a.outcome, a.person_id, a.user_id, u.display_name as user_name,
            a.on_behalf_role, a.on_behalf_team_id, a.ip, a.user_agent, a.reason, a.object_type, a.object_id
       from audit_events a left join users u on u.tenant_id = a.tenant_id and u.id = a.user_id
      where a.tenant_id = app_tenant_id()
        and ($1::uuid is null or a.person_id = $1::uuid)
        and ($2::uuid is null or a.user_id = $2::uuid)
        and ($3::date is null or a.occurred_at >= ($3::date)::timestamp at time zone 'Europe/Amsterdam')
        and ($4::date is null or a.occurred_at < ($4::date + 1)::timestamp at time zone 'Europe/Amsterdam')
        and ($5::bigint is null or a.seq < $5::bigint)
      order by a.seq desc limit $6`,
    [filter.personId ?? null, filter.userId ?? null, filter.from ?? null, filter.to ?? null, beforeSeq, limit + 1],
  );
}
