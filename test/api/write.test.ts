// POST /api/code (code without storing) and POST /api/articles (ingest, only with the server's bearer token).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodedSchema, IngestResultSchema } from '../../src/api/schemas.js';
import { harness, type Harness } from './helpers.js';
import { BACKENDS } from './stores.js';

for (const b of BACKENDS) describe(`API on ${b.name}`, { skip: b.skip }, () => {
  after(async () => { await b.db.cleanup(); });
  const TEXT = 'Officials described the weather in Tallinn as mild. Russia accused Estonia of provocations in the Gulf of Finland, according to TASS.';
  const ARTICLE = {
    id: 'api-test-1',
    text: 'Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in Helsinki on Tuesday, the Finnish presidency said.',
    published: '2025-03-04',
    outlet: 'Test Wire',
  };

  const errorOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string; field?: string } }).error;

  describe('POST /api/code', () => {
    let h: Harness;
    before(async () => { h = await harness({}, b.factory); });
    after(async () => { await h.close(); });

    test('codes a text and stores nothing', async () => {
      const before = await h.store.counts();
      const res = await h.app.inject({ method: 'POST', url: '/api/code', payload: { text: TEXT, published: '2025-02-10', outlet: 'Paste' } });
      assert.equal(res.statusCode, 200);
      const out = CodedSchema.parse(res.json());
      assert.equal(out.article.text, TEXT);
      assert.equal(out.article.outlet, 'Paste');
      const accuse = out.events.find((e) => e.event === 'ACCUSE');
      assert.ok(accuse, `an ACCUSE event among ${out.events.map((e) => e.event).join(', ')}`);
      assert.deepEqual([accuse.actor[0]?.country, accuse.recipient[0]?.country], ['RUS', 'EST']);
      assert.equal(TEXT.slice(accuse.evidence.start, accuse.evidence.end), accuse.evidence.text);
      assert.ok(accuse.evidence.start > 0, 'offsets refer to the whole text');
      assert.deepEqual(accuse.attribution.map((a) => a.text), ['TASS']);
      assert.deepEqual(await h.store.counts(), before);
    });

    const bad: [string, unknown, string | undefined][] = [
      ['empty text', { text: '  ' }, 'text'],
      ['missing text', { outlet: 'x' }, 'text'],
      ['text not a string', { text: 42 }, 'text'],
      ['bad date', { text: 'x', published: '10/02/2025' }, 'published'],
      ['month-only date', { text: 'x', published: '2025-02' }, 'published'],
      ['unknown field', { text: 'x', colour: 'red' }, 'colour'],
      ['an array', [{ text: 'x' }], undefined],
    ];
    for (const [what, payload, field] of bad) {
      test(`${what} => 400${field ? ` naming '${field}'` : ''}`, async () => {
        const res = await h.app.inject({ method: 'POST', url: '/api/code', payload: payload as object });
        assert.equal(res.statusCode, 400);
        const err = errorOf(res.body);
        assert.equal(err.field, field);
        if (field) assert.match(err.message, new RegExp(`'${field}'`));
      });
    }

    test('bad JSON => 400 bad_json; non-JSON => 415; too large => 413', async () => {
      const badJson = await h.app.inject({ method: 'POST', url: '/api/code', payload: '{"text":', headers: { 'content-type': 'application/json' } });
      assert.equal(badJson.statusCode, 400);
      assert.equal(errorOf(badJson.body).code, 'bad_json');
      const plain = await h.app.inject({ method: 'POST', url: '/api/code', payload: 'hello', headers: { 'content-type': 'text/plain' } });
      assert.equal(plain.statusCode, 415);
      const big = await h.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'word '.repeat(60_000) } });
      assert.equal(big.statusCode, 413);
      assert.match(errorOf(big.body).message, /limit of \d+ bytes/);
    });
  });

  describe('POST /api/articles: the token rule', () => {
    const post = (h: Harness, auth?: string, payload: object = { articles: [ARTICLE] }) =>
      h.app.inject({ method: 'POST', url: '/api/articles', payload, headers: auth === undefined ? {} : { authorization: auth } });

    test('without a server token, ingest is refused entirely (403 with a message), even with a header', async () => {
      const h = await harness({}, b.factory);
      try {
        for (const auth of [undefined, 'Bearer anything']) {
          const res = await post(h, auth);
          assert.equal(res.statusCode, 403);
          assert.equal(errorOf(res.body).code, 'ingest_disabled');
          assert.match(errorOf(res.body).message, /READOUT_TOKEN/);
        }
        assert.equal(await h.store.article(ARTICLE.id), null);
      } finally {
        await h.close();
      }
    });

    test('with a server token: missing 401, malformed 401, wrong 403, right 201 and stored', async () => {
      const h = await harness({ token: 's3cret-token' }, b.factory);
      try {
        assert.equal((await post(h)).statusCode, 401);
        assert.equal((await post(h, 'Basic czNjcmV0')).statusCode, 401);
        assert.equal((await post(h, 'Bearer wrong-token')).statusCode, 403);
        assert.equal((await post(h, 'Bearer s3cret-tokenX')).statusCode, 403);
        assert.equal(await h.store.article(ARTICLE.id), null, 'refused requests store nothing');

        const ok = await post(h, 'Bearer s3cret-token');
        assert.equal(ok.statusCode, 201);
        const r = IngestResultSchema.parse(ok.json());
        assert.deepEqual(r.ids, [ARTICLE.id]);
        assert.equal(r.stored, 1);
        const stored = await h.store.article(ARTICLE.id);
        assert.ok(stored);
        assert.equal(stored.article.outlet, 'Test Wire');
        assert.equal(stored.events.length, r.events);
        assert.ok(r.events > 0, 'the article codes into at least one event');
        // visible through the read API
        const page = (await h.app.inject(`/api/events?article=${ARTICLE.id}`)).json() as { total: number };
        assert.equal(page.total, r.events);
        // the same article again is skipped, not duplicated
        const again = IngestResultSchema.parse((await post(h, 'Bearer s3cret-token')).json());
        assert.equal(again.skipped, 1);
        assert.equal(((await h.app.inject(`/api/events?article=${ARTICLE.id}`)).json() as { total: number }).total, r.events);
      } finally {
        await h.close();
      }
    });

    test('the response says which articles were stored and which were skipped as duplicates', async () => {
      const h = await harness({ token: 't' }, b.factory);
      try {
        const first = IngestResultSchema.parse((await post(h, 'Bearer t')).json());
        assert.deepEqual([first.ids, first.skippedIds], [[ARTICLE.id], []]);
        const copy = { ...ARTICLE, id: 'api-test-copy' }; // the same text under another id: a duplicate
        const other = { id: 'api-test-2', text: 'Estonia protested to Russia over the airspace violation, the Estonian foreign ministry said.' };
        const twin = { id: 'api-test-3', text: other.text }; // repeats a text of this very request
        const r = IngestResultSchema.parse((await post(h, 'Bearer t', { articles: [ARTICLE, copy, other, twin] })).json());
        assert.deepEqual(r.ids, ['api-test-2']);
        assert.deepEqual(r.skippedIds, [ARTICLE.id, 'api-test-copy', 'api-test-3']);
        assert.deepEqual([r.stored, r.skipped], [1, 3]);
        assert.equal(await h.store.article('api-test-copy'), null);
        assert.equal(await h.store.article('api-test-3'), null);
        assert.ok(await h.store.article('api-test-2'));
      } finally {
        await h.close();
      }
    });

    test('an article without id gets one from its text; bad batches are 400 naming the field', async () => {
      const h = await harness({ token: 't' }, b.factory);
      try {
        const { id: _id, ...noId } = ARTICLE;
        const r = IngestResultSchema.parse((await post(h, 'Bearer t', { articles: [noId] })).json());
        assert.match(r.ids[0]!, /^api-[0-9a-f]{16}$/);
        for (const [payload, field] of [
          [{ articles: [] }, 'articles'],
          [{ articles: [{ text: '' }] }, 'articles.0.text'],
          [{ articles: [{ text: 'x', published: 'soon' }] }, 'articles.0.published'],
          [{ article: ARTICLE }, 'articles'],
          [{ articles: [ARTICLE], colour: 'red' }, 'colour'],
          [{ articles: [ARTICLE, { ...ARTICLE, text: 'Another text.' }] }, 'articles.1.id'],
        ] as const) {
          const res = await post(h, 'Bearer t', payload);
          assert.equal(res.statusCode, 400, JSON.stringify(payload));
          assert.equal(errorOf(res.body).field, field);
        }
      } finally {
        await h.close();
      }
    });
  });

});
