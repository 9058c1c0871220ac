// The explorer: five views over the readout API, their state in the URL.
import './style.css';
import { api } from './api.js';
import { startRouter } from './router.js';
import { filtersOf } from './filters.js';
import { renderArticle } from './views/article.js';
import { renderEvents } from './views/events.js';
import { renderStories, storyFiltersOf } from './views/stories.js';
import { renderStory } from './views/story.js';
import { renderTry } from './views/try.js';

const main = document.getElementById('main')!;
const info = document.getElementById('info')!;

startRouter(main, [
  { match: /^\/(events\/?)?$/, view: 'events', render: renderEvents },
  { match: /^\/article\/.+/, view: 'events', render: renderArticle },
  { match: /^\/stories\/?$/, view: 'stories', render: renderStories },
  { match: /^\/stories\/.+/, view: 'stories', render: renderStory },
  // the charting libraries load only when their view is opened
  { match: /^\/timeline\/?$/, view: 'timeline', render: async (...a) => (await import('./views/timeline.js')).renderTimeline(...a) },
  { match: /^\/network\/?$/, view: 'network', render: async (...a) => (await import('./views/network.js')).renderNetwork(...a) },
  { match: /^\/try\/?$/, view: 'try', render: renderTry },
], (view) => {
  // the data views keep the current filters when switching between them
  const search = new URLSearchParams(location.search);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    const v = a.dataset['view'];
    const filters = (v === 'stories' ? storyFiltersOf(search) : filtersOf(search)).toString();
    if (v !== 'try') a.href = `/${v}${filters ? `?${filters}` : ''}`;
    if (a.dataset['view'] === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `readout · ${view}`;
});

api.info().then(
  (i) => { info.textContent = `${i.events.toLocaleString('en')} events · ${i.articles.toLocaleString('en')} articles · ${i.backend} · coder ${i.coderVersion}`; },
  () => { info.textContent = 'API unavailable'; },
);
