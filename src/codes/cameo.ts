// The CAMEO code table (lexicons/codes/cameo.jsonl): names, GDELT QuadClass, Goldstein values and the
// PLOVER category+mode each code corresponds to. Loading checks every line and the PLOVER defaults.
import type { PloverCategory } from '../types.js';
import {
  FieldError, LexiconError, onlyFields, optionalString, parseLines, requiredString, stringList, type Json,
} from '../lexicon/jsonl.js';
import { DEFAULT_CAMEO, isModeOf, isPloverCategory, modeProblem } from './plover.js';

export type Quad = 1 | 2 | 3 | 4;

export interface CameoEntry {
  /** "01"–"20" for roots, 3 digits for codes, 4 for sub-codes; always a string with leading zeros */
  cameo: string;
  name: string;
  quad: Quad;
  goldstein: number;
  /** PLOVER category the code corresponds to; null for statements with no PLOVER event (010–019) */
  plover: PloverCategory | null;
  mode: string | null;
  /** other categories this code may also stand for, where the PLOVER manual and its CAMEO table differ */
  also: PloverCategory[];
  /** file:line */
  origin: string;
}

export interface CameoTable {
  lookup(code: string): CameoEntry | undefined;
  has(code: string): boolean;
  /** all entries in file order */
  entries(): readonly CameoEntry[];
  /** true when `code` may be used for an event of `event` (its category, or one of its `also`) */
  allows(code: string, event: PloverCategory): boolean;
  /** the most general CAMEO code for a category and mode (mode null or unknown: the category's code) */
  defaultCode(event: PloverCategory, mode?: string | null): string;
}

const FIELDS = ['cameo', 'name', 'quad', 'goldstein', 'plover', 'mode', 'also', 'note'] as const;

/** GDELT QuadClass from the two-digit root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4. */
export function quadOfRoot(code: string): Quad | null {
  const root = Number(code.slice(0, 2));
  if (!/^\d{2}/.test(code) || root < 1 || root > 20) return null;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

function parseEntry(obj: Json, where: string): CameoEntry {
  onlyFields(obj, FIELDS);
  const cameo = requiredString(obj, 'cameo');
  if (!/^\d{2,4}$/.test(cameo)) throw new FieldError('cameo', `must be a string of 2 to 4 digits, got "${cameo}"`);
  const rootQuad = quadOfRoot(cameo);
  if (rootQuad === null) throw new FieldError('cameo', `"${cameo}" does not start with a root 01–20`);
  const quad = obj.quad;
  if (quad !== rootQuad) throw new FieldError('quad', `must be ${rootQuad} for root ${cameo.slice(0, 2)}, got ${JSON.stringify(quad)}`);
  const goldstein = obj.goldstein;
  if (typeof goldstein !== 'number' || !(goldstein >= -10 && goldstein <= 10)) {
    throw new FieldError('goldstein', `must be a number from -10 to 10, got ${JSON.stringify(goldstein)}`);
  }
  const ploverRaw = optionalString(obj, 'plover');
  if (ploverRaw !== null && !isPloverCategory(ploverRaw)) throw new FieldError('plover', `"${ploverRaw}" is not a PLOVER category`);
  const plover = ploverRaw as PloverCategory | null;
  const mode = optionalString(obj, 'mode');
  if (mode !== null) {
    if (plover === null) throw new FieldError('mode', 'given without a plover category');
    if (!isModeOf(plover, mode)) throw new FieldError('mode', modeProblem(plover, mode));
  }
  const also = stringList(obj, 'also').map((c, i) => {
    if (!isPloverCategory(c)) throw new FieldError(`also[${i}]`, `"${c}" is not a PLOVER category`);
    if (c === plover) throw new FieldError(`also[${i}]`, `repeats the plover category ${c}`);
    return c;
  });
  optionalString(obj, 'note');
  return { cameo, name: requiredString(obj, 'name'), quad: rootQuad, goldstein, plover, mode, also, origin: where };
}

/** Where the built-in table lives (compiled code is in dist/src/codes/). */
export function builtinCameoFile(): string {
  return new URL('../../../lexicons/codes/cameo.jsonl', import.meta.url).pathname;
}

export function loadCameo(file: string = builtinCameoFile()): CameoTable {
  const byCode = new Map<string, CameoEntry>();
  const entries = parseLines([file], (obj, where) => {
    const e = parseEntry(obj, where);
    const before = byCode.get(e.cameo);
    if (before) throw new FieldError('cameo', `"${e.cameo}" is listed twice (first at ${before.origin})`);
    byCode.set(e.cameo, e);
    return e;
  });
  // every code below a root needs its parent: 4-digit codes their 3-digit code, 3-digit codes their root
  for (const e of entries) {
    if (e.cameo.length === 2) continue;
    const parent = e.cameo.length === 4 ? e.cameo.slice(0, 3) : e.cameo.slice(0, 2);
    if (!byCode.has(parent)) throw new LexiconError(e.origin, 'cameo', `"${e.cameo}" has no parent code "${parent}" in the table`);
  }
  const allows = (code: string, event: PloverCategory): boolean => {
    const e = byCode.get(code);
    return e !== undefined && (e.plover === event || e.also.includes(event));
  };
  for (const [event, modes] of Object.entries(DEFAULT_CAMEO) as [PloverCategory, Record<string, string>][]) {
    for (const [mode, code] of Object.entries(modes)) {
      if (!allows(code, event)) {
        throw new LexiconError(file, 'DEFAULT_CAMEO', `${event}${mode ? ' ' + mode : ''} → "${code}": the table has no such code for ${event} (src/codes/plover.ts)`);
      }
    }
  }
  return {
    lookup: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    entries: () => entries,
    allows,
    defaultCode(event, mode = null) {
      const modes = DEFAULT_CAMEO[event];
      return (mode !== null ? modes[mode] : undefined) ?? modes['']!;
    },
  };
}
