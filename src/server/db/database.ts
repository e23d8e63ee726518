import { createHash } from 'node:crypto';

/** The one way the app talks to PostgreSQL, whether embedded (PGlite) or a server (pg). */
export interface Sql {
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(text: string): Promise<void>;
  /**
   * Sends a statement whose rows nobody reads (an audit insert) together with the transaction's
   * `commit`, in the same round trip on PostgreSQL, instead of one round trip of its own now.
   * Statements sent this way run in the order given, after `work` has returned and before the
   * commit; if one fails, the transaction rolls back and the unit of work fails with its error.
   */
  sendWithCommit(text: string, params?: readonly unknown[]): void;
}

export interface TenantContext {
  tenantId: string;
  userId?: string | null;
  /**
   * Further transaction-local settings (e.g. a statement timeout), sent with `begin` in the same
   * round trip. Names are lower-case identifiers, values lower-case words or numbers.
   */
  settings?: Readonly<Record<string, string>>;
  /**
   * The work only reads: the transaction is `read only` (PostgreSQL refuses any write in it, and
   * statements sent with commit), and its result is given back without waiting for the commit's
   * answer, since a read-only commit has nothing to make durable (one round trip fewer).
   */
  readOnly?: boolean;
}

/** Channels the database announces changes on (migration 0027). */
export const NOTIFY_CHANNELS = ['wijkwijs_auth'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

export interface NotifyListener {
  notify(payload: string): void;
  up(): void;
  down(): void;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction as the non-owner app role, with the tenant and user set
   * transaction-locally, so row-level security applies to every statement in it.
   */
  withTenant<T>(context: TenantContext, work: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction as the app role without a tenant: only tables that are not
   * tenant-scoped (tenants) are visible. Used to resolve the tenant of a request.
   */
  withoutTenant<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction as the database owner: migrations, seeding and audit checks only. */
  asOwner<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * `vacuum (analyze)` of the whole database, outside a transaction (it cannot run in one), as
   * the owner, then a `checkpoint`: after a bulk load (`npm run generate`), so the visibility map
   * and statistics are what autovacuum would leave on a live PostgreSQL (PGlite has no autovacuum
   * at all), and the load's dirty pages are on disk now instead of being written by the
   * checkpointer while the bench measures (at 1M households: gigabytes).
   */
  settleAfterBulkLoad(): Promise<void>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /**
   * Hears the announcements (NOTIFY) on one of NOTIFY_CHANNELS, from every server and from SQL run
   * outside the app. `up` is called once announcements are heard, `down` whenever some may be
   * missed (the listening connection was lost; it is opened again). An announcement of a
   * transaction this server committed is heard before its `withTenant` (or other) call returns.
   * Returns the function that stops listening.
   */
  listen(channel: NotifyChannel, listener: NotifyListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const preparedNames = new Map<string, string>();
const usedNames = new Set<string>();
const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Marks a hot statement for a named prepared statement: each connection parses it once and
 * PostgreSQL caches its plan (after five runs a generic plan, when that is not costlier), instead of
 * parsing and planning it on every request. Returns the text unchanged, so call sites stay
 * `sql.query(TEXT, params)`. Only for fixed texts run on most requests: every name costs memory in
 * each connection, and a generic plan suits statements whose best plan does not depend on the
 * values (look-ups by id).
 */
export function prepared(name: string, text: string): string {
  if (!NAME.test(name)) throw new Error(`A prepared statement name must be a lower-case identifier, got ${name}`);
  const known = preparedNames.get(text);
  if (known === name) return text;
  if (known !== undefined) throw new Error(`The statement ${name} is already prepared as ${known}`);
  if (usedNames.has(name)) throw new Error(`Two statements are named ${name}`);
  preparedNames.set(text, name);
  usedNames.add(name);
  return text;
}

const shapeNames = new Map<string, string>();
/** At most this many shapes are prepared (each costs ~200 kB in every connection; see preparedShape). */
export const SHAPES_AT_MOST = 100;

/**
 * Marks a statement built from a request's shape (the directory search: which filters, how many
 * ranges of words; values always parameters) for a named prepared statement on PostgreSQL, named
 * after a hash of its text. PostgreSQL then parses and rewrites it (row-level security included)
 * once per connection, and plans it once when a generic plan is not costlier (plan_cache_mode
 * auto): 1–3 ms per statement of a search at 100k services (decision 0026). The first
 * SHAPES_AT_MOST shapes are prepared, later ones run unnamed, so no request can grow the
 * connections' memory without bound. PGlite runs them unnamed: its one backend lives in the app's
 * own memory budget. Returns the text unchanged.
 */
export function preparedShape(text: string): string {
  if (shapeNames.has(text) || shapeNames.size >= SHAPES_AT_MOST || preparedNames.has(text)) return text;
  shapeNames.set(text, `shape_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`);
  return text;
}

/** The prepared statement name of a text marked with preparedShape, else undefined (PostgreSQL only). */
export function shapeName(text: string): string | undefined {
  return shapeNames.get(text);
}

/** The prepared statement name of a text marked with `prepared`, else undefined. */
export function preparedName(text: string): string | undefined {
  return preparedNames.get(text);
}

export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const SETTING_VALUE = /^[a-z0-9]+$/;

/**
 * The same settings as one parameterless statement, so a driver can send it with `begin` in one
 * round trip (simple query protocol). Only a lower-case role name and UUIDs can appear in it, and
 * anything else is refused rather than quoted.
 */
export function contextSettingsLiteral(appRole: string, context: TenantContext | null): string {
  const tenantId = context?.tenantId ?? NO_TENANT;
  const userId = context?.userId ?? '';
  if (!IDENTIFIER.test(appRole)) throw new Error('The app role must be a lower-case SQL identifier');
  if (!UUID.test(tenantId) || (userId !== '' && !UUID.test(userId))) throw new Error('Tenant and user ids must be UUIDs');
  const settings = Object.entries(context?.settings ?? {}).map(([name, value]) => {
    if (!IDENTIFIER.test(name) || !SETTING_VALUE.test(value)) throw new Error(`A transaction setting must be a lower-case name and value, got ${name}=${value}`);
    return `, set_config('${name}', '${value}', true)`;
  });
  return `select set_config('role', '${appRole}', true), set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '${userId}', true)${settings.join('')}`;
}
