// An independent, in-memory reading of EventFilter and stats, to check the databases against.
import type { ReadoutEvent } from '../../src/types.js';
import type { EventFilter, StatsBy, StatsInterval, StatsRow } from '../../src/store/types.js';

function range(v: string): [string, string] {
  const [y, m, d] = v.split('-');
  if (d) return [v, v];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

export function matches(e: ReadoutEvent, f: EventFilter): boolean {
  const A = e.actor;
  const R = e.recipient;
  const has = (xs: typeof A, c: string) => xs.some((p) => p.country === c);
  if (f.dyad) {
    const [x, y] = f.dyad;
    if (!((has(A, x) && has(R, y)) || (has(A, y) && has(R, x)))) return false;
  }
  if ((f.actor || f.actorSector) && !A.some((p) => (!f.actor || p.country === f.actor) && (!f.actorSector || p.sector === f.actorSector))) return false;
  if ((f.recipient || f.recipientSector) && !R.some((p) => (!f.recipient || p.country === f.recipient) && (!f.recipientSector || p.sector === f.recipientSector))) return false;
  if (f.event?.length && !f.event.includes(e.event)) return false;
  if (f.mode && e.mode !== f.mode) return false;
  if (f.context && !e.contexts.includes(f.context)) return false;
  if (f.status?.length && !f.status.includes(e.status)) return false;
  if (f.outlet && e.article.outlet !== f.outlet) return false;
  if (f.source && !e.attribution.some((a) => `${a.text}\n${a.name ?? ''}`.toLowerCase().includes(f.source!.toLowerCase()))) return false;
  if (f.from && (!e.date || range(e.date.value)[1] < range(f.from)[0])) return false;
  if (f.to && (!e.date || range(e.date.value)[0] > range(f.to)[1])) return false;
  if (f.article && e.article.id !== f.article) return false;
  return true;
}

function period(e: ReadoutEvent, interval: StatsInterval): string {
  if (!e.date) return 'unknown';
  const start = range(e.date.value)[0];
  if (interval === 'day') return start;
  if (interval === 'month') return start.slice(0, 7);
  if (interval === 'year') return start.slice(0, 4);
  const d = new Date(`${start}T00:00:00Z`);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function key(e: ReadoutEvent, by: StatsBy): string {
  if (by === 'event') return e.event;
  if (by === 'quad') return String(e.quad);
  return `${e.actor[0]?.country ?? '?'}-${e.recipient[0]?.country ?? '?'}`;
}

export function statsOf(events: ReadoutEvent[], by: StatsBy, interval: StatsInterval): StatsRow[] {
  const m = new Map<string, StatsRow>();
  for (const e of events) {
    const p = period(e, interval);
    const k = key(e, by);
    const row = m.get(`${p}|${k}`) ?? { period: p, key: k, count: 0, goldstein: 0 };
    row.count++;
    row.goldstein += e.goldstein;
    m.set(`${p}|${k}`, row);
  }
  return [...m.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function topOf(keys: (string | null)[], limit: number): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const k of keys) if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
}
