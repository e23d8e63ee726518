import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { fixtureCsvFiles, fixtureFile, jsonFile, runImportJob, runUploadedImport, textFile, uploadFile } from './hsds-kit';
import { corruption, services, toCsv } from './import-arbitraries';
import { placesOfPairs } from './queries';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ households: 0 });
  admin = await t.signIn('admin@voorbeeld.nl');
});
afterAll(() => t.close());

const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

describe('HSDS import', () => {
  it('previews the example service, applies it, and a second import changes nothing', async () => {
    const preview = await runImportJob(t, admin, 'preview', [fixtureFile('service_full.json')]);
    expect(preview.problems).toEqual([]);
    expect(preview.status).toBe('checked');
    expect(preview.counts.service).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(preview.counts.phone).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(preview.samples[0]).toMatchObject({ object: 'service', id: SERVICE, name: 'Community Counselling', action: 'created' });
    const nothingYet = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('select 1 from services where id = $1', [SERVICE]));
    expect(nothingYet).toEqual([]);

    const applied = await runImportJob(t, admin, 'apply', [fixtureFile('service_full.json')]);
    expect(applied.status).toBe('applied');
    expect(applied.counts.location).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [stored] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ version: number; n: number }>(
      "select version, (select count(*)::int from directory_versions where entity = 'service' and entity_id = $1) as n from services where id = $1", [SERVICE]));
    expect(stored).toEqual({ version: 1, n: 1 });
    // The directory's search finds it: its search document was built after the write.
    const [found] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ hit: boolean }>(
      "select search_document @@ plainto_tsquery('dutch', 'counselling civic') as hit from services where id = $1", [SERVICE]));
    expect(found).toEqual({ hit: true });

    const again = await runImportJob(t, admin, 'apply', [fixtureFile('service_full.json')]);
    expect(again.status).toBe('applied');
    expect(Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(again.progress).toEqual({ done: 0, total: 0 });
    const [after] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ version: number }>('select version from services where id = $1', [SERVICE]));
    expect(after!.version).toBe(1);
  });

  it('imports the tabular CSV package and reports a changed row as updated, bumping its version', async () => {
    const preview = await runImportJob(t, admin, 'preview', fixtureCsvFiles());
    expect(preview.problems).toEqual([]);
    expect(preview.ignored).toContain('funding.csv');
    const services = fixtureCsvFiles().find((f) => f.name === 'services.csv')!;
    const changed = services.data.toString('utf8').replace('Community Counselling', 'Buurtcounseling');
    const applied = await runImportJob(t, admin, 'apply', [...fixtureCsvFiles().filter((f) => f.name !== 'services.csv'), textFile('services.csv', changed)]);
    expect(applied.status).toBe('applied');
    expect(applied.counts.service).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ name: string; version: number }>('select name, version from services where id = $1', [SERVICE]));
    expect(row).toEqual({ name: 'Buurtcounseling', version: 2 });
  });

  it('writes an audit event with who and the counts', async () => {
    const rows = await t.db.asOwner((sql) => sql.query<{ details: { counts: Record<string, unknown> }; user_id: string }>(
      "select details, user_id from audit_events where tenant_id = $1 and event_type = 'directory.imported' order by seq", [t.tenant.id]));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]!.details.counts).toHaveProperty('service');
  });

  it('refuses files in another encoding than UTF-8', async () => {
    const latin1 = { name: 'services.csv', data: Buffer.from('id,name,status\n6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4a01,Caf\xe9,active\n', 'latin1') };
    const utf16 = { name: 'services.json', data: Buffer.from('\ufeff{"id":"x"}', 'utf16le') };
    const view = await runImportJob(t, admin, 'preview', [latin1, utf16]);
    expect(view.status).toBe('rejected');
    expect(view.problems.map((p) => [p.file, p.code])).toEqual([['services.csv', 'encoding'], ['services.json', 'encoding']]);
    expect(view.problems[1]!.message).toMatch(/UTF-16/);
  });

  it('names the file, row and field of every problem and writes nothing', async () => {
    const id = '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4a02';
    const csv = `\ufeffid,name,status,minimum_age,maximum_age,organization_id\n${id},Goed,active,4,12,\n6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4a03,Fout,active,14,12,\n6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4a04,Wees,open,,,6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4aff\n`;
    const view = await runImportJob(t, admin, 'apply', [textFile('services.csv', csv)]);
    expect(view.status).toBe('rejected');
    expect(view.problems.map((p) => [p.file, p.row, p.field, p.code])).toEqual([
      ['services.csv', 2, 'minimum_age', 'age_range'],
      ['services.csv', 3, 'status', 'schema'],
      ['services.csv', 3, 'organization_id', 'unknown_reference'],
    ]);
    const stored = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('select 1 from services where id = $1', [id]));
    expect(stored).toEqual([]);
  });

  it('reports unknown taxonomy terms and overlapping opening hours with their JSON record', async () => {
    const service = (n: number) => `6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4b0${n}`;
    const view = await runImportJob(t, admin, 'preview', [jsonFile('data.json', {
      services: [{ id: service(1), name: 'Huiswerkklas', status: 'active', attributes: [{ id: service(2), taxonomy_term_id: service(3) }] }],
      schedules: [
        { id: service(4), service_id: service(1), freq: 'WEEKLY', byday: 'MO,WE', opens_at: '14:00', closes_at: '16:00' },
        { id: service(5), service_id: service(1), freq: 'WEEKLY', byday: 'WE', opens_at: '15:30', closes_at: '17:00' },
      ],
    })]);
    expect(view.problems.map((p) => [p.pointer, p.field, p.code])).toEqual([
      ['/schedules/1', 'opens_at', 'schedule_overlap'],
      ['/services/0/attributes/0', 'taxonomy_term_id', 'unknown_term'],
    ]);
  });
});

