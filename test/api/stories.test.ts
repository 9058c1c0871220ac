// GET /api/stories and /api/stories/{id} on both backends: the examples' one story, filters, pages, 404, and a 400
// naming the parameter for every bad value.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryDetailSchema, StoryPageSchema } from '../../src/api/story-schemas.js';
import { harness, type Harness } from './helpers.js';
import { BACKENDS } from './stores.js';

/** A harness over backend b for the enclosing describe, and a GET that answers status and JSON body. */
function served(b: (typeof BACKENDS)[number]) {
  let h: Harness | undefined;
  before(async () => { h = await harness({}, b.factory); });
  after(async () => { await h?.close(); await b.db.cleanup(); });
  return {
    harness: () => h!,
    get: async (url: string) => {
      const res = await h!.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() as Record<string, unknown> };
    },
  };
}

for (const b of BACKENDS) describe(`story API on ${b.name}`, { skip: b.skip }, () => {
  const { harness: h, get } = served(b);

  test('GET /api/stories: the examples are one story of all their articles', async () => {
    const r = await get('/api/stories');
    assert.equal(r.status, 200);
    const page = StoryPageSchema.parse(r.body);
    assert.equal(page.total, 1);
    assert.deepEqual([...page.stories[0]!.articles].sort(), h().coded.batch.map((x) => x.article.id).sort());
    assert.equal(page.next, null);
  });

  test('filters narrow the list; an outlet nobody has gives none', async () => {
    const n = async (qs: string) => StoryPageSchema.parse((await get(`/api/stories?${qs}`)).body).total;
    assert.equal(await n('outlet=Kremlin%20Watch&minArticles=2&from=2025-02&to=2025-02-28&actor=RUS&q=tanker'), 1);
    assert.equal(await n('outlet=Nobody%20Daily'), 0);
    assert.equal(await n('minArticles=100'), 0);
    assert.equal(await n('to=2025-01'), 0);
  });

  test('GET /api/stories/{id}: the story with its articles; unknown id is a 404', async () => {
    const id = StoryPageSchema.parse((await get('/api/stories')).body).stories[0]!.id;
    const r = await get(`/api/stories/${id}`);
    assert.equal(r.status, 200);
    const d = StoryDetailSchema.parse(r.body);
    assert.equal(d.story.id, id);
    assert.equal(d.articles.length, h().coded.batch.length);
    assert.ok(d.articles.every((a) => a.text.length > 0));
    const missing = await get('/api/stories/s-0000000000000000');
    assert.equal(missing.status, 404);
    assert.deepEqual((missing.body['error'] as { field?: string }).field, 'id');
  });

  test('bad parameters are 400s naming the parameter', async () => {
    for (const [qs, field] of [
      ['from=2025-13', 'from'], ['to=yesterday', 'to'], ['actor=Russia', 'actor'], ['minArticles=0', 'minArticles'],
      ['minArticles=two', 'minArticles'], ['limit=0', 'limit'], ['limit=1000', 'limit'], ['q=%20', 'q'], ['cursor=nope', 'cursor'],
      ['from=2025-03&to=2025-02', 'from'], ['dyad=RUS-FIN', 'dyad'], ['outlet=a&outlet=b', 'outlet'],
    ]) {
      const r = await get(`/api/stories?${qs}`);
      assert.equal(r.status, 400, qs);
      assert.equal((r.body['error'] as { field?: string }).field, field, `${qs}: ${JSON.stringify(r.body)}`);
    }
  });
});
