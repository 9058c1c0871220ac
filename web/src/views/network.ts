// Network: countries as nodes, dyads as edges weighted by event count and coloured by mean Goldstein
// (sigma + graphology). Clicking an edge lists its events; the table below is the keyboard way to the same.
import Graph from 'graphology';
import Sigma from 'sigma';
import { api } from '../api.js';
import { h } from '../dom.js';
import { filterForm, filtersOf } from '../filters.js';
import type { Navigator } from '../router.js';
import { errorBox, failure, loading, show, withParams } from './common.js';

interface Edge { a: string; b: string; count: number; goldstein: number }

/** Colour of a mean Goldstein score: red for conflict, grey around zero, blue for cooperation. */
export function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (x: number, y: number, k: number) => Math.round(x + (y - x) * k);
  const grey = [150, 150, 150], red = [201, 76, 60], blue = [36, 113, 163];
  const to = t < 0 ? red : blue, k = Math.abs(t) ** 0.6;
  return `rgb(${mix(grey[0]!, to[0]!, k)}, ${mix(grey[1]!, to[1]!, k)}, ${mix(grey[2]!, to[2]!, k)})`;
}

export async function renderNetwork(url: URL, main: HTMLElement, nav: Navigator): Promise<void | (() => void)> {
  const filters = filtersOf(url.searchParams);
  const apply = (f: URLSearchParams) => nav.go(withParams('/network', f));
  loading(main, 'network');
  const query = new URLSearchParams(filters);
  query.set('by', 'dyad');
  query.set('interval', 'year');
  let edges: Edge[];
  try {
    edges = toEdges((await api.stats(query)).rows);
  } catch (err) {
    const e = failure(err);
    show(main, h('h1', {}, 'Network'), filterForm({ current: filters, apply, error: e }), e.field ? null : errorBox(e.message));
    return;
  }
  const eventsOf = (e: Edge) => {
    const p = new URLSearchParams(filters);
    p.set('dyad', `${e.a}-${e.b}`);
    return withParams('/events', p);
  };
  const container = h('div', { class: 'network', id: 'network', role: 'img', 'aria-label': `Network of ${edges.length} dyads; the table below lists them` });
  const hint = h('p', { class: 'muted' }, 'Click an edge to see its events; drag to pan, scroll to zoom. Edge colour: mean Goldstein (red conflict, blue cooperation).');
  const list = h('table', { class: 'compact' },
    h('caption', {}, 'Dyads'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dyad'), h('th', { scope: 'col' }, 'Events'), h('th', { scope: 'col' }, 'Mean Goldstein'))),
    h('tbody', {}, ...edges.slice().sort((x, y) => y.count - x.count).map((e) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: eventsOf(e) }, `${e.a} – ${e.b}`)),
      h('td', { class: 'num' }, String(e.count)),
      h('td', { class: 'num' }, h('span', { class: 'swatch', style: `background:${goldsteinColour(e.goldstein / e.count)}` }), ` ${(e.goldstein / e.count).toFixed(1)}`)))));
  show(main, h('h1', {}, 'Network'), filterForm({ current: filters, apply }),
    edges.length === 0 ? h('p', { class: 'summary' }, 'No dated events between two countries match these filters.') : container,
    edges.length === 0 ? null : hint, edges.length === 0 ? null : list);
  if (edges.length === 0) return;

  const graph = new Graph({ type: 'undirected' });
  const weight = new Map<string, number>();
  for (const e of edges) for (const c of [e.a, e.b]) weight.set(c, (weight.get(c) ?? 0) + e.count);
  const nodes = [...weight.keys()].sort();
  const max = Math.max(...weight.values());
  nodes.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    graph.addNode(c, { label: c, x: Math.cos(angle), y: Math.sin(angle), size: 6 + 12 * Math.sqrt(weight.get(c)! / max), color: '#3b4a5a' });
  });
  const maxEdge = Math.max(...edges.map((e) => e.count));
  for (const e of edges) {
    graph.addEdgeWithKey(`${e.a}-${e.b}`, e.a, e.b, {
      size: 1.5 + 8 * Math.sqrt(e.count / maxEdge),
      color: goldsteinColour(e.goldstein / e.count),
      label: `${e.a}–${e.b}: ${e.count} events, mean Goldstein ${(e.goldstein / e.count).toFixed(1)}`,
    });
  }
  const sigma = new Sigma(graph, container, { settings: { itemSizesReference: 'screen', enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 0, labelDensity: 5 } });
  sigma.on('clickEdge', ({ edge }) => {
    const found = edges.find((e) => `${e.a}-${e.b}` === edge);
    if (found) nav.go(eventsOf(found));
  });
  sigma.on('enterEdge', ({ edge }) => { container.title = graph.getEdgeAttribute(edge, 'label') as string; container.style.cursor = 'pointer'; });
  sigma.on('leaveEdge', () => { container.title = ''; container.style.cursor = ''; });
  sigma.on('clickNode', ({ node }) => {
    const p = new URLSearchParams(filters);
    p.delete('dyad');
    p.set('actor', node);
    nav.go(withParams('/events', p));
  });
  return () => sigma.kill();
}

/** Stats rows per dyad and year, folded into one undirected edge per pair of countries. */
function toEdges(rows: { key: string; count: number; goldstein: number }[]): Edge[] {
  const out = new Map<string, Edge>();
  for (const r of rows) {
    const [x, y] = r.key.split('-');
    // an event without a recipient (key "FIN-?") is no edge between two countries
    if (!x || !y || x === y || !/^[A-Z]{3}$/.test(x) || !/^[A-Z]{3}$/.test(y)) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const e = out.get(`${a}-${b}`) ?? { a, b, count: 0, goldstein: 0 };
    e.count += r.count;
    e.goldstein += r.goldstein;
    out.set(`${a}-${b}`, e);
  }
  return [...out.values()];
}
