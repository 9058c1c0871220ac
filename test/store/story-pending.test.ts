// The story step out of the write transaction (issues #12/#13), on SQLite and PostgreSQL: stored articles wait as
// story-pending until the step runs; a step that fails half-way (a simulated crash) leaves them all pending and the next
// run assigns them; running it again changes nothing; the order is publication date then id, whatever the order the
// articles were stored in; a replacement stored while pending is what gets merged; one assigner at a time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, type MentionRow, type Store } from '../../src/store/index.js';
import { CODER_VERSION } from '../../src/pipeline.js';
import { clusterInMemory } from '../../src/stories/index.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import { coded, postgresDb, readAll, sqliteDb, storyMembership, type TestDb } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
type Item = { article: Article; events: ReadoutEvent[] };

async function mentions(store: Store): Promise<MentionRow[]> {
  const out: MentionRow[] = [];
  for await (const m of store.mentions()) out.push(m);
  return out;
}

/** Publication date (undated last), then id: the story step's order. */
function stepOrder(items: Item[]): Item[] {
  const key = (x: Item) => [x.article.published === null ? 1 : 0, x.article.published ?? '', x.article.id] as const;
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}

/** SQL run on the store's own database, outside readout (to make the step fail, or to hold its lock). */
interface Raw { exec(sql: string): Promise<void>; rows(sql: string): Promise<Record<string, unknown>[]>; close(): Promise<void> }

async function raw(tdb: TestDb, url: string): Promise<Raw> {
  if (tdb.name === 'sqlite') {
    const db = new Database(url);
    return { exec: async (s) => { db.exec(s); }, rows: async (s) => db.prepare(s).all() as Record<string, unknown>[], close: async () => { db.close(); } };
  }
  const u = new URL(url);
  const schema = u.searchParams.get('schema')!;
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  await client.query(`set search_path to "${schema}"`);
  return { exec: async (s) => { await client.query(s); }, rows: async (s) => (await client.query(s)).rows as Record<string, unknown>[], close: () => client.end() };
}

/** A trigger that makes writing merged events fail: the story step then fails after assigning, before it commits. */
function crashTrigger(tdb: TestDb): string {
  return tdb.name === 'sqlite'
    ? `create trigger crash before insert on merged_events begin select raise(abort, 'simulated crash'); end`
    : `create function crash() returns trigger language plpgsql as $$ begin raise exception 'simulated crash'; end $$;
       create trigger crash before insert on merged_events for each row execute function crash()`;
}
const dropCrash = (tdb: TestDb) => (tdb.name === 'sqlite' ? 'drop trigger crash' : 'drop trigger crash on merged_events; drop function crash()');

