// What `readout watch` remembers between runs (migration 0005): per feed its HTTP validators (ETag, Last-Modified),
// failures and next check; per feed item the key it was seen under. The command records a feed's items and its new
// state in one transaction, after their articles are stored, so a restart neither loses nor refetches an item.
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import { writeTransaction } from './write.js';

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** epoch ms of the last check, null before the first */
  checked: number | null;
  /** consecutive failures (0 after a success) */
  failures: number;
  /** epoch ms before which the feed is not fetched again (backoff, Retry-After), null: any time */
  nextCheck: number | null;
  /** the last failure's message */
  error: string | null;
}

export interface SeenItem {
  /** feed URL + the item's guid (or link, or title) */
  key: string;
  feed: string;
  /** the item's link without tracking parameters */
  url: string | null;
  /** the id its article was handed on under (a duplicate's text is stored under the first id); null when it gave none */
  articleId: string | null;
}

export interface WatchState {
  /** the stored state of these feeds, by URL (feeds never checked are absent) */
  feeds(urls: string[]): Promise<Map<string, FeedState>>;
  /** the keys among these that were seen before */
  seenKeys(keys: string[]): Promise<Set<string>>;
  /** the URLs among these that an item of any feed had before */
  seenUrls(urls: string[]): Promise<Set<string>>;
  /** a feed's new state and the items it handled, in one transaction */
  record(feed: FeedState, items: SeenItem[]): Promise<void>;
  /** how many items were seen, and how many became articles */
  itemCounts(): Promise<{ items: number; articles: number }>;
}

const CHUNK = 500;

async function inChunks<T>(xs: string[], each: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(...(await each(xs.slice(i, i + CHUNK))));
  return out;
}

/** The watch state of a store's database; `guard` turns a lost connection into the store's error. */
export function watchState(db: Kysely<DB>, guard: <T>(run: () => Promise<T>) => Promise<T>): WatchState {
  return {
    feeds: (urls) => guard(async () => {
      const rows = await inChunks(urls, (part) => db.selectFrom('feed_state').selectAll().where('url', 'in', part).execute());
      return new Map(rows.map((r) => [r.url, {
        url: r.url, etag: r.etag, lastModified: r.last_modified, checked: r.checked === null ? null : Number(r.checked),
        failures: Number(r.failures), nextCheck: r.next_check === null ? null : Number(r.next_check), error: r.error,
      }]));
    }),
    seenKeys: (keys) => guard(async () => {
      const rows = await inChunks(keys, (part) => db.selectFrom('feed_items').select('key').where('key', 'in', part).execute());
      return new Set(rows.map((r) => r.key));
    }),
    seenUrls: (urls) => guard(async () => {
      const rows = await inChunks(urls, (part) => db.selectFrom('feed_items').select('url').where('url', 'in', part).execute());
      return new Set(rows.map((r) => r.url!));
    }),
    record: (feed, items) => guard(() => writeTransaction(db, async (trx) => {
      const row = {
        etag: feed.etag, last_modified: feed.lastModified, checked: feed.checked,
        failures: feed.failures, next_check: feed.nextCheck, error: feed.error,
      };
      await trx.insertInto('feed_state').values({ url: feed.url, ...row })
        .onConflict((oc) => oc.column('url').doUpdateSet(row)).execute();
      const now = feed.checked ?? Date.now();
      for (let i = 0; i < items.length; i += CHUNK) {
        const rows = items.slice(i, i + CHUNK).map((it) => ({ key: it.key, feed: it.feed, url: it.url, article_id: it.articleId, seen: now }));
        await trx.insertInto('feed_items').values(rows)
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ article_id: eb.fn.coalesce(eb.ref('excluded.article_id'), eb.ref('feed_items.article_id')) })))
          .execute();
      }
    })),
    itemCounts: () => guard(async () => {
      const r = await db.selectFrom('feed_items')
        .select((eb) => [eb.fn.countAll<number>().as('items'), eb.fn.count<number>('article_id').as('articles')])
        .executeTakeFirstOrThrow();
      return { items: Number(r.items), articles: Number(r.articles) };
    }),
  };
}
