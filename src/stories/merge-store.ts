// stories: keep a story's merged events in step with its articles. The story step (store/story-pending.ts) calls
// remergeStories inside its transaction after assigning the pending articles to stories: each changed story is read back, merged afresh
// (mergeStory) and its merged_events / event_mentions rows replaced.
import type { Kysely, Transaction } from 'kysely';
import type { Article } from '../types.js';
import type { DB } from '../store/schema.js';
import { eventOf } from '../store/rows.js';
import { mergeStory, type MergedEvent, type StoryInput } from './merge.js';

const KEY_CHUNK = 500;

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** A story's stored articles (without their text: merging reads only the evidence) and events, in article order. */
export async function storyInputs(db: Kysely<DB> | Transaction<DB>, storyId: string, withText = false): Promise<StoryInput[]> {
  const ids = (await db.selectFrom('story_articles').select('article_id').where('story_id', '=', storyId)
    .orderBy('joined').orderBy('article_id').execute()).map((r) => r.article_id);
  const out: StoryInput[] = [];
  for (const part of chunks(ids, KEY_CHUNK)) {
    const articles = await db.selectFrom('articles')
      .select(['id', 'published', 'outlet', 'url', 'title', 'language', ...(withText ? ['text' as const] : [])])
      .where('id', 'in', part).execute();
    const events = await db.selectFrom('events').select(['article_id', 'body', 'evidence_text'])
      .where('article_id', 'in', part).orderBy('article_id').orderBy('ord').execute();
    const byArticle = new Map<string, StoryInput>();
    for (const a of articles) {
      const article: Article = { id: a.id, text: 'text' in a ? String(a.text) : '', published: a.published, outlet: a.outlet, url: a.url, title: a.title, language: a.language, origin: `store:${a.id}` };
      byArticle.set(a.id, { article, events: [] });
    }
    for (const e of events) byArticle.get(e.article_id)?.events.push(eventOf(e));
    // (an article the story lists but the store no longer has is left out)
    for (const id of part) { const item = byArticle.get(id); if (item) out.push(item); }
  }
  return out;
}

function rowsOf(storyId: string, merged: MergedEvent[], items: StoryInput[]) {
  const status = new Map(items.flatMap((i) => i.events.map((e) => [e.id, e.status] as const)));
  const events = merged.map((m) => ({
    id: m.id, story_id: storyId, event: m.event, date: m.date,
    mention_count: m.mentions.length,
    article_count: new Set(m.mentions.map((x) => x.articleId)).size,
    outlet_count: new Set(m.mentions.map((x) => x.outlet)).size,
    body: JSON.stringify(m),
  }));
  const mentions = merged.flatMap((m) => m.mentions.map((x) => ({
    merged_id: m.id, event_id: x.eventId, article_id: x.articleId, outlet: x.outlet, status: status.get(x.eventId) ?? 'asserted',
  })));
  return { events, mentions };
}

/** Re-merge the given stories: their merged_events and event_mentions rows are replaced by a fresh mergeStory. Every
 * old row goes before any new one is written (an article moved between two of them keeps its merged ids). */
export async function remergeStories(db: Kysely<DB> | Transaction<DB>, storyIds: string[]): Promise<void> {
  const ids = [...new Set(storyIds)].sort();
  for (const storyId of ids) {
    const old = (await db.selectFrom('merged_events').select('id').where('story_id', '=', storyId).execute()).map((r) => r.id);
    for (const part of chunks(old, KEY_CHUNK)) await db.deleteFrom('event_mentions').where('merged_id', 'in', part).execute();
    await db.deleteFrom('merged_events').where('story_id', '=', storyId).execute();
  }
  for (const storyId of ids) {
    const items = await storyInputs(db, storyId);
    const { events, mentions } = rowsOf(storyId, mergeStory(items), items);
    for (const part of chunks(events, 200)) await db.insertInto('merged_events').values(part).execute();
    for (const part of chunks(mentions, 1000)) await db.insertInto('event_mentions').values(part).execute();
  }
}
