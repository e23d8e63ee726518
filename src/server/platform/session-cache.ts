import type { NotifyListener } from '../db/database';
import type { ActiveSession, SessionLease } from './sessions';

interface Entry {
  key: string;
  tenantId: string;
  session: ActiveSession;
  usableUntil: number;
  /** The GET /me answer, serialized. */
  me: string | undefined;
}

/** A point in the stream of announcements, taken before a session is looked up in the database. */
export type CacheTicket = number;

/** No ticket: announcements cannot be heard now, so nothing found may be remembered. */
const DEAF: CacheTicket = -1;

/**
 * The sessions this server found in the database, remembered until the database would touch them
 * again (at most a minute) or they end, so a request of a known session does not look it up
 * (decision record 0034). Every change that can end a session or change what its user may do or
 * sees in GET /me is announced by the database (migration 0027); hearing one forgets the sessions
 * it concerns. Fails closed: while announcements cannot be heard (`down`), nothing is remembered or
 * answered from memory, and everything is forgotten when they can be heard again.
 *
 * A lookup races an announcement: the database may answer with a session that a transaction
 * committing just after it revokes. The announcement then comes after the lookup began, so a
 * lookup takes a ticket first and its session is remembered only when nothing heard since concerns it.
 */
export class SessionCache implements NotifyListener {
  readonly #entries = new Map<string, Entry>();
  readonly #bySession = new Map<string, string>();
  readonly #byUser = new Map<string, Set<string>>();
  readonly #byTenant = new Map<string, Set<string>>();
  /** The announcements heard lately, oldest first, with their place in the stream. */
  readonly #heard: { at: number; payload: string }[] = [];
  #at = 0;
  /** Tickets from before this point know nothing of what was heard (the cache went deaf or was emptied). */
  #since = 0;
  #listening = false;

  constructor(private readonly options: { maxEntries: number; remembered: number; now: () => number } = { maxEntries: 10_000, remembered: 1024, now: () => performance.now() }) {}

  get size(): number {
    return this.#entries.size;
  }

  ticket(): CacheTicket {
    return this.#listening ? this.#at : DEAF;
  }

  find(tenantId: string, hash: Buffer): { session: ActiveSession; me: string | undefined } | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(keyOf(tenantId, hash));
    if (!entry) return undefined;
    if (entry.usableUntil <= this.options.now()) {
      this.#forget(entry.key);
      return undefined;
    }
    return { session: entry.session, me: entry.me };
  }

  remember(ticket: CacheTicket, tenantId: string, hash: Buffer, lease: SessionLease): void {
    if (lease.usableForMs <= 0 || this.#changedSince(ticket, tenantId, lease.session)) return;
    const key = keyOf(tenantId, hash);
    this.#forget(key);
    const entry: Entry = { key, tenantId, session: lease.session, usableUntil: this.options.now() + lease.usableForMs, me: undefined };
    this.#entries.set(key, entry);
    this.#bySession.set(lease.session.sessionId, key);
    addTo(this.#byUser, lease.session.userId, key);
    addTo(this.#byTenant, tenantId, key);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.options.maxEntries) break;
      this.#forget(oldest);
    }
  }

  /** Keeps the GET /me answer (serialized) of a remembered session, read in a transaction that began at `ticket`. */
  rememberMe(ticket: CacheTicket, tenantId: string, hash: Buffer, me: string): void {
    const entry = this.#entries.get(keyOf(tenantId, hash));
    if (entry && !this.#changedSince(ticket, tenantId, entry.session)) entry.me = me;
  }

  notify(payload: string): void {
    this.#at += 1;
    this.#heard.push({ at: this.#at, payload });
    if (this.#heard.length > this.options.remembered) this.#heard.shift();
    const kind = payload.slice(0, 1);
    const id = payload.slice(2);
    if (kind === 's') {
      const key = this.#bySession.get(id);
      if (key) this.#forget(key);
    } else if (kind === 'u') {
      for (const key of [...(this.#byUser.get(id) ?? [])]) this.#forget(key);
    } else if (kind === 't') {
      for (const key of [...(this.#byTenant.get(id) ?? [])]) this.#forget(key);
    } else {
      this.#clear(); // an announcement this server does not know: forget everything rather than guess
    }
  }

  up(): void {
    this.#clear();
    this.#listening = true;
  }

  down(): void {
    this.#listening = false;
    this.#clear();
  }

  #changedSince(ticket: CacheTicket, tenantId: string, session: ActiveSession): boolean {
    if (!this.#listening || ticket === DEAF || ticket < this.#since) return true;
    const first = this.#heard[0];
    if (first && first.at > ticket + 1) return true; // some heard since were let go
    const concerns = new Set([`s:${session.sessionId}`, `u:${session.userId}`, `t:${tenantId}`]);
    for (let i = this.#heard.length - 1; i >= 0; i -= 1) {
      const heard = this.#heard[i]!;
      if (heard.at <= ticket) break;
      if (concerns.has(heard.payload)) return true;
    }
    return false;
  }

  #clear(): void {
    this.#entries.clear();
    this.#bySession.clear();
    this.#byUser.clear();
    this.#byTenant.clear();
    this.#at += 1;
    this.#since = this.#at;
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bySession.delete(entry.session.sessionId);
    removeFrom(this.#byUser, entry.session.userId, key);
    removeFrom(this.#byTenant, entry.tenantId, key);
  }
}

const keyOf = (tenantId: string, hash: Buffer) => `${tenantId}:${hash.toString('base64')}`;

function addTo(index: Map<string, Set<string>>, id: string, key: string): void {
  const keys = index.get(id);
  if (keys) keys.add(key);
  else index.set(id, new Set([key]));
}

function removeFrom(index: Map<string, Set<string>>, id: string, key: string): void {
  const keys = index.get(id);
  if (!keys) return;
  keys.delete(key);
  if (!keys.size) index.delete(id);
}