describe('HSDS import (property, on the database)', () => {
  it('applies nothing when any one field of any row is corrupted, and names that row and field', async () => {
    const count = async () => (await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>('select count(*)::int as n from services')))[0]!.n;
    await fc.assert(fc.asyncProperty(services, fc.nat(), corruption, async (rows, pick, { field, value, code }) => {
      const i = pick % rows.length;
      const before = await count();
      const broken = rows.map((r, j) => (j === i ? { ...r, [field]: value as string } : r));
      const view = await runImportJob(t, admin, 'apply', [textFile('services.csv', toCsv(broken))]);
      expect(view.status).toBe('rejected');
      expect(view.problems.map((p) => [p.row, p.field, p.code])).toContainEqual([i + 1, field, code]);
      expect(await count()).toBe(before);
    }), { numRuns: 6 });
  });
});

const id = (n: number) => `6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e5a${String(n).padStart(2, '0')}`;

describe('HSDS import: places, opening hours and interrupted jobs', () => {
  const PLACE = 'e94c9f38-1e8f-4564-91d4-d53501ab1765';
  const LOCATION = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
  const STORED_SCHEDULE = '48102e86-bb50-41c4-8f1e-e269368c41d1';
  beforeAll(async () => {
    expect((await runImportJob(t, admin, 'apply', [fixtureFile('service_full.json')])).status).toBe('applied');
  });

  it('names a new service_at_location for a service and location that already have one, in the import or the directory', async () => {
    const view = await runImportJob(t, admin, 'apply', [jsonFile('places.json', {
      services: [{ id: id(1), name: 'Tweede aanbod', status: 'active' }],
      service_at_locations: [
        { id: id(2), service_id: SERVICE, location_id: LOCATION },
        { id: id(3), service_id: id(1), location_id: LOCATION },
        { id: id(4), service_id: id(1), location_id: LOCATION },
      ],
    })]);
    expect(view.status).toBe('rejected');
    expect(view.problems.map((p) => [p.pointer, p.field, p.code])).toEqual([
      ['/service_at_locations/2', 'location_id', 'duplicate_place'],
      ['/service_at_locations/0', 'location_id', 'duplicate_place'],
    ]);
    expect(view.problems[1]!.message).toContain(PLACE);
  });

  it('finds stored places by their pair, not by a service and a location that are each in other pairs', async () => {
    const OTHER = id(30);
    const places = (pairs: [string, string][]) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => placesOfPairs(sql, pairs));
    expect(await places([[SERVICE, OTHER], [OTHER, LOCATION]])).toEqual([]);
    expect(await places([[SERVICE, OTHER], [SERVICE, LOCATION]])).toEqual([{ id: PLACE, service_id: SERVICE, location_id: LOCATION }]);
  });

  it('checks new opening hours against stored ones the import leaves in place, not against those it replaces', async () => {
    // The stored schedule belongs to the service at its place (both links, as service_full.json nests it).
    const overlapping = { id: id(10), service_id: SERVICE, service_at_location_id: PLACE, freq: 'WEEKLY', byday: 'FR', opens_at: '17:00', closes_at: '19:00', valid_from: '2005-01-01', valid_to: '2005-01-01' };
    const clash = await runImportJob(t, admin, 'preview', [jsonFile('hours.json', { schedules: [overlapping] })]);
    expect(clash.problems.map((p) => [p.pointer, p.field, p.code])).toEqual([['/schedules/0', 'opens_at', 'schedule_overlap']]);
    expect(clash.problems[0]!.message).toContain(STORED_SCHEDULE);

    const moved = { id: STORED_SCHEDULE, service_id: SERVICE, service_at_location_id: PLACE, freq: 'WEEKLY', byday: 'TH,FR', opens_at: '09:00', closes_at: '12:00', valid_from: '2005-01-01', valid_to: '2005-01-01' };
    const replaced = await runImportJob(t, admin, 'preview', [jsonFile('hours.json', { schedules: [moved, overlapping] })]);
    expect(replaced.problems).toEqual([]);
    expect(replaced.counts.schedule).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });
});

