import type { Sql } from '../db/database';

/**
 * Makes the rest of this transaction write the tenant's audit events to `lane` (0–15), through the
 * transaction-local setting the chain trigger keeps its lane in (migration 0014). Tests only: they
 * need events in chosen lanes, and PGlite's single connection would put all of them in one.
 */
export async function writeToAuditLane(sql: Sql, tenantId: string, lane: number): Promise<void> {
  await sql.query('select set_config($1, $2, true)', [`wijkwijs.audit_lane_${tenantId.replaceAll('-', '')}`, String(lane)]);
}

/** Someone writing audit events in a test, in `tenantId`. */
export const testVisitor = (tenantId: string) => ({ tenantId, ip: '127.0.0.1', userAgent: 'vitest' });

/** The i-th audit event of a test: numbered, so a chain's order shows in its details. */
export const testEvent = (i: number) => ({ eventType: 'test.event', action: 'execute' as const, details: { i } });
