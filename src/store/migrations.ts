// Versioned schema migrations as code (Kysely Migrator; applied migrations are recorded in kysely_migration).
// One schema for both databases; the only differences are the auto-increment key, WITHOUT ROWID tables and
// the full-text index (FTS5 on SQLite, a generated tsvector with a GIN index on PostgreSQL).
import { Migrator, sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Backend } from './schema.js';

function initial(backend: Backend): Migration {
  const pg = backend === 'postgres';
  // codes and periods compare byte-wise on both databases (PostgreSQL would otherwise use the database's locale)
  const code = (c: ColumnDefinitionBuilder) => (pg ? c.modifyEnd(sql`collate "C"`) : c);
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('outlet', 'text')
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('language', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('coder_version', 'text', (c) => c.notNull())
        .addColumn('event_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_coder_version').on('articles').column('coder_version').execute();

      let events = db.schema.createTable('events');
      events = pg
        ? events.addColumn('seq', 'bigserial', (c) => c.primaryKey())
        : events.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
      await events
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('event', 'text', (c) => code(c.notNull()))
        .addColumn('mode', 'text')
        .addColumn('cameo', 'text', (c) => c.notNull())
        .addColumn('quad', 'integer', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('actor_country', 'text', code)
        .addColumn('actor_sector', 'text')
        .addColumn('recipient_country', 'text', code)
        .addColumn('recipient_sector', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('day', 'text', code)
        .addColumn('week', 'text', code)
        .addColumn('month', 'text', code)
        .addColumn('year', 'text', code)
        .addColumn('outlet', 'text')
        .addColumn('published', 'text')
        .addColumn('evidence_text', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      const idx = (name: string, table: string, cols: string[]) => db.schema.createIndex(name).on(table).columns(cols).execute();
      await idx('events_article', 'events', ['article_id', 'ord']);
      await idx('events_event_id', 'events', ['event_id']);
      await idx('events_dyad', 'events', ['actor_country', 'recipient_country', 'date_start']);
      await idx('events_recipient', 'events', ['recipient_country', 'date_start']);
      await idx('events_category', 'events', ['event', 'date_start']);
      await idx('events_date', 'events', ['date_start']);
      await idx('events_outlet', 'events', ['outlet']);

      const seqType = pg ? 'bigint' : 'integer';
      let parties = db.schema.createTable('event_parties')
        .addColumn('event_seq', seqType, (c) => c.notNull().references('events.seq').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('pos', 'integer', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('sector', 'text')
        .addColumn('label', 'text')
        .addPrimaryKeyConstraint('event_parties_pk', ['event_seq', 'role', 'pos']);
      if (!pg) parties = parties.modifyEnd(sql`without rowid`);
      await parties.execute();
      await idx('event_parties_country', 'event_parties', ['country', 'role', 'event_seq']);
      await idx('event_parties_sector', 'event_parties', ['sector', 'role', 'event_seq']);

      let contexts = db.schema.createTable('event_contexts')
        .addColumn('event_seq', seqType, (c) => c.notNull().references('events.seq').onDelete('cascade'))
        .addColumn('context', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_contexts_pk', ['event_seq', 'context']);
      if (!pg) contexts = contexts.modifyEnd(sql`without rowid`);
      await contexts.execute();
      await idx('event_contexts_context', 'event_contexts', ['context', 'event_seq']);

      if (pg) {
        await sql`alter table events add column evidence_tsv tsvector generated always as (to_tsvector('english', evidence_text)) stored`.execute(db);
        await sql`create index events_evidence_tsv on events using gin (evidence_tsv)`.execute(db);
      } else {
        await sql`create virtual table events_fts using fts5(evidence_text, content='events', content_rowid='seq', tokenize='porter unicode61')`.execute(db);
        await sql`create trigger events_fts_insert after insert on events begin
          insert into events_fts(rowid, evidence_text) values (new.seq, new.evidence_text); end`.execute(db);
        await sql`create trigger events_fts_delete after delete on events begin
          insert into events_fts(events_fts, rowid, evidence_text) values ('delete', old.seq, old.evidence_text); end`.execute(db);
      }
    },
    async down(db: Kysely<any>) {
      if (!pg) await sql`drop table if exists events_fts`.execute(db);
      for (const t of ['event_contexts', 'event_parties', 'events', 'articles']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0002: what a million events need to stay fast.
 * - `event_dyads` (actor, recipient, event_seq): every actor country × recipient country pair of an event, so a dyad
 *   filter is two index ranges already in `seq` order instead of four scans of `event_parties`.
 * - `event_rollup` (dimension, grain, period, key) -> n, goldstein: stats per period kept by putArticles (rollup.ts),
 *   so unfiltered stats read a few hundred rows instead of grouping every event.
 * Both are backfilled from the stored events. The SQL is written out here (not taken from rollup.ts) so that this
 * migration keeps doing what it did when later code changes.
 */
function pagingAndRollup(backend: Backend): Migration {
  const pg = backend === 'postgres';
  const code = (c: ColumnDefinitionBuilder) => (pg ? c.modifyEnd(sql`collate "C"`) : c);
  const seqType = pg ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<any>) {
      let dyads = db.schema.createTable('event_dyads')
        .addColumn('actor', 'text', (c) => code(c.notNull()))
        .addColumn('recipient', 'text', (c) => code(c.notNull()))
        .addColumn('event_seq', seqType, (c) => c.notNull().references('events.seq').onDelete('cascade'))
        .addPrimaryKeyConstraint('event_dyads_pk', ['actor', 'recipient', 'event_seq']);
      if (!pg) dyads = dyads.modifyEnd(sql`without rowid`);
      await dyads.execute();
      await sql`insert into event_dyads (actor, recipient, event_seq)
        select distinct a.country, r.country, a.event_seq from event_parties a
        join event_parties r on r.event_seq = a.event_seq and r.role = 'R' and r.country is not null
        where a.role = 'A' and a.country is not null`.execute(db);
      // deleting events (replaced articles) cascades here: find their rows by seq
      await db.schema.createIndex('event_dyads_seq').on('event_dyads').column('event_seq').execute();

      let rollup = db.schema.createTable('event_rollup')
        .addColumn('dimension', 'text', (c) => c.notNull())
        .addColumn('grain', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => code(c.notNull()))
        .addColumn('key', 'text', (c) => code(c.notNull()))
        .addColumn('n', pg ? 'bigint' : 'integer', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_rollup_pk', ['dimension', 'grain', 'period', 'key']);
      if (!pg) rollup = rollup.modifyEnd(sql`without rowid`);
      await rollup.execute();
      const keys = {
        quad: sql`cast(quad as text)`,
        event: sql`event`,
        dyad: sql`coalesce(actor_country, '?') || '-' || coalesce(recipient_country, '?')`,
      };
      const grains: [keyof typeof keys, string][] = [
        ['quad', 'day'], ['quad', 'week'], ['quad', 'month'], ['quad', 'year'],
        ['event', 'day'], ['event', 'week'], ['event', 'month'], ['event', 'year'],
        ['dyad', 'month'], ['dyad', 'year'],
      ];
      for (const [by, grain] of grains) {
        await sql`insert into event_rollup (dimension, grain, period, key, n, goldstein)
          select ${sql.lit(by)}, ${sql.lit(grain)}, coalesce(${sql.ref(grain)}, 'unknown'), ${keys[by]}, count(*), sum(goldstein)
          from events where true group by 3, 4`.execute(db);
      }
      // give the planner the new tables' statistics now rather than whenever autovacuum gets to them
      if (pg) await sql`analyze event_dyads, event_rollup`.execute(db);
    },
    async down(db: Kysely<any>) {
      for (const t of ['event_rollup', 'event_dyads']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0005: what `readout watch` remembers between runs (watch-state.ts): per feed its HTTP validators, when it was
 * checked, its failures and when to check it next; per feed item the key it was seen under, its URL and the article
 * it became (null when it gave none), so that a restart neither refetches nor stores an item twice.
 */
function watchState(backend: Backend): Migration {
  const stamp = backend === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('feed_state')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('checked', stamp)
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_check', stamp)
        .addColumn('error', 'text')
        .execute();
      await db.schema.createTable('feed_items')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('feed', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('article_id', 'text')
        .addColumn('seen', stamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feed_items_url').on('feed_items').column('url').execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['feed_items', 'feed_state']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0003: stories (issue #12). `story_articles` has no foreign key to `articles`: an article replaced by recode keeps its
 * story. `story_features` keeps what clustering scores a newcomer against; `story_bands` the posting lists (LSH band
 * keys and term keys) read most recent first by (band, joined). Existing articles are not clustered here (a store
 * from before 0003 gets stories for the articles stored after it).
 */
function stories(backend: Backend): Migration {
  const pg = backend === 'postgres';
  const code = (c: ColumnDefinitionBuilder) => (pg ? c.modifyEnd(sql`collate "C"`) : c);
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('first', 'text', code)
        .addColumn('last', 'text', code)
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('outlet_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_last').on('stories').columns(['last', 'id']).execute();
      await db.schema.createTable('story_articles')
        .addColumn('article_id', 'text', (c) => c.primaryKey())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('joined', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_articles_story').on('story_articles').columns(['story_id', 'article_id']).execute();
      await db.schema.createTable('story_features')
        .addColumn('article_id', 'text', (c) => c.primaryKey())
        .addColumn('published', 'text')
        .addColumn('day', 'integer')
        .addColumn('outlet', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('keys', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_features_day').on('story_features').column('day').execute();
      let bands = db.schema.createTable('story_bands')
        .addColumn('band', 'text', (c) => code(c.notNull()))
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('joined', 'integer', (c) => c.notNull())
        .addColumn('day', 'integer')
        .addPrimaryKeyConstraint('story_bands_pk', ['band', 'article_id']);
      if (!pg) bands = bands.modifyEnd(sql`without rowid`);
      await bands.execute();
      await db.schema.createIndex('story_bands_recent').on('story_bands').columns(['band', 'joined']).execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['story_bands', 'story_features', 'story_articles', 'stories']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0004 (issue #12): merged events, the real-world events of a story (src/stories/merge.ts), and each event as a
 * mention of one. Filled by remergeStories (src/stories/merge-store.ts) whenever a story's articles change.
 */
function mergedEvents(backend: Backend): Migration {
  const pg = backend === 'postgres';
  const code = (c: ColumnDefinitionBuilder) => (pg ? c.modifyEnd(sql`collate "C"`) : c);
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('merged_events')
        .addColumn('id', 'text', (c) => code(c.primaryKey()))
        .addColumn('story_id', 'text', (c) => code(c.notNull()))
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('mention_count', 'integer', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('outlet_count', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('merged_events_story').on('merged_events').column('story_id').execute();
      let mentions = db.schema.createTable('event_mentions')
        .addColumn('merged_id', 'text', (c) => code(c.notNull()))
        .addColumn('event_id', 'text', (c) => code(c.notNull()))
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('outlet', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_mentions_pk', ['merged_id', 'event_id']);
      if (!pg) mentions = mentions.modifyEnd(sql`without rowid`);
      await mentions.execute();
      await db.schema.createIndex('event_mentions_event').on('event_mentions').column('event_id').execute();
      await db.schema.createIndex('event_mentions_article').on('event_mentions').column('article_id').execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['event_mentions', 'merged_events']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0006 (issues #12/#13): articles stored but not yet filed under a story. putArticles marks every article it stores
 * (new or replaced) here in its own transaction; the story step (src/store/story-pending.ts) assigns them and re-merges
 * their stories in a later transaction, deleting a mark only when its `stamp` is still the one it read (a replacement
 * stored in between writes a new stamp, so the article stays pending for the next run).
 */
function storyPending(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('story_pending')
        .addColumn('article_id', 'text', (c) => c.primaryKey())
        .addColumn('published', 'text')
        .addColumn('stamp', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('story_pending').ifExists().execute();
    },
  };
}

/** Every migration, by name; names sort in the order they apply. */
export function migrations(backend: Backend): Record<string, Migration> {
  return {
    '0001_initial': initial(backend), '0002_dyads_rollup': pagingAndRollup(backend), '0003_stories': stories(backend),
    '0004_merged_events': mergedEvents(backend), '0005_watch': watchState(backend),
    '0006_story_pending': storyPending(),
  };
}

class CodeProvider implements MigrationProvider {
  constructor(private readonly backend: Backend) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.backend);
  }
}

/** Bring the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Kysely<any>, backend: Backend, schema?: string): Promise<void> {
  // unordered: a store that has a later migration but not an earlier one (0005 applied, 0003 added since, or 0002's
  // record removed) gets the missing ones applied, in name order, instead of a "corrupted migrations" error; each
  // migration touches only its own tables, so their order between independent ones does not matter
  const migrator = new Migrator({
    db, provider: new CodeProvider(backend), allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`store: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Migrations this readout has that the store has not applied, read without writing anything (the Migrator's own
 * look-up creates its tables first); null when the store has no migration table at all (not a readout store).
 */
export async function pendingMigrations(db: Kysely<any>, backend: Backend): Promise<string[] | null> {
  const table = backend === 'sqlite'
    ? await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from pg_tables where tablename = 'kysely_migration' and schemaname = any(current_schemas(false))`.execute(db);
  if (Number(table.rows[0]?.n ?? 0) === 0) return null;
  const applied = new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name));
  return Object.keys(migrations(backend)).filter((name) => !applied.has(name));
}
