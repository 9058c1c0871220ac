// Checks a value against the output contract (contract section 2) and lists every problem found.
// Used by tests, by `--format` writers' callers, and by anyone who consumes readout's JSONL.
import { PLOVER_CATEGORIES, STATUSES } from '../types.js';
import { DATE_BASES, GRANULARITIES, PLOVER_CONTEXTS, quadOfCameo } from './vocab.js';

type Obj = Record<string, unknown>;

const EVENT_KEYS = [
  'id', 'article', 'event', 'mode', 'contexts', 'cameo', 'quad', 'goldstein', 'actor', 'recipient',
  'date', 'location', 'attribution', 'status', 'evidence', 'confidence',
] as const;
const OPTIONAL_EVENT_KEYS = ['trigger'];

const CODE3 = /^[A-Z]{3}$/;
/** PLOVER sectors are 3 characters, or 6 for a sector plus a sub-sector. */
const SECTOR = /^[A-Z]{3}([A-Z]{3})?$/;
const CAMEO = /^\d{2,4}$/;
const DATE_BY_GRANULARITY: Record<(typeof GRANULARITIES)[number], RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * Collects problems under a path prefix ("actor[0].country: ...").
 * Value checks skip `undefined`: a missing field has already been reported by `keys()`.
 */
class Problems {
  readonly list: string[] = [];
  add(path: string, msg: string): void {
    this.list.push(path === '' ? msg : `${path}: ${msg}`);
  }
  /** Reports missing and unexpected keys; returns false when `v` is not an object at all. */
  keys(path: string, v: unknown, required: readonly string[], optional: readonly string[] = []): v is Obj {
    if (v === undefined && path !== '') return false;
    if (!isObj(v)) {
      this.add(path, `expected an object, got ${show(v)}`);
      return false;
    }
    for (const k of required) if (!(k in v)) this.add(path, `missing field "${k}"`);
    for (const k of Object.keys(v)) {
      if (!required.includes(k) && !optional.includes(k)) this.add(path, `unexpected field "${k}"`);
    }
    return true;
  }
  string(path: string, v: unknown, nullable: boolean, nonEmpty = false): void {
    if (v === undefined) return;
    if (v === null && nullable) return;
    if (typeof v !== 'string') this.add(path, `expected a string${nullable ? ' or null' : ''}, got ${show(v)}`);
    else if (nonEmpty && v.trim() === '') this.add(path, 'must not be empty');
  }
  pattern(path: string, v: unknown, re: RegExp, what: string, nullable: boolean): void {
    if (v === undefined) return;
    if (v === null && nullable) return;
    if (typeof v !== 'string' || !re.test(v)) this.add(path, `expected ${what}${nullable ? ' or null' : ''}, got ${show(v)}`);
  }
  oneOf(path: string, v: unknown, allowed: readonly string[]): void {
    if (v === undefined) return;
    if (typeof v !== 'string' || !allowed.includes(v)) {
      const list = allowed.length > 8 ? `one of the ${allowed.length} allowed values` : `one of ${allowed.join(', ')}`;
      this.add(path, `expected ${list}, got ${show(v)}`);
    }
  }
  number(path: string, v: unknown, min: number, max: number, integer = false): v is number {
    if (v === undefined) return false;
    if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      this.add(path, `expected ${integer ? 'an integer' : 'a number'}, got ${show(v)}`);
      return false;
    }
    if (v < min || v > max) {
      this.add(path, `expected a value in [${min}, ${max}], got ${v}`);
      return false;
    }
    return true;
  }
}

/** True when y-m-d (m, d optional) is a real calendar date. */
function realDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

function checkActorList(p: Problems, path: string, v: unknown, withCue: boolean): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) {
    p.add(path, `expected a list, got ${show(v)}`);
    return;
  }
  const fields = withCue ? ['text', 'name', 'country', 'sector', 'cue'] : ['text', 'name', 'country', 'sector'];
  v.forEach((a: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!p.keys(at, a, fields)) return;
    p.string(`${at}.text`, a.text, false, true);
    p.string(`${at}.name`, a.name, true);
    p.pattern(`${at}.country`, a.country, CODE3, 'a 3-letter upper-case code', true);
    p.pattern(`${at}.sector`, a.sector, SECTOR, 'a 3-letter upper-case sector code', true);
    if (withCue) p.string(`${at}.cue`, a.cue, false, true);
  });
}

