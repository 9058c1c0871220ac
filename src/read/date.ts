// Publication dates: normalise what inputs carry (ISO dates and date-times, "17 Jan 2024",
// "January 17, 2024", RFC 2822) to YYYY-MM-DD. The calendar date is taken as written, never
// shifted between time zones: "2024-01-17T23:30-05:00" was published on the 17th where it was written.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TAIL = '(?:[\\sT,]+\\d{1,2}:\\d{2}.*)?$';
// "17 Jan 2024", "Wed, 17 Jan 2024 08:30:00 GMT"
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})${TAIL}`, 'i');
// "January 17, 2024", "Jan 17 2024 08:30"
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TAIL}`, 'i');

/** YYYY-MM-DD when year, month and day form a real calendar date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date a publication value stands for, as YYYY-MM-DD, or null when it is not a valid date. */
export function normaliseDate(value: string): string | null {
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return calendarDate(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return calendarDate(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  return null;
}

export const DATE_FORMS = 'YYYY-MM-DD or an ISO date-time';
