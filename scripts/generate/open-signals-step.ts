import { Faker, base, nl } from '@faker-js/faker';
import type { Sql } from '../../src/server/db/database';
import { generateOpenSignals } from './signals';

export const BENCH_SIGNAL_TEAM = 'Team Noord';

/**
 * Tops up `team` of Gemeente Voorbeeld to `count` open (waiting) signals, deterministic by seed.
 * Runs as the database owner (generator and bench lookups), so it names the tenant itself.
 */
export async function ensureOpenSignals(sql: Sql, options: { count: number; seed: number; team?: string; tenantSlug?: string }): Promise<{ teamId: string; open: number; added: number }> {
  const rows = await sql.query<{ tenant_id: string; team_id: string; sender_id: string; open: number }>(
    `select t.tenant_id, t.id as team_id, (select u.id from users u where u.tenant_id = t.tenant_id and u.email = 'signaller@voorbeeld.nl') as sender_id,
            (select count(*)::int from signals s where s.tenant_id = t.tenant_id and s.team_id = t.id and s.status = 'received') as open
       from teams t join tenants tn on tn.id = t.tenant_id where tn.slug = $2 and t.name = $1`,
    [options.team ?? BENCH_SIGNAL_TEAM, options.tenantSlug ?? 'voorbeeld'],
  );
  const row = rows[0];
  if (!row) throw new Error(`No team ${options.team ?? BENCH_SIGNAL_TEAM} in Gemeente Voorbeeld`);
  const existing = await sql.query<{ n: number }>("select count(*)::int as n from signals where tenant_id = $1 and description = 'Signaal uit de generator voor de benchmark.'", [row.tenant_id]);
  const from = existing[0]?.n ?? 0;
  const missing = Math.max(0, options.count - row.open);
  const faker = new Faker({ locale: [nl, base], seed: options.seed + from });
  for (let at = from; at < from + missing; at += 2000)
    await generateOpenSignals(sql, faker, { tenantId: row.tenant_id, seed: options.seed, teamId: row.team_id, senderId: row.sender_id, from: at, to: Math.min(from + missing, at + 2000) });
  return { teamId: row.team_id, open: row.open + missing, added: missing };
}
