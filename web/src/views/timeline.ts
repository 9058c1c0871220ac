// Dyad timeline: events per week or month split by quad class, and their summed Goldstein score (Observable Plot).
// The aggregation is the server's (/api/stats), so the chart costs the same over a thousand or a million events.
import * as Plot from '@observablehq/plot';
import { api, type StatsRow } from '../api.js';
import { h } from '../dom.js';
import { filterForm, filtersOf } from '../filters.js';
import type { Navigator } from '../router.js';
import { QUAD_NAMES } from '../words.js';
import { errorBox, failure, loading, show, withParams } from './common.js';

const INTERVALS = ['day', 'week', 'month', 'year'] as const;
type Interval = (typeof INTERVALS)[number];
const PLOT_INTERVAL = { day: 'day', week: 'monday', month: 'month', year: 'year' } as const;
const TICK_FORMAT = { day: '%b %-d', week: '%b %-d', month: '%b %Y', year: '%Y' } as const;
export const QUAD_COLOURS = ['#4c8bc2', '#2a9d6f', '#e0a030', '#c94c3c'];

export async function renderTimeline(url: URL, main: HTMLElement, nav: Navigator): Promise<void> {
  const filters = filtersOf(url.searchParams);
  const asked = url.searchParams.get('interval');
  const interval: Interval = (INTERVALS as readonly string[]).includes(asked ?? '') ? (asked as Interval) : 'week';
  const go = (f: URLSearchParams, i: Interval = interval) => {
    const p = new URLSearchParams(f);
    p.set('interval', i);
    nav.go(withParams('/timeline', p));
  };
  loading(main, 'timeline');
  const query = new URLSearchParams(filters);
  query.set('by', 'quad');
  query.set('interval', interval);
  let rows: StatsRow[];
  try {
    rows = (await api.stats(query)).rows;
  } catch (err) {
    const e = failure(err);
    show(main, h('h1', {}, 'Timeline'), filterForm({ current: filters, apply: (f) => go(f), error: e }), e.field ? null : errorBox(e.message));
    return;
  }
  const chooser = h('fieldset', { class: 'segmented' }, h('legend', {}, 'Per'),
    ...INTERVALS.map((i) => h('label', {},
      h('input', { type: 'radio', name: 'interval', value: i, checked: i === interval, onchange: () => go(filters, i) }), i)));
  const title = filters.get('dyad') ? `Timeline ${filters.get('dyad')}` : 'Timeline';
  show(main,
    h('h1', {}, title),
    filterForm({ current: filters, apply: (f) => go(f) }),
    chooser,
    rows.length === 0 ? h('p', { class: 'summary' }, 'No dated events match these filters.') : charts(rows, interval),
  );
}

function periodDate(period: string): Date {
  const [y, m, d] = period.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

function charts(rows: StatsRow[], interval: Interval): HTMLElement {
  const width = Math.min(1100, Math.max(480, (document.querySelector('main')?.clientWidth ?? 900) - 16));
  const data = rows.map((r) => ({ date: periodDate(r.period), period: r.period, quad: QUAD_NAMES[r.key] ?? r.key, count: r.count, goldstein: r.goldstein }));
  const byPeriod = new Map<string, { date: Date; period: string; goldstein: number; count: number }>();
  for (const d of data) {
    const p = byPeriod.get(d.period) ?? { date: d.date, period: d.period, goldstein: 0, count: 0 };
    p.goldstein += d.goldstein;
    p.count += d.count;
    byPeriod.set(d.period, p);
  }
  const sums = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  const quads = Object.values(QUAD_NAMES);
  // one tick per period while they fit, else Plot's own; never hours
  const x = { type: 'utc' as const, label: null, tickFormat: TICK_FORMAT[interval], ...(sums.length <= 14 ? { ticks: PLOT_INTERVAL[interval] } : { ticks: 10 }) };
  const counts = Plot.plot({
    width, height: 300, marginLeft: 48,
    x,
    y: { grid: true, label: 'events' },
    color: { domain: quads, range: QUAD_COLOURS, legend: true },
    marks: [
      Plot.rectY(data, { x: 'date', y: 'count', fill: 'quad', interval: PLOT_INTERVAL[interval], tip: true, title: (d: { period: string; quad: string; count: number }) => `${d.period}\n${d.quad}: ${d.count}` }),
      Plot.ruleY([0]),
    ],
  });
  const goldstein = Plot.plot({
    width, height: 220, marginLeft: 48,
    x,
    y: { grid: true, label: 'summed Goldstein' },
    marks: [
      Plot.ruleY([0], { stroke: '#888' }),
      Plot.rectY(sums, { x: 'date', y: 'goldstein', interval: PLOT_INTERVAL[interval], fill: (d: { goldstein: number }) => (d.goldstein < 0 ? '#c94c3c' : '#2a9d6f'), tip: true }),
    ],
  });
  const table = h('table', { class: 'compact' },
    h('caption', {}, 'Per period'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), ...quads.map((q) => h('th', { scope: 'col' }, q)), h('th', { scope: 'col' }, 'Goldstein'))),
    h('tbody', {}, ...sums.map((s) => h('tr', {},
      h('th', { scope: 'row' }, s.period),
      ...quads.map((q) => h('td', { class: 'num' }, String(data.find((d) => d.period === s.period && d.quad === q)?.count ?? 0))),
      h('td', { class: 'num' }, s.goldstein.toFixed(1))))));
  return h('div', { class: 'charts' },
    h('figure', { class: 'chart', id: 'timeline-counts' }, counts, h('figcaption', {}, `Events per ${interval} by quad class`)),
    h('figure', { class: 'chart', id: 'timeline-goldstein' }, goldstein, h('figcaption', {}, `Summed Goldstein score per ${interval} (conflict below zero)`)),
    h('details', {}, h('summary', {}, 'Numbers'), table));
}
