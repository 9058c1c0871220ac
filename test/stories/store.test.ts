// The store side of merged events on both databases: remergeStories writes them, compare / mentions / mentionCounts
// read them, and a re-merge replaces (never duplicates) a story's rows.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { remergeStories } from '../../src/stories/merge-store.js';
import { cellOf } from '../../src/stories/compare.js';
import { postgresDb, sqliteDb } from '../store/helpers.js';
import { seedPair } from './merge-fixtures.js';
import { putStory, rawDb } from './story-tables.js';

const STORY = 's-00000000000000a1';

for (const make of [sqliteDb, postgresDb]) {
  describe(`merged events on ${make().name}`, { skip: make().skip }, () => {
    const tdb = make();
    after(() => tdb.cleanup());

    test('compare, mentions and mention counts of a stored story', { timeout: 120_000 }, async () => {
      const url = tdb.fresh();
      const store = await openStore(url);
      const db = await rawDb(url);
      try {
        await store.putArticles(seedPair(), 'test');
        await putStory(db, STORY, ['irna-1', 'xinhua-1'], 'Radan in Beijing');
        const c = (await store.compare(STORY))!;
        assert.deepEqual(c.story.articles, ['irna-1', 'xinhua-1']);
        assert.deepEqual(c.outlets, ['IRNA', 'Xinhua']);
        assert.equal(c.story.events, 3);
        const offer = c.events.find((e) => e.mentions.some((m) => m.event_id === 'i2'))!;
        assert.equal(cellOf(offer, 'IRNA'), 'fact');
        assert.equal(cellOf(offer, 'Xinhua'), '—');
        assert.equal(offer.only, 'IRNA');
        assert.equal(offer.mentions[0]!.evidence.text.includes('police technology'), true);
        assert.deepEqual(offer.coverage.map((x) => x.outlet), ['Xinhua']);
        assert.equal(await store.compare('s-unknown'), null);

        const rows = [];
        for await (const r of store.mentions()) rows.push(r);
        assert.deepEqual(rows.map((r) => r.event_id).sort(), ['i1', 'i2', 'x1', 'x2']);
        assert.ok(rows.every((r) => r.story_id === STORY && r.status === 'asserted'));
        const meeting = rows.filter((r) => r.event_id === 'i1' || r.event_id === 'x1');
        assert.equal(meeting[0]!.merged_id, meeting[1]!.merged_id);

        const counts = await store.mentionCounts(['i1', 'i2', 'nope']);
        assert.deepEqual(counts.get('i1'), { mentions: 2, sources: 2, articles: 2 });
        assert.deepEqual(counts.get('i2'), { mentions: 1, sources: 1, articles: 1 });
        assert.equal(counts.has('nope'), false);

        // a re-merge replaces the story's rows
        await remergeStories(db, [STORY, STORY]);
        const again = [];
        for await (const r of store.mentions()) again.push(r);
        assert.deepEqual(again, rows);
        assert.deepEqual(await store.compare(STORY), c);
      } finally {
        await db.destroy();
        await store.close();
      }
    });
  });
}
