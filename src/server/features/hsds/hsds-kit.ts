import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryImportView, ImportFileView } from '../../../contracts/hsds';
import type { TestApp, TestTenant } from '../../testing/test-app';

/** A file to upload: its name and bytes. */
export interface KitFile {
  name: string;
  data: Buffer;
}

/** The HSDS example data (CC BY-SA 4.0, see e2e/hsds/fixtures/NOTICE.md). */
export const FIXTURES = resolve(import.meta.dirname, '../../../../e2e/hsds/fixtures');
export const fixtureFile = (name: string): KitFile => ({ name: name.split('/').pop()!, data: readFileSync(resolve(FIXTURES, name)) });
export const fixtureCsvFiles = () => readdirSync(resolve(FIXTURES, 'csv')).map((name) => fixtureFile(`csv/${name}`));
export const textFile = (name: string, text: string): KitFile => ({ name, data: Buffer.from(text, 'utf8') });
export const jsonFile = (name: string, value: unknown) => textFile(name, JSON.stringify(value));

const at = (tenant?: TestTenant) => (tenant ? { tenant } : {});

/** Uploads one file as the raw body of `POST /api/v1/directory-import-files`. */
export async function uploadFile(t: TestApp, cookie: string, file: KitFile, tenant?: TestTenant): Promise<ImportFileView> {
  const type = /\.csv$/i.test(file.name) ? 'text/csv' : 'application/json';
  const response = await t.app.inject({
    method: 'POST', url: `/api/v1/directory-import-files?name=${encodeURIComponent(file.name)}`, payload: file.data,
    headers: { host: (tenant ?? t.tenant).host, origin: `http://${(tenant ?? t.tenant).host}`, cookie, 'content-type': type },
  });
  if (response.statusCode !== 201) throw new Error(`Upload of ${file.name} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Starts an import of uploaded files and waits for its outcome (the job runs in the background). */
export async function runUploadedImport(t: TestApp, cookie: string, mode: 'preview' | 'apply', fileIds: string[], tenant?: TestTenant): Promise<DirectoryImportView> {
  const started = await t.request('POST', '/api/v1/directory-imports', { cookie, body: { mode, fileIds }, ...at(tenant) });
  if (started.statusCode !== 202) throw new Error(`Import did not start: ${started.statusCode} ${started.body}`);
  let view = started.json() as DirectoryImportView;
  while (view.status === 'running') {
    await new Promise((next) => setTimeout(next, 20));
    view = (await t.request('GET', `/api/v1/directory-imports/${view.id}`, { cookie, ...at(tenant) })).json() as DirectoryImportView;
  }
  return view;
}

/** Uploads the files, starts an import of them and waits for its outcome. */
export async function runImportJob(t: TestApp, cookie: string, mode: 'preview' | 'apply', files: KitFile[], tenant?: TestTenant): Promise<DirectoryImportView> {
  const ids: string[] = [];
  for (const file of files) ids.push((await uploadFile(t, cookie, file, tenant)).id);
  return runUploadedImport(t, cookie, mode, ids, tenant);
}

export async function exportAll(t: TestApp, cookie: string, tenant?: TestTenant): Promise<Record<string, Record<string, unknown>[]>> {
  const response = await t.request('GET', '/api/v1/directory-exports', { cookie, ...at(tenant) });
  if (response.statusCode !== 200) throw new Error(`Export failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
