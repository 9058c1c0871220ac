// Stories: articles about one episode across outlets and days, listed newest first with a server-side paged table;
// a row opens the story's comparison (views/story.ts).
import { api, type StorySummary } from '../api.js';
import { h } from '../dom.js';
import { filterForm, filtersOf, type FilterKey } from '../filters.js';
import type { Navigator } from '../router.js';
import { errorBox, failure, linkRow, loading, pageOf, pager, pageSummary, show, withParams } from './common.js';

const PAGE = 25;

/** the filters the stories API takes */
export const STORY_FILTERS: readonly FilterKey[] = ['actor', 'outlet', 'from', 'to', 'q'];

/** sessionStorage key of the last stories list shown, for the story page's way back */
export const LAST_STORIES = 'readout:last-stories';

export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;

/** The story-list filters of a URL (the events views' other filters are left out). */
export function storyFiltersOf(search: URLSearchParams): URLSearchParams {
  const all = filtersOf(search);
  const out = new URLSearchParams();
  for (const k of STORY_FILTERS) if (all.has(k)) out.set(k, all.get(k)!);
  return out;
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  return !last || first === last ? first ?? last! : `${first ?? '?'} – ${last}`;
}

export async function renderStories(url: URL, main: HTMLElement, nav: Navigator): Promise<void> {
  const filters = storyFiltersOf(url.searchParams);
  const { page, query } = pageOf(url, filters, PAGE);
  const apply = (f: URLSearchParams) => nav.go(withParams('/stories', f));
  const form = (error?: { field?: string; message: string }) =>
    filterForm({ current: filters, apply, error: error ?? null, fields: STORY_FILTERS, label: 'Filter stories', placeholders: { q: 'words in the title' } });
  loading(main, 'stories');
  let result;
  try {
    result = await api.stories(query);
  } catch (err) {
    const e = failure(err);
    show(main, h('h1', {}, 'Stories'), form(e), e.field ? null : errorBox(e.message));
    return;
  }
  sessionStorage.setItem(LAST_STORIES, url.pathname + url.search);
  show(main,
    h('h1', {}, 'Stories'),
    h('p', { class: 'muted' }, 'Articles about the same episode, across outlets and days. Open one to see which outlet reported what.'),
    form(),
    h('p', { class: 'summary', role: 'status' }, pageSummary(result.total, result.stories.length, page, PAGE, 'stories', 'No stories match these filters.')),
    result.stories.length > 0 ? table(result.stories, nav) : null,
    pager('/stories', filters, page, result.next),
  );
}

function table(stories: StorySummary[], nav: Navigator): HTMLElement {
  const rows = stories.map((s) => {
    const href = storyHref(s.id);
    return linkRow(h('tr', { 'data-story': s.id },
      h('td', { class: 'nowrap' }, dateRange(s.first, s.last)),
      h('td', {}, h('a', { href }, s.title ?? s.id)),
      h('td', {}, s.outlets.length > 0 ? s.outlets.join(', ') : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'num articles' }, String(s.articles.length)),
      h('td', { class: 'num' }, String(s.events)),
    ), href, nav);
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'events stories' },
      h('thead', {}, h('tr', {}, ...['Dates', 'Story', 'Outlets', 'Articles', 'Merged events'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows)));
}
