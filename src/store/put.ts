// Storing coded articles: one transaction per batch, idempotent (also against a concurrent writer: write.ts). An article is the same as a stored one when
// its id matches (then it is replaced only if its text or the coder version changed) or, under another id,
// when its normalised text matches (then it is a duplicate and skipped).
import type { Kysely, Transaction } from 'kysely';
import type { Article, ReadoutEvent } from '../types.js';
import type { DB } from './schema.js';
import { contentHash, contextRows, dyadRows, eventRow, partyRows, type EventRow } from './rows.js';
import { RollupDelta, ROLLUP_SOURCE_COLUMNS } from './rollup.js';
import { writeTransaction } from './write.js';
import { insertRows } from './bulk.js';
import { ARTICLE_COLUMNS, CONTEXT_COLUMNS, DYAD_COLUMNS, EVENT_COLUMNS, PARTY_COLUMNS } from './columns.js';
import { assignPending, FreshItems, markPending, newStamp } from './story-pending.js';
import type { Backend } from './schema.js';

export interface PutItem {
  article: Article;
  events: ReadoutEvent[];
}

const EVENT_CHUNK = 500;
const SIDE_CHUNK = 2000;
const KEY_CHUNK = 500;

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

interface Known {
  id: string;
  content_hash: string;
  coder_version: string;
}

async function knownRows(db: Kysely<DB> | Transaction<DB>, ids: string[], hashes: string[]): Promise<Known[]> {
  const rows: Known[] = [];
  for (let i = 0; i < Math.max(ids.length, hashes.length); i += KEY_CHUNK) {
    const idPart = ids.slice(i, i + KEY_CHUNK);
    const hashPart = hashes.slice(i, i + KEY_CHUNK);
    rows.push(...await db.selectFrom('articles').select(['id', 'content_hash', 'coder_version'])
      .where((eb) => eb.or([
        ...(idPart.length ? [eb('id', 'in', idPart)] : []),
        ...(hashPart.length ? [eb('content_hash', 'in', hashPart)] : []),
      ]))
      .execute());
  }
  return rows;
}

type Verdict = 'store' | 'replace' | 'skip';

function judge(id: string, hash: string, coderVersion: string, byId: Map<string, Known>, byHash: Map<string, Known>): Verdict {
  const dup = byHash.get(hash);
  if (dup && dup.id !== id) return 'skip'; // the same text is stored under another id
  const same = byId.get(id);
  if (same) return same.content_hash === hash && same.coder_version === coderVersion ? 'skip' : 'replace';
  return 'store';
}

/** Ids of the given articles that putArticles would skip (stored unchanged, or a duplicate of stored text). */
export async function unchangedIds(db: Kysely<DB>, articles: Article[], coderVersion: string): Promise<Set<string>> {
  const hashes = articles.map((a) => contentHash(a.text));
  const rows = await knownRows(db, articles.map((a) => a.id), hashes);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byHash = new Map(rows.map((r) => [r.content_hash, r]));
  return new Set(articles.filter((a, i) => judge(a.id, hashes[i]!, coderVersion, byId, byHash) === 'skip').map((a) => a.id));
}

/**
 * What happens to the stored articles' stories:
 * - 'now' (the default): the story step runs right after the commit, in its own transaction, waiting for another
 *   assigner to finish first; it also assigns whatever earlier runs left pending;
 * - 'later': the articles are only marked pending; the caller runs the story step when it chooses (a queue worker);
 * - 'off': not even marked (the story bench measures the store without stories).
 */
export type StoryMode = 'now' | 'later' | 'off';

export interface PutOptions {
  stories?: StoryMode;
  /** where the stored articles are remembered for this process's story steps (else only for this call's 'now' step) */
  fresh?: FreshItems;
}

