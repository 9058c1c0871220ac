// Pieces the views share: headings, loading and error messages.
import { ApiFailure } from '../api.js';
import { clear, h } from '../dom.js';
import type { Navigator } from '../router.js';

export function show(main: HTMLElement, ...nodes: (Node | null)[]): void {
  clear(main);
  for (const n of nodes) if (n) main.appendChild(n);
}

export function loading(main: HTMLElement, what: string): void {
  if (!main.firstChild) main.appendChild(h('p', { class: 'muted' }, `Loading ${what}…`));
}

export function failure(err: unknown): { field?: string; message: string } {
  if (err instanceof ApiFailure) return { ...(err.field ? { field: err.field } : {}), message: err.message };
  return { message: err instanceof Error ? err.message : String(err) };
}

export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}

export function withParams(path: string, params: URLSearchParams): string {
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** A table row that opens `href` when clicked (outside its own links) or on Enter. */
export function linkRow(tr: HTMLTableRowElement, href: string, nav: Navigator): HTMLTableRowElement {
  tr.tabIndex = 0;
  tr.dataset['href'] = href;
  tr.addEventListener('click', (ev) => {
    if ((ev.target as Element).closest('a')) return;
    nav.go(href);
  });
  tr.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && ev.target === tr) nav.go(href);
  });
  return tr;
}

/** "1,234 events; showing 51–100" over a page of a cursor-paged list, or `none` when nothing matches. */
export function pageSummary(total: number, shown: number, page: number, size: number, noun: string, none: string): string {
  const first = (page - 1) * size + 1;
  return total === 0 ? none : `${total.toLocaleString('en')} ${noun}; showing ${first}–${first + shown - 1}`;
}

/** Previous (browser back), first and next links of a cursor-paged list at `path`. */
export function pager(path: string, filters: URLSearchParams, page: number, cursor: string | null): HTMLElement {
  const next = new URLSearchParams(filters);
  if (cursor) {
    next.set('cursor', cursor);
    next.set('page', String(page + 1));
  }
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('button', { type: 'button', onclick: () => history.back() }, '← Previous') : null,
    page > 1 ? h('a', { href: withParams(path, filters) }, 'First page') : null,
    cursor ? h('a', { class: 'button', href: withParams(path, next), rel: 'next' }, 'Next →') : null);
}

/** The page number a list URL shows and the API query for it: the filters, `limit` and the URL's cursor. */
export function pageOf(url: URL, filters: URLSearchParams, size: number): { page: number; query: URLSearchParams } {
  const query = new URLSearchParams(filters);
  query.set('limit', String(size));
  const cursor = url.searchParams.get('cursor');
  if (cursor) query.set('cursor', cursor);
  return { page: Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1), query };
}
