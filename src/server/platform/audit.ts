import type { Sql } from '../db/database';
import type { AccessPoint, Actor } from './actor';
import { newId } from './ids';

export type AuditAction = 'create' | 'read' | 'update' | 'delete' | 'execute';

export interface AuditEntry {
  /** Dotted lower-case name, e.g. `household.read`, `session.created`. */
  eventType: string;
  action: AuditAction;
  outcome?: 'success' | 'denied' | 'failure';
  /** The client (person) whose data was touched, if any. */
  personId?: string | null;
  objectType?: string;
  objectId?: string | null;
  /** Required reason for break-the-glass access. */
  reason?: string | null;
  details?: Record<string, unknown>;
}

type Who = Actor | (AccessPoint & { userId?: string | null });

/**
 * Appends one event to the tenant's audit log (NEN 7513 fields). The database trigger gives it a
 * sequence number and chains its hash to the previous event.
 */
export async function audit(sql: Sql, who: Who, entry: AuditEntry): Promise<void> {
  const actor = 'roles' in who ? who : null;
  await sql.query(
    `insert into audit_events (tenant_id, id, event_type, action, outcome, person_id, user_id, on_behalf_role,
       on_behalf_team_id, ip, user_agent, reason, object_type, object_id, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      who.tenantId, newId(), entry.eventType, entry.action, entry.outcome ?? 'success', entry.personId ?? null,
      who.userId ?? null, actor ? actor.roles.join(',') : null, actor?.teamIds[0] ?? null, who.ip,
      who.userAgent?.slice(0, 500) ?? null, entry.reason ?? null, entry.objectType ?? null, entry.objectId ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

/** Audits a read of several persons' data at once: one event per person, as NEN 7513 asks. */
export async function auditPersonReads(sql: Sql, actor: Actor, personIds: string[], entry: Omit<AuditEntry, 'personId' | 'action'>): Promise<void> {
  for (const personId of personIds) await audit(sql, actor, { ...entry, action: 'read', personId });
}

export interface ChainBreak {
  seq: number;
  problem: 'hash_mismatch' | 'broken_link' | 'missing_event';
}

/** Recomputes the tenant's hash chain and returns the first broken link, or null when intact. */
export async function verifyAuditChain(sql: Sql, tenantId: string): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  const rows = await sql.query<{ seq: string; hash_ok: boolean; link_ok: boolean; seq_ok: boolean; total: string }>(
    `with checked as (
       select seq,
              hash = audit_event_hash(prev_hash, a) as hash_ok,
              prev_hash is not distinct from lag(hash) over (order by seq) as link_ok,
              seq = coalesce(lag(seq) over (order by seq), 0) + 1 as seq_ok
         from audit_events a
        where tenant_id = $1)
     select seq, hash_ok, link_ok, seq_ok, (select count(*) from checked) as total
       from checked where not (hash_ok and link_ok and seq_ok) order by seq limit 1`,
    [tenantId],
  );
  const total = await sql.query<{ n: string }>('select count(*) as n from audit_events where tenant_id = $1', [tenantId]);
  const checked = Number(total[0]?.n ?? 0);
  const first = rows[0];
  if (!first) return { checked, firstBreak: null };
  const problem = !first.seq_ok ? 'missing_event' : !first.link_ok ? 'broken_link' : 'hash_mismatch';
  return { checked, firstBreak: { seq: Number(first.seq), problem } };
}
