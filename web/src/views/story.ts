// One story: who reported what. The merged events x outlets matrix (a row per real-world event, a column per outlet),
// the story's timeline, and its articles side by side with the selected event's evidence highlighted in each.
// The selected row lives in the URL (?event=<merged id>), so a selection is a link; choosing a row redraws in place.
import { api, type ComparedEvent, type Comparison, type MentionCell, type ReadoutEvent, type StoryArticle, type StoryDetail } from '../api.js';
import { h } from '../dom.js';
import { renderMarkedText } from '../highlight.js';
import type { Navigator } from '../router.js';
import { actorLabel, tellingWords } from '../words.js';
import { errorBox, failure, loading, show } from './common.js';
import { dateRange, LAST_STORIES, storyHref } from './stories.js';

interface StoryData {
  detail: StoryDetail;
  comparison: Comparison;
  /** merged event of each article event id */
  mergedOf: Map<string, ComparedEvent>;
  /** quad class of each category, as the story's own events give it (for the category's colour) */
  quadOf: Map<string, number>;
}

export async function renderStory(url: URL, main: HTMLElement, _nav: Navigator): Promise<void> {
  const id = decodeURIComponent(url.pathname.replace(/^\/stories\//, '').replace(/\/$/, ''));
  const back = h('p', { class: 'crumbs' }, h('a', { href: sessionStorage.getItem(LAST_STORIES) ?? '/stories' }, '← Stories'));
  loading(main, 'story');
  let data: StoryData;
  try {
    const [detail, comparison] = await Promise.all([api.story(id), api.compare(id)]);
    data = indexed(detail, comparison);
  } catch (err) {
    show(main, back, h('h1', {}, 'Story'), errorBox(failure(err).message));
    return;
  }
  const { detail, comparison } = data;
  const story = comparison.story;
  const chosen = comparison.events.find((e) => e.id === url.searchParams.get('event')) ?? comparison.events[0] ?? null;

  const matrix = matrixTable(data, (e) => select(e, true));
  const card = h('section', { class: 'event-card story-selected', 'aria-label': 'Selected event', 'aria-live': 'polite' });
  const columns = h('div', { class: 'story-columns' });
  const onlyReporting = h('input', { type: 'checkbox', id: 'only-reporting', onchange: () => select(current, false) });
  let current: ComparedEvent | null = null;
  const timeline = h('figure', { class: 'chart', id: 'story-timeline' }, h('p', { class: 'muted' }, 'Loading the timeline…'));

  function select(e: ComparedEvent | null, remember: boolean): void {
    current = e;
    if (remember && e) {
      const u = new URL(location.href);
      u.searchParams.set('event', e.id);
      history.replaceState(null, '', u);
    }
    for (const tr of matrix.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const on = e !== null && tr.dataset['event'] === e.id;
      tr.classList.toggle('selected', on);
      tr.querySelector('th a')?.setAttribute('aria-current', String(on));
    }
    card.replaceChildren(...selectedCard(data, e));
    columns.replaceChildren(...articleColumns(data, e, onlyReporting.checked));
    for (const body of columns.querySelectorAll<HTMLElement>('.story-article-text')) {
      const mark = body.querySelector<HTMLElement>('mark.evidence');
      if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
    }
    // the first article that reports it comes into view when the columns overflow
    const first = columns.querySelector<HTMLElement>('.story-article:has(mark.evidence)');
    if (first) {
      const box = columns.getBoundingClientRect(), col = first.getBoundingClientRect();
      if (col.left < box.left || col.right > box.right) columns.scrollLeft += col.left - box.left;
    }
  }
  // evidence sentences of other events in the articles select their row instead of leaving the page
  columns.addEventListener('click', (ev) => {
    const a = (ev.target as Element).closest<HTMLAnchorElement>('a.other-evidence');
    const e = a ? comparison.events.find((x) => x.id === new URL(a.href).searchParams.get('event')) : undefined;
    if (!e) return;
    ev.preventDefault();
    select(e, true);
    matrix.querySelector<HTMLElement>(`tbody tr[data-event="${CSS.escape(e.id)}"] th a`)?.focus();
  });

  const counts = [
    `${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`,
    `${comparison.outlets.length} outlet${comparison.outlets.length === 1 ? '' : 's'}`,
    dateRange(story.first, story.last),
    `${comparison.events.length} merged event${comparison.events.length === 1 ? '' : 's'}`,
  ];
  show(main,
    back,
    h('h1', {}, story.title ?? story.id),
    h('p', { class: 'muted' }, counts.join(' · ')),
    h('section', { 'aria-labelledby': 'matrix-h' },
      h('h2', { id: 'matrix-h' }, 'Who reported what'),
      matrixLegend(),
      comparison.events.length > 0 ? matrix : h('p', { class: 'summary' }, 'No events were coded in this story’s articles.')),
    h('section', { 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, 'Timeline'), timeline),
    h('section', { 'aria-labelledby': 'articles-h' },
      h('h2', { id: 'articles-h' }, 'Articles side by side'),
      card,
      h('p', {}, h('label', { for: 'only-reporting' }, onlyReporting, ' Only the articles that report the chosen event')),
      columns),
  );
  select(chosen, false);
  // Observable Plot loads only when a story is opened
  try {
    const { storyTimeline } = await import('./story-timeline.js');
    timeline.replaceChildren(...storyTimeline(detail, comparison));
  } catch (err) {
    timeline.replaceChildren(errorBox(`The timeline could not be drawn: ${failure(err).message}`));
  }
}

function indexed(detail: StoryDetail, comparison: Comparison): StoryData {
  const mergedOf = new Map<string, ComparedEvent>();
  for (const e of comparison.events) for (const m of e.mentions) mergedOf.set(m.event_id, e);
  const quadOf = new Map<string, number>();
  for (const a of detail.articles) for (const e of a.events) if (!quadOf.has(e.event)) quadOf.set(e.event, e.quad);
  return { detail, comparison, mergedOf, quadOf };
}

const category = (data: StoryData, event: string) => h('span', { class: `cat quad-${data.quadOf.get(event) ?? 0}` }, event);
const eventHref = (storyId: string, e: ComparedEvent) => `${storyHref(storyId)}?event=${encodeURIComponent(e.id)}`;
const parties = (e: ComparedEvent) => `${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`;

function matrixLegend(): HTMLElement {
  return h('p', { class: 'matrix-legend' },
    'Each row is one real-world event, each column an outlet. A cell says how the outlet tells it: ',
    h('span', { class: 'telling status asserted' }, 'fact'), ', ',
    h('span', { class: 'telling status asserted' }, 'according to …'), ', ',
    h('span', { class: 'telling status alleged' }, 'alleged'), ', ',
    h('span', { class: 'telling status denied' }, 'denied'), ', ',
    h('span', { class: 'telling status negated' }, 'negated'), ' or ',
    h('span', { class: 'not-reported' }, '— not reported'), '. ',
    h('span', { class: 'flag only' }, 'only one outlet'), ' ',
    h('span', { class: 'flag framing' }, 'framing differs'), ' ',
    h('span', { class: 'flag coverage' }, 'coverage'), ' mark claims one outlet alone carries, outlets telling it differently, and what the texts say about others’ coverage.');
}

/** The matrix; `choose` is called when a row is picked (click, Enter, or the arrow keys on its link). */
function matrixTable(data: StoryData, choose: (e: ComparedEvent) => void): HTMLElement {
  const { comparison } = data;
  const storyId = comparison.story.id;
  const rows = comparison.events.map((e) => {
    const link = h('a', { href: eventHref(storyId, e) }, category(data, e.event), e.mode ? ` (${e.mode})` : '', ' ', parties(e));
    const tr = h('tr', { 'data-event': e.id, class: [e.only ? 'only' : '', e.framing ? 'framing' : ''].filter(Boolean).join(' ') || null },
      h('th', { scope: 'row' },
        link,
        e.only || e.framing ? h('span', { class: 'flags' },
          e.only ? h('span', { class: 'flag only' }, `only ${e.only}`) : null,
          e.framing ? h('span', { class: 'flag framing', title: 'the outlets code it with different categories, modes or contexts' }, 'framing differs') : null) : null,
        ...e.coverage.map((c) => h('p', { class: 'coverage' }, h('span', { class: 'flag coverage' }, 'coverage'), ` “${c.text}” — ${c.outlet}`))),
      h('td', { class: 'nowrap' }, e.date ?? h('span', { class: 'muted' }, 'undated')),
      ...comparison.outlets.map((o) => cell(data, e, e.mentions.filter((m) => m.outlet === o))),
    );
    tr.addEventListener('click', (ev) => {
      ev.preventDefault();
      choose(e);
    });
    link.addEventListener('keydown', (ev) => {
      const to = ev.key === 'ArrowDown' ? tr.nextElementSibling : ev.key === 'ArrowUp' ? tr.previousElementSibling : null;
      const next = to?.querySelector<HTMLAnchorElement>('th a');
      if (!next) return;
      ev.preventDefault();
      next.focus();
      next.click();
    });
    return tr;
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'matrix' },
      h('caption', {}, `${comparison.events.length} merged events × ${comparison.outlets.length} outlets. Choose a row (click, Enter, or ↑ ↓ on its link) to highlight its evidence in the articles below.`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Event'), h('th', { scope: 'col' }, 'Date'),
        ...comparison.outlets.map((o) => h('th', { scope: 'col' }, o)))),
      h('tbody', {}, ...rows)));
}

