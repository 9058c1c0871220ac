// Contract events <-> table rows. The whole event is kept as JSON (so a query returns exactly what the coder
// produced); the fields filters and stats need are copied into indexed columns and side tables.
import { createHash } from 'node:crypto';
import type { ReadoutEvent } from '../types.js';
import { dayRange, periodsOf } from './dates.js';
import type { EventsTable, EventPartiesTable } from './schema.js';

export type EventRow = Omit<EventsTable, 'seq'>;

/** Hash of an article's text for duplicate detection: NFC, whitespace runs collapsed, trimmed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/gu, ' ').trim()).digest('hex');
}

export function eventRow(e: ReadoutEvent, ord: number): EventRow {
  const range = e.date ? dayRange(e.date.value) : null;
  const periods = range ? periodsOf(range.start) : null;
  const a = e.actor[0];
  const r = e.recipient[0];
  return {
    event_id: e.id,
    article_id: e.article.id,
    ord,
    event: e.event,
    mode: e.mode,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    status: e.status,
    confidence: e.confidence,
    actor_country: a?.country ?? null,
    actor_sector: a?.sector ?? null,
    recipient_country: r?.country ?? null,
    recipient_sector: r?.sector ?? null,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    day: periods?.day ?? null,
    week: periods?.week ?? null,
    month: periods?.month ?? null,
    year: periods?.year ?? null,
    outlet: e.article.outlet,
    published: e.article.published,
    evidence_text: e.evidence.text,
    body: JSON.stringify({ ...e, evidence: { ...e.evidence, text: '' } }),
  };
}

export function partyRows(e: ReadoutEvent, seq: number): EventPartiesTable[] {
  const rows: EventPartiesTable[] = [];
  e.actor.forEach((p, pos) => rows.push({ event_seq: seq, role: 'A', pos, country: p.country, sector: p.sector, label: null }));
  e.recipient.forEach((p, pos) => rows.push({ event_seq: seq, role: 'R', pos, country: p.country, sector: p.sector, label: null }));
  e.attribution.forEach((p, pos) => rows.push({
    event_seq: seq, role: 'S', pos, country: p.country, sector: p.sector, label: `${p.text}\n${p.name ?? ''}`.toLowerCase(),
  }));
  return rows;
}

/** Every distinct actor country × recipient country pair (dyad filters look them up by pair). */
export function dyadRows(e: ReadoutEvent, seq: number): { actor: string; recipient: string; event_seq: number }[] {
  const pairs = new Set<string>();
  for (const a of e.actor) for (const r of e.recipient) if (a.country !== null && r.country !== null) pairs.add(`${a.country}\u0000${r.country}`);
  return [...pairs].map((p) => {
    const [actor, recipient] = p.split('\u0000') as [string, string];
    return { actor, recipient, event_seq: seq };
  });
}

export function contextRows(e: ReadoutEvent, seq: number): { event_seq: number; context: string }[] {
  return [...new Set(e.contexts)].map((context) => ({ event_seq: seq, context }));
}

export function eventOf(row: { body: string; evidence_text: string }): ReadoutEvent {
  const e = JSON.parse(row.body) as ReadoutEvent;
  e.evidence.text = row.evidence_text;
  return e;
}
