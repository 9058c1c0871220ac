// Checking filter values from users (CLI options, API query parameters). Each error names the option.
import { PLOVER_CATEGORIES, STATUSES, type PloverCategory, type Status } from '../types.js';
import { PLOVER_CONTEXTS, PLOVER_MODES } from '../codes/plover.js';
import { dayRange } from './dates.js';
import type { EventFilter, StatsBy, StatsInterval } from './types.js';

export const FILTER_OPTIONS = [
  'dyad', 'actor', 'actor-sector', 'recipient', 'recipient-sector', 'event', 'mode', 'context', 'status',
  'outlet', 'source', 'from', 'to', 'q', 'article',
] as const;
export type FilterOption = (typeof FILTER_OPTIONS)[number];

export const STATS_BY: readonly StatsBy[] = ['dyad', 'event', 'quad'];
export const STATS_INTERVALS: readonly StatsInterval[] = ['day', 'week', 'month', 'year'];

const MODES: ReadonlySet<string> = new Set(Object.values(PLOVER_MODES).flat());
const MAX_TEXT = 500;

function code(opt: string, v: string): string {
  const c = v.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw new RangeError(`--${opt}: "${v}" is not a three-letter code (e.g. CHN, IRN, GOV)`);
  return c;
}

function text(opt: string, v: string): string {
  if (v.trim() === '') throw new RangeError(`--${opt}: must not be empty`);
  if (v.length > MAX_TEXT) throw new RangeError(`--${opt}: longer than ${MAX_TEXT} characters`);
  return v;
}

function date(opt: string, v: string): string {
  if (!dayRange(v)) throw new RangeError(`--${opt}: "${v}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

function items(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** A validated EventFilter from option values (undefined = not given). Throws RangeError naming the option. */
export function parseFilter(values: Partial<Record<FilterOption, string>>): EventFilter {
  const f: EventFilter = {};
  const v = values;
  if (v.dyad !== undefined) {
    const parts = v.dyad.split('-');
    if (parts.length !== 2) throw new RangeError(`--dyad: "${v.dyad}" must be two codes joined by '-', e.g. CHN-IRN`);
    f.dyad = [code('dyad', parts[0]!), code('dyad', parts[1]!)];
  }
  if (v.actor !== undefined) f.actor = code('actor', v.actor);
  if (v['actor-sector'] !== undefined) f.actorSector = code('actor-sector', v['actor-sector']);
  if (v.recipient !== undefined) f.recipient = code('recipient', v.recipient);
  if (v['recipient-sector'] !== undefined) f.recipientSector = code('recipient-sector', v['recipient-sector']);
  if (v.event !== undefined) {
    const cats = items(v.event).map((s) => s.toUpperCase());
    const bad = cats.filter((c) => !(PLOVER_CATEGORIES as readonly string[]).includes(c));
    if (cats.length === 0 || bad.length > 0) {
      throw new RangeError(`--event: ${bad.length ? `"${bad.join(',')}" is not a PLOVER category` : 'no category given'}; use ${PLOVER_CATEGORIES.join(', ')}`);
    }
    f.event = cats as PloverCategory[];
  }
  if (v.mode !== undefined) {
    const m = v.mode.trim().toLowerCase();
    if (!MODES.has(m)) throw new RangeError(`--mode: "${v.mode}" is not a PLOVER mode (e.g. visit, phone, demo, aerial)`);
    f.mode = m;
  }
  if (v.context !== undefined) {
    const c = v.context.trim().toLowerCase();
    if (!PLOVER_CONTEXTS.includes(c)) throw new RangeError(`--context: "${v.context}" is not a PLOVER context (e.g. terrorism, economic, diplomatic)`);
    f.context = c;
  }
  if (v.status !== undefined) {
    const ss = items(v.status).map((s) => s.toLowerCase());
    const bad = ss.filter((s) => !(STATUSES as readonly string[]).includes(s));
    if (ss.length === 0 || bad.length > 0) throw new RangeError(`--status: "${bad.join(',') || v.status}" is not a status; use ${STATUSES.join(', ')}`);
    f.status = ss as Status[];
  }
  if (v.outlet !== undefined) f.outlet = text('outlet', v.outlet);
  if (v.source !== undefined) f.source = text('source', v.source);
  if (v.from !== undefined) f.from = date('from', v.from);
  if (v.to !== undefined) f.to = date('to', v.to);
  if (f.from && f.to && dayRange(f.from)!.start > dayRange(f.to)!.end) throw new RangeError(`--from ${f.from} is after --to ${f.to}`);
  if (v.q !== undefined) f.q = text('q', v.q);
  if (v.article !== undefined) f.article = text('article', v.article);
  return f;
}

/** A filter built in code, checked and normalised as parseFilter would (the store runs every filter through it). */
export function normaliseFilter(f: EventFilter): EventFilter {
  return parseFilter({
    dyad: f.dyad?.join('-'), actor: f.actor, 'actor-sector': f.actorSector, recipient: f.recipient,
    'recipient-sector': f.recipientSector, event: f.event?.length ? f.event.join(',') : undefined, mode: f.mode, context: f.context,
    status: f.status?.length ? f.status.join(',') : undefined, outlet: f.outlet, source: f.source, from: f.from, to: f.to, q: f.q, article: f.article,
  });
}

export function parseStatsBy(v: string): StatsBy {
  if (!(STATS_BY as readonly string[]).includes(v)) throw new RangeError(`--by: "${v}" must be one of ${STATS_BY.join(', ')}`);
  return v as StatsBy;
}

export function parseInterval(v: string): StatsInterval {
  if (!(STATS_INTERVALS as readonly string[]).includes(v)) throw new RangeError(`--interval: "${v}" must be one of ${STATS_INTERVALS.join(', ')}`);
  return v as StatsInterval;
}

export function parseLimit(opt: string, v: string, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new RangeError(`--${opt}: "${v}" must be a whole number from 1 to ${max}`);
  return Number(v);
}
