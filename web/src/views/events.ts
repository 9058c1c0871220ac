// Events: the filter form and a server-side paged table; a row opens the event in its article.
import { api, type ReadoutEvent } from '../api.js';
import { h } from '../dom.js';
import { filterForm, filtersOf } from '../filters.js';
import type { Navigator } from '../router.js';
import { renderEvidence } from '../highlight.js';
import { actorCodes, dateWords, sourceWords } from '../words.js';
import { errorBox, failure, loading, show, withParams } from './common.js';

const PAGE = 50;

/** sessionStorage key of the last events list shown, for the article view's way back */
export const LAST_LIST = 'readout:last-list';

export const eventHref = (e: ReadoutEvent) => `/article/${encodeURIComponent(e.article.id)}?event=${encodeURIComponent(e.id)}`;

export async function renderEvents(url: URL, main: HTMLElement, nav: Navigator): Promise<void> {
  const filters = filtersOf(url.searchParams);
  const cursor = url.searchParams.get('cursor');
  const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
  const apply = (f: URLSearchParams) => nav.go(withParams('/events', f));
  loading(main, 'events');
  const query = new URLSearchParams(filters);
  query.set('limit', String(PAGE));
  if (cursor) query.set('cursor', cursor);
  let result;
  try {
    result = await api.events(query);
  } catch (err) {
    const e = failure(err);
    show(main, h('h1', {}, 'Events'), filterForm({ current: filters, apply, error: e }), e.field ? null : errorBox(e.message));
    return;
  }
  sessionStorage.setItem(LAST_LIST, url.pathname + url.search);
  const first = (page - 1) * PAGE + 1;
  const summary = result.total === 0
    ? 'No events match these filters.'
    : `${result.total.toLocaleString('en')} events; showing ${first}–${first + result.events.length - 1}`;
  const next = new URLSearchParams(filters);
  if (result.next) {
    next.set('cursor', result.next);
    next.set('page', String(page + 1));
  }
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('button', { type: 'button', onclick: () => history.back() }, '← Previous') : null,
    page > 1 ? h('a', { href: withParams('/events', filters) }, 'First page') : null,
    result.next ? h('a', { class: 'button', href: withParams('/events', next), rel: 'next' }, 'Next →') : null,
  );
  show(main,
    h('h1', {}, 'Events'),
    filterForm({ current: filters, apply }),
    h('p', { class: 'summary', role: 'status' }, summary),
    result.events.length > 0 ? table(result.events, nav) : null,
    pager,
  );
}

function table(events: ReadoutEvent[], nav: Navigator): HTMLElement {
  const rows = events.map((e) => {
    const href = eventHref(e);
    const tr = h('tr', { tabindex: '0', 'data-href': href, class: `status-${e.status}` },
      h('td', { class: 'nowrap' }, h('a', { href }, dateWords(e))),
      h('td', {}, h('span', { class: `cat quad-${e.quad}` }, e.event), h('small', { class: 'muted' }, ` ${e.cameo}`)),
      h('td', {}, actorCodes(e.actor)),
      h('td', {}, actorCodes(e.recipient)),
      h('td', {}, h('span', { class: `status ${e.status}` }, sourceWords(e) || 'reported as fact')),
      h('td', {}, e.article.outlet ?? h('span', { class: 'muted' }, '—')),
      h('td', { class: 'evidence-cell' }, renderEvidence(e)),
    );
    tr.addEventListener('click', (ev) => {
      if ((ev.target as Element).closest('a')) return;
      nav.go(href);
    });
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && ev.target === tr) nav.go(href);
    });
    return tr;
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'events' },
      h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actor', 'Recipient', 'Status and source', 'Outlet', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows)));
}
