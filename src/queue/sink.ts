// The queue as a place to put new articles: what `readout ingest --queue` (and `readout watch --queue`) hand their
// articles to instead of coding them. Enqueuing an article already queued is a no-op.
import type { Article } from '../types.js';
import { DEFAULT_RETRY, openBoss, type RetryPolicy } from './boss.js';
import { enqueueChunk, ENQUEUE_CHUNK } from './enqueue.js';
import { queueTarget } from './target.js';

export interface QueueSink {
  /** enqueue the articles (one job each); how many were new, and how many were already queued */
  put(articles: Article[]): Promise<{ queued: number; already: number }>;
  close(): Promise<void>;
}

/** A sink on the queue beside the PostgreSQL store `db`; `option` names the option in the SQLite usage error. */
export async function queueSink(db: string, retry: RetryPolicy = DEFAULT_RETRY, option = '--queue'): Promise<QueueSink> {
  const target = queueTarget(db, option);
  const boss = await openBoss(target, { max: 1, supervise: false });
  return {
    async put(articles) {
      let queued = 0;
      for (let i = 0; i < articles.length; i += ENQUEUE_CHUNK) queued += await enqueueChunk(boss, target.schema, articles.slice(i, i + ENQUEUE_CHUNK), retry);
      return { queued, already: articles.length - queued };
    },
    close: () => boss.stop({ graceful: false, wait: true, close: true }),
  };
}