describe('HSDS import uploads', () => {
  const upload = (name: string, body: string, type = 'application/json', cookie = admin) =>
    t.app.inject({ method: 'POST', url: `/api/v1/directory-import-files?name=${encodeURIComponent(name)}`, payload: body, headers: { host: t.tenant.host, origin: `http://${t.tenant.host}`, cookie, 'content-type': type } });

  it('stores the raw file and tells its id, name and size', async () => {
    const response = await upload('services.csv', 'id,name,status\n', 'text/csv');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'services.csv', bytes: 15 });
  });

  it('refuses a bad file name, another content type and unknown or foreign file ids as problems with the field', async () => {
    const badName = await upload('diensten.xlsx', '{}');
    expect(badName.statusCode).toBe(400);
    expect(badName.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['query.name']);
    expect((await upload('services.json', 'x', 'text/plain')).statusCode).toBe(415);

    const other = await t.addTenant();
    const otherAdmin = await t.signIn('admin@voorbeeld.nl', { tenant: other });
    const foreign = await uploadFile(t, otherAdmin, jsonFile('a.json', {}), other);
    const started = await t.request('POST', '/api/v1/directory-imports', { cookie: admin, body: { mode: 'preview', fileIds: [foreign.id, id(99)] } });
    expect(started.statusCode).toBe(400);
    expect(started.json()).toMatchObject({ code: 'validation_failed', invalidParams: [{ name: 'body.fileIds.0' }, { name: 'body.fileIds.1' }] });
  });

  it('lets an applied preview\'s files be used once more, then removes them', async () => {
    const file = await uploadFile(t, admin, jsonFile('one.json', { services: [{ id: id(30), name: 'Eenmalig', status: 'active' }] }));
    expect((await runUploadedImport(t, admin, 'preview', [file.id])).status).toBe('checked');
    expect((await runUploadedImport(t, admin, 'apply', [file.id])).status).toBe('applied');
    expect((await t.request('POST', '/api/v1/directory-imports', { cookie: admin, body: { mode: 'apply', fileIds: [file.id] } })).statusCode).toBe(400);
  });
});
