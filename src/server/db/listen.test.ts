import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import type { Database, NotifyListener } from './database';
import { listenOn } from './postgres-listen';

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
/** up/down only: test files run side by side on one PostgreSQL database, so other files' announcements arrive too. */
const states = (events: string[]) => events.filter((e) => e === 'up' || e === 'down');
const probe = () => `probe-${randomBytes(6).toString('hex')}`;

describe('Database.listen', () => {
  it('hears the announcement of a transaction of its own before the transaction returns, and none of a rolled-back one', async () => {
    const { events, listener } = recorder();
    const stop = await db.listen('wijkwijs_auth', listener);
    try {
      expect(states(events)).toEqual(['up']);
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
  const url = process.env.DATABASE_URL ?? '';
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(() => admin.end());
  const announce = async (payload: string) => void (await admin.query('select pg_notify($1, $2)', ['wijkwijs_auth', payload]));
  const timing = { reconnectMs: 100, heartbeatMs: 200, timeoutMs: 500 };

  it('is up once its probe arrives, down when the connection is lost, and up again after reconnecting', async () => {
    const { events, listener } = recorder();
    const name = `wijkwijs-listener-test-${randomBytes(4).toString('hex')}`;
    const listening = listenOn({ url, channel: 'wijkwijs_auth', listener, applicationName: name, probe: announce, timing: { ...timing, heartbeatMs: 60_000 } });
    try {
      await listening.started;
      expect(states(events)).toEqual(['up']);
      const first = probe();
      await announce(first);
      await vi.waitFor(() => expect(events).toContain(`notify ${first}`));
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
      await vi.waitFor(() => expect(events).toContain('down'));
      await vi.waitFor(() => expect(states(events)).toEqual(['up', 'down', 'up']), { timeout: 10_000 });
      const second = probe();
      await announce(second);
      await vi.waitFor(() => expect(events).toContain(`notify ${second}`));
      expect(events.filter((e) => e.startsWith('notify p:'))).toEqual([]); // its own probes are not passed on
    } finally {
      await listening.stop();
    }
  });

  it('is never up while its probes do not arrive, and goes down when they stop arriving', async () => {
    const { events, listener } = recorder();
    const deaf = listenOn({ url, channel: 'wijkwijs_auth', listener, applicationName: 'wijkwijs-listener-test', probe: async () => undefined, timing });
    let arriving = true;
    const flaky = recorder();
    const stopping = listenOn({ url, channel: 'wijkwijs_auth', listener: flaky.listener, applicationName: 'wijkwijs-listener-test', probe: (payload) => (arriving ? announce(payload) : Promise.resolve()), timing });
    try {
      await deaf.started;
      await stopping.started;
      expect(states(events).length).toBeGreaterThan(0);
      expect(states(events).every((e) => e === 'down')).toBe(true); // tried again and again, never up
      expect(states(flaky.events)).toEqual(['up']);
      arriving = false;
      await vi.waitFor(() => expect(flaky.events).toContain('down'), { timeout: 5000 });
      expect(events).not.toContain('up');
    } finally {
      await deaf.stop();
      await stopping.stop();
    }
  });
});
