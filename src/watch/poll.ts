// One poll of one feed, and one round over many. A feed's new items become Articles (item-article.ts) which go to
// the sink in one call; only after the sink has them are the items and the feed's new validators recorded (one
// transaction), so a crash in between refetches (the store skips what it has) and never loses an item. Stopping
// (the stop signal) abandons feeds not yet at that point: nothing of them is stored or recorded.
import type { Article } from '../types.js';
import type { FeedState, SeenItem, WatchState } from '../store/watch-state.js';
import type { ReadContext } from '../read/index.js';
import { backoffDelay, retryAfterMs, type BackoffPolicy } from './backoff.js';
import { cleanUrl } from './canonical.js';
import type { Clock } from './clock.js';
import { RobotsRefusal, type Fetcher } from './fetcher.js';
import type { FeedSource } from './feed-list.js';
import { FetchError, type HttpAnswer } from './http.js';
import { decodeCharset, xmlDeclaredCharset } from '../read/charset.js';
import { itemArticle } from './item-article.js';
import { FeedFormatError, parseFeed, type FeedItem } from './parse-feed.js';

/** What the sink did with a batch, when it stores (ingest); a queue's sink returns nothing. */
export interface SinkCounts {
  stored: number;
  skipped: number;
  events: number;
}

/** Where new articles go: stored (the default, ingestBatch) or queued (`--queue`). Called one batch at a time. */
export type ArticleSink = (articles: Article[]) => Promise<SinkCounts | void>;

export interface PollDeps {
  state: WatchState;
  fetcher: Fetcher;
  sink: ArticleSink;
  clock: Clock;
  backoff: BackoffPolicy;
  ctx: ReadContext;
  /** at most this many new items of one feed per poll; the rest wait for the next */
  maxItems: number;
  stop: AbortSignal;
  /** runs sink + record one feed at a time */
  commit: Serial;
}

export interface FeedReport {
  feed: FeedSource;
  /** new: polled and had new items; unchanged: 304 or nothing new; failed; waiting: in backoff; stopped: abandoned */
  status: 'new' | 'unchanged' | 'failed' | 'waiting' | 'stopped';
  /** articles handed to the sink */
  articles: number;
  /** items seen that gave no article (robots, 404, no text) */
  none: number;
  /** items left for the next poll (page timeout, 5xx, --max-items) */
  later: number;
  /** articles that came from the feed's own content because their page failed */
  fromFeed: number;
  counts: SinkCounts | null;
  error: string | null;
  /** item problems, one line each */
  notes: string[];
}

/** One thing at a time, in call order. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.catch(() => undefined).then(fn);
    this.tail = next;
    return next;
  }
}

const report = (feed: FeedSource, status: FeedReport['status'], extra: Partial<FeedReport> = {}): FeedReport => ({
  feed, status, articles: 0, none: 0, later: 0, fromFeed: 0, counts: null, error: null, notes: [], ...extra,
});

/** The key an item is remembered by: its feed and its guid (or link, or title). */
export const itemKey = (feedUrl: string, item: FeedItem): string => `${feedUrl} ${item.key}`;

export async function pollFeed(feed: FeedSource, prior: FeedState | undefined, d: PollDeps): Promise<FeedReport> {
  const now = d.clock.now();
  if (prior?.nextCheck != null && prior.nextCheck > now) return report(feed, 'waiting', { error: prior.error });
  const failed = async (message: string, retryAfter: number | null = null): Promise<FeedReport> => {
    const failures = (prior?.failures ?? 0) + 1;
    const wait = retryAfter ?? backoffDelay(failures, d.backoff);
    await d.commit.run(() => d.state.record({
      url: feed.url, etag: prior?.etag ?? null, lastModified: prior?.lastModified ?? null,
      checked: now, failures, nextCheck: now + wait, error: message,
    }, []));
    return report(feed, 'failed', { error: message });
  };

  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5' };
  if (prior?.etag) headers['if-none-match'] = prior.etag;
  if (prior?.lastModified) headers['if-modified-since'] = prior.lastModified;
  let answer: HttpAnswer;
  try {
    answer = await d.fetcher.get(feed.url, headers);
  } catch (err) {
    if (d.stop.aborted) return report(feed, 'stopped');
    if (err instanceof RobotsRefusal || err instanceof FetchError) return failed(err.message);
    throw err;
  }
  if (answer.status === 304) {
    await d.commit.run(() => d.state.record({ ...(prior ?? blank(feed.url)), checked: now, failures: 0, nextCheck: null, error: null }, []));
    return report(feed, 'unchanged');
  }
  if (answer.status < 200 || answer.status >= 300) {
    const limited = answer.status === 429 || answer.status === 503;
    const retryAfter = limited ? retryAfterMs(answer.headers.get('retry-after'), now, d.backoff.maxMs) : null;
    return failed(`HTTP ${answer.status}`, retryAfter);
  }
  let items: FeedItem[];
  let title: string | null;
  try {
    const parsed = parseFeed(feedText(answer.body, answer.headers.get('content-type')), answer.headers.get('content-type'), answer.url);
    items = parsed.items;
    title = feed.title ?? parsed.title;
  } catch (err) {
    if (err instanceof FeedFormatError) return failed(`malformed feed: ${err.message}`);
    throw err;
  }
  return takeItems(feed, title, items, answer, now, d);
}

