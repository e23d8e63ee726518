import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildOptions } from '../app';
import { loadConfig, type Config } from '../config';
import type { Database } from '../db/database';
import { DEMO_PASSWORD } from '../features/auth/public-tenant';
import { secretBox, type SecretBox } from '../platform/secrets';
import { SESSION_COOKIE } from '../platform/sessions';
import { seedDemoIfEmpty } from '../seed/seed-demo';
import { assembleServices } from '../services';
import { openSeededTestDatabase, openTestDatabase } from './test-database';

export interface TestTenant {
  id: string;
  slug: string;
  host: string;
}

export interface RequestOptions {
  cookie?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  tenant?: TestTenant;
}

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  tenant: TestTenant;
  /** Sends a request to this tenant's host, from its own origin. */
  request(method: string, url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  /** Signs in a demo account and returns the session cookie header value. */
  signIn(email: string, options?: { password?: string; totp?: string; tenant?: TestTenant }): Promise<string>;
  /** Adds another municipality to the same database, for cross-tenant tests. */
  addTenant(): Promise<TestTenant>;
  close(): Promise<void>;
}

let counter = 0;
const uniqueSlug = () => `t${process.pid}-${Date.now().toString(36)}-${counter++}-${randomBytes(2).toString('hex')}`;

const hostOf = (slug: string) => `${slug}.test`;

async function seedTenant(db: Database, households: number, box: SecretBox, services?: number, slug = uniqueSlug()): Promise<TestTenant> {
  const host = hostOf(slug);
  const seeded = await seedDemoIfEmpty(db, { slug, name: `Gemeente ${slug}`, households, services, hostnames: [host], secretBox: box });
  return { id: seeded.tenantId, slug, host };
}

/**
 * The test file's database with its municipality. PostgreSQL: the file's own tenant in the shared
 * database. PGlite: the file's own database, from the run's seeded copy for these options
 * (openSeededTestDatabase); its key for sealed data is derived from the options, so the copy's
 * sealed fields open with it.
 */
async function openWithTenant(households: number, services: number | undefined): Promise<{ db: Database; box: SecretBox; tenant: TestTenant }> {
  if (process.env.DATABASE_URL) {
    const db = await openTestDatabase();
    const box = secretBox(randomBytes(32));
    return { db, box, tenant: await seedTenant(db, households, box, services) };
  }
  const key = `h${households}-s${services ?? 'demo'}`;
  const slug = `seeded-${key}`;
  const box = secretBox(createHash('sha256').update(`wijkwijs-test-seed:${key}`).digest());
  const db = await openSeededTestDatabase(key, async (fresh) => void (await seedTenant(fresh, households, box, services, slug)));
  // Read back: the copy may be another file's seed of the same key, with tenant ids of its own.
  const [row] = await db.withoutTenant((sql) => sql.query<{ id: string }>('select id from tenants where slug = $1', [slug]));
  if (!row) throw new Error(`The seeded copy ${key} holds no tenant ${slug}`);
  return { db, box, tenant: { id: row.id, slug, host: hostOf(slug) } };
}

export function cookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`No session cookie in response ${response.statusCode}: ${response.body}`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/**
 * A complete app on a real database (PGlite, or PostgreSQL with DATABASE_URL) with its own seeded
 * municipality, so test files can run side by side on one PostgreSQL database.
 */
export interface TestAppOptions {
  demoMode?: boolean;
  households?: number;
  /** Demo directory services (default 250, as in the demo); 0 leaves the directory empty, in every tenant of the test. */
  services?: number;
  env?: Record<string, string>;
  logger?: BuildOptions['logger'];
  /** Adds test-only hooks or routes before the app starts (e.g. a route that fails on purpose). */
  beforeReady?: (app: FastifyInstance) => void | Promise<void>;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { db, box, tenant } = await openWithTenant(options.households ?? 12, options.services);
  const config = loadConfig({
    NODE_ENV: 'test',
    DEMO_MODE: String(options.demoMode ?? true),
    DATA_DIR: tmpdir(),
    LOG_LEVEL: 'silent',
    DEFAULT_TENANT: tenant.slug,
    JOBS_ENABLED: 'false',
    ...options.env,
  });
  const services = assembleServices(config, db, box);
  const app = await buildApp(services, { logger: options.logger ?? false });
  await options.beforeReady?.(app);
  await app.ready();

  const request: TestApp['request'] = (method, url, { cookie, body, headers, tenant: target } = {}) => {
    const host = (target ?? tenant).host;
    return app.inject({
      method: method as 'GET',
      url,
      headers: { host, origin: `http://${host}`, ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  };

  return {
    app, db, config, tenant, request,
    async signIn(email, { password = DEMO_PASSWORD, totp, tenant: target } = {}) {
      const response = await request('POST', '/api/v1/sessions', { body: { email, password, ...(totp ? { totp } : {}) }, tenant: target });
      if (response.statusCode !== 201) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      return cookieFrom(response);
    },
    async addTenant() {
      services.tenants.forget();
      const other = await seedTenant(db, 4, box, options.services);
      services.tenants.forget();
      return other;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
