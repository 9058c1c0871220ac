// The store side of stories (issue #12): assignment (run by the story step after putArticles, story-pending.ts), the
// list and one story. Assignment runs the same rule as clusterInMemory (stories/cluster.ts) with the posting lists and features
// kept in story_bands and story_features; an article already in a story keeps it (re-ingest, recode).
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { Article, ReadoutEvent } from '../types.js';
import type { Backend, DB } from './schema.js';
import type { PageRequest, StoryDetail, StoryFilter, StoryPage, StorySummary } from './types.js';
import { storyFeatures, type StoryFeatures } from '../stories/features.js';
import { chooseStory, fromLists, gather, indexKeys, SCAN, storyIdFor, WINDOW_DAYS, type Posting, type StoredFeatures } from '../stories/cluster.js';
import { decodeSignature, encodeSignature } from '../stories/minhash.js';
import { outletOf } from '../stories/index.js';
import { containsPattern } from './filter.js';
import { dayRange } from './dates.js';
import { filterFingerprint } from './query.js';
import { eventOf } from './rows.js';
import { insertRows } from './bulk.js';
import { STORY_ARTICLE_COLUMNS, STORY_BAND_COLUMNS, STORY_FEATURE_COLUMNS } from './columns.js';

type Db = Kysely<DB> | Transaction<DB>;
const ID_CHUNK = 500;

