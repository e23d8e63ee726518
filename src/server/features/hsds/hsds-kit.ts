import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryImportView } from '../../../contracts/hsds';
import type { TestApp, TestTenant } from '../../testing/test-app';

/** The HSDS example data (CC BY-SA 4.0, see e2e/hsds/fixtures/NOTICE.md). */
export const FIXTURES = resolve(import.meta.dirname, '../../../../e2e/hsds/fixtures');
export const fixtureFile = (name: string) => ({ name: name.split('/').pop()!, data: readFileSync(resolve(FIXTURES, name)).toString('base64') });
export const fixtureCsvFiles = () => readdirSync(resolve(FIXTURES, 'csv')).map((name) => fixtureFile(`csv/${name}`));
export const textFile = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8').toString('base64') });
export const jsonFile = (name: string, value: unknown) => textFile(name, JSON.stringify(value));

/** Starts an import and waits for its outcome (the job runs in the background). */
export async function runImportJob(t: TestApp, cookie: string, mode: 'preview' | 'apply', files: { name: string; data: string }[], tenant?: TestTenant): Promise<DirectoryImportView> {
  const started = await t.request('POST', '/api/v1/directory-imports', { cookie, body: { mode, files }, ...(tenant ? { tenant } : {}) });
  if (started.statusCode !== 202) throw new Error(`Import did not start: ${started.statusCode} ${started.body}`);
  let view = started.json() as DirectoryImportView;
  while (view.status === 'running') {
    await new Promise((next) => setTimeout(next, 20));
    view = (await t.request('GET', `/api/v1/directory-imports/${view.id}`, { cookie, ...(tenant ? { tenant } : {}) })).json() as DirectoryImportView;
  }
  return view;
}

export async function exportAll(t: TestApp, cookie: string, tenant?: TestTenant): Promise<Record<string, Record<string, unknown>[]>> {
  const response = await t.request('GET', '/api/v1/directory-exports', { cookie, ...(tenant ? { tenant } : {}) });
  if (response.statusCode !== 200) throw new Error(`Export failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
