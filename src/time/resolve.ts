// Turns the parts of a recognised expression into a calendar value relative to the publication date.
//
// Conventions (documented in docs/time.md):
// - A span of days (a week, a weekend, "the past week") is reported as its month when it lies within one
//   month, else as the day of its first day (a week's Monday, a weekend's Saturday).
// - "the past month" / "the past year" are reported as the month / year of the window's midpoint.
// - Without a publication date every relative expression has value null; it is never guessed.
import {
  dayNumber, daysInMonth, formatDay, formatDayNumber, formatMonth, formatYear, fromDayNumber, fromMonthIndex,
  isoWeekday, isValidDate, monthIndex, parseIsoDate, type Ymd,
} from './calendar.js';

export type Granularity = 'year' | 'month' | 'day';

export interface Resolved {
  value: string | null;
  granularity: Granularity;
  future: boolean;
}

/** The publication date as the resolver needs it. */
export interface Reference {
  pub: Ymd | null;
  /** day number of the publication date (NaN when unknown) */
  day: number;
  /** 'YYYY-MM-DD' or null */
  iso: string | null;
}

export class PublishedDateError extends TypeError {}

/** Build a reference from 'YYYY-MM-DD' (a trailing time part is ignored) or null; throws on anything else. */
export function makeReference(published: string | null): Reference {
  if (published === null || published === undefined) return { pub: null, day: NaN, iso: null };
  const pub = typeof published === 'string' ? parseIsoDate(published.trim()) : null;
  if (!pub) throw new PublishedDateError(`published must be a date 'YYYY-MM-DD' or null, got ${JSON.stringify(published)}`);
  return { pub, day: dayNumber(pub.y, pub.m, pub.d), iso: formatDay(pub.y, pub.m, pub.d) };
}

/** How a resolution came about, for the `future` flag. */
interface Cues {
  /** the words themselves point forward ("next", "tomorrow", "later this") */
  lexical?: boolean;
  /** the value was chosen by past/future preference, and the preference was future */
  preferredFuture?: boolean;
}

function result(value: string | null, granularity: Granularity, ref: Reference, cues: Cues = {}): Resolved {
  let future = cues.lexical === true;
  if (!future && ref.iso !== null && value !== null) {
    const pubPrefix = ref.iso.slice(0, value.length);
    future = value > pubPrefix || (cues.preferredFuture === true && value === pubPrefix);
  } else if (!future && value === null) {
    future = cues.preferredFuture === true;
  }
  return { value, granularity, future };
}

function unknown(granularity: Granularity, ref: Reference, cues: Cues = {}): Resolved {
  return result(null, granularity, ref, cues);
}

/** A span of days [a, b]: its month when within one month, else its first day. */
export function spanValue(a: number, b: number): { value: string; granularity: Granularity } {
  const x = fromDayNumber(a);
  const y = fromDayNumber(b);
  if (x.y === y.y && x.m === y.m) return { value: formatMonth(x.y, x.m), granularity: 'month' };
  return { value: formatDay(x.y, x.m, x.d), granularity: 'day' };
}

function span(a: number, b: number, ref: Reference, cues: Cues = {}): Resolved {
  const s = spanValue(a, b);
  return result(s.value, s.granularity, ref, cues);
}

export function absoluteYear(y: number, ref: Reference): Resolved {
  return result(formatYear(y), 'year', ref);
}

export function absoluteMonth(y: number, m: number, ref: Reference): Resolved {
  return result(formatMonth(y, m), 'month', ref);
}

/** null when the date does not exist (February 30). */
export function absoluteDay(y: number, m: number, d: number, ref: Reference): Resolved | null {
  return isValidDate(y, m, d) ? result(formatDay(y, m, d), 'day', ref) : null;
}

/** "last year" → -1, "this year" → 0, "next year" → +1, applied to the publication year. */
export function shiftedYear(shift: number, ref: Reference): number | null {
  return ref.pub ? ref.pub.y + shift : null;
}

/** A month and day without a year ("March 5"). A past preference allows a week of slack after publication. */
export function monthDay(m: number, d: number, yearShift: number | null, ref: Reference, preferPast: boolean): Resolved | null {
  if (d < 1 || d > daysInMonth(2000, m)) return null; // not a day of that month in any year
  if (yearShift !== null) {
    if (!ref.pub) return unknown('day', ref, { lexical: yearShift > 0 });
    return absoluteDay(ref.pub.y + yearShift, m, d, ref);
  }
  if (!ref.pub) return unknown('day', ref, { preferredFuture: !preferPast });
  let y = ref.pub.y;
  if (preferPast) {
    if (dayNumber(y, m, d) > ref.day + 7) y--;
    while (!isValidDate(y, m, d)) y--;
  } else {
    if (dayNumber(y, m, d) < ref.day) y++;
    while (!isValidDate(y, m, d)) y++;
  }
  return result(formatDay(y, m, d), 'day', ref, { preferredFuture: !preferPast });
}

export type Shift = 'last' | 'this' | 'next' | null;

/** A month name without a year: "in March", "last March", "next March". */
export function monthOnly(m: number, shift: Shift, ref: Reference, preferPast: boolean): Resolved {
  const cues: Cues = { lexical: shift === 'next', preferredFuture: shift === null && !preferPast };
  if (!ref.pub) return unknown('month', ref, cues);
  const p = ref.pub;
  let y: number;
  if (shift === 'last') y = m < p.m ? p.y : p.y - 1;
  else if (shift === 'next') y = m > p.m ? p.y : p.y + 1;
  else if (shift === 'this') y = p.y;
  else if (preferPast) y = m <= p.m ? p.y : p.y - 1;
  else y = m >= p.m ? p.y : p.y + 1;
  return result(formatMonth(y, m), 'month', ref, cues);
}

