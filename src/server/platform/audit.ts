import { prepared, type Sql } from '../db/database';
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
 * Appends one event to the tenant's audit log (NEN 7513 fields), with the transaction's commit
 * (decision 0030): written if and only if the transaction commits. The database trigger gives it a
 * sequence number and chains its hash to the previous event.
 */
export function audit(sql: Sql, who: Who, entry: AuditEntry): void {
  auditAll(sql, who, [entry]);
}

/**
 * Appends several events in one statement, sent with the transaction's commit: no round trip of
 * its own, and the audit lane is locked only while the transaction commits. A failed insert fails
 * the transaction. The trigger still chains each row.
 */
export function auditAll(sql: Sql, who: Who, entries: AuditEntry[]): void {
  if (entries.length) sql.sendWithCommit(APPEND_AUDIT_EVENTS, appendParams(who, entries));
}

/**
 * Appends events now, inside the transaction, instead of with its commit: for work that must read
 * back what it audited, or hold its audit lane while it goes on (the lane tests).
 */
export async function auditNow(sql: Sql, who: Who, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await sql.query(APPEND_AUDIT_EVENTS, appendParams(who, entries));
}

const APPEND_AUDIT_EVENTS = prepared('append_audit_events', `insert into audit_events (tenant_id, id, event_type, action, outcome, person_id, user_id, on_behalf_role,
       on_behalf_team_id, ip, user_agent, reason, object_type, object_id, details)
     select $1, e.id, e.event_type, e.action, e.outcome, e.person_id, $2, $3, $4, $5, $6, e.reason, e.object_type, e.object_id, e.details
       from unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::text[], $13::text[], $14::uuid[], $15::jsonb[])
         with ordinality as e(id, event_type, action, outcome, person_id, reason, object_type, object_id, details, n)
      order by e.n`);

function appendParams(who: Who, entries: AuditEntry[]): unknown[] {
  const actor = 'roles' in who ? who : null;
  const column = <T>(pick: (e: AuditEntry) => T) => entries.map(pick);
  return [
    who.tenantId, who.userId ?? null, actor ? actor.roles.join(',') : null, actor?.teamIds[0] ?? null, who.ip, who.userAgent?.slice(0, 500) ?? null,
    entries.map(() => newId()), column((e) => e.eventType), column((e) => e.action), column((e) => e.outcome ?? 'success'),
    column((e) => e.personId ?? null), column((e) => e.reason ?? null), column((e) => e.objectType ?? null), column((e) => e.objectId ?? null),
    column((e) => JSON.stringify(e.details ?? {})),
  ];
}

/** Audits a read of several persons' data at once: one event per person, as NEN 7513 asks. */
export function auditPersonReads(sql: Sql, actor: Actor, personIds: string[], entry: Omit<AuditEntry, 'personId' | 'action'>): void {
  auditAll(sql, actor, personIds.map((personId) => ({ ...entry, action: 'read', personId })));
}

export interface ChainBreak {
  seq: number;
  /**
   * `hash_mismatch`: the event's content no longer matches its hash. `broken_link`: it does not link
   * to the event before it in its lane (that event was changed or removed). `missing_event`: the
   * first remaining event of a lane links to an event that is gone. A removed last event of a lane
   * cannot be seen in the chain itself.
   */
  problem: 'hash_mismatch' | 'broken_link' | 'missing_event';
}

/**
 * Recomputes the tenant's hash chains, one per lane (decision record 0016), and returns the first
 * broken event by seq, or null when all are intact.
 */
export async function verifyAuditChain(sql: Sql, tenantId: string): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  const rows = await sql.query<{ seq: string; hash_ok: boolean; link_ok: boolean; lane_start: boolean }>(
    `with checked as (
       select seq, prev_hash,
              hash = audit_event_hash(prev_hash, a) as hash_ok,
              lag(hash) over (partition by lane order by seq) as previous
         from audit_events a
        where tenant_id = $1)
     select seq, hash_ok, prev_hash is not distinct from previous as link_ok, previous is null as lane_start
       from checked where not (hash_ok and prev_hash is not distinct from previous) order by seq limit 1`,
    [tenantId],
  );
  const total = await sql.query<{ n: string }>('select count(*) as n from audit_events where tenant_id = $1', [tenantId]);
  const checked = Number(total[0]?.n ?? 0);
  const first = rows[0];
  if (!first) return { checked, firstBreak: null };
  const problem = first.link_ok ? 'hash_mismatch' : first.lane_start ? 'missing_event' : 'broken_link';
  return { checked, firstBreak: { seq: Number(first.seq), problem } };
}
