// readout watch FEEDS…: poll RSS/Atom/JSON feeds and store each new item's article once (src/watch). What happens
// to new articles is the sink: by default they are coded and stored like `readout ingest` does (ingestBatch);
// SIGINT/SIGTERM stop it after the batch being committed, with a summary, exit 0 (a second signal: at once).
import { createRng } from '../bench/prng.js';
import { readContext } from '../read/index.js';
import { openStore, parseLimit, type Store } from '../store/index.js';
import type { Lexicons } from '../pipeline.js';
import { DEFAULT_BACKOFF } from '../watch/backoff.js';
import { REAL_CLOCK } from '../watch/clock.js';
import { feedSources } from '../watch/feed-list.js';
import { politeFetcher } from '../watch/fetcher.js';
import { DEFAULT_HTTP } from '../watch/http.js';
import { Serial, type ArticleSink } from '../watch/poll.js';
import { noTotals, summary, watchProgress } from '../watch/progress.js';
import { watchLoop } from '../watch/run.js';
import { flag, parseArgs, str, UsageError, type OptionSpec, type Parsed } from './args.js';
import { INPUT_OPTIONS, lexiconsFor } from './common.js';
import { diskFullFailure } from './failure.js';
import { ingestBatch } from './ingest.js';
import { DB_OPTION, dbOf } from './store-options.js';
import { RETRY_OPTIONS, retryPolicyOf } from './queue-options.js';
import { queueSink } from '../queue/sink.js';
import { versionText } from './version.js';

export const WATCH_OPTIONS: OptionSpec = {
  ...INPUT_OPTIONS, ...DB_OPTION, ...RETRY_OPTIONS, queue: 'boolean',
  interval: 'string', once: 'boolean', 'max-items': 'string', 'user-agent': 'string',
  'host-delay': 'string', timeout: 'string', 'max-bytes': 'string',
};

export const DEFAULT_INTERVAL_S = 900;
export const DEFAULT_HOST_DELAY_S = 1;
export const DEFAULT_MAX_ITEMS = 100;
/** feeds polled at once (requests to one host still go one at a time) */
const FEEDS_AT_ONCE = 4;

/** The default sink: code and store each batch as `readout ingest` does (idempotent: by id, else by content hash).
 * The lexicons are loaded with the first batch: a round with nothing new does not wait for them. */
export function storeSink(store: Store, lexicons: () => Lexicons): ArticleSink {
  let lex: Lexicons | null = null;
  return (articles) => ingestBatch(store, (lex ??= lexicons()), articles);
}

/** Where new articles go: coded and stored here, or with `--queue` put on the job queue beside the PostgreSQL store
 * `db` for `readout worker` (a SQLite store is a usage error). The feed state stays in the store either way. */
export async function sinkFor(p: Parsed, store: Store, db: string): Promise<{ sink: ArticleSink; close(): Promise<void> }> {
  if (!flag(p, 'queue')) return { sink: storeSink(store, () => lexiconsFor(p)), close: async () => {} };
  const q = await queueSink(db, retryPolicyOf(p));
  return { sink: async (articles) => { await q.put(articles); }, close: () => q.close() };
}

function seconds(p: Parsed, name: string, fallback: number, max: number): number {
  const v = str(p, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !(n >= 0) || n > max) throw new UsageError(`--${name}: "${v}" must be a number of seconds from 0 to ${max}`);
  return n;
}

export function defaultUserAgent(): string {
  return `readout/${versionText().split(' ')[1]} (+https://github.com/readout; event coding of news feeds)`;
}

export async function watchCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, WATCH_OPTIONS);
  if (p.positional.length === 0) throw new UsageError('no feeds: give feed URLs, OPML files or files of feed URLs');
  const intervalS = seconds(p, 'interval', DEFAULT_INTERVAL_S, 7 * 86400);
  const hostDelayS = seconds(p, 'host-delay', DEFAULT_HOST_DELAY_S, 3600);
  const timeoutS = seconds(p, 'timeout', DEFAULT_HTTP.timeoutMs / 1000, 3600);
  if (timeoutS === 0) throw new UsageError('--timeout must be more than 0 seconds');
  const maxItems = str(p, 'max-items') === undefined ? DEFAULT_MAX_ITEMS : parseLimit('max-items', str(p, 'max-items')!, 1_000_000);
  const maxBytes = str(p, 'max-bytes') === undefined ? DEFAULT_HTTP.maxBytes : parseLimit('max-bytes', str(p, 'max-bytes')!, 1024 ** 3);
  const userAgent = str(p, 'user-agent') ?? defaultUserAgent();
  const ctx = readContext({ published: str(p, 'published'), outlet: str(p, 'outlet'), maxBytes });

  const { feeds, errors } = feedSources(p.positional);
  for (const e of errors) process.stderr.write(`readout watch: ${e.origin}: ${e.message}\n`);
  if (feeds.length === 0) throw new UsageError('no feeds to watch (every FEEDS entry was rejected)');

  const db = dbOf(p, 'create');
  const store = await openStore(db, 'create');
  let out: Awaited<ReturnType<typeof sinkFor>>;
  try {
    out = await sinkFor(p, store, db);
  } catch (e) {
    await store.close();
    throw e;
  }
  const stopper = new AbortController();
  // the first signal lets the batch being committed finish; a second one ends the process at once (an open
  // transaction is then rolled back by the database: still nothing half-stored)
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopper.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
    process.stderr.write(`readout watch: ${signal}: stopping after the batch being stored (again to quit at once)\n`);
    stopper.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const once = flag(p, 'once');
  const totals = noTotals();
  try {
    const backoff = { ...DEFAULT_BACKOFF, random: (() => { const r = createRng(Date.now()); return () => r.next(); })() };
    const fetcher = politeFetcher({
      userAgent, timeoutMs: timeoutS * 1000, maxBytes, maxRedirects: DEFAULT_HTTP.maxRedirects, stop: stopper.signal,
      hostDelayMs: hostDelayS * 1000, backoff, robotsTtlMs: 3600_000,
    }, REAL_CLOCK);
    const deps = {
      state: store.watch, fetcher, sink: out.sink, clock: REAL_CLOCK, backoff, ctx, maxItems,
      stop: stopper.signal, commit: new Serial(),
    };
    try {
      await watchLoop(feeds, deps, { once, intervalMs: intervalS * 1000, concurrency: FEEDS_AT_ONCE }, watchProgress(totals), totals);
    } catch (e) {
      throw diskFullFailure(db, e, totals.stored) ?? e;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await out.close();
    await store.close();
  }
  process.stdout.write(summary(totals, feeds.length));
  if (stopper.signal.aborted) return 0;
  return once && (totals.errors > 0 || errors.length > 0) ? 1 : 0;
}
