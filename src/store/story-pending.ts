// The story step (issues #12/#13), out of the article write transaction. putArticles stores articles and events and
// marks each stored article "story pending" (story_pending, migration 0006) in its own transaction; this step, in a
// later transaction of its own, takes the pending articles in a fixed order (publication date, undated last, then
// article id), assigns them to stories, re-merges the stories they touched and deletes their marks, all or nothing.
// A crash between the two transactions leaves the articles pending: the next run of this step (any ingest, recode,
// worker) assigns them. An article already in a story keeps it, so running the step twice assigns nothing twice.
//
// One assigner at a time: on PostgreSQL the step takes a transaction-scoped advisory lock per store schema (a worker
// that finds it taken skips and carries on coding; ingest waits for it); on SQLite every write transaction holds the
// file's write lock anyway (sqlite.ts).
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article, ReadoutEvent } from '../types.js';
import type { Backend, DB } from './schema.js';
import { eventOf } from './rows.js';
import { writeTransaction } from './write.js';
import { insertRows } from './bulk.js';
import { PENDING_COLUMNS } from './columns.js';
import { assignStories } from './stories.js';
import { remergeStories } from '../stories/merge-store.js';

/** Pending articles assigned per transaction (a backlog is worked through in several). */
export const PENDING_CHUNK = 500;
const ID_CHUNK = 500;

export interface StoryItem {
  article: Article;
  events: ReadoutEvent[];
}

/** What one call of the story step did: articles taken off the pending list, stories re-merged. */
export interface StoryStepResult {
  articles: number;
  stories: number;
}

/** 'wait' for another assigner to finish; 'try' gives up at once (null) when another one holds the lock. */
export type StoryLock = 'wait' | 'try';

/**
 * Articles this process stored and marked, each with the stamp its mark got: the story step uses them instead of
 * reading them back (their text, their events' JSON) while the mark still has that stamp, i.e. while what is stored is
 * what this process wrote. At most `limit` are kept, the oldest dropped first (a mark another process's step took
 * leaves its entry here until then).
 */
export class FreshItems {
  private readonly byId = new Map<string, { stamp: string; item: StoryItem }>();

  constructor(private readonly limit: number) {}

  /** Remembers the items (all of them, even more than `limit` at once) under the stamp their marks got. */
  add(stamp: string, items: readonly StoryItem[]): void {
    for (const item of items) {
      this.byId.delete(item.article.id); // (re-added as the newest)
      this.byId.set(item.article.id, { stamp, item });
    }
    const keep = Math.max(this.limit, items.length);
    for (const id of this.byId.keys()) {
      if (this.byId.size <= keep) break;
      this.byId.delete(id);
    }
  }

  /** The item a mark stands for, when this process wrote it under the mark's stamp. */
  get(mark: { article_id: string; stamp: string }): StoryItem | undefined {
    const f = this.byId.get(mark.article_id);
    return f !== undefined && f.stamp === mark.stamp ? f.item : undefined;
  }

  drop(ids: Iterable<string>): void {
    for (const id of ids) this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }
}

export function newStamp(): string {
  return randomBytes(8).toString('hex');
}

/** Marks stored articles pending under `stamp` (inside putArticles' transaction); a mark already there takes the new stamp. */
export async function markPending(trx: Transaction<DB>, backend: Backend, articles: Article[], stamp: string): Promise<void> {
  await insertRows(trx, backend, 'story_pending', PENDING_COLUMNS, articles.map((a) => ({ article_id: a.id, published: a.published, stamp })),
    { onConflict: { key: ['article_id'], replace: ['stamp', 'published'] }, sqliteChunk: ID_CHUNK });
}

