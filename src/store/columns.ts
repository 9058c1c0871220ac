// The PostgreSQL types of the columns the write path inserts with insertRows (bulk.ts), per table, as migrations.ts
// creates them.
import type { Columns } from './bulk.js';
import type {
  ArticlesTable, EventContextsTable, EventDyadsTable, EventPartiesTable, EventRollupTable, StoryArticlesTable, StoryBandsTable,
  StoryFeaturesTable, StoryPendingTable,
} from './schema.js';
import type { EventRow } from './rows.js';

export const ARTICLE_COLUMNS: Columns<ArticlesTable> = {
  id: 'text', text: 'text', published: 'text', outlet: 'text', url: 'text', title: 'text', language: 'text',
  content_hash: 'text', coder_version: 'text', event_count: 'int4',
};

export const EVENT_COLUMNS: Columns<EventRow> = {
  event_id: 'text', article_id: 'text', ord: 'int4', event: 'text', mode: 'text', cameo: 'text', quad: 'int4',
  goldstein: 'float8', status: 'text', confidence: 'float8', actor_country: 'text', actor_sector: 'text',
  recipient_country: 'text', recipient_sector: 'text', date_start: 'text', date_end: 'text', day: 'text', week: 'text',
  month: 'text', year: 'text', outlet: 'text', published: 'text', evidence_text: 'text', body: 'text',
};

export const PARTY_COLUMNS: Columns<EventPartiesTable> = { event_seq: 'int8', role: 'text', pos: 'int4', country: 'text', sector: 'text', label: 'text' };
export const CONTEXT_COLUMNS: Columns<EventContextsTable> = { event_seq: 'int8', context: 'text' };
export const DYAD_COLUMNS: Columns<EventDyadsTable> = { actor: 'text', recipient: 'text', event_seq: 'int8' };
export const ROLLUP_COLUMNS: Columns<EventRollupTable> = { dimension: 'text', grain: 'text', period: 'text', key: 'text', n: 'int8', goldstein: 'float8' };
export const PENDING_COLUMNS: Columns<StoryPendingTable> = { article_id: 'text', published: 'text', stamp: 'text' };
export const STORY_ARTICLE_COLUMNS: Columns<StoryArticlesTable> = { article_id: 'text', story_id: 'text', joined: 'int4' };
export const STORY_FEATURE_COLUMNS: Columns<StoryFeaturesTable> = {
  article_id: 'text', published: 'text', day: 'int4', outlet: 'text', signature: 'text', keys: 'text',
};
export const STORY_BAND_COLUMNS: Columns<StoryBandsTable> = { band: 'text', article_id: 'text', joined: 'int4', day: 'int4' };
