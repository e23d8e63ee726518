import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoadJob, LoadResult } from './load';
import { percentile } from './percentile';

/**
 * Open-loop load at a steady rate: request i is due at i / rate seconds, whether or not the ones
 * before it were answered, over at most `connections` keep-alive sockets. A request that has to
 * wait for a free socket waits in the agent's queue, and its latency counts from when it was due,
 * so a server that falls behind shows it (no coordinated omission). autocannon's own rate limit
 * sends each connection's quota for a second at once at the start of the second: at 10 req/s over
 * 10 connections, ten requests together, the burst a steady run is meant to avoid.
 */
export function pacedLoad(job: LoadJob & { overallRate: number }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const base = new URL(job.url);
  const paths = job.sequence ?? [base.pathname + base.search];
  const total = Math.max(1, Math.round(job.duration * job.overallRate));
  const intervalMs = 1000 / job.overallRate;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let [ok2xx, non2xx, errors, timeouts, finished] = [0, 0, 0, 0, 0];
  const started = performance.now();

  return new Promise((resolveLoad) => {
    const done = () => {
      agent.destroy();
      const sorted = Float64Array.from(latencies).sort();
      const seconds = (performance.now() - started) / 1000;
      resolveLoad({
        durationSeconds: seconds,
        requestsPerSecond: (ok2xx + non2xx) / seconds,
        completedRequests: ok2xx + non2xx,
        ok2xx, non2xx, statusCodes, errors, timeouts,
        latencyMs: {
          p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
          max: sorted.length ? (sorted[sorted.length - 1] ?? NaN) : NaN,
          mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
        },
      });
    };
    const settle = () => {
      if (++finished === total) done();
    };
    const send = (i: number, dueAt: number) => {
      const body = job.body === undefined ? undefined : job.uniqueToken ? job.body.replaceAll(job.uniqueToken, randomUUID()) : job.body;
      const req = httpRequest({ agent, host: base.hostname, port: base.port, method: job.method, path: paths[i % paths.length], headers: { ...job.headers, ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }) }, timeout: 10_000 }, (res) => {
        res.resume();
        res.once('end', () => {
          const code = res.statusCode ?? 0;
          statusCodes[code] = (statusCodes[code] ?? 0) + 1;
          if (code >= 200 && code <= 299) {
            ok2xx += 1;
            latencies.push(performance.now() - dueAt);
          } else non2xx += 1;
          settle();
        });
      });
      let timedOut = false;
      req.once('timeout', () => {
        timedOut = true;
        timeouts += 1;
        req.destroy(new Error('timeout'));
      });
      req.once('error', () => {
        if (!timedOut) errors += 1;
        settle();
      });
      req.end(body);
    };
    // One timer per request at its due time: setTimeout drifts by a millisecond at most here, and
    // the latency counts from the due time, not from when the timer fired.
    for (let i = 0; i < total; i++) {
      const dueAt = started + i * intervalMs;
      setTimeout(() => send(i, dueAt), Math.max(0, dueAt - performance.now()));
    }
  });
}