/** A weekday: "on Tuesday" (nearest in the preferred direction, today included), "last Tuesday" (strictly
 *  before), "next Tuesday" (strictly after), "this Tuesday" (the one in the current Monday–Sunday week). */
export function weekday(wd: number, shift: Shift, ref: Reference, preferPast: boolean): Resolved {
  const cues: Cues = { lexical: shift === 'next', preferredFuture: shift === null && !preferPast };
  if (!ref.pub) return unknown('day', ref, cues);
  const pw = isoWeekday(ref.day);
  const back = (pw - wd + 7) % 7;
  const ahead = (wd - pw + 7) % 7;
  let n: number;
  if (shift === 'last') n = ref.day - (back === 0 ? 7 : back);
  else if (shift === 'next') n = ref.day + (ahead === 0 ? 7 : ahead);
  else if (shift === 'this') n = ref.day - (pw - wd);
  else n = preferPast ? ref.day - back : ref.day + ahead;
  return result(formatDayNumber(n), 'day', ref, cues);
}

/** today (0), yesterday (-1), tomorrow (+1), … */
export function dayOffset(offset: number, ref: Reference, cues: Cues = {}): Resolved {
  const c: Cues = { ...cues, lexical: cues.lexical === true || offset > 0 };
  if (!ref.pub) return unknown('day', ref, c);
  return result(formatDayNumber(ref.day + offset), 'day', ref, c);
}

export type Unit = 'week' | 'month' | 'year';

/** Calendar units: "last year" (-1), "this month" (0), "next week" (+1). `part` clips the current week
 *  to the days before ('past') or after ('future') publication ("earlier this week", "later this week"). */
export function calendarUnit(unit: Unit, shift: number, part: 'past' | 'future' | null, ref: Reference, lexicalFuture: boolean): Resolved {
  const cues: Cues = { lexical: lexicalFuture || shift > 0 };
  const granularity: Granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  if (!ref.pub) return unknown(granularity, ref, cues);
  const p = ref.pub;
  if (unit === 'year') return result(formatYear(p.y + shift), 'year', ref, cues);
  if (unit === 'month') {
    const { y, m } = fromMonthIndex(monthIndex(p.y, p.m) + shift);
    return result(formatMonth(y, m), 'month', ref, cues);
  }
  const monday = ref.day - (isoWeekday(ref.day) - 1) + 7 * shift;
  let a = monday;
  let b = monday + 6;
  if (shift === 0 && part === 'past') b = Math.min(b, ref.day);
  if (shift === 0 && part === 'future') a = Math.max(a, ref.day);
  return span(a, b, ref, cues);
}

/** Rolling windows ending (-1) or starting (+1) at publication: "the past week", "the coming year". */
export function rollingWindow(unit: Unit, direction: -1 | 1, ref: Reference): Resolved {
  const cues: Cues = { lexical: direction > 0 };
  const granularity: Granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  if (!ref.pub) return unknown(granularity, ref, cues);
  if (unit === 'week') return direction < 0 ? span(ref.day - 6, ref.day, ref, cues) : span(ref.day, ref.day + 6, ref, cues);
  const mid = fromDayNumber(ref.day + direction * (unit === 'month' ? 15 : 182));
  return unit === 'month' ? result(formatMonth(mid.y, mid.m), 'month', ref, cues) : result(formatYear(mid.y), 'year', ref, cues);
}

/** "N units ago". Weeks give the Monday–Sunday week containing the day N·7 days before publication. */
export function ago(unit: 'day' | Unit, n: number, ref: Reference): Resolved {
  const granularity: Granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  if (!ref.pub) return unknown(granularity, ref);
  const p = ref.pub;
  if (unit === 'day') return result(formatDayNumber(ref.day - n), 'day', ref);
  if (unit === 'week') {
    const t = ref.day - 7 * n;
    const monday = t - (isoWeekday(t) - 1);
    return span(monday, monday + 6, ref);
  }
  if (unit === 'month') {
    const { y, m } = fromMonthIndex(monthIndex(p.y, p.m) - n);
    return result(formatMonth(y, m), 'month', ref);
  }
  return result(formatYear(p.y - n), 'year', ref);
}

/** Weekends: 'last' (the one before the current week), 'next' (the coming one), 'near' ("over the weekend",
 *  "this weekend": the current one when published on a weekend, else the last or the coming one by preference). */
export function weekend(which: 'last' | 'near' | 'next', ref: Reference, preferPast: boolean): Resolved {
  const cues: Cues = { lexical: which === 'next', preferredFuture: which === 'near' && !preferPast };
  if (!ref.pub) return unknown('day', ref, cues);
  const pw = isoWeekday(ref.day);
  const monday = ref.day - (pw - 1);
  const onWeekend = pw >= 6;
  let sat: number;
  if (which === 'last') sat = monday - 2;
  else if (which === 'next') sat = onWeekend ? monday + 12 : monday + 5;
  else if (onWeekend) {
    return preferPast ? span(monday + 5, ref.day, ref, cues) : span(ref.day, monday + 6, ref, cues);
  } else sat = preferPast ? monday - 2 : monday + 5;
  return span(sat, sat + 1, ref, cues);
}

/** A month in a year given relative to publication: "March last year". */
export function monthOfShiftedYear(m: number, shift: number, ref: Reference): Resolved {
  if (!ref.pub) return unknown('month', ref, { lexical: shift > 0 });
  return result(formatMonth(ref.pub.y + shift, m), 'month', ref, { lexical: shift > 0 });
}
