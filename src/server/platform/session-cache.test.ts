import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';
import type { SessionLease } from './sessions';

const TENANT = '00000000-0000-4000-8000-00000000000a';
const OTHER_TENANT = '00000000-0000-4000-8000-00000000000b';
const hashOf = (n: number) => Buffer.alloc(32, n);
const lease = (n: number, usableForMs = 60_000): SessionLease => ({
  session: { sessionId: `session-${n}`, userId: `user-${n}`, roles: ['coach'], teamIds: [], totpSetupRequired: false },
  usableForMs,
});

function listeningCache(options: { maxEntries?: number; remembered?: number } = {}) {
  const clock = { now: 1_000 };
  const cache = new SessionCache({ maxEntries: options.maxEntries ?? 100, remembered: options.remembered ?? 100, now: () => clock.now });
  cache.up();
  return { cache, clock };
}

describe('SessionCache', () => {
  it('answers a remembered session until its lease runs out', () => {
    const { cache, clock } = listeningCache();
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1, 30_000));
    expect(cache.find(TENANT, hashOf(1))?.session.sessionId).toBe('session-1');
    expect(cache.find(OTHER_TENANT, hashOf(1))).toBeUndefined();
    expect(cache.find(TENANT, hashOf(2))).toBeUndefined();
    clock.now += 29_999;
    expect(cache.find(TENANT, hashOf(1))).toBeDefined();
    clock.now += 1;
    expect(cache.find(TENANT, hashOf(1))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets exactly the sessions an announcement concerns: a session, a user, a tenant', () => {
    const { cache } = listeningCache();
    const remember = (n: number, tenant = TENANT, userOf = n) =>
      cache.remember(cache.ticket(), tenant, hashOf(n), { ...lease(n), session: { ...lease(n).session, userId: `user-${userOf}` } });
    remember(1);
    remember(2, TENANT, 1); // a second session of user 1
    remember(3);
    remember(4, OTHER_TENANT);
    cache.notify('s:session-3');
    expect([1, 2, 3].map((n) => Boolean(cache.find(TENANT, hashOf(n))))).toEqual([true, true, false]);
    cache.notify('u:user-1');
    expect([1, 2].map((n) => Boolean(cache.find(TENANT, hashOf(n))))).toEqual([false, false]);
    remember(5);
    cache.notify(`t:${TENANT}`);
    expect(cache.find(TENANT, hashOf(5))).toBeUndefined();
    expect(cache.find(OTHER_TENANT, hashOf(4))).toBeDefined();
    cache.notify('x:something new');
    expect(cache.size).toBe(0);
  });

  it('does not remember a lookup that an announcement heard since its ticket concerns', () => {
    const { cache } = listeningCache();
    for (const payload of ['s:session-1', 'u:user-1', `t:${TENANT}`]) {
      const ticket = cache.ticket();
      cache.notify(payload);
      cache.remember(ticket, TENANT, hashOf(1), lease(1));
      expect(cache.find(TENANT, hashOf(1)), payload).toBeUndefined();
    }
    const ticket = cache.ticket();
    cache.notify('s:session-2');
    cache.notify('u:user-2');
    cache.notify(`t:${OTHER_TENANT}`);
    cache.remember(ticket, TENANT, hashOf(1), lease(1));
    expect(cache.find(TENANT, hashOf(1))).toBeDefined();
  });

  it('keeps a GET /me answer only when nothing about the session was heard since it was read', () => {
    const { cache } = listeningCache();
    const me = '{"id":"user-1"}';
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1));
    const before = cache.ticket();
    cache.notify('u:user-1'); // forgets the session too
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1));
    cache.rememberMe(before, TENANT, hashOf(1), me);
    expect(cache.find(TENANT, hashOf(1))?.me).toBeUndefined();
    cache.rememberMe(cache.ticket(), TENANT, hashOf(1), me);
    expect(cache.find(TENANT, hashOf(1))?.me).toBe(me);
  });

  it('answers nothing and remembers nothing while it cannot hear, and starts empty when it can again', () => {
    const { cache } = listeningCache();
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1));
    const ticket = cache.ticket();
    cache.down();
    expect(cache.find(TENANT, hashOf(1))).toBeUndefined();
    cache.remember(cache.ticket(), TENANT, hashOf(2), lease(2));
    expect(cache.size).toBe(0);
    cache.up();
    // A lookup that began before or while the cache was deaf may have missed an announcement.
    cache.remember(ticket, TENANT, hashOf(1), lease(1));
    expect(cache.find(TENANT, hashOf(1))).toBeUndefined();
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1));
    expect(cache.find(TENANT, hashOf(1))).toBeDefined();
  });

  it('does not remember a lookup when more was heard since its ticket than it keeps', () => {
    const { cache } = listeningCache({ remembered: 3 });
    const ticket = cache.ticket();
    for (const n of [7, 8, 9]) cache.notify(`s:session-${n}`);
    cache.remember(ticket, TENANT, hashOf(1), lease(1));
    expect(cache.find(TENANT, hashOf(1))).toBeDefined();
    const older = cache.ticket();
    for (const n of [7, 8, 9, 10]) cache.notify(`s:session-${n}`);
    cache.remember(older, TENANT, hashOf(2), lease(2));
    expect(cache.find(TENANT, hashOf(2))).toBeUndefined();
  });

  it('holds at most maxEntries sessions, letting the oldest go', () => {
    const { cache } = listeningCache({ maxEntries: 2 });
    for (const n of [1, 2, 3]) cache.remember(cache.ticket(), TENANT, hashOf(n), lease(n));
    expect(cache.size).toBe(2);
    expect([1, 2, 3].map((n) => Boolean(cache.find(TENANT, hashOf(n))))).toEqual([false, true, true]);
    cache.notify('u:user-1'); // the index of a let-go session is gone too
    expect(cache.size).toBe(2);
  });

  it('does not remember a lease that has already run out', () => {
    const { cache } = listeningCache();
    cache.remember(cache.ticket(), TENANT, hashOf(1), lease(1, 0));
    expect(cache.size).toBe(0);
  });
});
