// The server's guards: structured logs (one JSON line per request with its id, no secrets; unexpected errors logged
// with the id the client sees), the Host check against DNS rebinding, and 503 while the database is away.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { isStoreUnavailable } from '../../src/api/errors.js';
import { StoreUnavailableError } from '../../src/store/index.js';
import { hostAllowed, splitHost } from '../../src/api/host.js';
import { buildServer, inlineCoder } from '../../src/api/index.js';
import type { Store } from '../../src/store/types.js';
import { coded, harness } from './helpers.js';

function logSink() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  let text = '';
  stream.on('data', (d: Buffer) => {
    text += d.toString();
    const parts = text.split('\n');
    text = parts.pop()!;
    for (const l of parts) if (l.trim() !== '') lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  return { stream, lines, raw: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

/** A server over a store whose every method fails with `err` (the database went away, or a bug). */
async function failingServer(err: () => Error, log?: { stream: NodeJS.WritableStream }) {
  const fail = async () => { throw err(); };
  const store = { backend: 'postgres', events: fail, stats: fail, topActors: fail, topDyads: fail, article: fail, counts: fail, unchanged: fail, putArticles: fail } as unknown as Store;
  const app = buildServer({ store, coder: inlineCoder((await coded()).lexicons), token: 't', ...(log ? { log } : {}) });
  await app.ready();
  return app;
}

const pgRefused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });

describe('structured logs', () => {
  test('one JSON line per request with its id; the Authorization header and URL secrets are not logged', async () => {
    const log = logSink();
    const h = await harness({ log: { stream: log.stream }, token: 'sup3r-secret-token' });
    try {
      const res = await h.app.inject({ url: '/api/events?limit=2&token=abc123' });
      await h.app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer sup3r-secret-token' }, payload: { articles: [] } });
      await new Promise((r) => setImmediate(r));
      const requests = log.lines.filter((l) => l['msg'] === 'request');
      assert.equal(requests.length, 2, log.raw());
      assert.equal(requests[0]!['reqId'], res.headers['x-request-id']);
      assert.equal(requests[0]!['status'], 400, 'token is no parameter of /api/events');
      assert.equal(requests[1]!['status'], 400);
      assert.doesNotMatch(log.raw(), /sup3r-secret-token|abc123/);
    } finally {
      await h.close();
    }
  });

  test('an unexpected error is a 500 quoting the request id, and logged under that id with URLs masked', async () => {
    const log = logSink();
    const app = await failingServer(() => new TypeError('boom at postgres://readout:hunter2@db/x'), log);
    try {
      const res = await app.inject('/api/events');
      assert.equal(res.statusCode, 500);
      const id = String(res.headers['x-request-id']);
      assert.match((res.json() as { error: { message: string } }).error.message, new RegExp(id));
      await new Promise((r) => setImmediate(r));
      const logged = log.lines.find((l) => l['msg'] === 'unexpected error');
      assert.ok(logged, log.raw());
      assert.equal(logged['reqId'], id);
      assert.match(JSON.stringify(logged), /boom at postgres:\/\/readout:\*\*\*@db/);
      assert.doesNotMatch(log.raw(), /hunter2/);
    } finally {
      await app.close();
    }
  });
});

describe('Host header check', () => {
  test('hostAllowed: the bound address, loopback names on loopback, IP literals on a wildcard address', () => {
    const lo = { host: '127.0.0.1', port: 8080 };
    for (const ok of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', 'LOCALHOST:8080']) assert.ok(hostAllowed(ok, lo), ok);
    for (const bad of ['evil.example:8080', '127.0.0.1:8081', 'localhost', '127.0.0.1', 'a.localhost.evil:8080', '', 'x:y:z', undefined]) {
      assert.equal(hostAllowed(bad, lo), false, String(bad));
    }
    const any = { host: '0.0.0.0', port: 80 };
    assert.ok(hostAllowed('192.168.1.5', any));
    assert.ok(hostAllowed('[fe80::1]', any));
    assert.equal(hostAllowed('rebind.evil.example', any), false);
    assert.ok(hostAllowed('events.lan:80', { host: 'events.lan', port: 80 }));
    assert.deepEqual(splitHost('[::1]:99'), { name: '::1', port: 99 });
  });

  test('a request with a foreign Host is refused with 421 before any route runs; the bound host is served', async () => {
    const h = await harness({ hostCheck: { host: '127.0.0.1', port: 8080 } });
    try {
      const evil = await h.app.inject({ url: '/api/info', headers: { host: 'rebind.evil.example:8080' } });
      assert.equal(evil.statusCode, 421);
      assert.match((evil.json() as { error: { message: string } }).error.message, /--public/);
      assert.equal((await h.app.inject({ url: '/api/info', headers: { host: 'localhost:8080' } })).statusCode, 200);
      assert.equal((await h.app.inject({ url: '/api/info', headers: { host: '127.0.0.1:8080' } })).statusCode, 200);
    } finally {
      await h.close();
    }
  });

  test('without a host check (--public) any Host is served', async () => {
    const h = await harness({});
    try {
      assert.equal((await h.app.inject({ url: '/api/info', headers: { host: 'rebind.evil.example:8080' } })).statusCode, 200);
    } finally {
      await h.close();
    }
  });
});

describe('database away', () => {
  test('isStoreUnavailable: pg connection errors, server shutdown, the store\'s typed error; not bugs', () => {
    assert.ok(isStoreUnavailable(pgRefused()));
    assert.ok(isStoreUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })));
    assert.ok(isStoreUnavailable(new Error('Connection terminated unexpectedly')));
    assert.ok(isStoreUnavailable(new Error('wrapped', { cause: pgRefused() })));
    assert.ok(isStoreUnavailable(new StoreUnavailableError('store: database is unavailable')));
    assert.ok(isStoreUnavailable(new AggregateError([pgRefused()], '')));
    assert.equal(isStoreUnavailable(new TypeError('undefined is not a function')), false);
    assert.equal(isStoreUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' })), false);
  });

  test('every route that reads or writes the store answers 503 with Retry-After, and the server keeps serving', async () => {
    const app = await failingServer(pgRefused);
    try {
      for (const r of [
        { url: '/api/events' }, { url: '/api/stats' }, { url: '/api/top?kind=actors' }, { url: '/api/articles/x' }, { url: '/api/info' },
        { method: 'POST' as const, url: '/api/articles', headers: { authorization: 'Bearer t' }, payload: { articles: [{ text: 'Some text.' }] } },
      ]) {
        const res = await app.inject(r);
        assert.equal(res.statusCode, 503, r.url);
        assert.ok(Number(res.headers['retry-after']) > 0);
        assert.equal((res.json() as { error: { code: string } }).error.code, 'store_unavailable');
      }
      assert.equal((await app.inject('/api/openapi.json')).statusCode, 200, 'still up');
    } finally {
      await app.close();
    }
  });
});
