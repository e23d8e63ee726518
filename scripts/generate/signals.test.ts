import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/server/testing/test-app';
import { ensureOpenSignals } from './open-signals-step';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 1 });
});
afterAll(() => t.close());

describe('npm run generate -- --open-signals N', () => {
  it('tops Team Noord up to N waiting signals, deterministic, and the queue lists them overdue first', async () => {
    const first = await t.db.asOwner((sql) => ensureOpenSignals(sql, { count: 300, seed: 7, tenantSlug: t.tenant.slug }));
    expect(first.open).toBe(300);
    expect(first.added).toBeGreaterThan(250);
    const again = await t.db.asOwner((sql) => ensureOpenSignals(sql, { count: 300, seed: 7, tenantSlug: t.tenant.slug }));
    expect(again).toEqual({ ...first, added: 0 });
    const coach = await t.signIn('coach@voorbeeld.nl');
    const page = (await t.request('GET', `/api/v1/signals?teamId=${first.teamId}&limit=100`, { cookie: coach })).json();
    expect(page.items).toHaveLength(100);
    expect(page.items[0].overdue).toBe(true);
  });
});
