// Reading lexicon files: JSON Lines, `#` and blank lines ignored. Every problem is reported as
// `file:line: field …` and stops loading (docs/lexicons.md): a typo in a lexicon must not pass silently.
import { readFileSync } from 'node:fs';

export type Json = Record<string, unknown>;

/** One parsed line and where it came from. */
export interface Line {
  file: string;
  line: number;
  value: Json;
}

export class LexiconError extends Error {
  constructor(readonly where: string, readonly field: string, readonly detail: string) {
    super(`${where}: ${field} ${detail}`);
    this.name = 'LexiconError';
  }
}

/** A problem with one field, before the caller knows the line: `at()` turns it into a LexiconError. */
export class FieldError extends Error {
  constructor(readonly field: string, readonly detail: string) {
    super(`${field} ${detail}`);
    this.name = 'FieldError';
  }
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

export function readJsonl(file: string): Line[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(file, 'file', `cannot be read: ${(e as Error).message}`);
  }
  const out: Line[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new LexiconError(`${file}:${i + 1}`, 'json', `is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new LexiconError(`${file}:${i + 1}`, 'json', 'must be one JSON object per line');
    }
    out.push({ file, line: i + 1, value: value as Json });
  }
  return out;
}

/** Parse every line of `files` with `parse`; a FieldError becomes a LexiconError naming file:line. */
export function parseLines<T>(files: readonly string[], parse: (obj: Json, where: string) => T): T[] {
  const out: T[] = [];
  for (const file of files) {
    for (const l of readJsonl(file)) {
      const where = `${l.file}:${l.line}`;
      try {
        out.push(parse(l.value, where));
      } catch (e) {
        if (e instanceof FieldError) throw new LexiconError(where, e.field, e.detail);
        throw e;
      }
    }
  }
  return out;
}

export function onlyFields(obj: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new FieldError(key, `is not a known field (known: ${allowed.join(', ')})`);
  }
}

export function requiredString(obj: Json, field: string): string {
  const v = obj[field];
  if (v === undefined || v === null) throw new FieldError(field, 'is missing');
  if (typeof v !== 'string' || v.trim() === '') throw new FieldError(field, `must be a non-empty string, got ${show(v)}`);
  if (v !== v.trim()) throw new FieldError(field, `has leading or trailing spaces: ${show(v)}`);
  return v;
}

export function optionalString(obj: Json, field: string): string | null {
  return obj[field] === undefined || obj[field] === null ? null : requiredString(obj, field);
}

export function optionalBoolean(obj: Json, field: string): boolean {
  const v = obj[field];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new FieldError(field, `must be true or false, got ${show(v)}`);
  return v;
}

export function stringList(obj: Json, field: string, required = false): string[] {
  const v = obj[field];
  if (v === undefined || v === null) {
    if (required) throw new FieldError(field, 'is missing');
    return [];
  }
  if (!Array.isArray(v)) throw new FieldError(field, `must be a list of strings, got ${show(v)}`);
  if (required && v.length === 0) throw new FieldError(field, 'must not be empty');
  return v.map((s, i) => {
    if (typeof s !== 'string' || s.trim() === '' || s !== s.trim()) {
      throw new FieldError(`${field}[${i}]`, `must be a non-empty string without outer spaces, got ${show(s)}`);
    }
    return s;
  });
}

/**
 * A lower-case word or phrase of single-space-separated words (hyphens and apostrophes allowed),
 * as lexicon terms are written: "crack down on", "sit-in", "persona non grata".
 */
export function phrase(value: string, field: string): string[] {
  if (value !== value.toLowerCase()) throw new FieldError(field, `must be lower case, got ${show(value)}`);
  if (/[\u2018\u2019\u2010-\u2014]/.test(value)) throw new FieldError(field, `must use plain apostrophes and hyphens, got ${show(value)}`);
  const words = value.split(' ');
  if (words.some((w) => w === '')) throw new FieldError(field, `must be words separated by single spaces, got ${show(value)}`);
  return words;
}

/**
 * Parse `files` in order where each entry has a key: within one file a key may appear once (the second is an
 * error naming the first), and an entry in a later file replaces an earlier one (user files override built-ins).
 * `describe` names the duplicate for the message, e.g. `cue "said"`.
 */
export function parseUnique<T>(
  files: readonly string[], parse: (obj: Json, where: string) => T, keyOf: (e: T) => string, describe: (e: T) => [string, string],
): T[] {
  const byKey = new Map<string, T>();
  for (const file of files) {
    const seen = new Map<string, string>();
    parseLines([file], (obj, where) => {
      const e = parse(obj, where);
      const key = keyOf(e);
      const first = seen.get(key);
      if (first !== undefined) {
        const [field, what] = describe(e);
        throw new FieldError(field, `${what} is already listed at ${first}`);
      }
      seen.set(key, where);
      byKey.delete(key);
      byKey.set(key, e);
      return e;
    });
  }
  return [...byKey.values()];
}
