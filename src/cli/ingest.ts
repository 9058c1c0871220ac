// readout ingest: read, code and store articles; one transaction per batch, progress only after each commit;
// a full disk ends it with one line naming the store, the batches committed before it kept.
import { findFiles } from '../read/files.js';
import { codeArticle, CODER_VERSION, type Lexicons } from '../pipeline.js';
import { openStore, parseLimit, type Store } from '../store/index.js';
import type { Article } from '../types.js';
import { flag, parseArgs, str, UsageError, type Parsed } from './args.js';
import { INPUT_OPTIONS, lexiconsFor, openInputs } from './common.js';
import { ingestProgress } from './ingest-progress.js';
import { diskFullFailure } from './failure.js';
import { DB_OPTION, dbOf } from './store-options.js';
import { ingestToQueue } from './ingest-queue.js';
import { RETRY_OPTIONS } from './queue-options.js';

export const DEFAULT_BATCH = 200;

export interface IngestTotals {
  seen: number;
  stored: number;
  skipped: number;
  events: number;
}

/** Store one batch: articles already stored unchanged are not even coded. `stories: 'later'` leaves the story step to
 *  the caller (store.storyStep), which then knows the batch committed even when the step fails. */
export async function ingestBatch(store: Store, lex: Lexicons, batch: Article[], stories: 'now' | 'later' = 'now'): Promise<{ stored: number; skipped: number; events: number }> {
  const unchanged = await store.unchanged(batch, CODER_VERSION);
  const items = batch.filter((a) => !unchanged.has(a.id)).map((article) => ({ article, events: codeArticle(article, lex) }));
  const r = await store.putArticles(items, CODER_VERSION, { stories });
  return { stored: r.stored, skipped: r.skipped + unchanged.size, events: r.events };
}

/** Number of articles when every input is a file of one article (text/HTML), else null. Only counts files. */
async function knownTotal(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const path of paths) {
    if (path === '-') return null;
    for await (const f of findFiles(path)) {
      if (!f.ok) continue;
      if (f.found.format === 'jsonl' || f.found.format === 'json') return null;
      n++;
    }
  }
  return n;
}

/** Feeds `items` to `each` in batches of `size` (the last one shorter), one batch at a time. */
export async function inBatches<T>(items: AsyncIterable<T>, size: number, each: (batch: T[]) => Promise<void>): Promise<void> {
  let batch: T[] = [];
  for await (const x of items) {
    batch.push(x);
    if (batch.length >= size) {
      await each(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await each(batch);
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const p: Parsed = parseArgs(argv, { ...INPUT_OPTIONS, ...DB_OPTION, ...RETRY_OPTIONS, batch: 'string', progress: 'boolean', queue: 'boolean' });
  if (flag(p, 'queue')) return ingestToQueue(p);
  if (str(p, 'retries') !== undefined || str(p, 'job-timeout') !== undefined) throw new UsageError('--retries and --job-timeout need --queue');
  const batchSize = str(p, 'batch') === undefined ? DEFAULT_BATCH : parseLimit('batch', str(p, 'batch')!, 100_000);
  const t0 = performance.now();
  const { articles, errors } = openInputs(p);
  const lex = lexiconsFor(p);
  const db = dbOf(p, 'create');
  const store = await openStore(db, 'create');
  const totals: IngestTotals = { seen: 0, stored: 0, skipped: 0, events: 0 };
  const lines = flag(p, 'progress');
  const prog = ingestProgress(process.stderr.isTTY || lines ? await knownTotal(p.positional) : null, lines);
  try {
    await inBatches(articles, batchSize, async (batch) => {
      totals.seen += batch.length;
      const r = await ingestBatch(store, lex, batch, 'later');
      totals.stored += r.stored;
      totals.skipped += r.skipped;
      totals.events += r.events;
      prog.committed(totals.stored + totals.skipped);
      // the batch's stories (and any an interrupted run left pending), in a transaction of their own
      await store.storyStep('wait');
    });
  } catch (e) {
    throw diskFullFailure(db, e, totals.stored) ?? e;
  } finally {
    prog.done();
    await store.close();
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const rejected = errors.length > 0 ? `; ${errors.length} input${errors.length === 1 ? '' : 's'} rejected` : '';
  process.stdout.write(`stored ${totals.stored} articles (${totals.skipped} skipped), ${totals.events} events in ${secs} s${rejected}\n`);
  return errors.length > 0 ? 1 : 0;
}