function cell(data: StoryData, e: ComparedEvent, mentions: MentionCell[]): HTMLElement {
  if (mentions.length === 0) return h('td', { class: 'cell missing' }, h('span', { class: 'not-reported' }, '— not reported'));
  return h('td', { class: 'cell' }, ...mentions.map((m) => h('span', { class: 'block' },
    h('span', { class: `telling status ${m.status}` }, tellingWords(m)),
    e.framing ? h('small', { class: 'block framing-note' }, 'as ', category(data, m.event), m.contexts.length ? ` · ${m.contexts.join(', ')}` : '') : null)));
}

function selectedCard(data: StoryData, e: ComparedEvent | null): Node[] {
  if (!e) return [h('p', { class: 'muted' }, 'No event selected.')];
  const row = (k: string, v: Node | string) => [h('dt', {}, k), h('dd', {}, v)];
  const reporting = [...new Set(e.mentions.map((m) => m.outlet))];
  return [
    h('h3', {}, category(data, e.event), e.mode ? ` (${e.mode})` : '', ' ', parties(e)),
    h('dl', {},
      ...row('When', e.date ?? 'undated'),
      ...row('Reported by', `${reporting.length} of ${data.comparison.outlets.length} outlets: ${reporting.join(', ')}`),
      ...row('Not reported by', e.missing.length ? e.missing.join(', ') : 'every outlet reports it'),
      ...(e.contexts.length ? row('Context', e.contexts.join(', ')) : []),
      ...e.coverage.flatMap((c) => row('Coverage', `“${c.text}” — ${c.outlet}`))),
  ];
}

