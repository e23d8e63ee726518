import type { Sql } from '../src/server/db/database';
import { ensureOpenSignals } from '../scripts/generate/open-signals-step';
import type { DbKind } from './options';
import { SIGNAL_MATCHING_SCENARIOS } from './signal-matching';

/**
 * The scenarios of `npm run bench`. Adding one is adding an entry to SCENARIOS: where it runs, what
 * it must look up in the database first (ids, never hard-coded), and the request the load
 * generator repeats. Budgets from DESIGN.md that belong to one scenario go with it.
 */

/** One HTTP request, repeated by autocannon for the whole run. */
export interface LoadRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** GET paths sent in turn on each connection instead of `path` alone (e.g. every section of a file). */
  sequence?: string[];
  /** A token in the body that is replaced by a fresh UUID in every request (e.g. for inserts that must be unique). */
  uniqueToken?: string;
}

export interface ScenarioContext {
  db: DbKind;
  /** http://127.0.0.1:<port> of the server under test. */
  baseUrl: string;
  /** Values the scenarios' lookups read from the database, by key. */
  facts: Readonly<Record<string, string>>;
  /** Signs in through the API and returns the Cookie header value for the session. */
  signIn(email: string): Promise<string>;
}

export interface ScenarioBudget {
  /** Shown in the report, e.g. "household file read p99". */
  name: string;
  metric: 'p50' | 'p95' | 'p99' | 'ratio';
  /** `max` for latencies (ms), `min` for the ratio of req/s to the baseline. */
  max?: number;
  min?: number;
  /** Only for this database. */
  db?: DbKind;
  /** Shown next to the verdict. */
  note?: string;
  /** The scale DESIGN.md defines the budget at; a run with less data gets no verdict, only the figure. */
  scale?: { households?: number; services?: number };
}

export interface Scenario {
  id: string;
  title: string;
  /** `baseline`: the bare Fastify hello world, measured once per run; `app`: the Wijkwijs server, per database. */
  target: 'baseline' | 'app';
  /**
   * Reads what the scenario needs (as the database owner, before the load server starts, so it
   * also works while PGlite's data directory would otherwise be locked). Returns facts by key.
   */
  lookup?: (sql: Sql, run: { db: DbKind; quick: boolean }) => Promise<Record<string, string>>;
  request(ctx: ScenarioContext): Promise<LoadRequest>;
  budgets?: ScenarioBudget[];
}

export const DEMO_COACH = 'coach@voorbeeld.nl';

/** The throughput budget of DESIGN.md: an authenticated read at least half of hello world. */
const HALF_OF_HELLO_WORLD: ScenarioBudget = { name: 'authenticated read throughput vs hello world', metric: 'ratio', min: 0.5 };

export const SCENARIOS: Scenario[] = [
  {
    id: 'hello',
    title: 'Baseline: bare Fastify hello world',
    target: 'baseline',
    request: async () => ({ method: 'GET', path: '/' }),
  },
  {
    // The ceiling of any route: the Wijkwijs server with its hooks (security headers, cookies,
    // rate limits, logging), no session and no database. The authenticated reads are measured
    // against hello world; this shows how much of the gap is the server before any query.
    id: 'app-floor',
    title: 'GET /health/live (the Wijkwijs server without session or database)',
    target: 'app',
    request: async () => ({ method: 'GET', path: '/health/live' }),
  },
  {
    // The ceiling of any route that reads the database: the same server plus one `select 1`, no
    // session, no transaction. A route that reads data stays below it; `me` of a remembered session
    // (decision 0034) does not go to the database and can go above it.
    id: 'db-floor',
    title: 'GET /health/ready (the Wijkwijs server with one database round trip, no session)',
    target: 'app',
    request: async () => ({ method: 'GET', path: '/health/ready' }),
  },
  {
    id: 'me',
    title: 'GET /api/v1/me (authenticated)',
    target: 'app',
    request: async (ctx) => ({ method: 'GET', path: '/api/v1/me', headers: { cookie: await ctx.signIn(DEMO_COACH) } }),
    budgets: [HALF_OF_HELLO_WORLD],
  },
  {
    id: 'household',
    title: 'GET /api/v1/households/{id} (audited person-data read, coordinator)',
    target: 'app',
    lookup: async (sql) => {
      const rows = await sql.query<{ id: string }>(
        `select h.id from households h
           join case_members cm on cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator'
           join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
           join persons p on p.tenant_id = h.tenant_id and p.household_id = h.id
          where u.email = $1
          group by h.id
          order by count(p.id) desc, h.id
          limit 1`,
        [DEMO_COACH],
      );
      if (!rows[0]) throw new Error(`No household with ${DEMO_COACH} as coordinator in the demo data`);
      return { householdId: rows[0].id };
    },
    request: async (ctx) => ({
      method: 'GET',
      path: `/api/v1/households/${ctx.facts.householdId}`,
      headers: { cookie: await ctx.signIn(DEMO_COACH) },
    }),
    budgets: [
      HALF_OF_HELLO_WORLD,
      { name: 'household file read p99', metric: 'p99', max: 10, db: 'postgres', scale: { households: 1_000_000 } },
    ],
  },
];

/** Every read the household file screen makes when a coach opens it and walks its sections. */
const FILE_SECTIONS = ['', '/story', '/explorations', '/network-ties', '/plan', '/contacts', '/zrm-assessments', '/safety-maps', '/care-decisions', '/timeline'];
/** Filter combinations searched in turn, without text. */
export const DIRECTORY_FILTERS = ['theme=sport-en-spel&age=9&cost=free,low', 'theme=opvoeden&language=ar', 'kind=informal&hasCapacity=false&age=30', 'openNow=true&theme=ontmoeten', 'hasCapacity=true&theme=school-en-huiswerk'];

