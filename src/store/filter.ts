// EventFilter -> one WHERE expression over `events`, the same for both databases except full-text search.
// Every user value travels as a bound parameter; full-text queries are reduced to quoted word terms.
// Conditions on side tables are sets of event seqs (`seq IN (…)`); a filter made only of them can be counted
// without reading `events` at all (matchingSeqCount).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Backend, DB } from './schema.js';
import type { EventFilter } from './types.js';
import { dayRange } from './dates.js';

type EB = ExpressionBuilder<DB, 'events'>;

/** The word terms of a free-text query (letters and digits, as FTS5's unicode61 tokenizer and to_tsvector see them). */
export function ftsTerms(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}

/** An FTS5 MATCH string: each term quoted (a phrase of one word), implicitly ANDed; no operator can get through. */
export function fts5Query(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

/** A LIKE pattern matching `s` anywhere, with \ as the escape character. */
export function containsPattern(s: string): string {
  return `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A subquery selecting `event_seq`: the events a side-table condition matches. */
type SeqSet = Expression<unknown>;

function partySet(db: Kysely<DB>, role: 'A' | 'R', country: string | undefined, sector: string | undefined): SeqSet {
  let sub = db.selectFrom('event_parties').select('event_parties.event_seq').where('event_parties.role', '=', role);
  if (country !== undefined) sub = sub.where('event_parties.country', '=', country);
  if (sector !== undefined) sub = sub.where('event_parties.sector', '=', sector);
  return sub;
}

/** The filter's side-table conditions as seq sets (SQLite's full-text search is one; PostgreSQL's is a column test). */
function seqSets(db: Kysely<DB>, f: EventFilter, backend: Backend): SeqSet[] {
  const sets: SeqSet[] = [];
  if (f.dyad) {
    // two ranges of event_dyads' primary key, each already in seq order
    const [x, y] = f.dyad;
    const pair = (a: string, r: string) => db.selectFrom('event_dyads').select('event_dyads.event_seq')
      .where('event_dyads.actor', '=', a).where('event_dyads.recipient', '=', r);
    sets.push(x === y ? pair(x, y) : pair(x, y).union(pair(y, x)));
  }
  if (f.actor !== undefined || f.actorSector !== undefined) sets.push(partySet(db, 'A', f.actor, f.actorSector));
  if (f.recipient !== undefined || f.recipientSector !== undefined) sets.push(partySet(db, 'R', f.recipient, f.recipientSector));
  if (f.context !== undefined) {
    sets.push(db.selectFrom('event_contexts').select('event_contexts.event_seq').where('event_contexts.context', '=', f.context));
  }
  if (f.source !== undefined) {
    sets.push(db.selectFrom('event_parties').select('event_parties.event_seq')
      .where('event_parties.role', '=', 'S')
      .where(sql<SqlBool>`event_parties.label like ${containsPattern(f.source)} escape '\\'`));
  }
  if (f.q !== undefined && backend === 'sqlite') {
    const terms = ftsTerms(f.q);
    sets.push(terms.length === 0
      ? sql`select 0 as event_seq where 1 = 0`
      : sql`select rowid as event_seq from events_fts where events_fts match ${fts5Query(terms)}`);
  }
  return sets;
}

type ColumnTest = (eb: EB) => Expression<SqlBool>;

/** The filter's conditions on `events` columns. */
function columnTests(f: EventFilter, backend: Backend): ColumnTest[] {
  const all: ColumnTest[] = [];
  if (f.event && f.event.length > 0) { const v = f.event; all.push((eb) => eb('events.event', 'in', v)); }
  if (f.mode !== undefined) { const v = f.mode; all.push((eb) => eb('events.mode', '=', v)); }
  if (f.status && f.status.length > 0) { const v = f.status; all.push((eb) => eb('events.status', 'in', v)); }
  if (f.outlet !== undefined) { const v = f.outlet; all.push((eb) => eb('events.outlet', '=', v)); }
  if (f.from !== undefined) { const v = dayRange(f.from)!.start; all.push((eb) => eb('events.date_end', '>=', v)); }
  if (f.to !== undefined) { const v = dayRange(f.to)!.end; all.push((eb) => eb('events.date_start', '<=', v)); }
  if (f.q !== undefined && backend === 'postgres') {
    const terms = ftsTerms(f.q);
    all.push(() => (terms.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`events.evidence_tsv @@ plainto_tsquery('english', ${terms.join(' ')})`));
  }
  if (f.article !== undefined) { const v = f.article; all.push((eb) => eb('events.article_id', '=', v)); }
  return all;
}

/** The filter as a WHERE expression (true when the filter is empty). Assumes a validated filter (validate.ts). */
export function filterExpr(db: Kysely<DB>, eb: EB, f: EventFilter, backend: Backend): Expression<SqlBool> {
  return eb.and([...seqSets(db, f, backend).map((s) => sql<SqlBool>`${eb.ref('events.seq')} in (${s})`), ...columnTests(f, backend).map((t) => t(eb))]);
}

/** The seq sets of a non-empty filter that has nothing else (no condition on `events` columns); otherwise null. */
function onlySeqSets(db: Kysely<DB>, f: EventFilter, backend: Backend): [SeqSet, ...SeqSet[]] | null {
  const sets = seqSets(db, f, backend);
  return sets.length > 0 && columnTests(f, backend).length === 0 ? (sets as [SeqSet, ...SeqSet[]]) : null;
}

function inAll(first: SeqSet, rest: SeqSet[], after: number | null): RawBuilder<unknown> {
  const tests = rest.map((s) => sql`m.event_seq in (${s})`);
  if (after !== null) tests.push(sql`m.event_seq > ${after}`);
  return sql`from (${first}) as m${tests.length ? sql` where ${sql.join(tests, sql` and `)}` : sql``}`;
}

/**
 * When every condition of a non-empty filter is a seq set, a query counting the events in all of them from the side
 * tables' indexes alone (every seq there is a stored event: foreign keys with cascade); otherwise null.
 */
export function seqSetCount(db: Kysely<DB>, f: EventFilter, backend: Backend): RawBuilder<{ n: number }> | null {
  const sets = onlySeqSets(db, f, backend);
  if (!sets) return null;
  const [first, ...rest] = sets;
  return sql<{ n: number }>`select count(distinct m.event_seq) as n ${inAll(first, rest, null)}`;
}

/** Likewise the seqs of one page (after `after`, at most `limit`, in seq order), or null. */
export function seqSetPage(db: Kysely<DB>, f: EventFilter, backend: Backend, after: number, limit: number): RawBuilder<{ seq: number }> | null {
  const sets = onlySeqSets(db, f, backend);
  if (!sets) return null;
  const [first, ...rest] = sets;
  return sql<{ seq: number }>`select distinct m.event_seq as seq ${inAll(first, rest, after)} order by 1 limit ${limit}`;
}
