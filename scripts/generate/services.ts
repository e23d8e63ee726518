import type { Database } from '../../src/server/db/database';
import { seedDirectory } from '../../src/server/seed/seed-directory';
import type { GenerateOptions } from './options';

const DEMO_SERVICES = 250;

/** Adds `options.services` directory services after the demo's 250, in batches of multi-row inserts. */
export async function generateServices(db: Database, tenantId: string, options: GenerateOptions, seconds: () => string): Promise<void> {
  const [existing] = await db.withTenant({ tenantId }, (sql) => sql.query<{ n: number }>('select count(*)::int as n from services where tenant_id = app_tenant_id()'));
  const first = Math.max(DEMO_SERVICES, existing?.n ?? 0);
  const last = first + options.services;
  for (let from = first; from < last; from += options.batch) {
    const to = Math.min(last, from + options.batch);
    await db.withTenant({ tenantId }, (sql) => seedDirectory(sql, { tenantId, seed: options.seed, from, to, now: new Date('2026-11-01T00:00:00Z') }));
    process.stdout.write(`\r[${seconds()}s] ${(to - first).toLocaleString('nl-NL')} / ${options.services.toLocaleString('nl-NL')} services   `);
  }
  console.log('');
}
