// CSV (RFC 4180): a header row, then one row per event. Lists are flattened with ";" into parallel
// columns (actor names, countries and sectors separately, position i of each describing the same actor);
// a missing value inside a list is an empty item. Rows end with CRLF as RFC 4180 specifies.
import type { ActorRef, ReadoutEvent } from '../types.js';
import type { EventWriter } from './writer.js';

export const CSV_COLUMNS = [
  'id', 'article_id', 'outlet', 'url', 'published',
  'event', 'mode', 'contexts', 'cameo', 'quad', 'goldstein',
  'actor_texts', 'actor_names', 'actor_countries', 'actor_sectors',
  'recipient_texts', 'recipient_names', 'recipient_countries', 'recipient_sectors',
  'date', 'date_granularity', 'date_text', 'date_basis',
  'location', 'location_country',
  'attribution_names', 'attribution_countries', 'attribution_cues',
  'status', 'evidence_sentence', 'evidence_start', 'evidence_end', 'evidence_text', 'confidence',
] as const;

/** Quotes a field when it holds a comma, quote, CR or LF; quotes inside are doubled. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

const list = (xs: readonly (string | null)[]): string => xs.map((x) => x ?? '').join(';');
const names = (as: readonly ActorRef[]): string => list(as.map((a) => a.name ?? a.text));

function row(e: ReadoutEvent): (string | number | null)[] {
  return [
    e.id, e.article.id, e.article.outlet, e.article.url, e.article.published,
    e.event, e.mode, e.contexts.join(';'), e.cameo, e.quad, e.goldstein,
    list(e.actor.map((a) => a.text)), names(e.actor), list(e.actor.map((a) => a.country)), list(e.actor.map((a) => a.sector)),
    list(e.recipient.map((a) => a.text)), names(e.recipient),
    list(e.recipient.map((a) => a.country)), list(e.recipient.map((a) => a.sector)),
    e.date?.value ?? null, e.date?.granularity ?? null, e.date?.text ?? null, e.date?.basis ?? null,
    e.location?.name ?? null, e.location?.country ?? null,
    names(e.attribution), list(e.attribution.map((a) => a.country)), list(e.attribution.map((a) => a.cue)),
    e.status, e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.text, e.confidence,
  ];
}

export function createCsvWriter(): EventWriter {
  return {
    header: () => csvRow(CSV_COLUMNS),
    write: (e: ReadoutEvent) => csvRow(row(e)),
  };
}
