// EventFilter -> one WHERE expression over `events`, the same for both databases except full-text search.
// Every user value travels as a bound parameter; full-text queries are reduced to quoted word terms.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
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

function partyIn(eb: EB, role: 'A' | 'R', country: string | undefined, sector: string | undefined): Expression<SqlBool> {
  let sub = eb.selectFrom('event_parties').select('event_parties.event_seq').where('event_parties.role', '=', role);
  if (country !== undefined) sub = sub.where('event_parties.country', '=', country);
  if (sector !== undefined) sub = sub.where('event_parties.sector', '=', sector);
  return eb('events.seq', 'in', sub);
}

function fullText(eb: EB, q: string, backend: Backend): Expression<SqlBool> {
  const terms = ftsTerms(q);
  if (terms.length === 0) return sql<SqlBool>`1 = 0`;
  if (backend === 'sqlite') {
    return sql<SqlBool>`${eb.ref('events.seq')} in (select rowid from events_fts where events_fts match ${fts5Query(terms)})`;
  }
  return sql<SqlBool>`events.evidence_tsv @@ plainto_tsquery('english', ${terms.join(' ')})`;
}

/** The filter as a WHERE expression (true when the filter is empty). Assumes a validated filter (validate.ts). */
export function filterExpr(eb: EB, f: EventFilter, backend: Backend): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.dyad) {
    // two ranges of event_dyads' primary key, each already in seq order
    const [x, y] = f.dyad;
    const pair = (a: string, r: string) => eb.selectFrom('event_dyads').select('event_dyads.event_seq')
      .where('event_dyads.actor', '=', a).where('event_dyads.recipient', '=', r);
    all.push(eb('events.seq', 'in', x === y ? pair(x, y) : pair(x, y).union(pair(y, x))));
  }
  if (f.actor !== undefined || f.actorSector !== undefined) all.push(partyIn(eb, 'A', f.actor, f.actorSector));
  if (f.recipient !== undefined || f.recipientSector !== undefined) all.push(partyIn(eb, 'R', f.recipient, f.recipientSector));
  if (f.event && f.event.length > 0) all.push(eb('events.event', 'in', f.event));
  if (f.mode !== undefined) all.push(eb('events.mode', '=', f.mode));
  if (f.context !== undefined) {
    all.push(eb('events.seq', 'in', eb.selectFrom('event_contexts').select('event_contexts.event_seq').where('event_contexts.context', '=', f.context)));
  }
  if (f.status && f.status.length > 0) all.push(eb('events.status', 'in', f.status));
  if (f.outlet !== undefined) all.push(eb('events.outlet', '=', f.outlet));
  if (f.source !== undefined) {
    all.push(eb('events.seq', 'in', eb.selectFrom('event_parties').select('event_parties.event_seq')
      .where('event_parties.role', '=', 'S')
      .where(sql<SqlBool>`event_parties.label like ${containsPattern(f.source)} escape '\\'`)));
  }
  if (f.from !== undefined) all.push(eb('events.date_end', '>=', dayRange(f.from)!.start));
  if (f.to !== undefined) all.push(eb('events.date_start', '<=', dayRange(f.to)!.end));
  if (f.q !== undefined) all.push(fullText(eb, f.q, backend));
  if (f.article !== undefined) all.push(eb('events.article_id', '=', f.article));
  return eb.and(all);
}