SCENARIOS.push(
  {
    id: 'household-file',
    title: 'Household file, all sections (10 GETs in turn; latency per request)',
    target: 'app',
    lookup: async (sql) => {
      // The demo coach's household with a plan, the most goals, and the most contacts.
      const rows = await sql.query<{ id: string }>(
        `select h.id from households h
           join case_members cm on cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator'
           join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
          where u.email = $1 and exists (select 1 from plans p where p.tenant_id = h.tenant_id and p.household_id = h.id)
          order by (select count(*) from goals g where g.tenant_id = h.tenant_id and g.household_id = h.id) desc,
                   (select count(*) from contacts c where c.tenant_id = h.tenant_id and c.household_id = h.id) desc, h.id
          limit 1`,
        [DEMO_COACH],
      );
      if (!rows[0]) throw new Error(`No household with a plan and ${DEMO_COACH} as coordinator`);
      return { fileHouseholdId: rows[0].id };
    },
    request: async (ctx) => {
      const base = `/api/v1/households/${ctx.facts.fileHouseholdId}`;
      const sequence = FILE_SECTIONS.map((section) => base + section);
      return { method: 'GET', path: sequence[0]!, sequence, headers: { cookie: await ctx.signIn(DEMO_COACH) } };
    },
    budgets: [{ name: 'household file section read p99', metric: 'p99', max: 10, db: 'postgres', scale: { households: 1_000_000 } }],
  },
  {
    id: 'my-households',
    title: 'GET /api/v1/households?scope=mine (first page, audited search)',
    target: 'app',
    request: async (ctx) => ({ method: 'GET', path: '/api/v1/households?scope=mine&limit=25', headers: { cookie: await ctx.signIn(DEMO_COACH) } }),
  },
);

/** Open signals in the benchmarked triage queue (issue 6: "a team with 5,000 open signals"). */
const TRIAGE_OPEN_SIGNALS = 5000;

SCENARIOS.push({
  id: 'triage-queue',
  title: 'GET /api/v1/signals (triage queue, first page, team with 5,000 open signals; audited)',
  target: 'app',
  // Tops Team Noord up to 5,000 waiting signals with the generator's step (deterministic), then reads its id.
  lookup: async (sql) => {
    const { teamId, open } = await ensureOpenSignals(sql, { count: TRIAGE_OPEN_SIGNALS, seed: 2026 });
    return { triageTeamId: teamId, triageOpenSignals: String(open) };
  },
  request: async (ctx) => ({ method: 'GET', path: `/api/v1/signals?teamId=${ctx.facts.triageTeamId}&status=received&limit=25`, headers: { cookie: await ctx.signIn(DEMO_COACH) } }),
  budgets: [HALF_OF_HELLO_WORLD],
});
SCENARIOS.push(...SIGNAL_MATCHING_SCENARIOS);
/** Directory search (DESIGN: p95 < 50 ms at 10k services on PGlite, < 15 ms at 100k on PostgreSQL; generate with --services). */
const DIRECTORY_BUDGETS: ScenarioBudget[] = [
  { name: 'directory search p95', metric: 'p95', max: 50, db: 'pglite', scale: { services: 10_000 } },
  { name: 'directory search p95', metric: 'p95', max: 15, db: 'postgres', scale: { services: 100_000 } },
];
/** A demo postcode with a point, for the distance search. */
const directoryLookup = async (sql: Sql) => {
  const rows = await sql.query<{ postcode: string }>('select postcode from postcode_points order by postcode limit 1');
  if (!rows[0]) throw new Error('No postcode with coordinates in the demo data');
  return { directoryPostcode: rows[0].postcode };
};
/** Words searched in turn: stems, typos and compounds, as residents type them. */
export const DIRECTORY_QUERIES = ['huiswerk', 'voetballen', 'huiswerkbegeleding', 'opvoeden', 'taalcafe', 'schulden', 'zwemles kinderen', 'moestuin'];

SCENARIOS.push(
  {
    id: 'directory-text',
    title: 'GET /api/v1/public/services?q=… (public text search, 8 queries in turn)',
    target: 'app',
    request: async () => {
      const sequence = DIRECTORY_QUERIES.map((q) => `/api/v1/public/services?q=${encodeURIComponent(q)}`);
      return { method: 'GET', path: sequence[0]!, sequence };
    },
    budgets: DIRECTORY_BUDGETS,
  },
  {
    id: 'directory-distance',
    title: 'GET /api/v1/public/services?q=…&postcode=…&sort=distance (text + distance)',
    target: 'app',
    lookup: directoryLookup,
    request: async (ctx) => {
      const sequence = DIRECTORY_QUERIES.map((q) => `/api/v1/public/services?q=${encodeURIComponent(q)}&postcode=${ctx.facts.directoryPostcode}&sort=distance&radiusKm=10`);
      return { method: 'GET', path: sequence[0]!, sequence };
    },
    budgets: DIRECTORY_BUDGETS,
  },
  {
    id: 'directory-filtered',
    title: 'GET /api/v1/public/services?theme=…&age=…&cost=…&openNow… (filters, no text)',
    target: 'app',
    request: async () => {
      const sequence = DIRECTORY_FILTERS.map((f) => `/api/v1/public/services?${f}`);
      return { method: 'GET', path: sequence[0]!, sequence };
    },
    budgets: DIRECTORY_BUDGETS,
  },
);

export function selectScenarios(ids: readonly string[]): Scenario[] {
  if (ids.length === 0) return SCENARIOS;
  const unknown = ids.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return SCENARIOS.filter((s) => ids.includes(s.id));
}
