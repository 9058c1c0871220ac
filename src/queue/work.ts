// A worker's loop: each lane fetches a batch of article jobs, codes them, stores them in one transaction, and only
// after the commit marks the jobs done. A worker that dies before completing leaves its jobs active: pg-boss
// expires them and hands them out again, and the store skips what the dead worker had committed (putArticles is
// idempotent by article id and content hash), so nothing is lost or stored twice. An article that cannot be coded or
// stored fails alone, with its error, and is retried with backoff by pg-boss.
import type PgBoss from 'pg-boss';
import type { Coder } from '../api/coder.js';
import { CODER_VERSION } from '../pipeline.js';
import { StoreUnavailableError, type Store } from '../store/index.js';
import type { Article, ReadoutEvent } from '../types.js';
import { articleOf, type ArticleJob } from './jobs.js';
import { queueCounts } from './status.js';
import { ARTICLE_QUEUE } from './target.js';

export interface WorkOptions {
  /** batches handled at once (each on its own coding thread when the coder is a pool) */
  lanes: number;
  /** jobs fetched, coded and stored together (one transaction) */
  batchSize: number;
  /** ms to wait before asking again when the queue was empty */
  pollMs: number;
  /** return once no job is waiting or running (else run until stopped) */
  drain: boolean;
}

/**
 * Stored articles a busy worker lets wait before it runs the story step after a batch; when idle and at the end it
 * runs whatever waits. A step re-merges every story it touches, so fewer, larger steps re-merge a growing story once
 * rather than once per batch.
 */
export const STORY_STEP_EVERY = 200;

export interface WorkTotals {
  jobs: number;
  stored: number;
  skipped: number;
  events: number;
  failed: number;
  /** articles assigned to stories by this worker's story steps (its own and other workers' pending ones) */
  assigned: number;
  /** seconds spent coding, storing (transactions), assigning stories and talking to the queue (fetch, complete, fail) */
  codingSeconds: number;
  storeSeconds: number;
  storiesSeconds: number;
  queueSeconds: number;
  /**
   * CPU seconds of this process (all its threads, garbage collection included) during each phase, in the same order.
   * Exact with one lane; with several, phases overlap and each counts the CPU of whatever ran meanwhile.
   */
  cpu: { coding: number; storing: number; stories: number; queue: number };
}

interface Ctx {
  boss: PgBoss;
  schema: string;
  store: Store;
  coder: Coder;
  totals: WorkTotals;
  /** articles this process stored that no story step of its own has run after yet */
  unswept: number;
}

type Phase = 'coding' | 'storing' | 'stories' | 'queue';
const SECONDS = { coding: 'codingSeconds', storing: 'storeSeconds', stories: 'storiesSeconds', queue: 'queueSeconds' } as const;

/** Runs `fn`, adding its duration and this process's CPU time meanwhile to the phase's totals. */
async function clocked<T>(totals: WorkTotals, phase: Phase, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    return await fn();
  } finally {
    const c = process.cpuUsage(c0);
    totals[SECONDS[phase]] += (performance.now() - t0) / 1000;
    totals.cpu[phase] += (c.user + c.system) / 1e6;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() { clearTimeout(t); stop.removeEventListener('abort', done); resolve(); }
    stop.addEventListener('abort', done);
  });
}

/** Code the articles, one by one when the batch fails, so that one bad article fails alone. */
async function codeEach(coder: Coder, articles: Article[]): Promise<(ReadoutEvent[] | Error)[]> {
  try {
    return await coder.code(articles);
  } catch (err) {
    if (articles.length === 1) return [new Error(`coding article ${articles[0]!.id} failed: ${message(err)}`)];
    const out: (ReadoutEvent[] | Error)[] = [];
    for (const a of articles) out.push(...await codeEach(coder, [a]));
    return out;
  }
}

/** Store coded articles in one transaction; when that fails for a reason other than the database, one by one. */
async function storeEach(ctx: Ctx, items: { jobId: string; article: Article; events: ReadoutEvent[] }[]): Promise<Map<string, Error>> {
  const failures = new Map<string, Error>();
  try {
    const r = await ctx.store.putArticles(items, CODER_VERSION, { stories: 'later' });
    ctx.unswept += r.stored;
    ctx.totals.stored += r.stored;
    ctx.totals.skipped += r.skipped;
    ctx.totals.events += r.events;
  } catch (err) {
    if (err instanceof StoreUnavailableError || items.length === 1) {
      for (const it of items) failures.set(it.jobId, new Error(`storing article ${it.article.id} failed: ${message(err)}`));
      return failures;
    }
    for (const it of items) for (const [id, e] of await storeEach(ctx, [it])) failures.set(id, e);
  }
  return failures;
}

