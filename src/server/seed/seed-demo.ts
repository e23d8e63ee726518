import type { Database, Sql } from '../db/database';
import { DEMO_PASSWORD } from '../features/auth/public-tenant';
import { audit } from '../platform/audit';
import { newId } from '../platform/ids';
import { hashPassword } from '../platform/passwords';
import { DEMO_ACCOUNTS, DEMO_DISTRICTS, DEMO_TEAMS, DEMO_TENANT } from './demo-organisation';
import { seedDemoHouseholds } from './seed-households';
import { seedDemoMeldcode } from './seed-meldcode';
import { seedDemoPlans } from './seed-plans';
import { seedDemoSignals } from './seed-signals';
import { seedOutreachLogs } from './seed-outreach';
import { seedSignalMatching } from './seed-signal-matching';
import type { SecretBox } from '../platform/secrets';
import { seedDirectory } from './seed-directory';
import { seedDemoReferrals } from './seed-referrals';

export interface SeedSummary {
  seeded: boolean;
  tenantId: string;
  households: number;
}

/** Seeds Gemeente Voorbeeld once: a second start on the same data finds the tenant and does nothing. */
export async function seedDemoIfEmpty(db: Database, options: { seed?: number; households?: number; services?: number; slug?: string; name?: string; hostnames?: string[]; secretBox?: SecretBox } = {}): Promise<SeedSummary> {
  const slug = options.slug ?? DEMO_TENANT.slug;
  const tenantId = newId();
  const created = await db.asOwner(async (sql) => {
    await sql.query('select pg_advisory_xact_lock(72477002)');
    const rows = await sql.query<{ id: string }>(
      `insert into tenants (id, slug, name, hostnames, settings) values ($1, $2, $3, $4, $5) on conflict (slug) do nothing returning id`,
      [tenantId, slug, options.name ?? DEMO_TENANT.name, options.hostnames ?? [], JSON.stringify({ demoAccounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.roles[0], team: a.team })) })],
    );
    return rows.length > 0;
  });
  if (!created) {
    const existing = await db.withoutTenant((sql) => sql.query<{ id: string }>('select id from tenants where slug = $1', [slug]));
    return { seeded: false, tenantId: existing[0]!.id, households: 0 };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const households = await db.withTenant({ tenantId }, async (sql) => {
    const teamIds = await seedOrganisation(sql, tenantId);
    const userIds = await seedAccounts(sql, tenantId, passwordHash, teamIds);
    const count = await seedDemoHouseholds(sql, { tenantId, teamIds, userIds, passwordHash, seed: options.seed ?? 2026, households: options.households ?? 300 });
    await seedDemoPlans(sql, { tenantId, seed: options.seed ?? 2026 });
    await seedDemoSignals(sql, { tenantId, seed: options.seed ?? 2026 });
    await seedDemoMeldcode(sql, { tenantId });
    await seedOutreachLogs(sql, { tenantId, userIds, teamIds, seed: options.seed ?? 2026 });
    await seedSignalMatching(sql, { tenantId, userIds, box: options.secretBox });
    // Directory services, and the referrals that go to them (0: an empty directory, e.g. for import tests).
    const services = options.services ?? 250;
    if (services > 0) {
      await seedDirectory(sql, { tenantId, seed: options.seed ?? 2026, from: 0, to: services, providerUserId: userIds.get('provider@voorbeeld.nl') ?? null, hostUserId: userIds.get('initiative_host@voorbeeld.nl') ?? null });
      await seedDemoReferrals(sql, tenantId);
    }
    audit(sql, { tenantId, ip: '127.0.0.1', userAgent: 'wijkwijs-seed' }, { eventType: 'tenant.seeded', action: 'create', objectType: 'tenant', objectId: tenantId, details: { households: count } });
    return count;
  });
  // The planner needs statistics for the new data; PGlite runs no autovacuum to gather them.
  await db.asOwner((sql) => sql.exec('analyze'));
  return { seeded: true, tenantId, households };
}

async function seedOrganisation(sql: Sql, tenantId: string): Promise<Map<string, string>> {
  const districtIds = new Map<string, string>();
  for (const district of DEMO_DISTRICTS) {
    const districtId = newId();
    districtIds.set(district.cbsCode, districtId);
    await sql.query('insert into districts (tenant_id, id, name, cbs_code) values ($1, $2, $3, $4)', [tenantId, districtId, district.name, district.cbsCode]);
    for (const [name, code] of district.neighbourhoods)
      await sql.query('insert into neighbourhoods (tenant_id, id, district_id, name, cbs_code) values ($1, $2, $3, $4, $5)', [tenantId, newId(), districtId, name, code]);
  }
  const teamIds = new Map<string, string>();
  for (const team of DEMO_TEAMS) {
    const id = newId();
    teamIds.set(team.name, id);
    await sql.query('insert into teams (tenant_id, id, name, district_id) values ($1, $2, $3, $4)', [tenantId, id, team.name, districtIds.get(team.district)]);
  }
  return teamIds;
}

async function seedAccounts(sql: Sql, tenantId: string, passwordHash: string, teamIds: Map<string, string>): Promise<Map<string, string>> {
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const id = newId();
    userIds.set(account.email, id);
    await sql.query(
      `insert into users (tenant_id, id, email, display_name, roles, status, password_hash, password_changed_at) values ($1, $2, $3, $4, $5, 'active', $6, now())`,
      [tenantId, id, account.email, account.displayName, account.roles, passwordHash],
    );
    if (account.team) await sql.query('insert into team_members (tenant_id, team_id, user_id) values ($1, $2, $3)', [tenantId, teamIds.get(account.team), id]);
  }
  return userIds;
}
