import { z } from 'zod';
import { DemoAccount, TenantTheme, type PublicTenantInfo } from '../../../contracts/auth';
import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';

export const DEMO_PASSWORD = 'Wijkwijs-demo-2026';
const DemoSettings = z.object({ demoAccounts: z.array(DemoAccount) });

/** Name and theme for every visitor; in demo mode also the demo accounts shown on the sign-in page. */
export async function publicTenantInfo(sql: Sql, demoMode: boolean, map: { tileUrl: string; attribution: string } | null = null): Promise<z.infer<typeof PublicTenantInfo>> {
  const rows = await sql.query<{ name: string; slug: string; theme: unknown; settings: unknown }>(
    'select name, slug, theme, settings from tenants where id = app_tenant_id()',
  );
  const row = rows[0];
  if (!row) throw new AppError('not_found');
  const demo = DemoSettings.safeParse(row.settings);
  return {
    name: row.name,
    slug: row.slug,
    theme: TenantTheme.catch({}).parse(row.theme),
    demo: demoMode && demo.success ? { password: DEMO_PASSWORD, accounts: demo.data.demoAccounts } : null,
    map,
  };
}
