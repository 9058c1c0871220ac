// Reading events: keyset pages (cursor = last seq seen), streams, one article with its events, counts.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ReadoutEvent } from '../types.js';
import type { Backend, DB } from './schema.js';
import type { EventFilter, EventPage, PageRequest, StoredArticle } from './types.js';
import { filterExpr, seqSetCount, seqSetPage } from './filter.js';
import { eventOf } from './rows.js';
import { rollupTotal } from './rollup.js';

export const MAX_PAGE = 10_000;
const STREAM_PAGE = 1000;

/**
 * A cursor: the last seq shown, and the total counted on the first page with a fingerprint of its filter, so
 * later pages of the same filter do not count again. A cursor used with another filter (or an older cursor
 * without a total) only gives the position; the total is then counted afresh.
 */
export interface Cursor {
  seq: number;
  total?: { n: number; filter: string };
}

/** A short fingerprint of a normalised filter (which fields are set, and to what). */
export function filterFingerprint(f: EventFilter | Record<string, unknown>): string {
  const fields = Object.entries(f).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url').slice(0, 12);
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`s${c.seq}${c.total ? `t${c.total.n}f${c.total.filter}` : ''}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  const m = /^s(\d{1,15})(?:t(\d{1,15})f([A-Za-z0-9_-]{12}))?$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new RangeError(`--cursor: "${cursor.slice(0, 40)}" is not a cursor from a previous page`);
  return { seq: Number(m[1]), ...(m[2] !== undefined ? { total: { n: Number(m[2]), filter: m[3]! } } : {}) };
}

const isEmpty = (f: EventFilter) => Object.values(f).every((v) => v === undefined);

async function countMatching(db: Kysely<DB>, backend: Backend, f: EventFilter): Promise<number> {
  if (isEmpty(f)) return rollupTotal(db);
  const bySets = seqSetCount(db, f, backend);
  if (bySets) return Number((await bySets.execute(db)).rows[0]!.n);
  const { n } = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => filterExpr(db, eb, f, backend)).executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * The events after seq `after`, at most `limit`, in seq order. A filter of side-table conditions only finds the page's
 * seqs in those tables first and then reads just those rows (PostgreSQL would otherwise read every match, or walk the
 * primary key, before the limit applies).
 */
async function pageAfter(db: Kysely<DB>, backend: Backend, f: EventFilter, after: number, limit: number) {
  const seqs = seqSetPage(db, f, backend, after, limit);
  if (seqs) {
    const page = (await seqs.execute(db)).rows.map((r) => Number(r.seq));
    if (page.length === 0) return [];
    return db.selectFrom('events').select(['seq', 'body', 'evidence_text']).where('seq', 'in', page).orderBy('seq').execute();
  }
  return db.selectFrom('events')
    .select(['seq', 'body', 'evidence_text'])
    .where((eb) => filterExpr(db, eb, f, backend))
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function eventPage(db: Kysely<DB>, backend: Backend, f: EventFilter, page: PageRequest): Promise<EventPage> {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE) throw new RangeError(`--limit: must be 1..${MAX_PAGE}, got ${page.limit}`);
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  const fingerprint = filterFingerprint(f);
  const rows = await pageAfter(db, backend, f, cursor?.seq ?? 0, page.limit + 1);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  // a first page that holds every match needs no count
  const total = cursor?.total?.filter === fingerprint ? cursor.total.n
    : !cursor && !more ? shown.length
    : await countMatching(db, backend, f);
  const next = more ? encodeCursor({ seq: Number(shown[shown.length - 1]!.seq), total: { n: total, filter: fingerprint } }) : null;
  return { events: shown.map(eventOf), total, next };
}

export async function* streamEvents(db: Kysely<DB>, backend: Backend, f: EventFilter): AsyncGenerator<ReadoutEvent> {
  let after = 0;
  for (;;) {
    const rows = await pageAfter(db, backend, f, after, STREAM_PAGE);
    for (const r of rows) yield eventOf(r);
    if (rows.length < STREAM_PAGE) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

type ArticleRow = { id: string; text: string; published: string | null; outlet: string | null; url: string | null; title: string | null; language: string | null; content_hash: string; coder_version: string };

function storedArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id, text: r.text, published: r.published, outlet: r.outlet, url: r.url, title: r.title, language: r.language,
    origin: `store:${r.id}`, coderVersion: r.coder_version, contentHash: r.content_hash,
  };
}

const ARTICLE_COLUMNS = ['id', 'text', 'published', 'outlet', 'url', 'title', 'language', 'content_hash', 'coder_version'] as const;

export async function articleWithEvents(db: Kysely<DB>, id: string): Promise<{ article: StoredArticle; events: ReadoutEvent[] } | null> {
  const a = await db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const rows = await db.selectFrom('events').select(['body', 'evidence_text']).where('article_id', '=', id).orderBy('ord').execute();
  return { article: storedArticle(a), events: rows.map(eventOf) };
}

/** Articles coded with another coder version, by id, in pages (safe to re-store each while iterating). */
export async function* staleArticles(db: Kysely<DB>, coderVersion: string, pageSize = 200): AsyncGenerator<StoredArticle> {
  let after = '';
  for (;;) {
    const rows = await db.selectFrom('articles').select(ARTICLE_COLUMNS)
      .where('coder_version', '<>', coderVersion).where('id', '>', after).orderBy('id').limit(pageSize).execute();
    for (const r of rows) yield storedArticle(r);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function counts(db: Kysely<DB>): Promise<{ articles: number; events: number }> {
  const a = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const e = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { articles: Number(a.n), events: Number(e.n) };
}
