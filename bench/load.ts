import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadRequest } from './scenarios';

export interface LoadJob extends LoadRequest {
  url: string;
  connections: number;
  duration: number;
  /** Requests per second, evenly spaced, open loop (bench/paced-load.ts); unset: autocannon, each connection as fast as answered. */
  overallRate?: number;
  headers: Record<string, string>;
}

export interface LoadResult {
  durationSeconds: number;
  /** autocannon's mean of the per-second completed-request counts. */
  requestsPerSecond: number;
  completedRequests: number;
  ok2xx: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Connection errors (refused, reset) and timeouts, as counted by autocannon. */
  errors: number;
  timeouts: number;
  /** Of 2xx responses, from every single response time (not a histogram). */
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
}

const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

/** Puts load on `baseUrl + request.path` from a separate process (autocannon) and returns its numbers. */
export function runLoad(baseUrl: string, request: LoadRequest, options: { connections: number; duration: number; overallRate?: number }): Promise<LoadResult> {
  const job: LoadJob = {
    ...request,
    url: baseUrl + request.path,
    headers: request.headers ?? {},
    connections: options.connections,
    duration: options.duration,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  };
  return new Promise((resolveLoad, reject) => {
    const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      answered = true;
      if (message.ok) resolveLoad(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator exited with ${code} without a result`));
    });
    child.send(job);
  });
}