function checkDate(p: Problems, v: unknown): void {
  if (v === null) return;
  if (!p.keys('date', v, ['value', 'granularity', 'text', 'basis'])) return;
  p.oneOf('date.granularity', v.granularity, GRANULARITIES);
  p.oneOf('date.basis', v.basis, DATE_BASES);
  p.string('date.text', v.text, true);
  const g = v.granularity as (typeof GRANULARITIES)[number];
  if (v.value === undefined) return;
  if (typeof v.value !== 'string') p.add('date.value', `expected a string, got ${show(v.value)}`);
  else if (GRANULARITIES.includes(g)) {
    const want = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[g];
    if (!DATE_BY_GRANULARITY[g].test(v.value)) p.add('date.value', `expected ${want} for granularity "${g}", got ${show(v.value)}`);
    else if (!realDate(v.value)) p.add('date.value', `not a calendar date: ${show(v.value)}`);
  }
}

/** Checks a {start, end, text} span; against the article text when given. */
function checkSpan(p: Problems, path: string, v: Obj, articleText: string | undefined): void {
  const okStart = p.number(`${path}.start`, v.start, 0, Number.MAX_SAFE_INTEGER, true);
  const okEnd = p.number(`${path}.end`, v.end, 0, Number.MAX_SAFE_INTEGER, true);
  p.string(`${path}.text`, v.text, false);
  if (!okStart || !okEnd || typeof v.text !== 'string') return;
  const start = v.start as number;
  const end = v.end as number;
  if (end < start) {
    p.add(path, `end (${end}) is before start (${start})`);
    return;
  }
  if (articleText !== undefined) {
    if (end > articleText.length) p.add(path, `end (${end}) is past the end of the article (${articleText.length} characters)`);
    else if (articleText.slice(start, end) !== v.text) {
      p.add(`${path}.text`, `does not match the article text at [${start}, ${end}): found ${show(articleText.slice(start, end))}`);
    }
  } else if (v.text.length !== end - start) {
    p.add(`${path}.text`, `has ${v.text.length} characters but the offsets span ${end - start}`);
  }
}

/**
 * Lists the ways `e` departs from the output contract; an empty list means it is a valid event.
 * With `articleText`, evidence (and trigger) offsets are also checked against the article they came from.
 */
export function validateEvent(e: unknown, articleText?: string): string[] {
  const p = new Problems();
  if (!p.keys('', e, EVENT_KEYS, OPTIONAL_EVENT_KEYS)) return p.list;

  p.string('id', e.id, false, true);
  if (p.keys('article', e.article, ['id', 'outlet', 'url', 'published'])) {
    const a = e.article;
    p.string('article.id', a.id, false, true);
    p.string('article.outlet', a.outlet, true);
    p.string('article.url', a.url, true);
    p.pattern('article.published', a.published, DATE_BY_GRANULARITY.day, 'YYYY-MM-DD', true);
  }
  p.oneOf('event', e.event, PLOVER_CATEGORIES);
  p.pattern('mode', e.mode, /^[a-z][a-z_-]*$/, 'a lower-case PLOVER mode name', true);
  if (e.contexts !== undefined && !Array.isArray(e.contexts)) p.add('contexts', `expected a list, got ${show(e.contexts)}`);
  else if (Array.isArray(e.contexts)) e.contexts.forEach((c: unknown, i) => p.oneOf(`contexts[${i}]`, c, PLOVER_CONTEXTS));

  p.pattern('cameo', e.cameo, CAMEO, 'a CAMEO code as a string of 2-4 digits', false);
  const quadOk = p.number('quad', e.quad, 1, 4, true);
  if (typeof e.cameo === 'string' && CAMEO.test(e.cameo)) {
    const q = quadOfCameo(e.cameo);
    if (q === null) p.add('cameo', `root ${e.cameo.slice(0, 2)} is not a CAMEO root code (01-20)`);
    else if (quadOk && q !== e.quad) p.add('quad', `CAMEO ${e.cameo} is QuadClass ${q}, got ${show(e.quad)}`);
  }
  p.number('goldstein', e.goldstein, -10, 10);

  checkActorList(p, 'actor', e.actor, false);
  if (Array.isArray(e.actor) && e.actor.length === 0) p.add('actor', 'must name at least one actor');
  checkActorList(p, 'recipient', e.recipient, false);
  checkDate(p, e.date);
  if (e.location !== null && p.keys('location', e.location, ['name', 'country'])) {
    p.string('location.name', e.location.name, false, true);
    p.pattern('location.country', e.location.country, CODE3, 'a 3-letter upper-case code', true);
  }
  checkActorList(p, 'attribution', e.attribution, true);
  p.oneOf('status', e.status, STATUSES);

  if (p.keys('evidence', e.evidence, ['sentence', 'start', 'end', 'text'])) {
    p.number('evidence.sentence', e.evidence.sentence, 0, Number.MAX_SAFE_INTEGER, true);
    checkSpan(p, 'evidence', e.evidence, articleText);
  }
  p.number('confidence', e.confidence, 0, 1);
  if ('trigger' in e && p.keys('trigger', e.trigger, ['text', 'start', 'end'])) {
    checkSpan(p, 'trigger', e.trigger, articleText);
  }
  return p.list;
}
