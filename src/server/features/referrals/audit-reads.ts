import type { Sql } from '../../db/database';
import type { AccessPoint, Actor } from '../../platform/actor';
import { auditAll } from '../../platform/audit';

/**
 * Every read of referral content is audited: one `referral.read` per referral, naming the person
 * whose information it carries, and how the reader reached it (case, provider, link).
 */
export function auditReferralReads(sql: Sql, who: Actor | AccessPoint, rows: { id: string; person_id: string }[], via: 'case' | 'provider' | 'link', details: Record<string, unknown> = {}): void {
  auditAll(sql, who, rows.map((r) => ({ eventType: 'referral.read', action: 'read' as const, personId: r.person_id, objectType: 'referral', objectId: r.id, details: { ...details, via } })));
}

