// A story's timeline (Observable Plot): one lane per outlet with its articles by published date, and a lane with the
// merged events by the date they happened; the same counts as a table for screen readers and copying.
import * as Plot from '@observablehq/plot';
import type { Comparison, StoryDetail } from '../api.js';
import { h } from '../dom.js';

const EVENTS_LANE = 'merged events';

interface Dot { date: Date; day: string; lane: string; count: number; title: string }

/** "2025-02-11", "2025-02" or "2025" (an event date's granularity) as a UTC date; null when it is none of those. */
function utcDay(value: string | null): { date: Date; day: string } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? '');
  if (!m) return null;
  const day = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return { date: new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1'))), day };
}

/** Items grouped by lane and day, so that several on one day show as one dot with its count. */
function dots(items: { lane: string; when: string | null; label: string }[]): { dots: Dot[]; undated: number } {
  const out = new Map<string, Dot>();
  let undated = 0;
  for (const it of items) {
    const d = utcDay(it.when);
    if (!d) {
      undated++;
      continue;
    }
    const key = `${it.lane}\u0000${d.day}`;
    const dot = out.get(key) ?? { ...d, lane: it.lane, count: 0, title: `${it.lane}, ${d.day}` };
    dot.count++;
    dot.title += `\n${it.label}`;
    out.set(key, dot);
  }
  return { dots: [...out.values()], undated };
}

export function storyTimeline(detail: StoryDetail, comparison: Comparison): Node[] {
  const articles = dots(detail.articles.map((a) => ({ lane: a.outlet, when: a.published, label: a.title ?? a.id })));
  const events = dots(comparison.events.map((e) => ({ lane: EVENTS_LANE, when: e.date, label: e.event })));
  const all = [...articles.dots, ...events.dots];
  if (all.length === 0) return [h('p', { class: 'summary' }, 'Nothing in this story is dated.')];
  const lanes = [...comparison.outlets, EVENTS_LANE];
  const days = [...new Set(all.map((d) => d.day))].sort();
  const width = Math.min(1100, Math.max(480, (document.querySelector('main')?.clientWidth ?? 900) - 40));
  const chart = Plot.plot({
    width, height: 60 + lanes.length * 36, marginLeft: 150, marginRight: 30,
    x: { type: 'utc', label: null, inset: 20, tickFormat: '%b %-d', ...(days.length <= 14 ? { ticks: 'day' } : { ticks: 8 }) },
    y: { domain: lanes, label: null },
    marks: [
      Plot.gridY(lanes, { stroke: '#dde2e7', strokeOpacity: 1 }),
      Plot.dot(articles.dots, { x: 'date', y: 'lane', r: 9, fill: '#1f5f99', title: 'title', tip: true }),
      Plot.dot(events.dots, { x: 'date', y: 'lane', r: 10, symbol: 'diamond', fill: '#e0a030', title: 'title', tip: true }),
      Plot.text(all.filter((d) => d.count > 1), { x: 'date', y: 'lane', text: (d: Dot) => String(d.count), fill: 'white', fontWeight: 700 }),
    ],
  });
  const undated = articles.undated + events.undated;
  const perDay = (list: Dot[], day: string) => list.filter((d) => d.day === day);
  const table = h('table', { class: 'compact' },
    h('caption', {}, 'Per day'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Articles'), h('th', { scope: 'col' }, 'Merged events'))),
    h('tbody', {}, ...days.map((day) => h('tr', {},
      h('th', { scope: 'row' }, day),
      h('td', {}, perDay(articles.dots, day).map((d) => `${d.lane}${d.count > 1 ? ` ×${d.count}` : ''}`).join(', ') || '—'),
      h('td', { class: 'num' }, String(perDay(events.dots, day).reduce((n, d) => n + d.count, 0)))))));
  return [
    chart,
    h('figcaption', {}, 'Articles by published date per outlet (circles) and merged events by the date they happened (diamonds); a number is how many fall on that day.',
      undated ? ` ${undated} undated item${undated === 1 ? '' : 's'} not drawn.` : ''),
    h('details', {}, h('summary', {}, 'Numbers'), table),
  ];
}
