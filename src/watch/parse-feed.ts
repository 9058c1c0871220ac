// A feed's body as items, with @extractus/feed-extractor (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed). The library is given
// strings only (fetching is fetcher.ts's); its errors, and JSON that is not a JSON Feed, become one clear message.
import { extractFromJson, extractFromXml, type FeedData, type ParserOptions } from '@extractus/feed-extractor';

export interface FeedItem {
  /** the item's identity within its feed: guid / id, else link, else title */
  key: string;
  /** absolute link to the item's page, or null */
  link: string | null;
  title: string | null;
  /** ISO date-time or null */
  published: string | null;
  /** the item's full content (HTML or text), else its summary, or null */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** The body is not a feed readout can read; the message says why. */
export class FeedFormatError extends Error {}

/** Parse a feed body; `baseUrl` (the feed's URL) resolves relative links. Throws FeedFormatError. */
export function parseFeed(body: string, contentType: string | null, baseUrl: string): ParsedFeed {
  const opts: ParserOptions = { descriptionMaxLen: 0, baseUrl, getExtraEntryFields: rawFields };
  const text = body.replace(/^\uFEFF/, '');
  const json = /json/i.test(contentType ?? '') || /^\s*[{[]/.test(text);
  let data: FeedData;
  if (json) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new FeedFormatError(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Array.isArray((value as { items?: unknown }).items)) {
      throw new FeedFormatError('JSON but not a JSON Feed (expected an object with an "items" array)');
    }
    data = extractFromJson(value as Record<string, unknown>, opts);
  } else {
    try {
      data = extractFromXml(text, opts);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new FeedFormatError(/well-formed/.test(why) ? 'not well-formed XML' : /Unrecognized/.test(why) ? 'XML but not an RSS, RDF or Atom feed' : why);
    }
  }
  return { title: nonEmpty(data.title), items: (data.entries ?? []).map(itemOf).filter((i): i is FeedItem => i !== null) };
}

/** What the library does not normalise: the raw guid/id and the full content. */
function rawFields(e: Record<string, unknown>): Record<string, unknown> {
  return {
    rawId: textOf(e['guid']) ?? textOf(e['id']),
    fullContent: textOf(e['content:encoded']) ?? textOf(e['content']) ?? textOf(e['content_html']) ?? textOf(e['content_text'])
      ?? textOf(e['description']) ?? textOf(e['summary']),
  };
}

function itemOf(e: Record<string, unknown>): FeedItem | null {
  const link = nonEmpty(typeof e['link'] === 'string' ? e['link'] : null);
  const title = nonEmpty(typeof e['title'] === 'string' ? e['title'] : null);
  const key = nonEmpty(e['rawId'] as string | null) ?? link ?? title;
  if (key === null) return null; // nothing to know it by again
  const published = nonEmpty(typeof e['published'] === 'string' ? e['published'] : null);
  const content = nonEmpty(e['fullContent'] as string | null) ?? nonEmpty(typeof e['description'] === 'string' ? e['description'] : null);
  return { key, link, title, published, content };
}

/** A text node as the XML parser gives it: a string, a number, or an object with #text. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && '#text' in v) return textOf((v as Record<string, unknown>)['#text']);
  return null;
}

function nonEmpty(s: string | null | undefined): string | null {
  return s == null || s.trim() === '' ? null : s.trim();
}