for (const make of [sqliteDb, postgresDb]) {
  describe(`the story step on ${make().name}`, { skip: make().skip, timeout: 300_000 }, () => {
    const tdb = make();
    let items: Item[];
    /** the stories and merged events of one ingest of every item (the step run at once) */
    let expected: { stories: Map<string, string>; mentions: MentionRow[] };

    before(async () => {
      items = coded(await readAll([EXAMPLES]));
      const store = await openStore(tdb.fresh());
      try {
        await store.putArticles(items, CODER_VERSION);
        assert.equal(await store.storyPending(), 0);
        expected = { stories: await storyMembership(store), mentions: await mentions(store) };
      } finally {
        await store.close();
      }
    });
    after(() => tdb.cleanup());

    test('one ingest assigns in publication-date then id order: the stories clusterInMemory gives in that order', () => {
      assert.deepEqual([...expected.stories].sort(), [...clusterInMemory(stepOrder(items))].sort());
    });

    test('a crash inside the step leaves every article pending; the next run assigns them, as one ingest would', async () => {
      const url = tdb.fresh();
      let store = await openStore(url);
      const db = await raw(tdb, url);
      try {
        await db.exec(crashTrigger(tdb));
        await assert.rejects(store.putArticles(items, CODER_VERSION), /simulated crash/);
        // the articles and events were committed before the step; the step's work was all rolled back
        assert.equal((await store.counts()).articles, items.length);
        assert.equal(await store.storyPending(), items.length);
        assert.equal((await store.stories({}, { limit: 10 })).total, 0);
        assert.deepEqual(await mentions(store), []);
        await db.exec(dropCrash(tdb));
        // the next run: a new process whose ingest stores nothing new (everything is unchanged)
        await store.close();
        store = await openStore(url);
        const again = await store.putArticles(items, CODER_VERSION);
        assert.equal(again.stored, 0);
        assert.equal(await store.storyPending(), 0);
        assert.deepEqual(await storyMembership(store), expected.stories);
        assert.deepEqual(await mentions(store), expected.mentions);
      } finally {
        await db.close();
        await store.close();
      }
    });

    test("stored with 'later', in any order and batches, the articles wait; one step assigns them as one ingest would", async () => {
      const url = tdb.fresh();
      const store = await openStore(url);
      try {
        const reversed = [...items].reverse();
        for (let i = 0; i < reversed.length; i += 4) await store.putArticles(reversed.slice(i, i + 4), CODER_VERSION, { stories: 'later' });
        assert.equal(await store.storyPending(), items.length);
        assert.equal((await store.stories({}, { limit: 10 })).total, 0, 'readers see no story before the step');
        assert.deepEqual(await store.storyStep('wait'), { articles: items.length, stories: new Set(expected.stories.values()).size });
        assert.equal(await store.storyPending(), 0);
        assert.deepEqual(await storyMembership(store), expected.stories);
        assert.deepEqual(await mentions(store), expected.mentions);
        // the stories' own rows (counts, dates, title) agree with their articles
        const db = await raw(tdb, url);
        try {
          const rows = new Map((await db.rows('select id, title, first, last, article_count, outlet_count from stories')).map((r) => [r['id'], r]));
          for (const st of (await store.stories({}, { limit: 1000 })).stories) {
            const r = rows.get(st.id)!;
            assert.deepEqual([Number(r['article_count']), Number(r['outlet_count']), r['first'], r['last']], [st.articles.length, st.outlets.length, st.first, st.last], st.id);
            assert.equal(r['title'], st.title);
          }
        } finally {
          await db.close();
        }
      } finally {
        await store.close();
      }
    });

    test('the step is idempotent: again it does nothing; a re-stored article keeps its story', async () => {
      const store = await openStore(tdb.fresh());
      try {
        await store.putArticles(items, CODER_VERSION);
        assert.deepEqual(await store.storyStep('wait'), { articles: 0, stories: 0 });
        assert.deepEqual(await store.storyStep('try'), { articles: 0, stories: 0 });
        // recoded while pending, twice: the article stays in its story and the last events are the ones merged
        const baltic = items.filter((x) => expected.stories.get(x.article.id) === expected.stories.get(items[0]!.article.id));
        await store.putArticles(baltic, `${CODER_VERSION}-a`, { stories: 'later' });
        await store.putArticles(baltic.map((x) => ({ ...x, events: x.events.slice(1) })), `${CODER_VERSION}-b`, { stories: 'later' });
        assert.equal(await store.storyPending(), baltic.length);
        assert.deepEqual(await store.storyStep('wait'), { articles: baltic.length, stories: 1 });
        assert.deepEqual(await storyMembership(store), expected.stories);
        const dropped = new Set(baltic.flatMap((x) => x.events.slice(0, 1).map((e) => e.id)));
        const now = await mentions(store);
        assert.ok(dropped.size > 0 && now.every((m) => !dropped.has(m.event_id)), 'the events of the last store are merged');
        assert.deepEqual(now.filter((m) => m.story_id !== expected.stories.get(baltic[0]!.article.id)),
          expected.mentions.filter((m) => m.story_id !== expected.stories.get(baltic[0]!.article.id)), 'other stories untouched');
      } finally {
        await store.close();
      }
    });

    test('an article stored again while the step runs stays pending (its mark has a new stamp) and the next run re-merges it', async () => {
      const url = tdb.fresh();
      const store = await openStore(url);
      const db = await raw(tdb, url);
      try {
        const first = stepOrder(items)[0]!.article.id;
        // as if a replacement of the first article committed while the step was assigning it
        await db.exec(tdb.name === 'sqlite'
          ? `create trigger restamp after insert on story_articles when new.article_id = '${first}' begin
               update story_pending set stamp = 'stored-again' where article_id = new.article_id; end`
          : `create function restamp() returns trigger language plpgsql as $$ begin
               update story_pending set stamp = 'stored-again' where article_id = new.article_id; return new; end $$;
             create trigger restamp after insert on story_articles for each row when (new.article_id = '${first}') execute function restamp()`);
        await store.putArticles(items, CODER_VERSION, { stories: 'later' });
        assert.equal((await store.storyStep('wait'))?.articles, items.length);
        assert.equal(await store.storyPending(), 1, 'the re-stamped mark is left');
        assert.deepEqual(await store.storyStep('wait'), { articles: 1, stories: 1 });
        assert.equal(await store.storyPending(), 0);
        assert.deepEqual(await storyMembership(store), expected.stories);
      } finally {
        await db.close();
        await store.close();
      }
    });

    test('one assigner at a time: try gives up while the lock is held, wait takes over once it is free', { skip: make().name === 'sqlite' ? 'PostgreSQL only (SQLite writers hold the file lock)' : false }, async () => {
      const url = tdb.fresh();
      const store = await openStore(url);
      const db = await raw(tdb, url);
      try {
        await store.putArticles(items.slice(0, 3), CODER_VERSION, { stories: 'later' });
        await db.exec(`begin; select pg_advisory_xact_lock(hashtext('readout stories ' || current_schema()))`);
        assert.equal(await store.storyStep('try'), null);
        assert.equal(await store.storyPending(), 3);
        const waiting = store.storyStep('wait');
        await new Promise((r) => setTimeout(r, 200));
        await db.exec('commit');
        assert.equal((await waiting)?.articles, 3);
        assert.equal(await store.storyPending(), 0);
      } finally {
        await db.close();
        await store.close();
      }
    });
  });
}
