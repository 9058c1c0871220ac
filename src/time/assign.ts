// time: gives each event its own date: a date phrase in its clause, else the sentence's frame adverbial,
// else the frame of the discourse it continues, else the publication date (basis "published").
import type { EventDate, Token } from '../types.js';
import type { AnchorShift } from './recognise.js';
import { ago, makeReference } from './resolve.js';

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
  /** inside a relative clause (", which … last year"): background, does not carry on */
  subordinate?: boolean;
  /** "two days earlier": counted from the story's date where there is one (value: from publication) */
  anchorShift?: AnchorShift;
  /** -1 when the dependency tree hangs the phrase on a reporting verb ("…, the ministry said on Monday"): the report's
   * date, not an event's (contract 4.1); absent otherwise */
  owner?: -1;
}

/** How many sentences a frame adverbial ("Last year, …") carries on into the discourse. */
export const FRAME_REACH = 3;

export interface Dated {
  sentence: number;
  /** start offset of the trigger */
  at: number;
  /** the trigger is in a relative clause (", which …"): its date is background and does not carry on */
  subordinate?: boolean;
  /** start offsets of other triggers of the same event (merged mentions): a date phrase they own dates it too */
  alsoAt?: number[];
  /** announced for later: takes no date from the episode before it ("… in February. Duque said he would raise …") */
  planned?: boolean;
  /** in the past perfect ("had released"): before the report that tells it, so a date on the reporting verb only bounds it */
  beforeReport?: boolean;
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
  const ownPhrase = events.map((e) => {
    // (", which begins on Friday" dates nothing outside its relative clause)
    const mine = (phrases[e.sentence] ?? []).filter((p) => !p.frame && p.value !== null && dates(p) && (!p.subordinate || e.subordinate));
    const ts = triggers[e.sentence] ?? [];
    for (const p of mine) {
      if (p.owner === -1 && e.beforeReport) continue;
      const before = ts.filter((x) => x < p.start);
      const owner = before.length > 0 ? Math.max(...before) : Math.min(...ts.filter((x) => x >= p.end), Infinity);
      if (owner === e.at || e.alsoAt?.includes(owner)) return p;
    }
    // "the foreign office said on Wednesday that Russia had released …" (and no date of its own): released by then,
    // that month
    const report = e.beforeReport ? mine.find((p) => p.owner === -1) : undefined;
    if (report) return { ...report, value: report.value!.slice(0, 7), granularity: report.granularity === 'year' ? 'year' as const : 'month' as const };
    return null;
  });
  // an undated event later in the sentence shares the date of an earlier one ("ECOWAS leaders meeting in Abuja on
  // Sunday urged …", "handed over a boat on Wednesday during a visit by …"), unless that one is background
  // (only the sentence's own events are read: the work stays linear in the article's length)
  const inSentence = new Map<number, number[]>();
  events.forEach((e, j) => { const list = inSentence.get(e.sentence); if (list) list.push(j); else inSentence.set(e.sentence, [j]); });
  const own = events.map((e, i) => {
    const p = ownPhrase[i];
    if (p) return toDate(p);
    if (e.subordinate) return null;
    for (const j of inSentence.get(e.sentence)!) {
      const q = ownPhrase[j];
      if (j !== i && q && !events[j]!.subordinate && events[j]!.at < e.at && q.end <= e.at) return toDate(q);
    }
    return null;
  });
  // the date of a sentence's main event carries on to the next sentences that continue its episode
  // without a date of their own ("… held a call on Thursday. Wang said …, the readout said.")
  const carried = new Map<number, EventDate>();
  let carry: { date: EventDate; sentence: number } | null = null;
  let k = 0;
  for (let sent = 0; sent < phrases.length; sent++) {
    const here: number[] = [];
    while (k < events.length && events[k]!.sentence === sent) here.push(k++);
    // "The Taliban freed 80 soldiers two days earlier": two days before the episode the story is telling
    const anchor = carry && sent - carry.sentence <= FRAME_REACH ? carry.date : frameAt[sent] ? toDate(frameAt[sent]!) : null;
    for (const i of here) {
      const p = ownPhrase[i];
      if (p?.anchorShift && anchor) own[i] = shifted(anchor, p.anchorShift, p) ?? own[i]!;
    }
    if ((phrases[sent] ?? []).some((p) => p.frame)) carry = null;
    // only the sentence's first event, and only when it is not background, dates the episode
    const main = here.length > 0 && own[here[0]!] !== null && !events[here[0]!]!.subordinate ? here[0] : undefined;
    if (main !== undefined) carry = { date: own[main]!, sentence: sent };
    else if (carry && sent - carry.sentence <= FRAME_REACH && here.length > 0 && here.every((i) => own[i] === null)) carried.set(sent, carry.date);
  }
  return events.map((e, i) => {
    if (own[i]) return own[i];
    const f = frameAt[e.sentence];
    if (f) return toDate(f);
    const c = e.planned ? undefined : carried.get(e.sentence);
    if (c) return c;
    if (published) return { value: published, granularity: 'day', text: null, basis: 'published' };
    return null;
  });
}

/** The anchor date moved by a shift, at the coarser of the two granularities; null when the anchor is too coarse. */
function shifted(anchor: EventDate, s: AnchorShift, p: DatePhrase): EventDate | null {
  // the anchor must be at least as fine as the shift; a coarser anchor is read as its first day
  const fine = { day: 10, week: 10, month: 7, year: 4 }[s.unit];
  if (anchor.value.length < fine) return null;
  const day = anchor.value.length === 10 ? anchor.value : anchor.value.length === 7 ? `${anchor.value}-01` : `${anchor.value}-01-01`;
  const r = ago(s.unit, -s.n, makeReference(day));
  return r.value === null ? null : { value: r.value, granularity: r.granularity, text: p.text, basis: 'text' };
}

function dates(p: DatePhrase): boolean {
  return p.relation === undefined || p.relation === 'at';
}

function toDate(p: DatePhrase): EventDate {
  return { value: p.value!, granularity: p.granularity, text: p.text, basis: 'text' };
}

/** A sentence reports the past unless it speaks of what will, is due to or plans to happen ("will meet on Friday"). */
export function isPastTense(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.lower === 'will' || t.lower === "'ll" || t.lower === 'shall') return false;
    if (t.lower === 'to' && i > first && ['due', 'set', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'going'].includes(tokens[i - 1]!.lower)) return false;
  }
  return true;
}
