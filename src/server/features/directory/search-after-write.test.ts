import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { makeOrganization, makeService, namesOf } from './directory-kit';

/**
 * Regression (issue 5, the directory hang): on PGlite a typo lookup with pg_trgm's `%` operator in
 * a sorted subquery left the single connection stuck after new words reached directory_words, so
 * the next statement (and every request after it, /health/live too) never answered. The lookup now
 * ranks by similarity() without `%`; this test replays the sequence that hung: write new words
 * (a proposal, services whose words tie on similarity), then search with and without a typo, then
 * check the connection still answers.
 */
let t: TestApp;
let admin: string;
const search = async (q: string) => {
  const response = await t.request('GET', `/api/v1/public/services?q=${encodeURIComponent(q)}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { name: string }[] };
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@voorbeeld.nl');
}, 60_000);
afterAll(() => t.close());

describe('directory search after a write that adds words', () => {
  it('keeps answering: proposal, then a text search, a typo search and a health check', async () => {
    const proposal = await t.request('POST', '/api/v1/public/activity-proposals', { body: {
      name: 'Buurtmoestuin Zonnehoek', description: 'Elke woensdag samen groente kweken. Kinderen en ouders zijn welkom.',
      themes: ['ontmoeten'], minimumAge: 4, proposerName: 'Fatima', proposerEmail: 'f@example.org',
    } });
    expect(proposal.statusCode).toBe(202);
    const org = await makeOrganization(t, admin, 'Stichting Qwartel');
    // Two new words with the same similarity to `huiswerk`: the sort must compare them by name too.
    await makeService(t, admin, { organizationId: org, name: 'Qwartel huiswerkatelier', description: 'Samen huiswerk maken.', themes: ['school-en-huiswerk'] });
    await makeService(t, admin, { organizationId: org, name: 'Qwartel huiswerkplein', description: 'Hulp bij plannen.', themes: ['school-en-huiswerk'] });

    expect(namesOf(await search('huiswerk')).length).toBeGreaterThan(0);
    expect(namesOf(await search('qwartel huiswerkateleir'))[0]).toBe('Qwartel huiswerkatelier');
    expect(namesOf(await search('moestuin'))).toEqual([]); // not public before moderation
    expect((await t.request('GET', '/health/live')).statusCode).toBe(200);
    expect(namesOf(await search('qwartel huiswerk')).sort()).toEqual(['Qwartel huiswerkatelier', 'Qwartel huiswerkplein']);
  }, 60_000);
});
