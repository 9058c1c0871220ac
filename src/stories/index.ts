// Stories: articles telling the same episode, across outlets and days (issue #12). Pure, in-memory entry points;
// the store keeps the same assignment incrementally (store/stories.ts).
import type { Article, ReadoutEvent } from '../types.js';
import { storyFeatures } from './features.js';
import { MemoryClusterer } from './cluster.js';

export interface StoryInput { article: Article; events: ReadoutEvent[] }

export { storyFeatures, type StoryFeatures } from './features.js';
export { MemoryClusterer, storyIdFor } from './cluster.js';

/**
 * Cluster articles into stories, feeding them one at a time in the given order (the same incremental rule ingest
 * uses). Returns article id -> story id. Deterministic. An id given twice keeps its first story.
 */
export function clusterInMemory(items: StoryInput[]): Map<string, string> {
  const clusterer = new MemoryClusterer();
  const out = new Map<string, string>();
  for (const { article, events } of items) out.set(article.id, clusterer.add(storyFeatures(article, events)));
  return out;
}

/** An article's outlet: its `outlet`, else its url's host name (without "www."), else `article:<id>`. */
export function outletOf(article: Pick<Article, 'id' | 'outlet' | 'url'>): string {
  if (article.outlet && article.outlet.trim()) return article.outlet.trim();
  if (article.url) {
    try {
      const host = new URL(article.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a url: fall through
    }
  }
  return `article:${article.id}`;
}
