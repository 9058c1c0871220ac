// A new feed item as an Article: its page fetched and read as readout reads any HTML page (src/read/html.ts,
// Readability), else the item's own content or summary. The id is the canonical URL (canonical.ts).
import { readArticleHtml, normaliseDate, type ReadContext } from '../read/index.js';
import { decodeHtml } from '../read/charset.js';
import type { Article } from '../types.js';
import { canonicalUrl, cleanUrl } from './canonical.js';
import { RobotsRefusal, type Fetcher } from './fetcher.js';
import { FetchError } from './http.js';
import type { FeedItem } from './parse-feed.js';

export interface FeedInfo {
  url: string;
  /** the feed's title (OPML or the feed itself), the articles' outlet */
  title: string | null;
}

export type ItemOutcome =
  | { kind: 'article'; article: Article; from: 'page' | 'feed'; /** why the page was not used */ pageProblem?: string }
  /** no article, and none will come from asking again (robots, 404, no text): recorded as seen */
  | { kind: 'none'; reason: string }
  /** no article now (timeout, 5xx, 429): not recorded, asked again at the next poll */
  | { kind: 'retry'; reason: string };

type PageResult = { ok: true; article: Article } | { ok: false; reason: string; transient: boolean };

export async function itemArticle(item: FeedItem, feed: FeedInfo, fetcher: Fetcher, ctx: ReadContext): Promise<ItemOutcome> {
  const link = item.link === null ? null : cleanUrl(item.link, feed.url);
  const page: PageResult = link === null ? { ok: false, reason: 'no link', transient: false } : await readPage(link, fetcher, ctx);
  let article: Article | null = page.ok ? page.article : null;
  if (article === null && item.content !== null) {
    const r = readArticleHtml(item.content, '', link ?? feed.url, ctx);
    if (r.ok) article = { ...r.article, id: link ?? `${feed.url}#${item.key}`, url: link };
  }
  if (article === null) {
    const reason = page.ok ? 'no text' : `${page.reason}${item.content === null ? '' : ' (and its summary has no text)'}`;
    return !page.ok && page.transient ? { kind: 'retry', reason } : { kind: 'none', reason };
  }
  const published = (item.published ? normaliseDate(item.published) : null) ?? article.published;
  return {
    kind: 'article',
    from: page.ok ? 'page' : 'feed',
    ...(page.ok ? {} : { pageProblem: page.reason }),
    article: {
      ...article,
      published: ctx.published ?? published,
      outlet: ctx.outlet ?? feed.title ?? hostOf(article.url ?? feed.url),
      title: item.title ?? article.title,
    },
  };
}

async function readPage(link: string, fetcher: Fetcher, ctx: ReadContext): Promise<PageResult> {
  try {
    const answer = await fetcher.get(link, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
    if (answer.status < 200 || answer.status >= 300) {
      return { ok: false, reason: `page answered HTTP ${answer.status}`, transient: answer.status >= 500 || answer.status === 429 };
    }
    const type = answer.headers.get('content-type') ?? '';
    if (type !== '' && !/html|xml|text\/plain/i.test(type)) return { ok: false, reason: `page is ${type.split(';')[0]}, not HTML`, transient: false };
    const decoded = decodeHtml(answer.body);
    if (!decoded.ok) return { ok: false, reason: `page: ${decoded.message}`, transient: false };
    const r = readArticleHtml(decoded.text, '', answer.url, ctx);
    if (!r.ok) return { ok: false, reason: `page: ${r.error.message}`, transient: false };
    const id = canonicalUrl(r.article.url, answer.url);
    return { ok: true, article: { ...r.article, id, url: id } };
  } catch (err) {
    if (err instanceof RobotsRefusal) return { ok: false, reason: err.message, transient: false };
    if (err instanceof FetchError) return { ok: false, reason: `page: ${err.message}`, transient: err.status === null || err.status >= 500 };
    throw err;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
