// Day ranges and stats periods of PLOVER event dates (YYYY, YYYY-MM, YYYY-MM-DD), all as YYYY-MM-DD text
// so both databases compare and group them as plain strings.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The inclusive day range of a date value, or null when it is not YYYY[-MM[-DD]] or not a real date. */
export function dayRange(value: string): { start: string; end: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` };
  const d = Number(m[3]);
  if (d < 1 || d > lastDay(y, mo)) return null;
  return { start: value, end: value };
}

export interface Periods {
  day: string;
  week: string;
  month: string;
  year: string;
}

/** Stats periods of a YYYY-MM-DD day: weeks start on Monday. */
export function periodsOf(day: string): Periods {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(t - dow * 86_400_000);
  const week = `${pad(monday.getUTCFullYear(), 4)}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
  return { day, week, month: day.slice(0, 7), year: day.slice(0, 4) };
}
