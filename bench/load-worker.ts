import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load';
import { pacedLoad } from './paced-load';
import { percentile } from './percentile';

/**
 * Runs in its own process (forked by load.ts), so the load generator never shares a process with
 * the server under test. Receives one LoadJob over IPC, answers with one LoadResult, exits.
 */
function run(job: LoadJob): Promise<LoadResult> {
  if (job.overallRate) return pacedLoad({ ...job, overallRate: job.overallRate });
  return new Promise((resolveRun, reject) => {
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    const instance = autocannon(
      {
        url: job.url,
        method: job.method,
        headers: job.headers,
        ...(job.body === undefined ? {} : { body: job.body }),
        ...(job.sequence ? { requests: job.sequence.map((path) => ({ method: 'GET' as const, path })) } : {}),
        // A fresh body per request (autocannon's own idReplacement miscounts Content-Length).
        ...(job.uniqueToken && job.body ? { requests: [{ method: job.method, path: new URL(job.url).pathname, setupRequest: (req: object) => ({ ...req, body: job.body!.replaceAll(job.uniqueToken!, randomUUID()) }) }] } : {}),
        connections: job.connections,
        duration: job.duration,
        timeout: 10,
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = latencies.slice(0, count).sort();
        resolveRun({
          durationSeconds: result.duration,
          requestsPerSecond: result.requests.average,
          completedRequests: result.requests.total,
          ok2xx: result['2xx'],
          non2xx: result.non2xx,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count])),
          errors: result.errors,
          timeouts: result.timeouts,
          latencyMs: {
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            max: count ? (sorted[count - 1] ?? NaN) : NaN,
            mean: count ? sorted.reduce((a, b) => a + b, 0) / count : NaN,
          },
        });
      },
    );
    // autocannon's own histogram keeps whole milliseconds; keep every 2xx latency for sub-ms percentiles.
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode < 200 || statusCode > 299) return;
      if (count === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[count++] = responseTime;
    });
  });
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
