// Gold files (contract section 3): JSONL, one annotated article per line.
// Every problem is reported as file:line: field: message, and all problems of a file are collected
// before failing, so an annotator can fix them in one pass.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article, PloverCategory, Status } from '../types.js';
import { PLOVER_CATEGORIES, STATUSES } from '../types.js';
import { parseIsoDate } from '../time/calendar.js';

export interface GoldEvent {
  id: string | null;
  event: PloverCategory;
  /** one list of acceptable country codes per party */
  parties: string[][];
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the gold event names no date */
  date: string | null;
  /** names of which one must occur in a predicted attribution entry; null when not named */
  attribution: string[] | null;
  status: Status;
  required: boolean;
  note: string | null;
  /** "file:line" of the article line, plus "#index" of the event */
  origin: string;
}

export interface GoldArticle {
  article: Article;
  events: GoldEvent[];
}

export interface GoldIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatIssue(i: GoldIssue): string {
  return `${i.file}:${i.line}: ${i.field}: ${i.message}`;
}

/** Thrown by readGoldFile when a gold file has problems; `issues` lists every one of them. */
export class GoldFileError extends Error {
  readonly issues: GoldIssue[];
  constructor(issues: GoldIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'GoldFileError';
    this.issues = issues;
  }
}

/** How text_file references are read (injectable for tests). */
export type TextReader = (absolutePath: string) => string;

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LEADING_DATE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/** A .txt article may start with `date YYYY-MM-DD` (contract section 1): split it off. */
export function splitLeadingDate(raw: string): { text: string; published: string | null } {
  const m = LEADING_DATE_RE.exec(raw);
  if (!m) return { text: raw, published: null };
  return { text: raw.slice(m[0].length), published: m[1] ?? null };
}

/**
 * Parse the content of a gold file. `file` is used for messages and to resolve `text_file`.
 * Returns the articles that are valid and every issue found.
 */
export function parseGold(
  content: string,
  file: string,
  readText: TextReader = (p) => readFileSync(p, 'utf8'),
): { articles: GoldArticle[]; issues: GoldIssue[] } {
  const articles: GoldArticle[] = [];
  const issues: GoldIssue[] = [];
  const seen = new Set<string>();
  forEachJsonObject(content, file, issues, (obj, line, issue) => {
    const before = issues.length;
    const art = readArticle(obj, file, line, issue, readText);
    const events = readEvents(obj, `${file}:${line}`, issue);
    if (art && seen.has(art.id)) issue('id', `duplicate article id "${art.id}"`);
    if (art) seen.add(art.id);
    if (art && events && issues.length === before) articles.push({ article: art, events });
  });
  return { articles, issues };
}

/**
 * Every non-blank line of a JSONL text that parses to a JSON object, with its line number and a reporter of issues
 * on that line; a line that is not valid JSON or not an object becomes an issue of field "(line)".
 */
export function forEachJsonObject(
  content: string,
  file: string,
  issues: GoldIssue[],
  each: (obj: Record<string, unknown>, line: number, issue: Issue) => void,
): void {
  content.split(/\r?\n/).forEach((raw, idx) => {
    const line = idx + 1;
    if (raw.trim() === '') return;
    const issue = (field: string, message: string) => issues.push({ file, line, field, message });
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      issue('(line)', `invalid JSON: ${(e as Error).message}`);
      return;
    }
    if (!isObject(obj)) issue('(line)', 'expected a JSON object');
    else each(obj, line, issue);
  });
}

/** Read a gold file from disk; throws GoldFileError listing every issue. */
export function readGoldFile(path: string, readText?: TextReader): GoldArticle[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldFileError([{ file: path, line: 0, field: '(file)', message: (e as Error).message }]);
  }
  const { articles, issues } = parseGold(content, path, readText);
  if (issues.length > 0) throw new GoldFileError(issues);
  return articles;
}

type Issue = (field: string, message: string) => void;

