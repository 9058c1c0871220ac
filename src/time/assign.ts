// time: gives each event its own date: a date phrase in its clause, else the sentence's frame adverbial,
// else the frame of the discourse it continues, else the publication date (basis "published").
import type { EventDate, Token } from '../types.js';

/** A date phrase found in a sentence (src/time/index.ts). */
export interface DatePhrase {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: 'year' | 'month' | 'day';
  frame: boolean;
  /** "in 2022" at; "since 2019", "until", "by" … do not date an event that happened then */
  relation?: string;
}

/** How many sentences a frame adverbial ("Last year, …") carries on into the discourse. */
export const FRAME_REACH = 3;

export interface Dated {
  sentence: number;
  /** start offset of the trigger */
  at: number;
}

/**
 * Assign dates to events. `phrases[k]` are the date phrases of sentence k; `triggers` (all triggers of the article,
 * as offsets per sentence) decide which trigger a non-frame phrase belongs to: the nearest trigger before it, else after it.
 */
export function assignDates(events: Dated[], phrases: DatePhrase[][], triggers: number[][], published: string | null): (EventDate | null)[] {
  // frame in force at each sentence
  const frameAt: (DatePhrase | null)[] = [];
  let frame: DatePhrase | null = null;
  let frameSent = -1;
  for (let k = 0; k < phrases.length; k++) {
    const f = phrases[k]!.find((p) => p.frame && p.value !== null && dates(p)) ?? null;
    if (f) { frame = f; frameSent = k; }
    frameAt.push(frame && k - frameSent <= FRAME_REACH ? frame : null);
  }
  return events.map((e) => {
    const own = (phrases[e.sentence] ?? []).filter((p) => !p.frame && p.value !== null && dates(p));
    const ts = triggers[e.sentence] ?? [];
    for (const p of own) {
      const before = ts.filter((x) => x < p.start);
      const owner = before.length > 0 ? Math.max(...before) : Math.min(...ts.filter((x) => x >= p.end), Infinity);
      if (owner === e.at) return toDate(p);
    }
    const f = frameAt[e.sentence];
    if (f) return toDate(f);
    if (published) return { value: published, granularity: 'day', text: null, basis: 'published' };
    return null;
  });
}

function dates(p: DatePhrase): boolean {
  return p.relation === undefined || p.relation === 'at';
}

function toDate(p: DatePhrase): EventDate {
  return { value: p.value!, granularity: p.granularity, text: p.text, basis: 'text' };
}

export function isPastTense(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.lower === 'will' || t.lower === "'ll") return false;
  }
  return true;
}
