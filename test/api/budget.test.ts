// The CPU budget of /api/code and /api/articles: texts are coded on worker threads; a request over the time budget has
// its worker terminated and replaced; a full queue is a 503 with Retry-After at once; the event loop stays free
// (structural checks only: no timings are asserted).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codingPool, CoderBusy, CoderTimeout, inlineCoder, type CodingPool } from '../../src/api/index.js';
import type { Article } from '../../src/types.js';
import { coded, harness, type Harness } from './helpers.js';

const STUB = new URL('./stub-worker.js', import.meta.url);
const article = (text: string, id = text): Article => ({ id, text, published: null, outlet: null, url: null, title: null, language: null, origin: 'test' });

describe('the coding pool', () => {
  test('a request over the budget is rejected, its worker replaced, and the next request is coded', { timeout: 60_000 }, async () => {
    const pool = codingPool({ lexicons: {}, size: 1, timeoutMs: 300, script: STUB });
    try {
      await pool.ready();
      await assert.rejects(pool.code([article('spin')]), CoderTimeout);
      assert.deepEqual(await pool.code([article('fine')]), [[]], 'a fresh worker took over');
      assert.equal(pool.load().workers, 1);
    } finally {
      await pool.close();
    }
  });

  test('when every worker is busy and the queue is full, requests are refused at once', { timeout: 60_000 }, async () => {
    const pool = codingPool({ lexicons: {}, size: 1, queue: 2, timeoutMs: 2_000, script: STUB });
    try {
      await pool.ready();
      const running = pool.code([article('spin')]);
      const queued = [pool.code([article('a')]), pool.code([article('b')])];
      await assert.rejects(pool.code([article('c')]), (e: unknown) => e instanceof CoderBusy && e.retryAfter > 0);
      assert.deepEqual(pool.load(), { workers: 1, busy: 1, waiting: 2 });
      await assert.rejects(running, CoderTimeout);
      assert.deepEqual(await Promise.all(queued), [[[]], [[]]], 'the queued requests run on the replacement worker');
    } finally {
      await pool.close();
    }
  });

  test('a coder error fails its request alone', { timeout: 60_000 }, async () => {
    const pool = codingPool({ lexicons: {}, size: 1, script: STUB });
    try {
      await assert.rejects(pool.code([article('fail')]), /the coder threw/);
      assert.deepEqual(await pool.code([article('ok')]), [[]]);
    } finally {
      await pool.close();
    }
  });

  test('the real worker codes exactly as the calling thread does', { timeout: 120_000 }, async () => {
    const pool = codingPool({ lexicons: {}, size: 1 });
    try {
      const text = 'Russia accused Estonia of provocations in the Gulf of Finland, according to TASS.';
      const { lexicons } = await coded();
      assert.deepEqual(await pool.code([article(text)]), await inlineCoder(lexicons).code([article(text)]));
    } finally {
      await pool.close();
    }
  });
});

describe('the server under a saturated pool', () => {
  let h: Harness;
  let pool: CodingPool;
  before(async () => {
    pool = codingPool({ lexicons: {}, size: 1, queue: 0, timeoutMs: 5_000, script: STUB });
    await pool.ready();
    h = await harness({ coder: pool, token: 't' });
  });
  after(async () => { await h.close(); await pool.close(); });

  test('POST /api/code and /api/articles answer 503 with Retry-After while reads are served', { timeout: 60_000 }, async () => {
    const spinning = h.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'spin' } });
    await new Promise((r) => setTimeout(r, 50));
    const code = await h.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Another text.' } });
    assert.equal(code.statusCode, 503);
    assert.ok(Number(code.headers['retry-after']) > 0);
    assert.equal((code.json() as { error: { code: string } }).error.code, 'busy');
    const ingest = await h.app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer t' }, payload: { articles: [{ id: 'n1', text: 'A new text.' }] } });
    assert.equal(ingest.statusCode, 503);
    assert.equal(await h.store.article('n1'), null);
    // the event loop is free: a read is answered while the worker spins
    assert.equal((await h.app.inject('/api/info')).statusCode, 200);
    const timedOut = await spinning;
    assert.equal(timedOut.statusCode, 503);
    assert.equal((timedOut.json() as { error: { code: string } }).error.code, 'coding_timeout');
  });
});
