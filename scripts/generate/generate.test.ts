import { Faker, base, nl } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../src/server/db/database';
import { createTestApp, type TestApp } from '../../src/server/testing/test-app';
import { buildHouseholdBatch, buildHouseholdBatchInSlices, generateHouseholdBatch } from './households';
import { generateOrganisation } from './organisation';
import { parseOptions } from './options';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 1 });
});
afterAll(() => t.close());

/** Records every statement instead of running it. */
function recorder(): Sql & { calls: unknown[] } {
  const calls: unknown[] = [];
  return { calls, query: async (text, params) => (calls.push([text, params]), []), exec: async () => undefined, sendWithCommit: (text, params) => void calls.push([text, params]) } as Sql & { calls: unknown[] };
}

describe('npm run generate', () => {
  it('makes the same data, ids included, from the same seed', async () => {
    const run = async (seed: number) => {
      const sql = recorder();
      const faker = new Faker({ locale: [nl, base], seed });
      const teams = await generateOrganisation(sql, faker, t.tenant.id, seed, 400, 'hash');
      await generateHouseholdBatch(sql, faker, { tenantId: t.tenant.id, seed, teams, from: 0, to: 50 });
      return JSON.stringify(sql.calls);
    };
    expect(await run(7)).toBe(await run(7));
    expect(await run(7)).not.toBe(await run(8));
  });

  it('builds the same rows whatever the batch size or slicing', async () => {
    const teams = await generateOrganisation(recorder(), new Faker({ locale: [nl, base], seed: 5 }), t.tenant.id, 5, 400, 'hash');
    const whole = buildHouseholdBatch(new Faker({ locale: [nl, base], seed: 5 }), { tenantId: t.tenant.id, seed: 5, teams, from: 0, to: 60 });
    const faker = new Faker({ locale: [nl, base], seed: 5 });
    const first = await buildHouseholdBatchInSlices(faker, { tenantId: t.tenant.id, seed: 5, teams, from: 0, to: 25 }, 7);
    const second = await buildHouseholdBatchInSlices(faker, { tenantId: t.tenant.id, seed: 5, teams, from: 25, to: 60 }, 7);
    for (const [table, rows] of Object.entries(whole)) expect([...first[table as keyof typeof first], ...second[table as keyof typeof second]]).toEqual(rows);
    expect(new Set(whole.persons.map((p) => p[0])).size).toBe(whole.persons.length);
  });

  it('writes households that satisfy every constraint and open like any other', async () => {
    const faker = new Faker({ locale: [nl, base], seed: 11 });
    const counts = await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      const teams = await generateOrganisation(sql, faker, t.tenant.id, 11, 120, 'not-a-real-hash');
      return generateHouseholdBatch(sql, faker, { tenantId: t.tenant.id, seed: 11, teams, from: 0, to: 120 });
    });
    expect(counts.households).toBe(120);
    expect(counts.persons).toBeGreaterThanOrEqual(240);
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ status: string; coordinators: number; plans: number }>(
        `select h.status, (select count(*)::int from case_members cm where cm.household_id = h.id and cm.role = 'coordinator') as coordinators,
                (select count(*)::int from plans p where p.household_id = h.id and p.status = 'active') as plans
           from households h where h.name like 'Huishouden %' and h.team_id in (select id from teams where name like '%gegenereerd%')`,
      ),
    );
    expect(rows).toHaveLength(120);
    for (const row of rows) {
      expect(row.coordinators).toBe(row.status === 'waiting' ? 0 : 1);
      expect(row.plans).toBe(row.status === 'active' ? 1 : 0);
    }
  });

  it('explains wrong options', () => {
    expect(parseOptions(['--households', '10', '--seed', '3'])).toMatchObject({ households: 10, seed: 3 });
    expect(() => parseOptions(['--households', 'many'])).toThrow(/--households needs a whole number/);
    expect(parseOptions(['--services', '10'])).toMatchObject({ households: 0, services: 10 });
    expect(() => parseOptions(['--colours', '10'])).toThrow(/Unknown option --colours/);
    expect(() => parseOptions([])).toThrow(/--households must be/);
  });
});