/** A story's title from its earliest article: the article's title, else its first sentence cut at 120 characters. */
export function storyTitle(a: Pick<Article, 'title' | 'text'>): string | null {
  if (a.title && a.title.trim()) return a.title.trim();
  const first = /^\s*([\s\S]*?[.!?])(?:\s|$)/.exec(a.text)?.[1] ?? a.text.trim();
  const line = first.replace(/\s+/g, ' ').trim();
  return line === '' ? null : line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** SQLite: keys looked up per statement, a fixed shape, so the statement is prepared once and only its parameters
 *  change. PostgreSQL: keys per statement (an array parameter: one round trip for a whole run's keys). */
const KEYS_PER_STATEMENT: Record<Backend, number> = { sqlite: 16, postgres: 4000 };

/** The statement reading the most recent postings (at most SCAN) of each key, for the backend. */
function postingsStatement(backend: Backend): string {
  if (backend === 'postgres') {
    return `select k.band, b.article_id, b.joined, b.day from unnest($1::text[]) as k(band) cross join lateral
      (select article_id, joined, day from story_bands where story_bands.band = k.band order by joined desc limit ${SCAN}) as b`;
  }
  return Array.from({ length: KEYS_PER_STATEMENT.sqlite }, (_, i) => `select * from (select band, article_id, joined, day from story_bands
    where band = ? order by joined desc limit ${SCAN}) as q${i}`).join(' union all ');
}

const STATEMENTS: Record<Backend, string> = { sqlite: postingsStatement('sqlite'), postgres: postingsStatement('postgres') };

/** The most recent postings (at most SCAN) of each key (a SQLite chunk's unused places look up '', which no key is). */
async function recentPostings(db: Db, backend: Backend, keys: string[]): Promise<Map<string, Posting[]>> {
  const out = new Map<string, Posting[]>();
  const per = KEYS_PER_STATEMENT[backend];
  for (let c = 0; c < keys.length; c += per) {
    const chunk = keys.slice(c, c + per);
    if (backend === 'sqlite') while (chunk.length < per) chunk.push('');
    const params = backend === 'postgres' ? [chunk] : chunk;
    const rows = await db.executeQuery<{ band: string; article_id: string; joined: number | string; day: number | string | null }>(CompiledQuery.raw(STATEMENTS[backend], params));
    for (const r of rows.rows) {
      let list = out.get(r.band);
      if (!list) out.set(r.band, (list = []));
      list.push({ article: r.article_id, joined: Number(r.joined), day: r.day === null ? null : Number(r.day) });
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.joined - a.joined || (a.article < b.article ? -1 : 1));
  return out;
}

/**
 * What one assignment run has read or written of the index, so that each posting list, day count and stored feature is
 * read from the store once per run. The run holds the story lock (story-pending.ts), so nobody else changes the index
 * meanwhile; what the run files is added here as it is written to the tables, keeping both the same.
 */
class RunIndex {
  /** key -> its most recent postings (at most SCAN), most recent first */
  private readonly postings = new Map<string, Posting[]>();
  private readonly features = new Map<string, StoredFeatures>();
  /** assigned articles per day inside [lo, hi], undated ones, and all of them (read on first need) */
  private perDay: Map<number, number> | null = null;
  private lo = 0;
  private hi = -1;
  private undated = 0;
  private total: number | null = null;

  constructor(private readonly db: Db, private readonly backend: Backend) {}

  /** The postings of the keys, reading from the store only the keys this run has not read yet. */
  async lists(keys: string[]): Promise<ReadonlyMap<string, Posting[]>> {
    const missing = keys.filter((k) => !this.postings.has(k));
    if (missing.length) {
      const read = await recentPostings(this.db, this.backend, missing);
      for (const k of missing) this.postings.set(k, read.get(k) ?? []);
    }
    return this.postings;
  }

  /** Reads the day counts of the window around every dated day of the run (once). */
  async loadDays(days: (number | null)[]): Promise<void> {
    const dated = days.filter((d): d is number => d !== null);
    this.perDay = new Map();
    if (dated.length) {
      this.lo = Math.min(...dated) - WINDOW_DAYS;
      this.hi = Math.max(...dated) + WINDOW_DAYS;
      const rows = await this.db.selectFrom('story_features').select(['day', (eb) => eb.fn.countAll<number>().as('n')])
        .where('day', '>=', this.lo).where('day', '<=', this.hi).groupBy('day').execute();
      for (const r of rows) this.perDay.set(Number(r.day), Number(r.n));
    }
    const u = await this.db.selectFrom('story_features').select((eb) => eb.fn.countAll<number>().as('n')).where('day', 'is', null).executeTakeFirstOrThrow();
    this.undated = Number(u.n);
  }

  /** Assigned articles inside the window of `day` (all for an undated newcomer); undated ones always count. */
  async windowArticles(day: number | null): Promise<number> {
    if (day === null) {
      this.total ??= Number((await this.db.selectFrom('story_features').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      return this.total;
    }
    let n = this.undated;
    for (let d = day - WINDOW_DAYS; d <= day + WINDOW_DAYS; d++) n += this.perDay!.get(d) ?? 0;
    return n;
  }

  async stored(ids: string[]): Promise<ReadonlyMap<string, StoredFeatures>> {
    const missing = ids.filter((id) => !this.features.has(id));
    if (missing.length) for (const [id, f] of await storedFeatures(this.db, missing)) this.features.set(id, f);
    return this.features;
  }

  /** Records a filed article: its postings at the head of its keys' lists, its day, its features. */
  filed(f: StoredFeatures, keys: string[], joined: number): void {
    for (const key of keys) {
      const list = this.postings.get(key) ?? [];
      list.unshift({ article: f.article, joined, day: f.day });
      if (list.length > SCAN) list.length = SCAN;
      this.postings.set(key, list);
    }
    if (f.day === null) this.undated++;
    else if (f.day >= this.lo && f.day <= this.hi) this.perDay!.set(f.day, (this.perDay!.get(f.day) ?? 0) + 1);
    if (this.total !== null) this.total++;
    this.features.set(f.article, f);
  }
}

async function storedFeatures(db: Db, ids: string[]): Promise<Map<string, StoredFeatures>> {
  const out = new Map<string, StoredFeatures>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('story_features as f').innerJoin('story_articles as sa', 'sa.article_id', 'f.article_id')
      .select(['f.article_id', 'f.day', 'f.signature', 'f.keys', 'sa.story_id'])
      .where('f.article_id', 'in', ids.slice(i, i + ID_CHUNK)).execute();
    for (const r of rows) {
      const keys = JSON.parse(r.keys) as { w: number; c: string[] };
      out.set(r.article_id, { article: r.article_id, story: r.story_id, day: r.day === null ? null : Number(r.day), signature: decodeSignature(r.signature), weight: keys.w, categories: keys.c });
    }
  }
  return out;
}

/** An article filed by a run: written to the tables together at the end of the run. */
interface Filed {
  article: Article;
  f: StoryFeatures;
  keys: string[];
  story: string;
  weight: number;
  joined: number;
}

const ROW_CHUNK = 200;

/** The stories' rows after the run's articles joined them, in filing order (as if filed one at a time). */
async function storyRows(db: Db, filed: Filed[]): Promise<{ created: StoriesRow[]; updated: StoriesRow[] }> {
  const touched = [...new Set(filed.map((x) => x.story))];
  const rows = new Map<string, StoriesRow>();
  const outlets = new Map<string, Set<string>>();
  for (let i = 0; i < touched.length; i += ID_CHUNK) {
    const part = touched.slice(i, i + ID_CHUNK);
    for (const r of await db.selectFrom('stories').selectAll().where('id', 'in', part).execute()) {
      rows.set(r.id, { ...r, article_count: Number(r.article_count), outlet_count: Number(r.outlet_count) });
    }
    const seen = await db.selectFrom('story_articles as sa').innerJoin('story_features as f', 'f.article_id', 'sa.article_id')
      .select(['sa.story_id', 'f.outlet']).distinct().where('sa.story_id', 'in', part).execute();
    for (const r of seen) {
      let set = outlets.get(r.story_id);
      if (!set) outlets.set(r.story_id, (set = new Set()));
      set.add(r.outlet);
    }
  }
  const existing = new Set(rows.keys());
  for (const { article: a, story } of filed) {
    const outlet = outletOf(a);
    let set = outlets.get(story);
    if (!set) outlets.set(story, (set = new Set()));
    const s = rows.get(story);
    const p = a.published;
    if (!s) {
      rows.set(story, { id: story, title: storyTitle(a), first: p, last: p, article_count: 1, outlet_count: 1 });
    } else {
      const earlier = p !== null && (s.first === null || p < s.first);
      s.article_count += 1;
      s.outlet_count += set.has(outlet) ? 0 : 1;
      if (p !== null && (s.last === null || p > s.last)) s.last = p;
      if (earlier) { s.first = p; s.title = storyTitle(a); }
    }
    set.add(outlet);
  }
  const all = touched.map((id) => rows.get(id)!);
  return { created: all.filter((r) => !existing.has(r.id)), updated: all.filter((r) => existing.has(r.id)) };
}

type StoriesRow = { id: string; title: string | null; first: string | null; last: string | null; article_count: number; outlet_count: number };

/** Writes what a run filed: the articles' rows, features and postings, and the stories' counts, dates and titles. */
async function writeFiled(db: Db, backend: Backend, filed: Filed[]): Promise<void> {
  if (filed.length === 0) return;
  const { created, updated } = await storyRows(db, filed);
  await insertRows(db, backend, 'story_articles', STORY_ARTICLE_COLUMNS, filed.map((x) => ({ article_id: x.article.id, story_id: x.story, joined: x.joined })),
    { sqliteChunk: ROW_CHUNK });
  await insertRows(db, backend, 'story_features', STORY_FEATURE_COLUMNS, filed.map(({ article: a, f, weight }) => ({
    article_id: a.id, published: a.published, day: f.day, outlet: outletOf(a), signature: encodeSignature(f.signature), keys: JSON.stringify({ w: weight, c: f.categories }),
  })), { sqliteChunk: ROW_CHUNK });
  const bands = filed.flatMap((x) => x.keys.map((band) => ({ band, article_id: x.article.id, joined: x.joined, day: x.f.day })));
  await insertRows(db, backend, 'story_bands', STORY_BAND_COLUMNS, bands, { sqliteChunk: 5 * ROW_CHUNK });
  for (let i = 0; i < created.length; i += ROW_CHUNK) await db.insertInto('stories').values(created.slice(i, i + ROW_CHUNK)).execute();
  for (const { id, ...set } of updated) await db.updateTable('stories').set(set).where('id', '=', id).execute();
}

/**
 * Assigns the articles to stories, one at a time in the given order (each sees the ones before it). The caller holds
 * the story lock (story-pending.ts). An article already in a story keeps it. Returns the ids of the stories that gained
 * or re-stored an article (to re-merge their events).
 */
export async function assignStories(db: Db, backend: Backend, items: { article: Article; events: ReadoutEvent[] }[]): Promise<string[]> {
  const changed = new Set<string>();
  if (items.length === 0) return [];
  const known = new Map<string, string>();
  for (let i = 0; i < items.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('story_articles').select(['article_id', 'story_id'])
      .where('article_id', 'in', items.slice(i, i + ID_CHUNK).map((x) => x.article.id)).execute();
    for (const r of rows) known.set(r.article_id, r.story_id);
  }
  const fresh = items.filter((x) => !known.has(x.article.id));
  const features = new Map(fresh.map((x) => [x.article.id, storyFeatures(x.article, x.events)]));
  const keysOf = new Map([...features].map(([id, f]) => [id, [...new Set(indexKeys(f))]]));
  const index = new RunIndex(db, backend);
  await index.loadDays([...features.values()].map((f) => f.day));
  // every key the run looks up, read at once: what the run files meanwhile is added to these lists in memory
  await index.lists([...new Set([...keysOf.values()].flat())]);
  const top = await db.selectFrom('story_articles').select((eb) => eb.fn.max('joined').as('m')).executeTakeFirst();
  let joined = Number(top?.m ?? 0);
  const filed: Filed[] = [];
  for (const item of items) {
    const had = known.get(item.article.id);
    if (had !== undefined) { changed.add(had); continue; }
    const f = features.get(item.article.id)!;
    const keys = keysOf.get(item.article.id)!;
    const g = gather(f, fromLists(await index.lists(keys)), await index.windowArticles(f.day));
    const chosen = chooseStory(f, g, await index.stored([...g.candidates.keys()]));
    const story = chosen ?? storyIdFor(item.article.id);
    filed.push({ article: item.article, f, keys, story, weight: g.weight, joined: ++joined });
    index.filed({ article: item.article.id, story, day: f.day, signature: f.signature, weight: g.weight, categories: f.categories }, keys, joined);
    known.set(item.article.id, story);
    changed.add(story);
  }
  await writeFiled(db, backend, filed);
  return [...changed].sort();
}

// ---- reading ----

const MAX_TEXT = 500;

/** A validated StoryFilter; throws RangeError naming the option. */
export function normaliseStoryFilter(f: StoryFilter): StoryFilter {
  const out: StoryFilter = {};
  const text = (opt: string, v: string) => {
    if (typeof v !== 'string' || v.trim() === '') throw new RangeError(`--${opt}: must not be empty`);
    if (v.length > MAX_TEXT) throw new RangeError(`--${opt}: longer than ${MAX_TEXT} characters`);
    return v.trim();
  };
  const date = (opt: string, v: string) => {
    if (typeof v !== 'string' || !dayRange(v)) throw new RangeError(`--${opt}: "${String(v)}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    return v;
  };
  if (f.from !== undefined) out.from = date('from', f.from);
  if (f.to !== undefined) out.to = date('to', f.to);
  if (out.from && out.to && dayRange(out.from)!.start > dayRange(out.to)!.end) throw new RangeError(`--from ${out.from} is after --to ${out.to}`);
  if (f.outlet !== undefined) out.outlet = text('outlet', f.outlet);
  if (f.actor !== undefined) {
    const c = text('actor', f.actor).toUpperCase();
    if (!/^[A-Z]{3}$/.test(c)) throw new RangeError(`--actor: "${f.actor}" is not a three-letter code (e.g. CHN, IRN, GOV)`);
    out.actor = c;
  }
  if (f.q !== undefined) out.q = text('q', f.q);
  if (f.minArticles !== undefined) {
    if (!Number.isInteger(f.minArticles) || f.minArticles < 1 || f.minArticles > 1_000_000) {
      throw new RangeError(`--min-articles: "${String(f.minArticles)}" must be a whole number from 1 to 1000000`);
    }
    out.minArticles = f.minArticles;
  }
  return out;
}

export const MAX_STORY_PAGE = 1000;

function storyQuery(db: Kysely<DB>, f: StoryFilter) {
  let q = db.selectFrom('stories');
  if (f.from !== undefined) q = q.where('last', '>=', dayRange(f.from)!.start);
  if (f.to !== undefined) q = q.where('first', '<=', dayRange(f.to)!.end);
  if (f.minArticles !== undefined) q = q.where('article_count', '>=', f.minArticles);
  if (f.q !== undefined) q = q.where(sql<boolean>`lower(stories.title) like ${containsPattern(f.q)} escape '\\'`);
  if (f.outlet !== undefined) {
    const o = f.outlet;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('story_articles as sa').innerJoin('story_features as sf', 'sf.article_id', 'sa.article_id')
      .select('sa.article_id').whereRef('sa.story_id', '=', 'stories.id').where('sf.outlet', '=', o)));
  }
  if (f.actor !== undefined) {
    const c = f.actor;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('story_articles as sa').innerJoin('events as e', 'e.article_id', 'sa.article_id')
      .innerJoin('event_parties as p', 'p.event_seq', 'e.seq')
      .select('sa.article_id').whereRef('sa.story_id', '=', 'stories.id').where('p.role', '=', 'A').where('p.country', '=', c)));
  }
  return q;
}

/** Offset cursor: the position, and the total counted on the first page with its filter's fingerprint. */
function encodeStoryCursor(offset: number, total: number, fp: string): string {
  return Buffer.from(`o${offset}t${total}f${fp}`, 'utf8').toString('base64url');
}

function decodeStoryCursor(cursor: string): { offset: number; total: number; filter: string } {
  const m = /^o(\d{1,12})t(\d{1,12})f([A-Za-z0-9_-]{12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new RangeError(`--cursor: "${cursor.slice(0, 40)}" is not a cursor from a previous page`);
  return { offset: Number(m[1]), total: Number(m[2]), filter: m[3]! };
}

type StoryRow = { id: string; title: string | null; first: string | null; last: string | null };

/** Summaries of the given stories, in the given order: their articles (by published day, then id) and outlets. */
async function summaries(db: Kysely<DB>, rows: StoryRow[]): Promise<StorySummary[]> {
  if (rows.length === 0) return [];
  const arts = await db.selectFrom('story_articles as sa').innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['sa.story_id', 'a.id', 'a.outlet', 'a.url', 'a.published'])
    .where('sa.story_id', 'in', rows.map((r) => r.id)).execute();
  const merged = await db.selectFrom('merged_events').select(['story_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('story_id', 'in', rows.map((r) => r.id)).groupBy('story_id').execute();
  const mergedCount = new Map(merged.map((m) => [m.story_id, Number(m.n)]));
  const by = new Map<string, typeof arts>();
  for (const a of arts) {
    let l = by.get(a.story_id);
    if (!l) by.set(a.story_id, (l = []));
    l.push(a);
  }
  return rows.map((r) => {
    const list = (by.get(r.id) ?? []).sort((x, y) => (x.published ?? '9999') < (y.published ?? '9999') ? -1 : (x.published ?? '9999') > (y.published ?? '9999') ? 1 : x.id < y.id ? -1 : 1);
    return {
      id: r.id, title: r.title, articles: list.map((a) => a.id), outlets: [...new Set(list.map((a) => outletOf(a)))],
      first: r.first, last: r.last,
      events: mergedCount.get(r.id) ?? 0,
    };
  });
}

/** Stories, newest `last` first (undated last), then by id; offset paging behind an opaque cursor. */
export async function storyPage(db: Kysely<DB>, filter: StoryFilter, page: PageRequest): Promise<StoryPage> {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_STORY_PAGE) throw new RangeError(`--limit: must be 1..${MAX_STORY_PAGE}, got ${page.limit}`);
  const f = normaliseStoryFilter(filter);
  const fp = filterFingerprint({ ...f });
  const cursor = page.cursor ? decodeStoryCursor(page.cursor) : null;
  const offset = cursor?.offset ?? 0;
  const rows = await storyQuery(db, f).select(['id', 'title', 'first', 'last'])
    .orderBy(sql`coalesce(stories.last, '')`, 'desc').orderBy('id').limit(page.limit + 1).offset(offset).execute();
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const total = cursor && cursor.filter === fp ? cursor.total
    : !cursor && !more ? shown.length
    : Number((await storyQuery(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { stories: await summaries(db, shown), total, next: more ? encodeStoryCursor(offset + shown.length, total, fp) : null };
}

/** One story with its articles (text and events), by published day then id; null for an unknown id. */
export async function storyDetail(db: Kysely<DB>, id: string): Promise<StoryDetail | null> {
  const row = await db.selectFrom('stories').select(['id', 'title', 'first', 'last']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [story] = await summaries(db, [row]);
  const arts = await db.selectFrom('articles').select(['id', 'outlet', 'url', 'published', 'title', 'text']).where('id', 'in', story!.articles.length ? story!.articles : ['']).execute();
  const byId = new Map(arts.map((a) => [a.id, a]));
  const events = story!.articles.length
    ? await db.selectFrom('events').select(['article_id', 'body', 'evidence_text']).where('article_id', 'in', story!.articles).orderBy('article_id').orderBy('ord').execute()
    : [];
  const evs = new Map<string, ReadoutEvent[]>();
  for (const e of events) {
    let l = evs.get(e.article_id);
    if (!l) evs.set(e.article_id, (l = []));
    l.push(eventOf(e));
  }
  return {
    story: story!,
    articles: story!.articles.map((aid) => {
      const a = byId.get(aid)!;
      return { id: a.id, outlet: outletOf(a), published: a.published, title: a.title, url: a.url, text: a.text, events: evs.get(a.id) ?? [] };
    }),
  };
}
