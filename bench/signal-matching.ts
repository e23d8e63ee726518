import type { Sql } from '../src/server/db/database';
import type { DbKind } from './options';
import type { Scenario } from './scenarios';

/**
 * Signal matching at scale: before the load server starts, the lookup fills the registrations
 * table in one `insert … select generate_series` (1M rows on PostgreSQL, 20k on PGlite, 2k in a
 * `--quick` run), then the load posts registrations of ever new young people (a fresh UUID in the
 * name of every request), so each request is a duplicate check and a match lookup
 * by digest, an insert and an audit event.
 */
export const SIGNAL_MATCH_SIGNALLER = 'signaller@voorbeeld.nl';

export function registrationsToLoad(db: DbKind, quick: boolean): number {
  if (quick) return 2_000;
  return db === 'postgres' ? 1_000_000 : 20_000;
}

/** Random-looking digests (sha256 of a counter), half with a BSN digest, spread over the registrant roles' demo users. */
export async function loadRegistrations(sql: Sql, count: number): Promise<number> {
  const started = Date.now();
  await sql.query(
    `with registrants as (
       select min(tenant_id::text)::uuid as tenant_id, array_agg(id order by id) as ids, array_agg(display_name order by id) as names from users
        where 'signaller' = any(roles) or 'outreach' = any(roles) or 'coach' = any(roles))
     insert into signal_match_registrations (tenant_id, id, user_id, organisation_name, contact_name, contact_phone, bsn_digest, name_digest, registered_at, ends_at)
     select r.tenant_id, gen_random_uuid(), r.ids[1 + i % cardinality(r.ids)], 'Bench organisatie ' || (i % 500), r.names[1 + i % cardinality(r.ids)], '010-1234567',
            case when i % 2 = 0 then sha256(('bsn' || i)::bytea) end, sha256(('name' || i)::bytea),
            now() - make_interval(days => i % 700), now() + make_interval(days => 30 + i % 700)
       from registrants r, generate_series(1, $1::int) as i`,
    [count],
  );
  await sql.exec('analyze signal_match_registrations');
  return Date.now() - started;
}

export const SIGNAL_MATCHING_SCENARIOS: Scenario[] = [
  {
    id: 'signal-match-register',
    title: 'POST /api/v1/signal-match-registrations (new young person each time; 1M registrations on PostgreSQL)',
    target: 'app',
    lookup: async (sql, run) => {
      const count = registrationsToLoad(run.db, run.quick);
      const ms = await loadRegistrations(sql, count);
      console.log(`[bench] signal matching: loaded ${count} registrations in ${(ms / 1000).toFixed(1)} s`);
      return { signalMatchRegistrationsLoaded: String(count), signalMatchLoadMs: String(ms) };
    },
    request: async (ctx) => ({
      method: 'POST',
      path: '/api/v1/signal-match-registrations',
      headers: { cookie: await ctx.signIn(SIGNAL_MATCH_SIGNALLER), 'content-type': 'application/json', origin: ctx.baseUrl },
      body: JSON.stringify({ givenName: 'Bench-UNIQUE', familyName: 'Jansen', birthDate: '2012-03-04', organisationName: 'Bench College', contactPhone: '010-1234567' }),
      uniqueToken: 'UNIQUE',
    }),
    budgets: [{ name: 'signal match registration p95', metric: 'p95', max: 50, db: 'postgres', note: 'no DESIGN budget; a working target at 1M registrations' }],
  },
];
