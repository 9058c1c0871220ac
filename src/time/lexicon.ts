// Loads the temporal vocabulary (lexicons/time/*.jsonl) and checks every line.
// The vocabulary is data; src/time/patterns.ts compiles it into regular expressions.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Relation = 'at' | 'since' | 'until' | 'by' | 'before' | 'after';
export type PrepositionUse = 'year' | 'month' | 'day' | 'relative';

export interface Preposition {
  word: string;
  relation: Relation;
  uses: PrepositionUse[];
  /** counts before a year or month name only together with a period word ("at the end of 2021") */
  periodOnly: boolean;
}

export interface TimeVocabulary {
  /** month number 1–12 by full name */
  months: { number: number; name: string; abbreviations: string[] }[];
  /** ISO weekday number 1 (Monday) – 7 (Sunday) by name */
  weekdays: { number: number; name: string }[];
  numbers: Map<string, number>;
  prepositions: Preposition[];
  periods: string[];
  seasons: string[];
  weekdayCompounds: string[];
  weekdayNouns: string[];
  weekdayDeterminers: string[];
  approximate: string[];
  inexact: string[];
}

const RELATIONS: readonly Relation[] = ['at', 'since', 'until', 'by', 'before', 'after'];
const USES: readonly PrepositionUse[] = ['year', 'month', 'day', 'relative'];
const WORD_LISTS = {
  period: 'periods',
  season: 'seasons',
  'weekday-compound': 'weekdayCompounds',
  'weekday-noun': 'weekdayNouns',
  'weekday-determiner': 'weekdayDeterminers',
  approximate: 'approximate',
  inexact: 'inexact',
} as const;

export class TimeLexiconError extends Error {}

function fail(where: string, msg: string): never {
  throw new TimeLexiconError(`${where}: ${msg}`);
}

function str(e: Record<string, unknown>, key: string, where: string): string {
  const v = e[key];
  if (typeof v !== 'string' || v.trim() === '') fail(where, `field "${key}" must be a non-empty string`);
  return v;
}

function int(e: Record<string, unknown>, key: string, where: string, lo: number, hi: number): number {
  const v = e[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) fail(where, `field "${key}" must be an integer ${lo}–${hi}`);
  return v;
}

function strList(e: Record<string, unknown>, key: string, where: string): string[] {
  const v = e[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    fail(where, `field "${key}" must be a list of non-empty strings`);
  }
  return v as string[];
}

/** An empty vocabulary, to be filled by addEntries. */
export function emptyVocabulary(): TimeVocabulary {
  return {
    months: [], weekdays: [], numbers: new Map(), prepositions: [], periods: [], seasons: [],
    weekdayCompounds: [], weekdayNouns: [], weekdayDeterminers: [], approximate: [], inexact: [],
  };
}

/** Parse JSON Lines text into `vocab`; `file` names the source in messages (file:line: field …). */
export function addEntries(vocab: TimeVocabulary, text: string, file: string): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${file}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      fail(where, `invalid JSON (${(err as Error).message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) fail(where, 'each line must be a JSON object');
    const e = parsed as Record<string, unknown>;
    const kind = str(e, 'kind', where);
    switch (kind) {
      case 'month':
        vocab.months.push({ number: int(e, 'number', where, 1, 12), name: str(e, 'name', where), abbreviations: strList(e, 'abbreviations', where) });
        break;
      case 'weekday':
        vocab.weekdays.push({ number: int(e, 'number', where, 1, 7), name: str(e, 'name', where) });
        break;
      case 'number':
        vocab.numbers.set(str(e, 'word', where).toLowerCase(), int(e, 'value', where, 1, 1000));
        break;
      case 'preposition': {
        const relation = str(e, 'relation', where);
        if (!RELATIONS.includes(relation as Relation)) fail(where, `field "relation" must be one of ${RELATIONS.join(', ')}`);
        const uses = strList(e, 'uses', where);
        for (const u of uses) if (!USES.includes(u as PrepositionUse)) fail(where, `field "uses": unknown use "${u}" (expected ${USES.join(', ')})`);
        const periodOnly = e['period_only'] ?? false;
        if (typeof periodOnly !== 'boolean') fail(where, 'field "period_only" must be true or false');
        vocab.prepositions.push({ word: str(e, 'word', where).toLowerCase(), relation: relation as Relation, uses: uses as PrepositionUse[], periodOnly });
        break;
      }
      default: {
        const key = WORD_LISTS[kind as keyof typeof WORD_LISTS];
        if (!key) fail(where, `field "kind": unknown kind "${kind}"`);
        vocab[key].push(...strList(e, 'words', where));
      }
    }
  }
}

/** Checks that a vocabulary is complete enough to work with (all 12 months and 7 weekdays, once each). */
export function checkVocabulary(vocab: TimeVocabulary, file: string): void {
  for (let n = 1; n <= 12; n++) {
    const c = vocab.months.filter((m) => m.number === n).length;
    if (c !== 1) fail(file, `month ${n} must be defined exactly once (found ${c})`);
  }
  for (let n = 1; n <= 7; n++) {
    const c = vocab.weekdays.filter((w) => w.number === n).length;
    if (c !== 1) fail(file, `weekday ${n} must be defined exactly once (found ${c})`);
  }
}

/** Locate the package's lexicons/time folder from this module (works from src/ and dist/src/). */
export function builtinTimeLexiconPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'lexicons', 'time', 'words.jsonl');
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new TimeLexiconError('lexicons/time/words.jsonl not found above ' + dirname(fileURLToPath(import.meta.url)));
}

/** Read and check the built-in vocabulary file (or another file in the same format). */
export function loadTimeVocabulary(path: string = builtinTimeLexiconPath()): TimeVocabulary {
  const vocab = emptyVocabulary();
  addEntries(vocab, readFileSync(path, 'utf8'), path);
  checkVocabulary(vocab, path);
  return vocab;
}
