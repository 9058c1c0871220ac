// placeholder until S1/S2 merge: issue #12's merger (S2) replaces this file. Every event mention is its own merged
// event, so the stories suite (src/eval/stories.ts) compiles and runs on a branch without the real merger.
import type { ActorRef, PloverCategory } from '../types.js';
import type { StoryInput } from './index.js';

export interface MergedEvent {
  id: string;
  event: PloverCategory;
  mode: string | null;
  contexts: string[];
  actor: ActorRef[];
  recipient: ActorRef[];
  date: string | null;
  mentions: { eventId: string; articleId: string; outlet: string }[];
}

/** placeholder until S1/S2 merge: one merged event per event mention. */
export function mergeStory(items: StoryInput[]): MergedEvent[] {
  return items.flatMap(({ article, events }) =>
    events.map((e) => ({
      id: e.id,
      event: e.event,
      mode: e.mode,
      contexts: e.contexts,
      actor: e.actor,
      recipient: e.recipient,
      date: e.date?.value ?? null,
      mentions: [{ eventId: e.id, articleId: article.id, outlet: article.outlet ?? article.id }],
    })),
  );
}
