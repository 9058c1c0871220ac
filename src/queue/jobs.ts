// One job per article: its data is the article itself. The job id is derived from the article id and its content
// hash, so enqueuing the same article twice inserts nothing the second time (pg-boss inserts with ON CONFLICT DO
// NOTHING on (queue, id)); a changed text under the same id is a new job, as `readout ingest` would re-code it.
import { createHash } from 'node:crypto';
import { contentHash } from '../store/index.js';
import type { Article } from '../types.js';

export interface ArticleJob {
  article: Article;
}

/** The dedup key: article id and content hash. */
export function dedupKey(article: Article): string {
  return `${article.id}\u0000${contentHash(article.text)}`;
}

/** A UUID (the form pg-boss's job ids take) that is a function of the dedup key. */
export function jobId(article: Article): string {
  const h = createHash('sha256').update(dedupKey(article)).digest('hex');
  // version 8 (custom) UUID layout: the version nibble and the variant bits set, the rest from the hash
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const TEXT_FIELDS = ['published', 'outlet', 'url', 'title', 'language'] as const;

/** The article a job carries, or an error naming the bad field (a job written by something other than readout). */
export function articleOf(data: unknown): Article {
  const a = (data as { article?: unknown } | null)?.article as Record<string, unknown> | undefined;
  if (typeof a !== 'object' || a === null) throw new Error('job data: no "article" object');
  if (typeof a['id'] !== 'string' || a['id'] === '') throw new Error('job data: article.id must be a non-empty string');
  if (typeof a['text'] !== 'string') throw new Error(`job data: article ${a['id']}: article.text must be a string`);
  for (const f of TEXT_FIELDS) {
    if (a[f] !== null && a[f] !== undefined && typeof a[f] !== 'string') throw new Error(`job data: article ${a['id']}: article.${f} must be a string or null`);
  }
  return {
    id: a['id'], text: a['text'],
    published: (a['published'] as string | undefined) ?? null, outlet: (a['outlet'] as string | undefined) ?? null,
    url: (a['url'] as string | undefined) ?? null, title: (a['title'] as string | undefined) ?? null,
    language: (a['language'] as string | undefined) ?? null,
    origin: typeof a['origin'] === 'string' ? a['origin'] : `queue:${a['id']}`,
  };
}
