// Opening pg-boss on the queue's schema (installed or migrated by pg-boss on start) with readout's article queue.
import PgBoss from 'pg-boss';
import { StoreUnavailableError } from '../store/index.js';
import { ARTICLE_QUEUE, type QueueTarget } from './target.js';

/** How a job is retried when coding or storing it fails, or when its worker dies holding it. */
export interface RetryPolicy {
  /** retries after the first attempt before the job is failed for good */
  retryLimit: number;
  /** seconds before the first retry; doubled (with jitter) for each later one */
  retryDelay: number;
  /** seconds a worker may hold a job; past that (a worker killed mid-job) the job is retried by another */
  expireInSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 3, retryDelay: 2, expireInSeconds: 300 };

export interface BossOptions {
  /** connections pg-boss may open (default 2: one fetches or completes while the other runs maintenance) */
  max?: number;
  /** run pg-boss's maintenance (expiring jobs of dead workers, archiving): workers do, enqueuers do not */
  supervise?: boolean;
  /** seconds between maintenance runs (default 10) */
  maintenanceSeconds?: number;
}

export async function openBoss(target: QueueTarget, opts: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: target.connectionString,
    schema: target.schema,
    max: opts.max ?? 2,
    application_name: 'readout-queue',
    supervise: opts.supervise ?? false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 10,
    schedule: false,
    // a failed job stays where `readout queue --retry-failed` can put it back (pg-boss's default is 12 hours)
    archiveFailedAfterSeconds: 30 * 86_400,
  });
  // errors of pg-boss's background loops (a lost connection): they recur and are retried by pg-boss itself
  boss.on('error', () => {});
  try {
    await boss.start();
    if (!(await boss.getQueue(ARTICLE_QUEUE))) await createQueueOnce(boss);
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    const why = err instanceof Error ? err.message : String(err);
    throw new StoreUnavailableError(`queue: cannot open the job queue in ${target.where} (schema ${target.schema}): ${why}`, { cause: err });
  }
  return boss;
}

/** Two processes starting at once may both create the queue: the loser finds it there. */
async function createQueueOnce(boss: PgBoss): Promise<void> {
  try {
    await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, policy: 'standard' });
  } catch (err) {
    if (!(await boss.getQueue(ARTICLE_QUEUE))) throw err;
  }
}
