import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import type { Database, NotifyListener } from './database';
import { listenOn } from './postgres';

// Announcements (NOTIFY) on either driver: PGlite, or PostgreSQL when DATABASE_URL is set.
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

function recorder() {
  const events: string[] = [];
  const listener: NotifyListener = { notify: (payload) => events.push(`notify ${payload}`), up: () => events.push('up'), down: () => events.push('down') };
  return { events, listener };
}
const probe = () => `probe-${randomBytes(6).toString('hex')}`;

describe('Database.listen', () => {
  it('hears the announcement of a transaction of its own before the transaction returns, and none of a rolled-back one', async () => {
    const { events, listener } = recorder();
    const stop = await db.listen('wijkwijs_auth', listener);
    try {
      expect(events).toEqual(['up']);
      const [committed, rolledBack] = [probe(), probe()];
      await db.asOwner((sql) => sql.query('select pg_notify($1, $2)', ['wijkwijs_auth', committed]));
      expect(events).toContain(`notify ${committed}`);
      await expect(db.asOwner(async (sql) => {
        await sql.query('select pg_notify($1, $2)', ['wijkwijs_auth', rolledBack]);
        throw new Error('roll back');
      })).rejects.toThrow('roll back');
      await db.asOwner((sql) => sql.query('select 1'));
      expect(events).not.toContain(`notify ${rolledBack}`);
    } finally {
      await stop();
    }
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('the listening connection of PostgreSQL', () => {
  it('tells the listener it is down when the connection is lost, opens it again, and hears other connections', async () => {
    const url = process.env.DATABASE_URL!;
    const { events, listener } = recorder();
    const name = `wijkwijs-listener-test-${randomBytes(4).toString('hex')}`;
    const listening = listenOn(url, 'wijkwijs_auth', listener, name);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await listening.started;
      expect(events).toEqual(['up']);
      const first = probe();
      await admin.query('select pg_notify($1, $2)', ['wijkwijs_auth', first]);
      await vi.waitFor(() => expect(events).toContain(`notify ${first}`));
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
      await vi.waitFor(() => expect(events).toContain('down'));
      await vi.waitFor(() => expect(events.filter((e) => e === 'up')).toHaveLength(2), { timeout: 10_000 });
      const second = probe();
      await admin.query('select pg_notify($1, $2)', ['wijkwijs_auth', second]);
      await vi.waitFor(() => expect(events).toContain(`notify ${second}`));
      expect(events.indexOf('down')).toBeLessThan(events.lastIndexOf('up'));
    } finally {
      await listening.stop();
      await admin.end();
    }
  });
});
