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

/** Several stories' stored articles (without their text unless asked: merging reads only the evidence) and events, each
 *  story's in article order (joined, then id); read together, a few statements for all of them. */
export async function storiesInputs(db: Kysely<DB> | Transaction<DB>, storyIds: string[], withText = false): Promise<Map<string, StoryInput[]>> {
  const members: { article_id: string; story_id: string; joined: number }[] = [];
  for (const part of chunks(storyIds, KEY_CHUNK)) {
    members.push(...await db.selectFrom('story_articles').select(['article_id', 'story_id', 'joined']).where('story_id', 'in', part).execute());
  }
  members.sort((a, b) => Number(a.joined) - Number(b.joined) || (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
  const byArticle = new Map<string, StoryInput>();
  for (const part of chunks(members.map((m) => m.article_id), KEY_CHUNK)) {
    const articles = await db.selectFrom('articles')
      .select(['id', 'published', 'outlet', 'url', 'title', 'language', ...(withText ? ['text' as const] : [])])
      .where('id', 'in', part).execute();
    const events = await db.selectFrom('events').select(['article_id', 'body', 'evidence_text'])
      .where('article_id', 'in', part).orderBy('article_id').orderBy('ord').execute();
    for (const a of articles) {
      const article: Article = { id: a.id, text: 'text' in a ? String(a.text) : '', published: a.published, outlet: a.outlet, url: a.url, title: a.title, language: a.language, origin: `store:${a.id}` };
      byArticle.set(a.id, { article, events: [] });
    }
    for (const e of events) byArticle.get(e.article_id)?.events.push(eventOf(e));
  }
  const out = new Map<string, StoryInput[]>(storyIds.map((id) => [id, []]));
  // (an article the story lists but the store no longer has is left out)
  for (const m of members) { const item = byArticle.get(m.article_id); if (item) out.get(m.story_id)!.push(item); }
  return out;
}

/** A story's stored articles and events, in article order (storiesInputs for one story). */
export async function storyInputs(db: Kysely<DB> | Transaction<DB>, storyId: string, withText = false): Promise<StoryInput[]> {
  return (await storiesInputs(db, [storyId], withText)).get(storyId)!;
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
  for (const part of chunks(ids, KEY_CHUNK)) {
    const old = (await db.selectFrom('merged_events').select('id').where('story_id', 'in', part).execute()).map((r) => r.id);
    for (const o of chunks(old, KEY_CHUNK)) await db.deleteFrom('event_mentions').where('merged_id', 'in', o).execute();
    await db.deleteFrom('merged_events').where('story_id', 'in', part).execute();
  }
  const inputs = await storiesInputs(db, ids);
  const events: ReturnType<typeof rowsOf>['events'] = [];
  const mentions: ReturnType<typeof rowsOf>['mentions'] = [];
  for (const storyId of ids) {
    const items = inputs.get(storyId)!;
    const rows = rowsOf(storyId, mergeStory(items), items);
    events.push(...rows.events);
    mentions.push(...rows.mentions);
  }
  for (const part of chunks(events, 200)) await db.insertInto('merged_events').values(part).execute();
  for (const part of chunks(mentions, 1000)) await db.insertInto('event_mentions').values(part).execute();
}
