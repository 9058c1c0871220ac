// GET /api/stories/{id}/compare: the Comparison of a stored story, 404 for an unknown one, 400 for a bad id.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../../src/api/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { Comparison } from '../../src/stories/compare.js';
import { ComparisonSchema } from '../../src/api/compare-schemas.js';
import { sqliteDb } from '../store/helpers.js';
import { seedPair } from './merge-fixtures.js';
import { putStory, rawDb } from './story-tables.js';

const STORY = 's-00000000000000c3';

describe('GET /api/stories/{id}/compare', () => {
  const tdb = sqliteDb();
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  before(async () => {
    const url = tdb.fresh();
    store = await openStore(url);
    await store.putArticles(seedPair(), 'test');
    const raw = await rawDb(url);
    await putStory(raw, STORY, ['irna-1', 'xinhua-1']);
    await raw.destroy();
    app = buildServer({ store, coder: { code: async () => [], close: async () => {} } });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
    await tdb.cleanup();
  });

  test('a stored story: its comparison, as the schema says', { timeout: 120_000 }, async () => {
    const res = await app.inject(`/api/stories/${STORY}/compare`);
    assert.equal(res.statusCode, 200, res.body);
    const c = ComparisonSchema.parse(JSON.parse(res.body)) as Comparison;
    assert.deepEqual(c.outlets, ['IRNA', 'Xinhua']);
    const offer = c.events.find((e) => e.only === 'IRNA')!;
    assert.deepEqual(offer.missing, ['Xinhua']);
    assert.ok(offer.mentions[0]!.evidence.text.includes('police technology'));
  });

  test('an unknown story is 404 naming it; an over-long id is refused', async () => {
    const res = await app.inject('/api/stories/s-nope/compare');
    assert.equal(res.statusCode, 404);
    assert.match((JSON.parse(res.body) as { error: { message: string } }).error.message, /no story with id 's-nope'/);
    // (Fastify answers 414 for a path parameter over its length limit before the schema sees it)
    assert.ok([400, 414].includes((await app.inject(`/api/stories/${'x'.repeat(400)}/compare`)).statusCode));
  });
});
