// One article: its text with the selected event's evidence highlighted (actor, recipient, trigger and source marked)
// and every event of the article listed beside it.
import { api, type ReadoutEvent } from '../api.js';
import { h } from '../dom.js';
import { renderText } from '../highlight.js';
import type { Navigator } from '../router.js';
import { actorLabel, dateWords, QUAD_NAMES, sourceWords, STATUS_WORDS } from '../words.js';
import { errorBox, failure, loading, show } from './common.js';
import { httpHref } from '../../../src/output/links.js';
import { eventHref, LAST_LIST } from './events.js';

export async function renderArticle(url: URL, main: HTMLElement, _nav: Navigator): Promise<void> {
  const id = decodeURIComponent(url.pathname.replace(/^\/article\//, ''));
  loading(main, 'article');
  let data;
  try {
    data = await api.article(id);
  } catch (err) {
    show(main, h('h1', {}, 'Article'), errorBox(failure(err).message), h('p', {}, h('a', { href: '/events' }, '← Events')));
    return;
  }
  const { article, events } = data;
  const want = url.searchParams.get('event');
  const selected = events.find((e) => e.id === want) ?? events[0] ?? null;
  const meta = [article.outlet, article.published ? `published ${article.published}` : null].filter(Boolean).join(' · ');
  show(main,
    h('p', { class: 'crumbs' }, h('a', { href: sessionStorage.getItem(LAST_LIST) ?? '/events' }, '← Events')),
    h('h1', {}, article.title ?? article.id),
    h('p', { class: 'muted' }, meta || 'no outlet or date', original(article.url)),
    h('div', { class: 'article-layout' },
      h('section', { 'aria-label': 'Article text' }, legend(), renderText(article.text, events, selected, eventHref)),
      h('aside', { 'aria-label': 'Events in this article' },
        selected ? details(selected) : h('p', { class: 'muted' }, 'No events were coded in this article.'),
        events.length > 1 ? h('h2', {}, `All ${events.length} events`) : null,
        events.length > 1 ? h('ol', { class: 'event-list' }, ...events.map((e) => h('li', {},
          h('a', { href: eventHref(e), 'aria-current': e === selected ? 'true' : null }, `${e.event}: ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`)))) : null),
    ),
  );
  document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
}

function legend(): HTMLElement {
  return h('p', { class: 'legend' },
    h('mark', { class: 'evidence' }, 'evidence'), ' ', h('mark', { class: 'actor' }, 'actor'), ' ',
    h('mark', { class: 'recipient' }, 'recipient'), ' ', h('mark', { class: 'trigger' }, 'trigger'), ' ',
    h('mark', { class: 'source' }, 'source'), ' ', h('span', { class: 'other-evidence' }, 'other event'));
}

function details(e: ReadoutEvent): HTMLElement {
  const row = (k: string, v: Node | string) => [h('dt', {}, k), h('dd', {}, v)];
  return h('section', { class: 'event-card', 'aria-label': 'Selected event' },
    h('h2', {}, h('span', { class: `cat quad-${e.quad}` }, e.event), e.mode ? ` (${e.mode})` : ''),
    h('dl', {},
      ...row('Who', actorLabel(e.actor)),
      ...row('To whom', actorLabel(e.recipient)),
      ...row('When', dateWords(e) + (e.date?.text ? ` — “${e.date.text}”` : '')),
      ...row('Status', h('span', { class: `status ${e.status}` }, STATUS_WORDS[e.status])),
      ...row('Source', sourceWords(e) || 'reported as fact'),
      ...row('CAMEO', `${e.cameo} · ${QUAD_NAMES[String(e.quad)]} · Goldstein ${e.goldstein}`),
      ...(e.trigger ? row('Trigger', `“${e.trigger.text}”`) : []),
      ...(e.contexts.length ? row('Context', e.contexts.join(', ')) : []),
      ...row('Confidence', String(e.confidence)),
    ));
}

/** The article's source: a link only when it is an http(s) URL (never javascript: or data:), else its text. */
function original(url: string | null): (string | HTMLElement)[] | null {
  if (!url) return null;
  const href = httpHref(url);
  return [' · ', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original') : h('span', { title: 'not an http(s) link' }, `source: ${url}`)];
}
