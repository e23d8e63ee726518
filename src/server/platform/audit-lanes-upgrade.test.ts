import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { testEvent as event, testVisitor, writeToAuditLane } from '../testing/audit-lane';
import { audit, verifyAuditChain } from './audit';

const tenantId = '6d1b0f5e-2c3a-4e8b-9f00-000000000014';
const visitor = testVisitor(tenantId);

// Migration 0014 turns one chain per tenant into lanes; a log written before it must verify after
// it, and lane 0 must go on from where the old chain ended. A fresh PGlite whatever DATABASE_URL
// says, since the shared test database is migrated already.
describe('audit chain lanes on a log written before them', () => {
  it('keeps the old chain verifiable as lane 0 and goes on from its last event', async () => {
    const migrations = await loadMigrations();
    const lanes = migrations.findIndex((m) => m.name === 'audit_chain_lanes');
    expect(lanes).toBeGreaterThan(0);
    const db = await openPglite({ appRole: 'wijkwijs_app' });
    try {
      await migrate(db, migrations.slice(0, lanes));
      await db.asOwner((sql) => sql.query("insert into tenants (id, slug, name) values ($1, 'upgrade', 'Upgrade')", [tenantId]));
      for (let i = 0; i < 3; i++) await db.withTenant({ tenantId }, async (sql) => audit(sql, visitor, event(i)));

      await migrate(db, migrations);
      expect(await db.asOwner((sql) => verifyAuditChain(sql, tenantId))).toEqual({ checked: 3, firstBreak: null });
      await db.withTenant({ tenantId }, async (sql) => {
        await writeToAuditLane(sql, tenantId, 0);
        audit(sql, visitor, event(3));
      });
      const rows = await db.asOwner((sql) => sql.query<{ seq: string; lane: number; prev: string | null; hash: string }>(
        "select seq, lane, encode(prev_hash, 'hex') as prev, encode(hash, 'hex') as hash from audit_events where tenant_id = $1 order by seq", [tenantId]));
      expect(rows.map((r) => [Number(r.seq), r.lane])).toEqual([[1, 0], [2, 0], [3, 0], [4, 0]]);
      expect(rows[3]!.prev).toBe(rows[2]!.hash);
      expect(await db.asOwner((sql) => verifyAuditChain(sql, tenantId))).toEqual({ checked: 4, firstBreak: null });
    } finally {
      await db.close();
    }
  });
});
