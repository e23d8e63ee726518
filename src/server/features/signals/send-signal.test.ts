import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { CENTRUM_POSTCODE, listReadsOf, signalBody, signalAudit, ZUID_POSTCODE } from './signal-kit';

let t: TestApp;
let signaller: string;
let outreach: string;
let coach: string;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
  signaller = await t.signIn('signaller@voorbeeld.nl');
  outreach = await t.signIn('outreach@voorbeeld.nl');
  coach = await t.signIn('coach@voorbeeld.nl');
});
afterAll(() => t.close());

const send = (cookie: string | undefined, body: unknown) => t.request('POST', '/api/v1/signals', { cookie, body });
const queueOf = async (cookie: string) => (await t.request('GET', '/api/v1/signals?limit=100', { cookie })).json().items as { id: string; teamName: string; firstContactDue: string }[];

describe('sending a signal', () => {
  it('answers with a reference and status only, routes by postcode and audits the send', async () => {
    const response = await send(signaller, signalBody({ urgency: 'urgent' }, { bsn: '123456782' }));
    expect(response.statusCode).toBe(201);
    const sent = response.json();
    expect(Object.keys(sent).sort()).toEqual(['id', 'reference', 'sentAt', 'status', 'statusChangedAt', 'subjectName']);
    expect(sent).toMatchObject({ status: 'received', subjectName: 'Lotte Bakker' });
    expect(sent.reference).toMatch(/^SIG-\d{4}-[A-Z0-9]{6}$/);
    const item = (await queueOf(coach)).find((s) => s.id === sent.id);
    expect(item).toMatchObject({ teamName: 'Team Noord' });
    expect(await signalAudit(t, sent.id, 'signal.created')).toHaveLength(1);
    const stored = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ sealed: string }>('select subject_bsn_sealed as sealed from signals where id = $1', [sent.id]));
    expect(stored[0]!.sealed).not.toContain('123456782');
  });

  it('routes a Zuid postcode to Team Zuid and a postcode without a team to the default team', async () => {
    const zuid = (await send(signaller, signalBody({}, { address: { street: 'Laan', houseNumber: '9', postcode: ZUID_POSTCODE, city: 'Voorbeeld' } }))).json();
    const centrum = (await send(outreach, signalBody({}, { address: { street: 'Markt', houseNumber: '1', postcode: CENTRUM_POSTCODE, city: 'Voorbeeld' } }))).json();
    const school = (await send(signaller, signalBody({}, { address: undefined }))).json();
    expect((await queueOf(coach)).map((s) => s.id)).toEqual(expect.arrayContaining([centrum.id, school.id]));
    expect((await queueOf(coach)).map((s) => s.id)).not.toContain(zuid.id);
    expect((await queueOf(await t.signIn('coach.zuid@voorbeeld.nl'))).map((s) => s.id)).toContain(zuid.id);
  });

  it('names each wrong or missing field', async () => {
    const bad = await send(signaller, signalBody({ concerns: [], urgency: 'soon', parentsInformed: false, contact: { name: '', organisation: 'X', phone: 'bel me' } }, { bsn: '123456789', birthDate: '2099-01-01' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.concerns', 'body.contact.name', 'body.contact.phone', 'body.subject.birthDate', 'body.subject.bsn', 'body.urgency']);
    const noReason = await send(signaller, signalBody({ youngPersonInformed: false }));
    expect(fieldsOf(noReason.json())).toEqual(['body.notInformedReason']);
    const nowhere = await send(signaller, signalBody({}, { school: undefined, address: undefined }));
    expect(fieldsOf(nowhere.json())).toEqual(['body.subject.school']);
    expect((await send(signaller, signalBody({ youngPersonInformed: false, notInformedReason: 'Jongere is in gevaar als vader het hoort' }))).statusCode).toBe(201);
  });

  it('is for signallers and outreach workers only', async () => {
    expect((await send(undefined, signalBody())).statusCode).toBe(401);
    expect((await send(coach, signalBody())).statusCode).toBe(403);
    expect((await send(await t.signIn('admin@voorbeeld.nl'), signalBody())).statusCode).toBe(403);
  });
});

/** Ids of the signals a user sent, newest first, straight from the database. */
const sentBy = (email: string) => t.db.withTenant({ tenantId: t.tenant.id }, async (sql) =>
  (await sql.query<{ id: string }>('select s.id from signals s join users u on u.id = s.sender_user_id where u.email = $1 order by s.received_at desc, s.id desc', [email])).map((r) => r.id));

describe('my sent signals', () => {
  it('lists only the sender\'s own signals, newest first, with status and nothing the team did', async () => {
    const mine = (await t.request('GET', '/api/v1/sent-signals?limit=2', { cookie: signaller })).json();
    expect(mine.items).toHaveLength(2);
    for (const item of mine.items) expect(Object.keys(item).sort()).toEqual(['id', 'reference', 'sentAt', 'status', 'statusChangedAt', 'subjectName']);
    const rest = (await t.request('GET', `/api/v1/sent-signals?limit=100&cursor=${mine.nextCursor}`, { cookie: signaller })).json();
    const listed = [...mine.items, ...rest.items].map((s: { id: string }) => s.id);
    expect(listed).toEqual(await sentBy('signaller@voorbeeld.nl'));
    const theirs = (await t.request('GET', '/api/v1/sent-signals?limit=100', { cookie: outreach })).json();
    expect(theirs.items.map((s: { id: string }) => s.id)).toEqual(await sentBy('outreach@voorbeeld.nl'));
    expect(await listReadsOf(t, theirs.items[0].id, 'signal.status_read')).toHaveLength(1);
    expect((await t.request('GET', '/api/v1/sent-signals', { cookie: coach })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/sent-signals')).statusCode).toBe(401);
  });

  it('keeps signals apart between municipalities', async () => {
    const other = await t.addTenant();
    const foreign = await t.signIn('signaller@voorbeeld.nl', { tenant: other });
    const theirs = (await t.request('GET', '/api/v1/sent-signals?limit=100', { cookie: foreign, tenant: other })).json().items.map((s: { id: string }) => s.id);
    const ours = await sentBy('signaller@voorbeeld.nl');
    expect(theirs.filter((id: string) => ours.includes(id))).toEqual([]);
  });
});