/** One batch of jobs: code, store, then complete (after the commit) or fail each job. */
export async function handleJobs(ctx: Ctx, jobs: PgBoss.Job<ArticleJob>[]): Promise<void> {
  const failures = new Map<string, Error>();
  const valid: { jobId: string; article: Article }[] = [];
  for (const job of jobs) {
    try {
      valid.push({ jobId: job.id, article: articleOf(job.data) });
    } catch (err) {
      failures.set(job.id, err as Error);
    }
  }
  // articles stored unchanged (by an earlier run, or a worker that died before completing its jobs) are not coded
  const unchanged = valid.length > 0
    ? await clocked(ctx.totals, 'storing', () => ctx.store.unchanged(valid.map((v) => v.article), CODER_VERSION)) : new Set<string>();
  const toCode = valid.filter((v) => !unchanged.has(v.article.id));
  ctx.totals.skipped += valid.length - toCode.length;
  const coded = await clocked(ctx.totals, 'coding', () => codeEach(ctx.coder, toCode.map((v) => v.article)));
  const items: { jobId: string; article: Article; events: ReadoutEvent[] }[] = [];
  toCode.forEach((v, i) => {
    const r = coded[i]!;
    if (r instanceof Error) failures.set(v.jobId, r);
    else items.push({ ...v, events: r });
  });
  if (items.length > 0) for (const [id, e] of await clocked(ctx.totals, 'storing', () => storeEach(ctx, items))) failures.set(id, e);
  const done = jobs.map((j) => j.id).filter((id) => !failures.has(id));
  await clocked(ctx.totals, 'queue', async () => {
    if (done.length > 0) await ctx.boss.complete(ARTICLE_QUEUE, done);
    for (const [id, err] of failures) await ctx.boss.fail(ARTICLE_QUEUE, id, { message: err.message });
  });
  ctx.totals.jobs += jobs.length;
  ctx.totals.failed += failures.size;
}

/** The story step: 'try' after a batch (skipped while another process runs it), 'wait' when idle and at the end. */
async function storyStep(ctx: Ctx, lock: 'wait' | 'try'): Promise<void> {
  const before = ctx.unswept;
  const r = await clocked(ctx.totals, 'stories', () => ctx.store.storyStep(lock));
  if (r === null) return;
  ctx.totals.assigned += r.articles;
  ctx.unswept -= before;
}

/** Whether any job is waiting or running (a job of a dead worker stays active until pg-boss expires it). */
async function anyLeft(ctx: Ctx): Promise<boolean> {
  const c = await queueCounts(ctx.boss, ctx.schema);
  return c.queued + c.active > 0;
}

async function lane(ctx: Ctx, opts: WorkOptions, stop: AbortSignal, onBatch: () => void): Promise<void> {
  while (!stop.aborted) {
    let jobs: PgBoss.Job<ArticleJob>[];
    try {
      jobs = await clocked(ctx.totals, 'queue', () => ctx.boss.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize: opts.batchSize }));
    } catch {
      // the database went away: pg-boss reconnects; ask again later
      await sleep(opts.pollMs * 4, stop);
      continue;
    }
    if (jobs.length > 0) {
      await handleJobs(ctx, jobs);
      if (ctx.unswept >= STORY_STEP_EVERY) await storyStep(ctx, 'try');
      onBatch();
      continue;
    }
    if (ctx.unswept > 0) await storyStep(ctx, 'wait');
    if (opts.drain && !(await anyLeft(ctx))) return;
    await sleep(opts.pollMs, stop);
  }
}

/**
 * Work until `stop` is aborted (each lane finishes the batch it holds) or, with `drain`, until the queue is empty.
 * Errors that are not an article's own (the store or queue unreachable, a failing story step) end the worker. At the
 * end the story step runs once more, waiting for the lock: it also picks up what a killed worker left pending.
 */
export async function work(boss: PgBoss, schema: string, store: Store, coder: Coder, opts: WorkOptions, stop: AbortSignal,
  onBatch: (t: WorkTotals) => void = () => {}): Promise<WorkTotals> {
  const ctx: Ctx = {
    boss, schema, store, coder, unswept: 0,
    totals: { jobs: 0, stored: 0, skipped: 0, events: 0, failed: 0, assigned: 0, codingSeconds: 0, storeSeconds: 0, storiesSeconds: 0, queueSeconds: 0,
      cpu: { coding: 0, storing: 0, stories: 0, queue: 0 } },
  };
  await Promise.all(Array.from({ length: opts.lanes }, () => lane(ctx, opts, stop, () => onBatch(ctx.totals))));
  await storyStep(ctx, 'wait');
  return ctx.totals;
}
