// Events: the filter form and a server-side paged table; a row opens the event in its article.
import { api, type ReadoutEvent } from '../api.js';
import { h } from '../dom.js';
import { filterForm, filtersOf } from '../filters.js';
import type { Navigator } from '../router.js';
import { renderEvidence } from '../highlight.js';
import { actorCodes, dateWords, sourceWords } from '../words.js';
import { errorBox, failure, linkRow, loading, pageOf, pager, pageSummary, show, withParams } from './common.js';

const PAGE = 50;

/** sessionStorage key of the last events list shown, for the article view's way back */
export const LAST_LIST = 'readout:last-list';

export const eventHref = (e: ReadoutEvent) => `/article/${encodeURIComponent(e.article.id)}?event=${encodeURIComponent(e.id)}`;

export async function renderEvents(url: URL, main: HTMLElement, nav: Navigator): Promise<void> {
  const filters = filtersOf(url.searchParams);
  const { page, query } = pageOf(url, filters, PAGE);
  const apply = (f: URLSearchParams) => nav.go(withParams('/events', f));
  loading(main, 'events');
  let result;
  try {
    result = await api.events(query);
  } catch (err) {
    const e = failure(err);
    show(main, h('h1', {}, 'Events'), filterForm({ current: filters, apply, error: e }), e.field ? null : errorBox(e.message));
    return;
  }
  sessionStorage.setItem(LAST_LIST, url.pathname + url.search);
  const summary = pageSummary(result.total, result.events.length, page, PAGE, 'events', 'No events match these filters.');
  show(main,
    h('h1', {}, 'Events'),
    filterForm({ current: filters, apply }),
    h('p', { class: 'summary', role: 'status' }, summary),
    result.events.length > 0 ? table(result.events, nav) : null,
    pager('/events', filters, page, result.next),
  );
}

function table(events: ReadoutEvent[], nav: Navigator): HTMLElement {
  const rows = events.map((e) => {
    const href = eventHref(e);
    return linkRow(h('tr', { class: `status-${e.status}` },
      h('td', { class: 'nowrap' }, h('a', { href }, dateWords(e))),
      h('td', {}, h('span', { class: `cat quad-${e.quad}` }, e.event), h('small', { class: 'muted' }, ` ${e.cameo}`)),
      h('td', {}, actorCodes(e.actor)),
      h('td', {}, actorCodes(e.recipient)),
      h('td', {}, h('span', { class: `status ${e.status}` }, sourceWords(e) || 'reported as fact')),
      h('td', {}, e.article.outlet ?? h('span', { class: 'muted' }, '—')),
      h('td', { class: 'evidence-cell' }, renderEvidence(e)),
    ), href, nav);
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'events' },
      h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actor', 'Recipient', 'Status and source', 'Outlet', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows)));
}
