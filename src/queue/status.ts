// What `readout queue` shows and does: counts by state, the failed jobs with their errors, and retrying them.
import type PgBoss from 'pg-boss';
import { ARTICLE_QUEUE } from './target.js';

export interface QueueCounts {
  /** waiting for a worker: new, or to be retried after a failure */
  queued: number;
  active: number;
  done: number;
  failed: number;
  cancelled: number;
}

export interface FailedJob {
  id: string;
  articleId: string | null;
  retries: number;
  error: string;
}

/** Counts by state, over the live table and pg-boss's archive (where finished jobs go after a while). */
export async function queueCounts(boss: PgBoss, schema: string): Promise<QueueCounts> {
  const { rows } = await boss.getDb().executeSql(
    `select state::text, count(*)::int as n from (
       select state from ${schema}.job where name = $1 union all select state from ${schema}.archive where name = $1
     ) j group by state`,
    [ARTICLE_QUEUE],
  );
  const by = new Map(rows.map((r: { state: string; n: number }) => [r.state, Number(r.n)]));
  const n = (s: string) => by.get(s) ?? 0;
  return { queued: n('created') + n('retry'), active: n('active'), done: n('completed'), failed: n('failed'), cancelled: n('cancelled') };
}

/** The error a failed job keeps: pg-boss stores what the worker failed it with (or its expiry message) as output. */
export function errorOf(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === 'string' ? m : JSON.stringify(output);
}

export async function failedJobs(boss: PgBoss, schema: string, limit: number): Promise<FailedJob[]> {
  const { rows } = await boss.getDb().executeSql(
    `select id::text, data->'article'->>'id' as article_id, retry_count, output from ${schema}.job
     where name = $1 and state = 'failed' order by completed_on, id limit $2`,
    [ARTICLE_QUEUE, limit],
  );
  return rows.map((r: { id: string; article_id: string | null; retry_count: number; output: unknown }) => ({
    id: r.id, articleId: r.article_id, retries: Number(r.retry_count), error: errorOf(r.output),
  }));
}

/** Put every failed job (still in the live table) back in the queue, with one more try each; returns how many. */
export async function retryFailed(boss: PgBoss, schema: string): Promise<number> {
  const { rows } = await boss.getDb().executeSql(`select id::text from ${schema}.job where name = $1 and state = 'failed'`, [ARTICLE_QUEUE]);
  const ids = rows.map((r: { id: string }) => r.id);
  for (let i = 0; i < ids.length; i += 1000) await boss.retry(ARTICLE_QUEUE, ids.slice(i, i + 1000));
  return ids.length;
}
