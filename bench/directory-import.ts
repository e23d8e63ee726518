import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateHsdsDataset } from './hsds-dataset';
import type { ServerProcess } from './processes';

/** One phase of the directory import step: wall time and the server's memory around it. */
export interface ImportPhaseResult {
  phase: 'preview' | 'apply' | 're-import';
  seconds: number;
  status: string;
  /** Server VmRSS just before the phase, and the highest VmRSS sampled (every 100 ms) while it ran. */
  rssBeforeMB: number;
  rssPeakMB: number;
}

export interface DirectoryImportResult {
  services: number;
  fileMB: number;
  phases: ImportPhaseResult[];
  error?: string;
}

const ADMIN = 'admin@voorbeeld.nl';
const PHASES = [['preview', 'preview'], ['apply', 'apply'], ['re-import', 'apply']] as const;

/**
 * The "Directory import" step of `npm run bench`: an HSDS data set of `services` generated
 * services (bench/hsds-dataset.ts, one JSON file on disk) imported through the API of the running
 * server as the import page does it — upload the file (streamed from disk), start the job, poll
 * until it ends — three times: preview, apply, and the same apply again (nothing changes).
 */
export async function measureDirectoryImport(server: ServerProcess, signIn: (email: string) => Promise<string>, services: number): Promise<DirectoryImportResult> {
  const folder = await mkdtemp(join(tmpdir(), 'wijkwijs-bench-import-'));
  const result: DirectoryImportResult = { services, fileMB: 0, phases: [] };
  try {
    const file = join(folder, 'sociale-kaart.json');
    await writeFile(file, JSON.stringify(generateHsdsDataset(services)));
    result.fileMB = (await stat(file)).size / 1e6;
    const cookie = await signIn(ADMIN);
    const headers = { cookie, origin: server.baseUrl };
    const call = async <T>(method: string, path: string, init: RequestInit = {}): Promise<T> => {
      const response = await fetch(server.baseUrl + path, { method, ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    };
    for (const [phase, mode] of PHASES) {
      const rssBeforeMB = (await server.rss()).rssMB;
      let rssPeakMB = rssBeforeMB;
      const sampler = setInterval(() => void server.rss().then((m) => (rssPeakMB = Math.max(rssPeakMB, m.rssMB)), () => undefined), 100);
      const started = performance.now();
      try {
        const body = Readable.toWeb(createReadStream(file)) as unknown as BodyInit;
        const upload = await call<{ id: string }>('POST', '/api/v1/directory-import-files?name=sociale-kaart.json', { body, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
        let job = await call<{ id: string; status: string; problems: unknown[] }>('POST', '/api/v1/directory-imports', { body: JSON.stringify({ mode, fileIds: [upload.id] }), headers: { 'content-type': 'application/json' } });
        while (job.status === 'running') {
          await new Promise((next) => setTimeout(next, 100));
          job = await call('GET', `/api/v1/directory-imports/${job.id}`);
        }
        if (job.status !== (mode === 'apply' ? 'applied' : 'checked')) throw new Error(`${phase} ended ${job.status}: ${JSON.stringify(job.problems.slice(0, 3))}`);
        rssPeakMB = Math.max(rssPeakMB, (await server.rss()).rssMB);
        result.phases.push({ phase, seconds: (performance.now() - started) / 1000, status: job.status, rssBeforeMB, rssPeakMB });
      } finally {
        clearInterval(sampler);
      }
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return result;
}
