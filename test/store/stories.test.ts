// Stories in the store (issue #12), on SQLite and PostgreSQL: assignment on ingest matches clusterInMemory fed in the
// same order, ids survive re-ingest and recode, and the list/detail queries filter, page and validate.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openStore, type Store, type StorySummary } from '../../src/store/index.js';
import { genCorpus } from '../../src/bench/corpus.js';
import { CODER_VERSION } from '../../src/pipeline.js';
import { clusterInMemory } from '../../src/stories/index.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import { coded, postgresDb, readAll, sqliteDb } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function others(): Article[] {
  return genCorpus({ articles: 24, sentencesPerArticle: 5, seed: 5, from: '2024-03-01', to: '2024-06-30' }).map((a) => ({
    id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: null, title: null, language: null, origin: a.id,
  }));
}

async function allStories(store: Store, limit: number): Promise<StorySummary[]> {
  const out: StorySummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.stories({}, { limit, cursor });
    out.push(...page.stories);
    cursor = page.next;
  } while (cursor);
  return out;
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`stories on ${make().name}`, { skip: make().skip, timeout: 300_000 }, () => {
    const tdb = make();
    let store: Store;
    let items: { article: Article; events: ReadoutEvent[] }[];

    before(async () => {
      items = coded([...(await readAll([EXAMPLES])), ...others()]);
      store = await openStore(tdb.fresh());
      for (let i = 0; i < items.length; i += 5) await store.putArticles(items.slice(i, i + 5), CODER_VERSION);
    });
    after(async () => {
      await store?.close();
      await tdb.cleanup();
    });

    test('ingest assigns the same stories as clusterInMemory fed in the same order', async () => {
      const expected = clusterInMemory(items);
      const got = new Map<string, string>();
      for (const s of await allStories(store, 1000)) for (const a of s.articles) got.set(a, s.id);
      assert.deepEqual([...got].sort(), [...expected].sort());
    });

    test('the bundled Baltic-cable episode is one story of seven articles from five outlets', async () => {
      const page = await store.stories({ minArticles: 7 }, { limit: 10 });
      assert.equal(page.stories.length, 1);
      const s = page.stories[0]!;
      assert.equal(s.articles.length, 7);
      assert.ok(s.outlets.length >= 5, s.outlets.join(', '));
      assert.equal(s.first, '2025-02-10');
      assert.equal(s.last, '2025-02-14');
      assert.match(s.title ?? '', /^Finnish authorities on Saturday boarded/);
      assert.ok(s.events > 0);
      assert.match(s.id, /^s-[0-9a-f]{16}$/);
    });

    test('re-ingest and recode keep every article in its story, with the same id and counts', async () => {
      const before = await allStories(store, 1000);
      const again = await store.putArticles(items, CODER_VERSION);
      assert.equal(again.stored, 0);
      const recoded = await store.putArticles(items, `${CODER_VERSION}-next`);
      assert.equal(recoded.stored, items.length);
      assert.deepEqual(await allStories(store, 1000), before);
    });

    test('filters: outlet, actor, title substring, dates, minimum size', async () => {
      const all = await allStories(store, 1000);
      const baltic = all.find((s) => s.articles.length === 7)!;
      const ids = async (f: Parameters<Store['stories']>[0]) => (await store.stories(f, { limit: 1000 })).stories.map((s) => s.id);
      assert.deepEqual(await ids({ outlet: 'Kremlin Watch' }), [baltic.id]);
      assert.ok((await ids({ actor: 'rus' })).includes(baltic.id));
      assert.deepEqual(await ids({ q: 'FINNISH AUTHORITIES' }), [baltic.id]);
      assert.ok((await ids({ from: '2025-02-14', to: '2025-02' })).includes(baltic.id));
      assert.deepEqual(await ids({ to: '2025-02-09', minArticles: 7 }), []);
      assert.deepEqual(await ids({ q: 'no such title anywhere' }), []);
    });

    test('pages: newest last first, a cursor walks every story once, totals carried', async () => {
      const all = await allStories(store, 1000);
      const paged = await allStories(store, 3);
      assert.deepEqual(paged.map((s) => s.id), all.map((s) => s.id));
      const lasts = all.map((s) => s.last ?? '');
      assert.deepEqual(lasts, [...lasts].sort().reverse());
      const first = await store.stories({}, { limit: 2 });
      assert.equal(first.total, all.length);
      assert.equal((await store.stories({}, { limit: 2, cursor: first.next })).total, all.length);
    });

    test('a bad filter, limit or cursor is a RangeError naming it', async () => {
      await assert.rejects(store.stories({ from: '2025-13' }, { limit: 5 }), /--from/);
      await assert.rejects(store.stories({ actor: 'Russia' }, { limit: 5 }), /--actor/);
      await assert.rejects(store.stories({ minArticles: 0 }, { limit: 5 }), /--min-articles/);
      await assert.rejects(store.stories({ q: ' ' }, { limit: 5 }), /--q/);
      await assert.rejects(store.stories({ from: '2025-03', to: '2025-02' }, { limit: 5 }), /--from/);
      await assert.rejects(store.stories({}, { limit: 0 }), /--limit/);
      await assert.rejects(store.stories({}, { limit: 5, cursor: 'garbage' }), /--cursor/);
    });

    test('story(id): its articles with text and events, by date; null for an unknown id', async () => {
      const baltic = (await store.stories({ minArticles: 7 }, { limit: 1 })).stories[0]!;
      const d = await store.story(baltic.id);
      assert.ok(d);
      assert.deepEqual(d.story, baltic);
      assert.deepEqual(d.articles.map((a) => a.id), baltic.articles);
      assert.ok(d.articles.every((a) => a.text.length > 100));
      assert.ok(d.articles.some((a) => a.events.length > 0));
      assert.equal(d.articles.find((a) => a.id === 'briefs-vega-questioned')?.outlet, 'Nordic Briefs');
      assert.equal(await store.story('s-0000000000000000'), null);
    });
  });
}
