import type { FastifyBaseLogger } from 'fastify';
import type { Database, Sql } from '../db/database';

/** A job runs for every tenant in a transaction of that tenant, and reports what it did. */
export interface Job {
  name: string;
  runForTenant(sql: Sql): Promise<Record<string, number>>;
}

/** Claims one due job (skipping jobs another instance holds), runs it for each tenant, reschedules it. */
export async function runDueJob(db: Database, jobs: Job[]): Promise<{ name: string; result: Record<string, number> } | null> {
  const claimed = await db.withoutTenant((sql) =>
    sql.query<{ name: string }>(
      `update jobs set locked_until = now() + interval '10 minutes'
        where name = (select name from jobs where next_run_at <= now() and (locked_until is null or locked_until < now())
                       and name = any($1::text[]) order by next_run_at limit 1 for update skip locked)
        returning name`,
      [jobs.map((j) => j.name)],
    ),
  );
  const job = jobs.find((j) => j.name === claimed[0]?.name);
  if (!job) return null;
  const tenants = await db.withoutTenant((sql) => sql.query<{ id: string }>('select id from tenants order by id'));
  const total: Record<string, number> = {};
  for (const tenant of tenants) {
    const result = await db.withTenant({ tenantId: tenant.id }, (sql) => job.runForTenant(sql));
    for (const [key, value] of Object.entries(result)) total[key] = (total[key] ?? 0) + value;
  }
  await db.withoutTenant((sql) =>
    sql.query(
      `update jobs set locked_until = null, last_run_at = now(), last_result = $2,
              next_run_at = now() + make_interval(secs => interval_seconds) where name = $1`,
      [job.name, JSON.stringify(total)],
    ),
  );
  return { name: job.name, result: total };
}

/**
 * Runs due jobs now and every `everyMs`. The returned stop() claims no further job and resolves once
 * the job in progress has finished, so a shutdown can close the database after it without cutting a
 * job off (which would leave it locked for ten minutes and log a failure).
 */
export function startJobRunner(db: Database, jobs: Job[], log: FastifyBaseLogger, everyMs = 60_000): () => Promise<void> {
  let current: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    try {
      for (let done = stopped ? null : await runDueJob(db, jobs); done; done = stopped ? null : await runDueJob(db, jobs)) log.info({ job: done.name, result: done.result }, 'job finished');
    } catch (error) {
      log.error({ err: error }, 'job failed');
    }
  };
  const start = () => {
    if (current || stopped) return;
    current = tick().finally(() => {
      current = null;
    });
  };
  const timer = setInterval(start, everyMs);
  timer.unref();
  start();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}