/** Takes the story lock for the rest of the transaction; false when `try` finds it taken (PostgreSQL only). */
async function storyLock(trx: Transaction<DB>, backend: Backend, lock: StoryLock): Promise<boolean> {
  if (backend !== 'postgres') return true;
  const key = sql`hashtext('readout stories ' || current_schema())`;
  if (lock === 'wait') {
    await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
    return true;
  }
  const r = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${key}) as ok`.execute(trx);
  return r.rows[0]?.ok === true;
}

interface Mark { article_id: string; published: string | null; stamp: string }

/** The next pending marks in assignment order: publication date (undated last), then article id, byte-wise. */
async function nextMarks(trx: Transaction<DB>, backend: Backend, limit: number): Promise<Mark[]> {
  const c = backend === 'postgres' ? sql` collate "C"` : sql``;
  const r = await sql<Mark>`select article_id, published, stamp from story_pending
    order by (published is null), published${c}, article_id${c} limit ${limit}`.execute(trx);
  return r.rows;
}

/** The marked articles with their events: from memory when this process wrote them under the mark's stamp, else read. */
async function markedItems(trx: Transaction<DB>, marks: Mark[], fresh: FreshItems | undefined): Promise<StoryItem[]> {
  const byId = new Map<string, StoryItem>();
  const read: string[] = [];
  for (const m of marks) {
    const f = fresh?.get(m);
    if (f) byId.set(m.article_id, f);
    else read.push(m.article_id);
  }
  for (let i = 0; i < read.length; i += ID_CHUNK) {
    const ids = read.slice(i, i + ID_CHUNK);
    const articles = await trx.selectFrom('articles').select(['id', 'text', 'published', 'outlet', 'url', 'title', 'language']).where('id', 'in', ids).execute();
    for (const a of articles) byId.set(a.id, { article: { ...a, origin: `store:${a.id}` }, events: [] });
    const events = await trx.selectFrom('events').select(['article_id', 'body', 'evidence_text']).where('article_id', 'in', ids)
      .orderBy('article_id').orderBy('ord').execute();
    for (const e of events) byId.get(e.article_id)?.events.push(eventOf(e));
  }
  // (a mark whose article is gone is dropped with the others)
  return marks.flatMap((m) => byId.get(m.article_id) ?? []);
}

/** Deletes the marks taken, each only if its stamp is unchanged (else the article was stored again meanwhile). */
async function unmark(trx: Transaction<DB>, marks: Mark[]): Promise<void> {
  const byStamp = new Map<string, string[]>();
  for (const m of marks) {
    let l = byStamp.get(m.stamp);
    if (!l) byStamp.set(m.stamp, (l = []));
    l.push(m.article_id);
  }
  for (const [stamp, ids] of byStamp) {
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      await trx.deleteFrom('story_pending').where('stamp', '=', stamp).where('article_id', 'in', ids.slice(i, i + ID_CHUNK)).execute();
    }
  }
}

/**
 * The story step: assigns every pending article, PENDING_CHUNK per transaction, until none is left. Null when `try`
 * found another assigner at work (before anything was done).
 */
export async function assignPending(db: Kysely<DB>, backend: Backend, lock: StoryLock, fresh?: FreshItems): Promise<StoryStepResult | null> {
  const total: StoryStepResult = { articles: 0, stories: 0 };
  for (;;) {
    const r = await writeTransaction(db, async (trx) => {
      if (!(await storyLock(trx, backend, lock))) return null;
      const marks = await nextMarks(trx, backend, PENDING_CHUNK);
      if (marks.length === 0) return { articles: 0, stories: 0, taken: [] };
      const changed = await assignStories(trx, backend, await markedItems(trx, marks, fresh));
      await remergeStories(trx, changed);
      await unmark(trx, marks);
      return { articles: marks.length, stories: changed.length, taken: marks.map((m) => m.article_id) };
    });
    if (r === null) return total.articles > 0 ? total : null;
    fresh?.drop(r.taken);
    total.articles += r.articles;
    total.stories += r.stories;
    if (r.articles < PENDING_CHUNK) return total;
  }
}

/** How many articles are waiting for the story step. */
export async function pendingCount(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('story_pending').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
