// readout worker: take article jobs from the queue beside a PostgreSQL store, code them and store them, until
// stopped (SIGINT/SIGTERM: each batch in hand is finished and completed first; a second signal quits at once, and
// the jobs held are handed to another worker when they expire) or, with --drain, until the queue is empty.
import { availableParallelism } from 'node:os';
import { inlineCoder, type Coder } from '../api/coder.js';
import { codingPool } from '../api/coding-pool.js';
import { loadLexicons } from '../lexicons.js';
import { openBoss } from '../queue/boss.js';
import { queueTarget } from '../queue/target.js';
import { work, type WorkTotals } from '../queue/work.js';
import { openStore } from '../store/index.js';
import { flag, list, parseArgs, type Parsed } from './args.js';
import { wholeNumber } from './queue-options.js';
import { DB_OPTION, dbOf } from './store-options.js';

export const DEFAULT_WORKER_BATCH = 25;
/** a batch's coding budget on a worker thread: far above any real batch; a runaway article fails its batch */
const POOL_TIMEOUT_MS = 10 * 60_000;

/** --concurrency 1 codes on the main thread; N > 1 on a pool of N coding threads, one batch each. */
async function coderFor(p: Parsed, concurrency: number): Promise<Coder> {
  const lexicons = { user: list(p, 'lexicon') };
  if (concurrency === 1) return inlineCoder(loadLexicons(lexicons));
  const pool = codingPool({ lexicons, size: concurrency, timeoutMs: POOL_TIMEOUT_MS, queue: concurrency });
  await pool.ready();
  return pool;
}

/** Stop on the first SIGINT/SIGTERM; quit at once on the second. */
function stopOnSignals(): { signal: AbortSignal; release(): void } {
  const ctl = new AbortController();
  const on = () => {
    if (ctl.signal.aborted) process.exit(130);
    process.stderr.write('readout worker: stopping after the batches in hand (again to quit now)\n');
    ctl.abort();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return { signal: ctl.signal, release: () => { process.off('SIGINT', on); process.off('SIGTERM', on); } };
}

function summary(t: WorkTotals, secs: number): string {
  const cpu = process.cpuUsage();
  return `worker: ${t.jobs} jobs, stored ${t.stored} articles (${t.skipped} skipped), ${t.events} events, ${t.failed} failed in ${secs.toFixed(1)} s ` +
    `(coding ${t.codingSeconds.toFixed(1)} s, storing ${t.storeSeconds.toFixed(1)} s, stories ${t.storiesSeconds.toFixed(1)} s for ${t.assigned} articles, ` +
    `queue ${t.queueSeconds.toFixed(1)} s; ` +
    `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, of which coding / storing / stories / queue ${[t.cpu.coding, t.cpu.storing, t.cpu.stories, t.cpu.queue].map((x) => x.toFixed(2)).join(' / ')} s)\n`;
}

export async function workerCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, concurrency: 'string', batch: 'string', lexicon: 'list', drain: 'boolean', progress: 'boolean' });
  const concurrency = wholeNumber(p, 'concurrency', 1, Math.max(64, availableParallelism()), 1);
  const batchSize = wholeNumber(p, 'batch', 1, 1000, DEFAULT_WORKER_BATCH);
  const db = dbOf(p, 'create');
  const target = queueTarget(db, 'readout worker');
  const t0 = performance.now();
  const store = await openStore(db, 'create');
  const coder = await coderFor(p, concurrency).catch(async (e) => { await store.close(); throw e; });
  const boss = await openBoss(target, { max: 1 + concurrency, supervise: true }).catch(async (e) => {
    await Promise.all([store.close(), coder.close()]);
    throw e;
  });
  const stop = stopOnSignals();
  const lines = flag(p, 'progress') || process.stderr.isTTY === true;
  if (lines) process.stderr.write(`worker: ready (${concurrency} coding thread${concurrency === 1 ? '' : 's'}, batches of ${batchSize})\n`);
  try {
    const totals = await work(boss, target.schema, store, coder, { lanes: concurrency, batchSize, pollMs: 500, drain: flag(p, 'drain') },
      stop.signal, (t) => { if (lines) process.stderr.write(summary(t, (performance.now() - t0) / 1000)); });
    process.stdout.write(summary(totals, (performance.now() - t0) / 1000));
    return totals.failed > 0 ? 1 : 0;
  } finally {
    stop.release();
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await Promise.all([store.close(), coder.close()]);
  }
}