async function takeItems(feed: FeedSource, title: string | null, items: FeedItem[], answer: HttpAnswer, now: number, d: PollDeps): Promise<FeedReport> {
  const unique = new Map(items.map((it) => [itemKey(feed.url, it), it]));
  const seen = await d.state.seenKeys([...unique.keys()]);
  const fresh = [...unique].filter(([key]) => !seen.has(key));
  const later = Math.max(0, fresh.length - d.maxItems);
  const taken = fresh.slice(0, d.maxItems);
  const links = taken.map(([, it]) => (it.link === null ? null : cleanUrl(it.link, feed.url)));
  const knownUrls = await d.state.seenUrls(links.filter((u): u is string => u !== null));

  const r = report(feed, 'unchanged', { later });
  const articles = new Map<string, Article>();
  const recorded: SeenItem[] = [];
  let retry = false;
  for (const [i, [key, item]] of taken.entries()) {
    if (d.stop.aborted) return report(feed, 'stopped');
    const url = links[i]!;
    if (url !== null && knownUrls.has(url)) {
      recorded.push({ key, feed: feed.url, url, articleId: null }); // another feed's item (or an earlier one) had it
      continue;
    }
    const outcome = await itemArticle(item, { url: feed.url, title }, d.fetcher, d.ctx);
    if (outcome.kind === 'retry') {
      retry = true;
      r.later++;
      r.notes.push(`${item.link ?? item.key}: ${outcome.reason} (tried again next poll)`);
    } else if (outcome.kind === 'none') {
      r.none++;
      r.notes.push(`${item.link ?? item.key}: ${outcome.reason}`);
      recorded.push({ key, feed: feed.url, url, articleId: null });
    } else {
      if (!articles.has(outcome.article.id)) articles.set(outcome.article.id, outcome.article);
      if (outcome.from === 'feed') {
        r.fromFeed++;
        if (outcome.pageProblem !== undefined && url !== null) r.notes.push(`${url}: ${outcome.pageProblem} (the feed's content stored instead)`);
      }
      recorded.push({ key, feed: feed.url, url, articleId: outcome.article.id });
    }
    if (url !== null) knownUrls.add(url);
  }
  if (d.stop.aborted) return report(feed, 'stopped');
  // items left for later must come back whole: then the next poll may not be answered 304
  const keepValidators = !retry && later === 0;
  const state: FeedState = {
    url: feed.url,
    etag: keepValidators ? answer.headers.get('etag') : null,
    lastModified: keepValidators ? answer.headers.get('last-modified') : null,
    checked: now, failures: 0, nextCheck: null, error: null,
  };
  const batch = [...articles.values()];
  const counts = await d.commit.run(async () => {
    const c = batch.length > 0 ? await d.sink(batch) : undefined;
    await d.state.record(state, recorded);
    return c ?? null;
  });
  return { ...r, status: batch.length > 0 ? 'new' : 'unchanged', articles: batch.length, counts };
}

function blank(url: string): FeedState {
  return { url, etag: null, lastModified: null, checked: null, failures: 0, nextCheck: null, error: null };
}

/**
 * The body as text: the charset the Content-Type names, else the encoding the XML declaration names, else UTF-8
 * (windows-1252 as WHATWG maps it; bytes the charset cannot decode are replaced, and the parser reports what it cannot read).
 */
export function feedText(body: Uint8Array, contentType: string | null): string {
  const named = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? xmlDeclaredCharset(body);
  const strict = decodeCharset(body, named);
  return strict.ok ? strict.text : new TextDecoder('utf-8').decode(body);
}

/** Poll every feed, `concurrency` at a time (the fetcher keeps one request at a time per host); reports in feed order. */
export async function pollRound(feeds: FeedSource[], d: PollDeps, concurrency: number, onFeed: (r: FeedReport) => void = () => {}): Promise<FeedReport[]> {
  const states = await d.state.feeds(feeds.map((f) => f.url));
  const out: FeedReport[] = new Array(feeds.length);
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const i = next++;
      const feed = feeds[i]!;
      out[i] = d.stop.aborted ? report(feed, 'stopped') : await pollFeed(feed, states.get(feed.url), d);
      onFeed(out[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, feeds.length)) }, worker));
  return out;
}