/** The articles (all, or those telling `e`) in the matrix's outlet order, then by date, with `e`'s evidence marked. */
function articleColumns(data: StoryData, e: ComparedEvent | null, onlyReporting: boolean): HTMLElement[] {
  const { detail, comparison } = data;
  const order = (a: StoryArticle) => comparison.outlets.indexOf(a.outlet);
  const articles = [...detail.articles].sort((a, b) => order(a) - order(b) || (a.published ?? '').localeCompare(b.published ?? ''));
  const hrefOf = (ev: ReadoutEvent) => {
    const m = data.mergedOf.get(ev.id);
    return m ? eventHref(comparison.story.id, m) : `/article/${encodeURIComponent(ev.article.id)}?event=${encodeURIComponent(ev.id)}`;
  };
  const told = new Set(e?.mentions.map((m) => m.article));
  return articles.filter((a) => !onlyReporting || !e || told.has(a.id)).map((a) => {
    const mine = e ? e.mentions.filter((m) => m.article === a.id) : [];
    const marked = a.events.filter((ev) => mine.some((m) => m.event_id === ev.id));
    const telling = mine.length > 0
      ? h('p', { class: 'reports' }, 'Reports it: ', ...mine.map((m, i) => [i ? '; ' : '', h('span', { class: `telling status ${m.status}` }, tellingWords(m))]).flat())
      : e ? h('p', { class: 'not-reported' }, '— does not report this event') : null;
    return h('article', { class: 'story-article', 'data-article': a.id, 'aria-label': `${a.outlet}${a.published ? `, ${a.published}` : ''}` },
      h('header', {},
        h('h3', {}, a.outlet),
        h('p', { class: 'muted' }, a.published ?? 'undated', ' · ', h('a', { href: `/article/${encodeURIComponent(a.id)}` }, a.title ?? a.id)),
        telling),
      h('div', { class: 'story-article-text' }, renderMarkedText(a.text, a.events, marked, hrefOf, null)));
  });
}
