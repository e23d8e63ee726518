import type { Database } from '../db/database';
import { DEMO_TENANT } from './demo-organisation';

/**
 * Whether Gemeente Voorbeeld is already there. One query, so a start on an existing data directory
 * never loads the seed code and faker (decision 0017).
 */
export async function demoTenantExists(db: Database, slug: string = DEMO_TENANT.slug): Promise<boolean> {
  const rows = await db.withoutTenant((sql) => sql.query('select 1 from tenants where slug = $1', [slug]));
  return rows.length > 0;
}
