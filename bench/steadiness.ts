import { fork } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from './percentile';

/**
 * How steady the machine itself is, measured before any server starts: the floor under the latency
 * budgets. A request at the steady runs' pace arrives at idle processes; on some virtual machines
 * the work that follows an idle spell runs several times slower than the same work back to back,
 * and no code change moves that. Two probes, each back to back and after `idleMs` of sleep:
 * - a fixed piece of CPU work in this process (the same loop on every machine);
 * - a one-byte round trip over loopback TCP to an echo in another process (what every database
 *   statement and every HTTP request pays at least once).
 */
export interface Spread {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface SteadinessResult {
  idleMs: number;
  cpuTask: { backToBack: Spread; afterIdle: Spread };
  loopback: { backToBack: Spread; afterIdle: Spread };
}

/** A fixed amount of integer work: about a millisecond on the 2-core machines measured. */
export function cpuTask(): number {
  let x = 0;
  for (let k = 0; k < 300_000; k++) x = (x + k * 31) % 1_000_003;
  return x;
}

export function spread(millis: number[]): Spread {
  const sorted = Float64Array.from(millis).sort();
  return { samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

async function timed(samples: number, idleMs: number, work: () => unknown): Promise<Spread> {
  const millis: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (idleMs) await sleep(idleMs);
    const began = performance.now();
    await work();
    millis.push(performance.now() - began);
  }
  return spread(millis);
}

const echoWorker = fileURLToPath(new URL('./echo-worker.ts', import.meta.url));

async function withEcho<T>(use: (roundTrip: () => Promise<void>) => Promise<T>): Promise<T> {
  const child = fork(echoWorker, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      child.once('message', (message: { port: number }) => resolvePort(message.port));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`echo process exited with ${code} before listening`)));
    });
    const socket: Socket = connect({ host: '127.0.0.1', port, noDelay: true });
    await new Promise<void>((connected, reject) => socket.once('connect', connected).once('error', reject));
    try {
      // A closed connection (the echo died) fails the probe instead of leaving it waiting.
      const roundTrip = () => new Promise<void>((answered, failed) => {
        const closed = () => failed(new Error('the echo process closed the connection'));
        socket.once('close', closed);
        socket.once('data', () => {
          socket.off('close', closed);
          answered();
        });
        socket.write('x');
      });
      return await use(roundTrip);
    } finally {
      socket.destroy();
    }
  } finally {
    child.kill();
  }
}

export async function measureSteadiness(options: { samples: number; idleMs: number }): Promise<SteadinessResult> {
  const { samples, idleMs } = options;
  for (let i = 0; i < 200; i++) cpuTask(); // compiled before it is timed
  const cpu = { backToBack: await timed(samples * 10, 0, cpuTask), afterIdle: await timed(samples, idleMs, cpuTask) };
  const loopback = await withEcho(async (roundTrip) => {
    await timed(100, 0, roundTrip);
    return { backToBack: await timed(samples * 10, 0, roundTrip), afterIdle: await timed(samples, idleMs, roundTrip) };
  });
  return { idleMs, cpuTask: cpu, loopback };
}

const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));

/** One line for the console and the report's machine table. */
export function steadinessSummary(s: SteadinessResult): string {
  const { cpuTask: c, loopback: l } = s;
  return `fixed CPU task p50 ${ms(c.backToBack.p50)} ms and p99 ${ms(c.backToBack.p99)} ms back to back; after ${s.idleMs} ms idle p50 ${ms(c.afterIdle.p50)}, p99 ${ms(c.afterIdle.p99)} ms` +
    ` (${(c.afterIdle.p99 / c.backToBack.p50).toFixed(1)}× the back-to-back p50). Loopback round trip p50 ${ms(l.backToBack.p50)}, p99 ${ms(l.backToBack.p99)} ms back to back;` +
    ` after idle p50 ${ms(l.afterIdle.p50)}, p99 ${ms(l.afterIdle.p99)} ms`;
}

/** What the machine itself adds to a latency measured at a steady rate (bench/README.md "Machine steadiness"). */
export function steadinessFloor(st: SteadinessResult, rate: number): string {
  const { cpuTask: c, loopback: l } = st;
  return `The latency budgets are judged at a steady ${rate} req/s, so every request finds the server and the database idle. ` +
    `On this machine, measured before any server started: a fixed CPU task that takes ${ms(c.backToBack.p50)} ms back to back took ${ms(c.afterIdle.p99)} ms at p99 after ${st.idleMs} ms idle, ` +
    `and a loopback round trip between two processes ${ms(l.afterIdle.p50)} ms at p50 and ${ms(l.afterIdle.p99)} ms at p99 after idle (${ms(l.backToBack.p50)} / ${ms(l.backToBack.p99)} ms back to back). ` +
    'A request makes several round trips (the HTTP request, and begin, statements and commit to PostgreSQL) and needs a few milliseconds of CPU in two processes; its p99 here carries that spread, which no change to the code removes.';
}
