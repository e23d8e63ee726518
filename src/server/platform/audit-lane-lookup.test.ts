import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { testEvent, testVisitor, writeToAuditLane } from '../testing/audit-lane';
import { auditNow, verifyAuditChain } from './audit';

const tenantId = '6d1b0f5e-2c3a-4e8b-9f00-000000000025';
const visitor = testVisitor(tenantId);

// The chain trigger looks up the last event of its lane (migration 0025). A connection keeps a
// generic plan for that lookup after five runs; on a log whose statistics say "one lane" (a log
// written by one connection, by the generator or by an import) the generic plan for `lane = $2
// order by seq desc` is the primary key's backward scan, which reads every newer event of the
// tenant. A fresh PGlite whatever DATABASE_URL says: the column statistic set here must not reach
// the shared test database.
describe('audit chain lane lookup', () => {
  it('reads the last event of a quiet lane through the lane index, also with a generic plan', async () => {
    const db = await openPglite({ appRole: 'wijkwijs_app' });
    try {
      await migrate(db);
      await db.asOwner((sql) => sql.query("insert into tenants (id, slug, name) values ($1, 'lanes', 'Lanes')", [tenantId]));
      // Lanes 1–8 get one event each, then lane 9 gets 2,000: every other lane's last event is old.
      for (let lane = 1; lane <= 9; lane++) {
        await db.withTenant({ tenantId }, async (sql) => {
          await writeToAuditLane(sql, tenantId, lane);
          await auditNow(sql, visitor, lane < 9 ? [testEvent(lane)] : Array.from({ length: 2000 }, (_, i) => testEvent(i)));
        });
      }
      await db.asOwner((sql) => sql.exec('alter table audit_events alter column lane set (n_distinct = 1); analyze audit_events'));

      const primaryKeyEntriesRead = await db.withTenant({ tenantId }, async (sql) => {
        await sql.query("select set_config('plan_cache_mode', 'force_generic_plan', true)");
        const read = async () => Number((await sql.query<{ n: string }>("select pg_stat_get_xact_tuples_returned('audit_events_pkey'::regclass) as n"))[0]!.n);
        const before = await read();
        for (let lane = 1; lane <= 8; lane++) {
          await writeToAuditLane(sql, tenantId, lane);
          await auditNow(sql, visitor, [testEvent(100 + lane)]);
        }
        return (await read()) - before;
      });

      expect(primaryKeyEntriesRead).toBe(0);
      expect(await db.asOwner((sql) => verifyAuditChain(sql, tenantId))).toEqual({ checked: 2016, firstBreak: null });
    } finally {
      await db.close();
    }
  });
});
