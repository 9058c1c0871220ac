// The store's public interface: one for SQLite (embedded default) and PostgreSQL. The CLI (ingest, events, stats,
// export, demo) and the HTTP API (src/api) use only this.
import type { Article, PloverCategory, ReadoutEvent, Status } from '../types.js';
import type { WatchState } from './watch-state.js';
import type { Comparison } from '../stories/types.js';

/** Filters shared by `readout events`, `readout stats`, `readout export` and the API. All optional; all ANDed. */
export interface EventFilter {
  /** two country codes; events between them in either direction (actor of one, recipient of the other) */
  dyad?: [string, string];
  /** actor country code (any actor of a compound actor) */
  actor?: string;
  /** actor sector code */
  actorSector?: string;
  recipient?: string;
  recipientSector?: string;
  event?: PloverCategory[];
  mode?: string;
  context?: string;
  status?: Status[];
  outlet?: string;
  /** attribution source: case-insensitive substring of an attribution entry's text or name */
  source?: string;
  /** event date range, inclusive, YYYY[-MM[-DD]]; compared on the event's date value (a month-granular date is in range when it overlaps) */
  from?: string;
  to?: string;
  /** full-text query over evidence sentences (FTS5 on SQLite, tsvector on PostgreSQL) */
  q?: string;
  /** only events of this article */
  article?: string;
}

export interface PageRequest {
  limit: number;
  /** opaque cursor from a previous page's `next` */
  cursor?: string | null;
}

export interface EventPage {
  events: ReadoutEvent[];
  /** all events matching the filter, as counted for the first page of this filter (later pages carry it in the cursor) */
  total: number;
  next: string | null;
}

export type StatsBy = 'dyad' | 'event' | 'quad';
export type StatsInterval = 'day' | 'week' | 'month' | 'year';

export interface StatsRow {
  /** period start: YYYY-MM-DD for day/week (weeks start on Monday), YYYY-MM for month, YYYY for year */
  period: string;
  /** the group: "CHN-IRN" (actor-recipient), a category, or a quad "1".."4" */
  key: string;
  count: number;
  goldstein: number;
}

export interface TopRow {
  key: string;
  count: number;
}

export interface IngestSummary {
  articlesSeen: number;
  articlesStored: number;
  /** already stored with the same coder version */
  articlesSkipped: number;
  eventsStored: number;
  rejected: number;
}

export interface StoredArticle extends Article {
  coderVersion: string;
  contentHash: string;
}

/** Filters of `readout stories` and GET /api/stories. All optional; all ANDed. */
export interface StoryFilter {
  /** stories whose [first, last] overlaps [from, to] (YYYY[-MM[-DD]]) */
  from?: string;
  to?: string;
  /** stories with an article from this outlet (outletOf) */
  outlet?: string;
  /** stories with an event whose actor has this country code */
  actor?: string;
  /** case-insensitive substring of the title */
  q?: string;
  minArticles?: number;
}

export interface StorySummary {
  id: string;
  title: string | null;
  /** article ids, by published day then id */
  articles: string[];
  outlets: string[];
  first: string | null;
  last: string | null;
  /** merged events (until those are stored: the events of its articles) */
  events: number;
}

export interface StoryPage {
  stories: StorySummary[];
  total: number;
  next: string | null;
}

export interface StoryDetail {
  story: StorySummary;
  articles: { id: string; outlet: string; published: string | null; title: string | null; url: string | null; text: string; events: ReadoutEvent[] }[];
}

/** One row of the event-mentions table (`readout export --table mentions`): an event as one mention of a merged event. */
export interface MentionRow { merged_id: string; event_id: string; article_id: string; outlet: string; status: Status; story_id: string }

/** How often a merged event is told: GDELT's NumMentions / NumSources / NumArticles. */
export interface MentionCounts { mentions: number; sources: number; articles: number }

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** store articles with their events; one transaction per batch; idempotent by article id, else by content hash. The
   *  stored articles are marked story-pending; `stories: 'now'` (the default) then runs storyStep('wait'), 'later' leaves
   *  that to the caller (store/story-pending.ts) */
  putArticles(batch: { article: Article; events: ReadoutEvent[] }[], coderVersion: string, options?: { stories?: 'now' | 'later' }): Promise<{ stored: number; skipped: number; events: number }>;
  /** assign the story-pending articles and re-merge their stories ('wait' for another assigner, or 'try': null when one is at work) */
  storyStep(lock: 'wait' | 'try'): Promise<{ articles: number; stories: number } | null>;
  /** how many stored articles wait for the story step */
  storyPending(): Promise<number>;
  /** ids of the given articles that putArticles would skip (stored with the same text and coder version, or their text is stored under another id): lets ingest skip coding them */
  unchanged(articles: Article[], coderVersion: string): Promise<Set<string>>;
  /** stored articles whose coder version differs (for `readout recode`), by id */
  staleArticles(coderVersion: string): AsyncIterable<StoredArticle>;
  events(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  /** every matching event in a stable order, streamed (export) */
  streamEvents(filter: EventFilter): AsyncIterable<ReadoutEvent>;
  stats(by: StatsBy, interval: StatsInterval, filter: EventFilter): Promise<StatsRow[]>;
  topActors(filter: EventFilter, limit: number): Promise<TopRow[]>;
  topDyads(filter: EventFilter, limit: number): Promise<TopRow[]>;
  article(id: string): Promise<{ article: StoredArticle; events: ReadoutEvent[] } | null>;
  counts(): Promise<{ articles: number; events: number }>;
  /** what `readout watch` remembers between runs (feeds' validators, items seen) */
  readonly watch: WatchState;
  /** stories, newest `last` first; a bad filter is a RangeError naming the option */
  stories(filter: StoryFilter, page: PageRequest): Promise<StoryPage>;
  /** one story with its articles and their events; null for an unknown id */
  story(id: string): Promise<StoryDetail | null>;
  /** the merged events × outlets of a story; null when there is no such story */
  compare(storyId: string): Promise<Comparison | null>;
  /** the event-mentions table, in a stable order (story, merged event, event) */
  mentions(): AsyncIterable<MentionRow>;
  /** the counts of the merged event each of these events belongs to (events without one are absent) */
  mentionCounts(eventIds: string[]): Promise<Map<string, MentionCounts>>;
  close(): Promise<void>;
}
