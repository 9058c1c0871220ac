// placeholder until S1/S2 merge: issue #12's clusterer (S1) replaces this file. Every article is its own story, so
// the stories suite (src/eval/stories.ts) compiles and runs on a branch without the real clusterer.
import type { Article, ReadoutEvent } from '../types.js';

export interface StoryInput {
  article: Article;
  events: ReadoutEvent[];
}

/** placeholder until S1/S2 merge: article id -> a story of its own. */
export function clusterInMemory(items: StoryInput[]): Map<string, string> {
  return new Map(items.map((it) => [it.article.id, `placeholder:${it.article.id}`]));
}
