// Enqueuing articles: one job per article, inserted in chunks (one round trip each); an article already queued (same
// id and text: same job id) is not inserted again.
import type PgBoss from 'pg-boss';
import type { Article } from '../types.js';
import type { RetryPolicy } from './boss.js';
import { jobId, type ArticleJob } from './jobs.js';
import { ARTICLE_QUEUE } from './target.js';

export const ENQUEUE_CHUNK = 500;

/** Ids among `ids` that already have a job (pg-boss moves finished jobs to its archive after a while: both count). */
async function existingIds(boss: PgBoss, schema: string, ids: string[]): Promise<Set<string>> {
  const { rows } = await boss.getDb().executeSql(
    `select id::text from ${schema}.job where name = $1 and id = any($2::uuid[])
     union select id::text from ${schema}.archive where name = $1 and id = any($2::uuid[])`,
    [ARTICLE_QUEUE, ids],
  );
  return new Set(rows.map((r: { id: string }) => r.id));
}

/** Insert one chunk of articles; returns how many were new. */
export async function enqueueChunk(boss: PgBoss, schema: string, articles: Article[], retry: RetryPolicy): Promise<number> {
  const jobs = new Map<string, Article>();
  for (const a of articles) jobs.set(jobId(a), a);
  const known = await existingIds(boss, schema, [...jobs.keys()]);
  const fresh = [...jobs].filter(([id]) => !known.has(id));
  if (fresh.length === 0) return 0;
  await boss.insert(fresh.map(([id, article]) => ({
    id,
    name: ARTICLE_QUEUE,
    data: { article } satisfies ArticleJob,
    singletonKey: article.id,
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelay,
    retryBackoff: true,
    expireInSeconds: retry.expireInSeconds,
  })));
  return fresh.length;
}