function readArticle(
  o: Record<string, unknown>,
  file: string,
  line: number,
  issue: Issue,
  readText: TextReader,
): Article | null {
  const id = o['id'];
  if (typeof id !== 'string' || id === '') {
    issue('id', 'required: a non-empty string');
    return null;
  }
  let text: string | null = null;
  let leadingDate: string | null = null;
  const tf = o['text_file'];
  const tx = o['text'];
  if (tf !== undefined && tx !== undefined) issue('text_file', 'give either text_file or text, not both');
  if (tf !== undefined) {
    if (typeof tf !== 'string' || tf === '') issue('text_file', 'must be a non-empty string (path relative to the gold file)');
    else {
      const p = resolve(dirname(file), tf);
      try {
        const split = splitLeadingDate(readText(p));
        text = split.text;
        leadingDate = split.published;
      } catch (e) {
        issue('text_file', `cannot read ${p}: ${(e as Error).message}`);
      }
    }
  } else if (tx !== undefined) {
    if (typeof tx !== 'string') issue('text', 'must be a string');
    else text = tx;
  } else {
    issue('text_file', 'one of text_file or text is required');
  }
  const published = optionalString(o, 'published', issue);
  if (typeof published === 'string' && (!DAY_RE.test(published) || !isGoldDate(published))) issue('published', `"${published}" is not a YYYY-MM-DD date`);
  const outlet = optionalString(o, 'outlet', issue);
  if (text === null) return null;
  return {
    id,
    text,
    published: published ?? leadingDate,
    outlet: outlet ?? null,
    url: null,
    title: null,
    language: null,
    origin: `${file}:${line}`,
  };
}

function optionalString(o: Record<string, unknown>, key: string, issue: Issue): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    issue(key, 'must be a string or null');
    return null;
  }
  return v;
}

function readEvents(o: Record<string, unknown>, origin: string, issue: Issue): GoldEvent[] | null {
  const evs = o['events'];
  if (!Array.isArray(evs)) {
    issue('events', 'required: an array of gold events');
    return null;
  }
  const out: GoldEvent[] = [];
  let ok = true;
  const ids = new Set<string>();
  evs.forEach((e, i) => {
    const ev = readEvent(e, `events[${i}]`, `${origin}#${i}`, issue);
    if (ev && ev.id !== null && ids.has(ev.id)) {
      issue(`events[${i}].id`, `duplicate event id "${ev.id}" in this article`);
      ok = false;
    } else if (ev) {
      if (ev.id !== null) ids.add(ev.id);
      out.push(ev);
    } else ok = false;
  });
  return ok ? out : null;
}

/** A real calendar date at its granularity: "2023-02-29" and "2024-04-31" are not. */
export function isGoldDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  return s.length < 10 || parseIsoDate(s) !== null;
}

function readEvent(e: unknown, at: string, origin: string, issue: Issue): GoldEvent | null {
  if (!isObject(e)) {
    issue(at, 'must be an object');
    return null;
  }
  let ok = true;
  const bad = (field: string, message: string) => {
    issue(`${at}.${field}`, message);
    ok = false;
  };
  const id = e['id'];
  if (id !== undefined && typeof id !== 'string') bad('id', 'must be a string');
  const event = e['event'];
  if (typeof event !== 'string' || !(PLOVER_CATEGORIES as readonly string[]).includes(event)) {
    bad('event', `must be one of the 16 PLOVER categories (got ${JSON.stringify(event)})`);
  }
  const parties = e['parties'];
  if (
    !Array.isArray(parties) ||
    !parties.every((p) => Array.isArray(p) && p.length > 0 && p.every((c) => typeof c === 'string' && c !== ''))
  ) {
    bad('parties', 'must be a list of non-empty lists of country codes, e.g. [["IRN"], ["CHN"]]');
  }
  const date = e['date'];
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isGoldDate(date))) {
    bad('date', `must be a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(date)})`);
  }
  const attribution = e['attribution'];
  if (
    attribution !== undefined &&
    attribution !== null &&
    (!Array.isArray(attribution) || attribution.length === 0 || !attribution.every((a) => typeof a === 'string' && a.trim() !== ''))
  ) {
    bad('attribution', 'must be a non-empty list of names');
  }
  const status = e['status'];
  if (status !== undefined && (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status))) {
    bad('status', `must be one of ${STATUSES.join(', ')} (got ${JSON.stringify(status)})`);
  }
  const required = e['required'];
  if (required !== undefined && typeof required !== 'boolean') bad('required', 'must be true or false');
  const note = e['note'];
  if (note !== undefined && note !== null && typeof note !== 'string') bad('note', 'must be a string');
  if (!ok) return null;
  return {
    id: typeof id === 'string' ? id : null,
    event: event as PloverCategory,
    parties: parties as string[][],
    date: typeof date === 'string' ? date : null,
    attribution: Array.isArray(attribution) ? (attribution as string[]) : null,
    status: (status as Status | undefined) ?? 'asserted',
    required: required === undefined ? true : (required as boolean),
    note: typeof note === 'string' ? note : null,
    origin,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
