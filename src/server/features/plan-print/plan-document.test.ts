import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, registerFamily, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { pdfText } from '../../testing/pdf-text';
import { printable } from './plan-pdf';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
const GOALS = ['Ik wil weer met plezier naar school', 'Samen eten zonder ruzie', 'Één keer per week zwemmen met Noor'];

beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  const h = `/api/v1/households/${family.id}`;
  const send = async (path: string, body: unknown) => (await t.request('POST', `${h}${path}`, { cookie: who.coach, body })).json();
  const first = await send('/goals', { personId: family.childId, domain: 'school_work', ownWords: GOALS[0] });
  await send('/goals', { domain: 'home', ownWords: GOALS[1] });
  await send('/goals', { personId: family.parentId, domain: 'leisure_friends', ownWords: GOALS[2] });
  await send(`/goals/${first.id}/ratings`, { rating: 4 });
  await send(`/goals/${first.id}/ratings`, { rating: 7 });
  await send(`/goals/${first.id}/actions`, { description: 'Elke ochtend samen ontbijten', ownerKind: 'family', ownerName: 'Sanne', dueOn: '2027-01-15' });
  await send(`/goals/${first.id}/actions`, { description: 'Milan naar voetbal brengen', ownerKind: 'network', ownerName: 'Oom Kees' });
  await send('/network-ties', { name: 'Oma Ria', kind: 'family', strength: 'strong', support: 'Past op woensdag op Noor', meaningfulAdult: true, personId: family.toddlerId });
  await send('/network-ties', { name: 'Buurman Piet', kind: 'neighbour', strength: 'weak' });
  await send('/contacts', { occurredOn: '2026-02-03', kind: 'home_visit', minutes: 45, note: 'Geheime notitie over de vader', sensitive: true });
});
afterAll(() => t.close());

const url = `/api/v1/households/${'{id}'}/plan-document`;
const documentUrl = () => url.replace('{id}', family.id);


describe('the printed plan', () => {
  it('is a PDF in plain Dutch with the goals, latest ratings, actions, meaningful adults and coordinator as real text', async () => {
    const response = await t.request('GET', documentUrl(), { cookie: who.coach });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toBe('inline; filename="gezinsplan-huishouden-jansen.pdf"');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const goal of GOALS) expect(text).toContain(goal);
    expect(text).toContain('Ons plan: Huishouden Jansen');
    expect(text).toContain('Laatste cijfer: 7 van de 10');
    expect(text).toContain('Wie: Sanne (gezin), uiterlijk 15 januari 2027');
    expect(text).toContain('Wie: Oom Kees (netwerk)');
    expect(text).toContain('Oma Ria (familie, voor Noor): Past op woensdag op Noor');
    expect(text).toContain('Sanne de Vries van Team Noord houdt het overzicht');
    expect(text).toMatch(/Milan, \d+ jaar/);
    expect(text).not.toContain('Buurman Piet');
    expect(text).not.toContain('Geheime notitie');
  });

  it('gives the print view its data as JSON, without BSN or contact notes', async () => {
    const response = await t.request('GET', documentUrl(), { cookie: who.coach, headers: { accept: 'application/json' } });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ householdName: 'Huishouden Jansen', coordinatorName: 'Sanne de Vries', teamName: 'Team Noord', network: [{ name: 'Oma Ria', forName: 'Noor' }] });
    expect(view.members.map((m: { givenName: string }) => m.givenName)).toEqual(['Sanne', 'Milan', 'Noor']);
    expect(view.plan.goals.map((g: { ownWords: string }) => g.ownWords)).toEqual(GOALS);
    expect(response.body).not.toMatch(/bsn|Geheime notitie|Buurman/i);
  });

  it('is audited: one event per member shown', async () => {
    const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'plan.printed');
    expect(reads.map((r) => r.person_id).sort()).toEqual([family.parentId, family.childId, family.toddlerId, family.parentId, family.childId, family.toddlerId].sort());
    expect((await auditEventsOf(t, family.id, 'plan.printed')).map((e) => e.details.format)).toEqual(['pdf', 'json']);
  });

  it('prints a household without a plan too', async () => {
    const other = await registerFamily(t, who.coach, 'Dekker');
    const text = pdfText((await t.request('GET', `/api/v1/households/${other.id}/plan-document`, { cookie: who.coach })).rawPayload);
    expect(text).toContain('Er staan nog geen doelen in het plan.');
  });

  it('is closed to outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'GET', documentUrl())).toEqual(OUTSIDERS_REFUSED);
  });
});

describe('printable text', () => {
  it('keeps Dutch text as it is and only ever yields characters the standard PDF fonts can show (property)', () => {
    expect(printable('Één café, € 5 – “zó” • ok')).toBe('Één café, € 5 – “zó” • ok');
    expect(printable('Łukasz Ştefan 😊')).toBe('Lukasz Stefan ?');
    const winAnsi = /^[\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/u;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      expect(printable(s)).toMatch(winAnsi);
    }));
  });
});
