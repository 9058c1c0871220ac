// The store's tables as Kysely types: one schema for SQLite and PostgreSQL (created by migrations.ts).
import type { Generated, Kysely } from 'kysely';

export interface ArticlesTable {
  id: string;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
  language: string | null;
  /** sha256 of the NFC, whitespace-collapsed text (hash.ts); unique */
  content_hash: string;
  coder_version: string;
  /** how many events were stored with it (written in the same transaction as the events) */
  event_count: number;
}

/** One row per event. `body` is the contract event as JSON minus evidence.text (kept in its own column for full-text search). */
export interface EventsTable {
  /** insertion order; keyset paging and streaming order on it */
  seq: Generated<number>;
  event_id: string;
  article_id: string;
  /** position of the event in its article (text order) */
  ord: number;
  event: string;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  status: string;
  confidence: number;
  /** first actor / recipient (dyad stats); every party is in event_parties */
  actor_country: string | null;
  actor_sector: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
  /** event date as an inclusive day range YYYY-MM-DD (a month-granular date spans the month); null when unknown */
  date_start: string | null;
  date_end: string | null;
  /** stats periods of date_start, precomputed so both databases group on plain columns */
  day: string | null;
  week: string | null;
  month: string | null;
  year: string | null;
  outlet: string | null;
  published: string | null;
  evidence_text: string;
  body: string;
}

/** role: 'A' actor, 'R' recipient, 'S' attribution source (innermost first, pos 0..). */
export interface EventPartiesTable {
  event_seq: number;
  role: string;
  pos: number;
  country: string | null;
  sector: string | null;
  /** sources only: lower-cased "text\nname" for the --source substring filter */
  label: string | null;
}

export interface EventContextsTable {
  event_seq: number;
  context: string;
}

/** Every actor country × recipient country pair of an event (dyad filters); migration 0002. */
export interface EventDyadsTable {
  actor: string;
  recipient: string;
  event_seq: number;
}

/** Stats kept per dimension (quad, event, dyad), grain (day…year), period and key; rollup.ts keeps it; migration 0002. */
export interface EventRollupTable {
  dimension: string;
  grain: string;
  period: string;
  key: string;
  n: number;
  goldstein: number;
}

/** `readout watch`: one row per feed (migration 0005; times are epoch milliseconds). */
export interface FeedStateTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked: number | null;
  failures: Generated<number>;
  next_check: number | null;
  /** the last failure's message, null after a success */
  error: string | null;
}

/** `readout watch`: every feed item seen, by its key (feed URL + guid or link); migration 0005. */
export interface FeedItemsTable {
  key: string;
  feed: string;
  /** the item's link without tracking parameters */
  url: string | null;
  /** the id its article was handed on under, null when it gave none (no text, refused); a duplicate of text stored
   * under another id keeps its own id here, the store has the text once */
  article_id: string | null;
  seen: number;
}

/** Stories (issue #12); migration 0003. first/last: earliest/latest published day of its articles. */
export interface StoriesTable {
  id: string;
  title: string | null;
  first: string | null;
  last: string | null;
  article_count: number;
  outlet_count: number;
}

/** An article's story; `joined`: assignment order (larger = later). No foreign key: recode keeps the story. */
export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
  joined: number;
}

/** What clustering scores a newcomer against (stories/cluster.ts StoredFeatures): keys is JSON {w, c}. */
export interface StoryFeaturesTable {
  article_id: string;
  published: string | null;
  /** days since 1970-01-01 of published, null when undated */
  day: number | null;
  outlet: string;
  signature: string;
  keys: string;
}

/** Posting lists: an LSH band key or term key -> the articles filed under it, read most recent first. */
export interface StoryBandsTable {
  band: string;
  article_id: string;
  joined: number;
  day: number | null;
}

/** Articles stored but not yet assigned to a story (migration 0006); `stamp` changes whenever the article is stored again. */
export interface StoryPendingTable {
  article_id: string;
  published: string | null;
  stamp: string;
}

/** Merged events (migration 0004): one real-world event of a story; `body` is the MergedEvent as JSON. */
export interface MergedEventsTable {
  id: string;
  story_id: string;
  event: string;
  date: string | null;
  mention_count: number;
  article_count: number;
  outlet_count: number;
  body: string;
}

/** Each stored event as a mention of its merged event (migration 0004). */
export interface EventMentionsTable {
  merged_id: string;
  event_id: string;
  article_id: string;
  outlet: string;
  status: string;
}

export interface DB {
  articles: ArticlesTable;
  events: EventsTable;
  event_parties: EventPartiesTable;
  event_contexts: EventContextsTable;
  event_dyads: EventDyadsTable;
  event_rollup: EventRollupTable;
  feed_state: FeedStateTable;
  feed_items: FeedItemsTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  story_features: StoryFeaturesTable;
  story_bands: StoryBandsTable;
  story_pending: StoryPendingTable;
  merged_events: MergedEventsTable;
  event_mentions: EventMentionsTable;
}

export type Db = Kysely<DB>;
export type Backend = 'sqlite' | 'postgres';
