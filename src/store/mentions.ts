// The store side of merged events: a story's comparison, the event-mentions table, and per-event mention counts
// (GDELT's NumMentions / NumSources / NumArticles). The rows are written by remergeStories (src/stories/merge-store.ts).
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { MentionCounts, MentionRow, StorySummary } from './types.js';
import type { Status } from '../types.js';
import { buildComparison, storyOutlets, type Comparison } from '../stories/compare.js';
import type { MergedEvent, StoryInput } from '../stories/merge.js';
import { storyInputs } from '../stories/merge-store.js';
import type { CoverageStatement } from '../stories/coverage.js';

const KEY_CHUNK = 500;
const STREAM_PAGE = 1000;

/** Finds the coverage statements of a story's articles and links them to its merged events. */
export type CoverageFinder = (items: StoryInput[], merged: MergedEvent[], outlets: string[]) => Promise<CoverageStatement[]>;

function summaryOf(row: { id: string; title: string | null; first: string | null; last: string | null }, items: StoryInput[], events: number): StorySummary {
  return { id: row.id, title: row.title, articles: items.map((i) => i.article.id), outlets: storyOutlets(items), first: row.first, last: row.last, events };
}

/** Merged events in the order of their earliest mention (the order mergeStory gives). */
function inMentionOrder(merged: MergedEvent[], items: StoryInput[]): MergedEvent[] {
  const key = new Map<string, string>();
  for (const { article, events } of items) {
    for (const e of events) key.set(e.id, [article.published ?? '9999-99-99', article.id, String(e.evidence.start).padStart(12, '0'), e.id].join('\u0000'));
  }
  const first = (m: MergedEvent) => m.mentions.map((x) => key.get(x.eventId) ?? '\uffff').sort()[0] ?? '\uffff';
  return merged.map((m) => [first(m), m] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, m]) => m);
}

/** A story's comparison; `coverage` gives the coverage finder, asked for only when the story exists (it loads lexicons). */
export async function compareStory(db: Kysely<DB>, storyId: string, coverage?: () => Promise<CoverageFinder>): Promise<Comparison | null> {
  const row = await db.selectFrom('stories').select(['id', 'title', 'first', 'last']).where('id', '=', storyId).executeTakeFirst();
  if (!row) return null;
  const findCoverage = coverage ? await coverage() : undefined;
  const items = await storyInputs(db, storyId, findCoverage !== undefined);
  const bodies = await db.selectFrom('merged_events').select('body').where('story_id', '=', storyId).execute();
  const merged = inMentionOrder(bodies.map((b) => JSON.parse(b.body) as MergedEvent), items);
  const story = summaryOf(row, items, merged.length);
  const statements = findCoverage ? await findCoverage(items, merged, story.outlets) : [];
  return buildComparison(story, items, merged, statements);
}

/** Every event mention with its merged event's story, ordered by story, merged event and event id; streamed in pages. */
export async function* mentionRows(db: Kysely<DB>): AsyncGenerator<MentionRow> {
  let after: [string, string, string] | null = null;
  for (;;) {
    let q = db.selectFrom('event_mentions as m').innerJoin('merged_events as g', 'g.id', 'm.merged_id')
      .select(['g.story_id', 'm.merged_id', 'm.event_id', 'm.article_id', 'm.outlet', 'm.status']);
    if (after) {
      const [s, g, e] = after;
      q = q.where((eb) => eb.or([
        eb('g.story_id', '>', s),
        eb.and([eb('g.story_id', '=', s), eb('m.merged_id', '>', g)]),
        eb.and([eb('g.story_id', '=', s), eb('m.merged_id', '=', g), eb('m.event_id', '>', e)]),
      ]));
    }
    const rows = await q.orderBy('g.story_id').orderBy('m.merged_id').orderBy('m.event_id').limit(STREAM_PAGE).execute();
    for (const r of rows) {
      yield { merged_id: r.merged_id, event_id: r.event_id, article_id: r.article_id, outlet: r.outlet, status: r.status as Status, story_id: r.story_id };
    }
    if (rows.length < STREAM_PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.story_id, last.merged_id, last.event_id];
  }
}

export async function mentionCounts(db: Kysely<DB>, eventIds: string[]): Promise<Map<string, MentionCounts>> {
  const out = new Map<string, MentionCounts>();
  const ids = [...new Set(eventIds)];
  for (let i = 0; i < ids.length; i += KEY_CHUNK) {
    const rows = await db.selectFrom('event_mentions as m').innerJoin('merged_events as g', 'g.id', 'm.merged_id')
      .select(['m.event_id', 'g.mention_count', 'g.outlet_count', 'g.article_count'])
      .where('m.event_id', 'in', ids.slice(i, i + KEY_CHUNK)).execute();
    for (const r of rows) out.set(r.event_id, { mentions: Number(r.mention_count), sources: Number(r.outlet_count), articles: Number(r.article_count) });
  }
  return out;
}
