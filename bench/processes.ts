import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Server processes under test. Each is started as `node <entry>` directly (not through npm, npx or
 * the tsx wrapper), so the child's pid is the server itself and its RSS is the server's. A `.ts`
 * entry runs with `--import tsx`; the Wijkwijs server runs from its bundle, as `npm start` runs it.
 */
export interface ServerProcess {
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn until the ready URL first answered 200. */
  readyMs: number;
  /** What the server printed as "ready in N ms", if it did. */
  selfReportedReadyMs: number | null;
  rss(): Promise<MemoryReading>;
  stop(): Promise<void>;
}

export interface MemoryReading {
  /** Resident set size now, MB (10^6 bytes). */
  rssMB: number;
  /** Peak resident set size since start (VmHWM), MB. */
  peakMB: number;
}

export interface StartOptions {
  name: string;
  entry: string;
  /** Node options before the entry, e.g. the server's SERVER_NODE_OPTIONS. */
  nodeOptions?: readonly string[];
  env: Record<string, string>;
  readyPath: string;
  logFile: string;
  cwd: string;
  timeoutMs?: number;
}

/**
 * A free loopback port: any port, or one from `BENCH_PORTS` (e.g. `3225-3229`) when the machine is
 * shared and each user keeps to a range.
 */
export async function freePort(range = process.env.BENCH_PORTS): Promise<number> {
  const match = range ? /^(\d+)-(\d+)$/.exec(range.trim()) : null;
  if (range && !match) throw new Error(`BENCH_PORTS must look like 3225-3229, got ${JSON.stringify(range)}`);
  if (match)
    for (let port = Number(match[1]); port <= Number(match[2]); port++) if (await canListen(port)) return port;
  if (match) throw new Error(`No free port in BENCH_PORTS=${range}`);
  return canListen(0);
}

function canListen(wanted: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (error: NodeJS.ErrnoException) => (wanted && error.code === 'EADDRINUSE' ? resolvePort(0) : reject(error)));
    server.listen(wanted, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function readMemory(pid: number): Promise<MemoryReading> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: (kib('VmRSS') * 1024) / 1e6, peakMB: (kib('VmHWM') * 1024) / 1e6 };
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

const running = new Set<ChildProcess>();

/** Kills every server this process started (on Ctrl-C or a crash of the bench runner). */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * `scripts/build-server.mjs`: bundles the server into dist/server/main.mjs, the file `npm start`
 * runs. Always rebuilt, so the bench never measures a bundle older than the sources.
 */
export async function buildServerBundle(root: string, logFile: string): Promise<void> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`scripts/build-server.mjs exited with ${code}; see ${logFile}`);
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const port = Number(options.env.PORT);
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n--- ${new Date().toISOString()} start ${options.name}\n`);
  const startedAt = performance.now();
  const loader = options.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...loader, options.entry], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let selfReportedReadyMs: number | null = null;
  let tail = '';
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString();
    log.write(text);
    tail = (tail + text).slice(-4000);
    const match = /ready in (\d+) ms/.exec(tail);
    if (match && selfReportedReadyMs === null) selfReportedReadyMs = Number(match[1]);
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const closed = exited(child).then(() => {
    running.delete(child);
    log.end();
  });

  const deadline = startedAt + (options.timeoutMs ?? 120_000);
  let readyMs = -1;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}) before it was ready; see ${options.logFile}:\n${tail}`);
    if (await answers200(baseUrl + options.readyPath)) {
      readyMs = performance.now() - startedAt;
      break;
    }
    await sleep(20);
  }
  if (readyMs < 0) {
    child.kill('SIGKILL');
    throw new Error(`${options.name} was not ready within ${options.timeoutMs ?? 120_000} ms; see ${options.logFile}`);
  }
  // Give the "ready in" line a moment to arrive through the pipe.
  for (let i = 0; i < 25 && selfReportedReadyMs === null; i++) await sleep(20);

  return {
    pid: child.pid ?? -1,
    baseUrl,
    readyMs,
    selfReportedReadyMs,
    rss: () => readMemory(child.pid ?? -1),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await closed;
        clearTimeout(timer);
      }
      await closed;
    },
  };
}