export async function putArticles(db: Kysely<DB>, batch: PutItem[], coderVersion: string, backend: Backend = 'sqlite', options: PutOptions = {}): Promise<{ stored: number; skipped: number; events: number }> {
  const mode = options.stories ?? 'now';
  const stamp = newStamp();
  let kept: PutItem[] = [];
  const r = batch.length === 0 ? { stored: 0, skipped: 0, events: 0 } : await writeTransaction(db, async (trx) => {
    const hashes = batch.map((b) => contentHash(b.article.text));
    const rows = await knownRows(trx, batch.map((b) => b.article.id), hashes);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const byHash = new Map(rows.map((r) => [r.content_hash, r]));
    const keep: { item: PutItem; hash: string }[] = [];
    const replace: string[] = [];
    let skipped = 0;
    batch.forEach((item, i) => {
      const { id } = item.article;
      const hash = hashes[i]!;
      const verdict = judge(id, hash, coderVersion, byId, byHash);
      if (verdict === 'skip') { skipped++; return; }
      if (verdict === 'replace') replace.push(id);
      keep.push({ item, hash });
      // later items of the same batch see this one as stored
      const known = { id, content_hash: hash, coder_version: coderVersion };
      byId.set(id, known);
      byHash.set(hash, known);
    });
    const rollup = new RollupDelta();
    for (const ids of chunks(replace, KEY_CHUNK)) {
      // take the replaced events out of the rollup before the cascade deletes them
      const old = await trx.selectFrom('events').select(ROLLUP_SOURCE_COLUMNS).where('article_id', 'in', ids).execute();
      for (const r of old) rollup.add(r, -1);
      await trx.deleteFrom('articles').where('id', 'in', ids).execute();
    }
    await insertRows(trx, backend, 'articles', ARTICLE_COLUMNS, keep.map(({ item: { article: a, events }, hash }) => ({
      id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: a.url, title: a.title, language: a.language,
      content_hash: hash, coder_version: coderVersion, event_count: events.length,
    })), { sqliteChunk: 200 });
    const events = keep.flatMap(({ item }) => item.events.map((e, ord) => {
      if (e.article.id !== item.article.id) throw new Error(`store: an event of article ${item.article.id} names article ${e.article.id}`);
      return { e, row: eventRow(e, ord) };
    }));
    let stored = 0;
    for (const part of chunks(events, EVENT_CHUNK)) {
      const seqs = await insertRows(trx, backend, 'events', EVENT_COLUMNS, part.map((x) => x.row), { returning: ['seq', 'article_id', 'ord'] });
      const seqOf = new Map(seqs.map((s) => [`${s.article_id as string}\u0000${s.ord as number}`, Number(s.seq)]));
      const seq = (x: { row: EventRow }) => seqOf.get(`${x.row.article_id}\u0000${x.row.ord}`)!;
      await insertRows(trx, backend, 'event_parties', PARTY_COLUMNS, part.flatMap((x) => partyRows(x.e, seq(x))), { sqliteChunk: SIDE_CHUNK });
      await insertRows(trx, backend, 'event_contexts', CONTEXT_COLUMNS, part.flatMap((x) => contextRows(x.e, seq(x))), { sqliteChunk: SIDE_CHUNK });
      await insertRows(trx, backend, 'event_dyads', DYAD_COLUMNS, part.flatMap((x) => dyadRows(x.e, seq(x))), { sqliteChunk: SIDE_CHUNK });
      for (const x of part) rollup.add(x.row, 1);
      stored += part.length;
    }
    await rollup.apply(trx, backend);
    kept = keep.map(({ item }) => item);
    if (mode !== 'off') await markPending(trx, backend, kept.map((x) => x.article), stamp);
    return { stored: keep.length, skipped, events: stored };
  });
  const fresh = options.fresh ?? new FreshItems(kept.length);
  if (mode !== 'off') fresh.add(stamp, kept);
  // (with nothing stored, the step still picks up what an earlier, interrupted run left pending)
  if (mode === 'now') await assignPending(db, backend, 'wait', fresh);
  return r;
}
