import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { NotifyChannel, NotifyListener } from './database';

/** Announcements of this kind are listening connections' probes ('p:<uuid>'); they are about nothing and never reach a listener. */
export const PROBE_PREFIX = 'p:';

export interface ListenOptions {
  url: string;
  channel: NotifyChannel;
  listener: NotifyListener;
  applicationName: string;
  /** Announces `payload` on the channel from another connection (the pool). */
  probe(payload: string): Promise<void>;
  timing?: { reconnectMs: number; heartbeatMs: number; timeoutMs: number };
}

const TIMING = { reconnectMs: 1000, heartbeatMs: 30_000, timeoutMs: 5000 };

/**
 * A connection of its own that only listens, so announcements from other servers are heard while
 * this one is idle. It is `up` only once a probe announced from another connection has arrived on it,
 * and stays up only while one does every `heartbeatMs`: a connection that is open but hears nothing
 * (a pooler in transaction mode drops LISTEN; a stuck socket) counts as lost. When it is lost the
 * listener is told `down` (announcements may be missed from then on) and it is opened again every
 * `reconnectMs` until a probe arrives again.
 */
export function listenOn(options: ListenOptions): { started: Promise<void>; stop(): Promise<void> } {
  const { url, channel, listener, applicationName, probe } = options;
  const timing = options.timing ?? TIMING;
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let beat: NodeJS.Timeout | undefined;
  const waiting = new Map<string, () => void>();

  const lost = (client: pg.Client) => {
    if (current !== client) return;
    current = null;
    clearInterval(beat);
    listener.down();
    client.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(() => void open(), timing.reconnectMs);
  };
  /** True when a probe announced from another connection arrives on `client` in time. */
  const probeArrives = async (): Promise<boolean> => {
    const payload = `${PROBE_PREFIX}${randomUUID()}`;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      waiting.set(payload, () => resolve(true));
      timer = setTimeout(() => resolve(false), timing.timeoutMs);
    });
    try {
      await probe(payload);
      return await arrived;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      waiting.delete(payload);
    }
  };
  const open = async () => {
    const client = new pg.Client({ connectionString: url, application_name: applicationName });
    current = client;
    client.on('notification', (message) => {
      if (message.channel !== channel) return;
      const payload = message.payload ?? '';
      if (payload.startsWith(PROBE_PREFIX)) waiting.get(payload)?.();
      else listener.notify(payload);
    });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
    } catch {
      lost(client);
      return;
    }
    if (!(await probeArrives())) return lost(client);
    if (current !== client || stopped) return;
    listener.up();
    beat = setInterval(() => {
      void probeArrives().then((ok) => ok || lost(client));
    }, timing.heartbeatMs);
    beat.unref();
  };
  return {
    started: open(),
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(beat);
      const client = current;
      current = null;
      await client?.end().catch(() => undefined);
    },
  };
}
