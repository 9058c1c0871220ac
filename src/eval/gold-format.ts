// Shape of a gold file line (contract section 3) and a validator that names every problem it finds.
// Used by the gold-format test; the scorer can use it to reject a malformed gold file with a clear message.
import { PLOVER_CATEGORIES, STATUSES } from '../types.js';
import type { PloverCategory, Status } from '../types.js';

export interface GoldEvent {
  id: string;
  event: PloverCategory;
  /** one list of acceptable country codes per party */
  parties: string[][];
  date?: string;
  attribution?: string[];
  status?: Status;
  required?: boolean;
  note?: string;
}

export interface GoldArticle {
  id: string;
  text?: string;
  text_file?: string;
  published: string | null;
  outlet: string | null;
  events: GoldEvent[];
}

const CODE = /^[A-Z]{3}$/;
const PUBLISHED = /^\d{4}-\d{2}-\d{2}$/;
const EVENT_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
export function isGoldDate(s: string): boolean {
  if (!EVENT_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return y! >= 1000;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const last = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function checkEvent(e: unknown, where: string, errors: string[]): void {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) {
    errors.push(`${where}: an event must be an object`);
    return;
  }
  const ev = e as Record<string, unknown>;
  if (typeof ev.id !== 'string' || ev.id === '') errors.push(`${where}: id must be a non-empty string`);
  if (!PLOVER_CATEGORIES.includes(ev.event as PloverCategory)) {
    errors.push(`${where}: event ${JSON.stringify(ev.event)} is not one of the 16 PLOVER categories`);
  }
  if (!Array.isArray(ev.parties) || ev.parties.length === 0) {
    errors.push(`${where}: parties must be a non-empty list of code lists`);
  } else {
    ev.parties.forEach((p, i) => {
      if (!isStringList(p) || p.length === 0 || !p.every((c) => CODE.test(c))) {
        errors.push(`${where}: parties[${i}] must be a non-empty list of three-letter upper-case codes, got ${JSON.stringify(p)}`);
      }
    });
  }
  if (ev.date !== undefined && (typeof ev.date !== 'string' || !isGoldDate(ev.date))) {
    errors.push(`${where}: date ${JSON.stringify(ev.date)} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (ev.attribution !== undefined && (!isStringList(ev.attribution) || ev.attribution.length === 0 || ev.attribution.some((a) => a.trim() === ''))) {
    errors.push(`${where}: attribution must be a non-empty list of names`);
  }
  if (ev.status !== undefined && !STATUSES.includes(ev.status as Status)) {
    errors.push(`${where}: status ${JSON.stringify(ev.status)} must be one of ${STATUSES.join(', ')}`);
  }
  if (ev.required !== undefined && typeof ev.required !== 'boolean') errors.push(`${where}: required must be true or false`);
  if (ev.note !== undefined && typeof ev.note !== 'string') errors.push(`${where}: note must be a string`);
}

/** Every problem in one parsed gold line, as "where: what" messages; empty when the line is valid. */
export function validateGoldArticle(value: unknown, where = 'gold'): string[] {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: a gold line must be a JSON object`];
  const a = value as Record<string, unknown>;
  if (typeof a.id !== 'string' || a.id === '') errors.push(`${where}: id must be a non-empty string`);
  const hasText = typeof a.text === 'string' && a.text.trim() !== '';
  const hasFile = typeof a.text_file === 'string' && a.text_file !== '';
  if (hasText === hasFile) errors.push(`${where}: give exactly one of text (non-empty) or text_file`);
  if (a.published !== null && (typeof a.published !== 'string' || !PUBLISHED.test(a.published) || !isGoldDate(a.published))) {
    errors.push(`${where}: published must be YYYY-MM-DD or null`);
  }
  if (a.outlet !== null && a.outlet !== undefined && typeof a.outlet !== 'string') errors.push(`${where}: outlet must be a string or null`);
  if (!Array.isArray(a.events)) {
    errors.push(`${where}: events must be a list`);
    return errors;
  }
  const seen = new Set<string>();
  a.events.forEach((e, i) => {
    const id = (e as { id?: unknown } | null)?.id;
    const at = `${where} event ${typeof id === 'string' ? id : `#${i}`}`;
    checkEvent(e, at, errors);
    if (typeof id === 'string') {
      if (seen.has(id)) errors.push(`${at}: duplicate event id within the article`);
      seen.add(id);
    }
  });
  return errors;
}

/** Parses a whole gold file (JSONL); throws one Error listing every problem with its line number. */
export function parseGoldFile(content: string, name = 'gold'): GoldArticle[] {
  const out: GoldArticle[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: invalid JSON (${(e as Error).message})`);
      return;
    }
    const errs = validateGoldArticle(value, where);
    errors.push(...errs);
    if (errs.length === 0) {
      const art = value as GoldArticle;
      if (ids.has(art.id)) errors.push(`${where}: duplicate article id ${art.id}`);
      ids.add(art.id);
      out.push(art);
    }
  });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return out;
}

/** Required gold events per PLOVER category (all 16 keys present). */
export function requiredCountsByCategory(articles: GoldArticle[]): Record<PloverCategory, number> {
  const counts = Object.fromEntries(PLOVER_CATEGORIES.map((c) => [c, 0])) as Record<PloverCategory, number>;
  for (const a of articles) for (const e of a.events) if (e.required !== false) counts[e.event]++;
  return counts;
}
