// readout watch's poll against a local HTTP server whose feeds change between polls, on a real store (SQLite, and
// PostgreSQL with TEST_DATABASE_URL): new items, 304s on the validators sent, 500s and backoff, 429 with Retry-After,
// slow answers, malformed feeds beside good ones, huge answers, duplicate items under new URLs, robots.txt.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/bench/prng.js';
import { loadLexicons } from '../../src/lexicons.js';
import type { Lexicons } from '../../src/pipeline.js';
import { readContext } from '../../src/read/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { storeSink } from '../../src/cli/watch.js';
import type { Clock } from '../../src/watch/clock.js';
import { REAL_CLOCK } from '../../src/watch/clock.js';
import { politeFetcher } from '../../src/watch/fetcher.js';
import { pollRound, Serial, type FeedReport, type PollDeps } from '../../src/watch/poll.js';
import type { FeedSource } from '../../src/watch/feed-list.js';
import { postgresDb, sqliteDb } from '../store/helpers.js';
import { atom, jsonFeed, page, rss, serve, startServer, story, type Item, type TestServer } from './server.js';

const BASE_MS = 60_000;

/** A clock the test moves by hand; sleeps are real (the host delay is 0, so only Retry-After waits). */
function testClock(): Clock & { advance(ms: number): void } {
  let t = Date.parse('2030-01-01T00:00:00Z');
  return { now: () => t, sleep: REAL_CLOCK.sleep, advance: (ms) => { t += ms; } };
}

interface Rig {
  deps: PollDeps;
  clock: ReturnType<typeof testClock>;
  poll(...feeds: string[]): Promise<FeedReport[]>;
}

function rig(store: Store, lex: Lexicons, opts: { timeoutMs?: number; maxBytes?: number; maxItems?: number } = {}): Rig {
  const clock = testClock();
  const r = createRng(1);
  const backoff = { baseMs: BASE_MS, maxMs: 3600_000, random: () => r.next() };
  const stop = new AbortController().signal;
  const fetcher = politeFetcher({
    userAgent: 'readout-test/1.0', timeoutMs: opts.timeoutMs ?? 5000, maxBytes: opts.maxBytes ?? 1_000_000, maxRedirects: 3,
    stop, hostDelayMs: 0, backoff, robotsTtlMs: 3600_000,
  }, clock);
  const deps: PollDeps = {
    state: store.watch, fetcher, sink: storeSink(store, () => lex), clock, backoff,
    ctx: readContext({}), maxItems: opts.maxItems ?? 100, stop, commit: new Serial(),
  };
  const poll = (...urls: string[]) => pollRound(urls.map((url): FeedSource => ({ url, title: null, origin: 'test' })), deps, 4);
  return { deps, clock, poll };
}

const items = (srv: TestServer, ns: number[], prefix = 'a'): Item[] =>
  ns.map((n) => ({ title: `Story ${n}`, link: `${srv.base}/${prefix}/${n}?utm_source=rss`, guid: `${prefix}-${n}`, date: '2024-01-16', content: `<p>Summary ${n}: ${story(n)[0]}</p>` }));

function pages(srv: TestServer, ns: number[], prefix = 'a'): void {
  for (const n of ns) srv.routes.set(`/${prefix}/${n}`, serve(page(`Story ${n}`, story(n)), 'text/html; charset=utf-8'));
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`watch poll on ${make().name}`, { skip: make().skip }, () => {
    const tdb = make();
    let lex: Lexicons;
    let srv: TestServer;
    before(async () => {
      lex = loadLexicons();
      srv = await startServer();
    });
    after(async () => {
      await srv.close();
      await tdb.cleanup();
    });
    const withStore = async (fn: (store: Store) => Promise<void>) => {
      const store = await openStore(tdb.fresh(), 'create');
      try { await fn(store); } finally { await store.close(); }
    };

    test('new items are stored; the next poll sends the validators and a 304 stores nothing; a changed feed adds only its new items', () => withStore(async (store) => {
      srv.routes.set('/e/feed', serve(rss('Etag News', items(srv, [1, 2], 'e')), 'application/rss+xml', { etag: '"v1"' }));
      srv.routes.set('/m/feed', serve(atom('Dated News', items(srv, [3], 'm')), 'application/atom+xml', { lastModified: 'Mon, 15 Jan 2024 10:00:00 GMT' }));
      pages(srv, [1, 2], 'e');
      pages(srv, [3], 'm');
      const { poll } = rig(store, lex);
      const first = await poll(`${srv.base}/e/feed`, `${srv.base}/m/feed`);
      assert.deepEqual(first.map((r) => [r.status, r.articles]), [['new', 2], ['new', 1]]);
      assert.equal((await store.counts()).articles, 3);
      const stored = await store.article(`${srv.base}/e/1`);
      assert.ok(stored, 'the id is the page URL without utm_ parameters');
      assert.equal(stored.article.outlet, 'Etag News');
      assert.equal(stored.article.published, '2024-01-16');
      assert.equal(stored.article.title, 'Story 1');
      assert.match(stored.article.text, /Wang Yi met Iranian Foreign Minister/);
      assert.ok(stored.events.length > 0, 'coded');

      const second = await poll(`${srv.base}/e/feed`, `${srv.base}/m/feed`);
      assert.deepEqual(second.map((r) => r.status), ['unchanged', 'unchanged']);
      assert.equal(srv.hits('/e/feed').at(-1)!.headers['if-none-match'], '"v1"');
      assert.equal(srv.hits('/m/feed').at(-1)!.headers['if-modified-since'], 'Mon, 15 Jan 2024 10:00:00 GMT');
      assert.equal(srv.hits('/e/1').length, 1, 'a page is fetched once');

      srv.routes.set('/e/feed', serve(rss('Etag News', items(srv, [1, 2, 4], 'e')), 'application/rss+xml', { etag: '"v2"' }));
      pages(srv, [4], 'e');
      const third = await poll(`${srv.base}/e/feed`);
      assert.deepEqual(third.map((r) => [r.status, r.articles]), [['new', 1]]);
      assert.equal(srv.hits('/e/1').length, 1);
      assert.equal((await store.counts()).articles, 4);
    }));

    test('500s back off (no request while waiting, longer each time), then the feed recovers', () => withStore(async (store) => {
      let fails = 2;
      const good = serve(jsonFeed('Flaky', items(srv, [10], 'f')), 'application/feed+json');
      srv.routes.set('/f/feed', (req, res) => (fails-- > 0 ? res.writeHead(500).end('oops') : good(req, res)));
      pages(srv, [10], 'f');
      const { poll, clock } = rig(store, lex);
      const url = `${srv.base}/f/feed`;
      const r1 = await poll(url);
      assert.equal(r1[0]!.status, 'failed');
      assert.match(r1[0]!.error!, /HTTP 500/);
      const s1 = (await store.watch.feeds([url])).get(url)!;
      assert.equal(s1.failures, 1);
      const wait1 = s1.nextCheck! - s1.checked!;
      assert.ok(wait1 >= BASE_MS / 2 && wait1 <= BASE_MS, String(wait1));

      const hits = srv.hits('/f/feed').length;
      assert.equal((await poll(url))[0]!.status, 'waiting');
      assert.equal(srv.hits('/f/feed').length, hits, 'no request during the backoff');

      clock.advance(wait1);
      assert.equal((await poll(url))[0]!.status, 'failed');
      const s2 = (await store.watch.feeds([url])).get(url)!;
      assert.equal(s2.failures, 2);
      const wait2 = s2.nextCheck! - s2.checked!;
      assert.ok(wait2 >= BASE_MS && wait2 <= 2 * BASE_MS, String(wait2));

      clock.advance(wait2);
      const r3 = await poll(url);
      assert.deepEqual([r3[0]!.status, r3[0]!.articles], ['new', 1]);
      const s3 = (await store.watch.feeds([url])).get(url)!;
      assert.deepEqual([s3.failures, s3.nextCheck, s3.error], [0, null, null]);
    }));

    test('429 with Retry-After sets the next check to that time and closes the host', () => withStore(async (store) => {
      srv.routes.set('/busy/feed', (_req, res) => res.writeHead(429, { 'retry-after': '7200' }).end());
      const { poll } = rig(store, lex);
      const url = `${srv.base}/busy/feed`;
      assert.equal((await poll(url))[0]!.status, 'failed');
      const s = (await store.watch.feeds([url])).get(url)!;
      assert.equal(s.nextCheck! - s.checked!, 3600_000, 'Retry-After, capped at the backoff maximum');
      // the whole host is closed: another feed on it fails at once, without a request
      srv.routes.set('/busy/other', serve(rss('Other', []), 'application/rss+xml'));
      const [other] = await poll(`${srv.base}/busy/other`);
      assert.match(other!.error!, /asked not to be asked for another 3600 s/);
      assert.equal(srv.hits('/busy/other').length, 0);
    }));

    test('a slow feed times out; a slow page falls back to the item summary', () => withStore(async (store) => {
      const timers: NodeJS.Timeout[] = [];
      const slow = (ms: number, then: (res: import('node:http').ServerResponse) => void) =>
        (_req: unknown, res: import('node:http').ServerResponse) => { timers.push(setTimeout(() => { if (!res.destroyed) then(res); }, ms)); };
      srv.routes.set('/slow/feed', slow(10_000, (res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('S', []))));
      srv.routes.set('/sp/feed', serve(rss('Slow Pages', items(srv, [20], 'sp')), 'application/rss+xml'));
      srv.routes.set('/sp/20', slow(10_000, (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('x', story(20)))));
      const { poll } = rig(store, lex, { timeoutMs: 400 });
      try {
        const [feed, pages_] = await poll(`${srv.base}/slow/feed`, `${srv.base}/sp/feed`);
        assert.equal(feed!.status, 'failed');
        assert.match(feed!.error!, /no answer within 0.4 s/);
        assert.deepEqual([pages_!.status, pages_!.articles, pages_!.fromFeed], ['new', 1, 1]);
        const a = await store.article(`${srv.base}/sp/20`);
        assert.match(a!.article.text, /Summary 20/);
      } finally {
        timers.forEach(clearTimeout);
      }
    }));

    test('a malformed feed fails with a message naming it; the feeds beside it are stored', () => withStore(async (store) => {
      srv.routes.set('/bad/feed', serve('<rss><channel><item><title>broken', 'application/rss+xml'));
      srv.routes.set('/ok/feed', serve(rss('OK News', items(srv, [30], 'ok')), 'application/rss+xml'));
      pages(srv, [30], 'ok');
      const { poll } = rig(store, lex);
      const [bad, ok] = await poll(`${srv.base}/bad/feed`, `${srv.base}/ok/feed`);
      assert.equal(bad!.status, 'failed');
      assert.equal(bad!.feed.url, `${srv.base}/bad/feed`);
      assert.match(bad!.error!, /malformed feed: not well-formed XML/);
      assert.deepEqual([ok!.status, ok!.articles], ['new', 1]);
    }));

    test('answers over the size cap: a huge page falls back to the summary, a huge feed fails', () => withStore(async (store) => {
      const huge = 'x'.repeat(300_000);
      srv.routes.set('/h/feed', serve(rss('Huge', items(srv, [40], 'h')), 'application/rss+xml'));
      srv.routes.set('/h/40', serve(page('Story 40', [...story(40), huge]), 'text/html'));
      srv.routes.set('/hf/feed', serve(rss('Huge feed', [{ title: 'big', link: `${srv.base}/hf/1`, content: huge }]), 'application/rss+xml'));
      srv.routes.set('/hc/feed', (_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.write(rss('Chunked', [])); res.end(huge); });
      const { poll } = rig(store, lex, { maxBytes: 100_000 });
      const [h, hf, hc] = await poll(`${srv.base}/h/feed`, `${srv.base}/hf/feed`, `${srv.base}/hc/feed`);
      assert.deepEqual([h!.status, h!.fromFeed], ['new', 1]);
      assert.match(h!.notes.join('\n'), /too large/);
      assert.match(hf!.error!, /too large/);
      assert.match(hc!.error!, /too large \(over 100000 bytes\)/);
    }));

    test('the same story under new URLs, in one feed and across feeds and polls, is stored once', () => withStore(async (store) => {
      const twins = [50, 51, 52].map((n) => ({ title: `Copy ${n}`, link: `${srv.base}/d/${n}`, guid: `d-${n}` }));
      for (const n of [50, 51, 52]) srv.routes.set(`/d/${n}`, serve(page('Same story', story(50)), 'text/html'));
      srv.routes.set('/d1/feed', serve(rss('D1', twins.slice(0, 2)), 'application/rss+xml'));
      srv.routes.set('/d2/feed', serve(atom('D2', [twins[0]!, twins[2]!]), 'application/atom+xml'));
      const { poll } = rig(store, lex);
      await poll(`${srv.base}/d1/feed`);
      await poll(`${srv.base}/d2/feed`);
      assert.equal((await store.counts()).articles, 1);
      assert.equal(srv.hits('/d/50').length, 1, 'an URL another feed already had is not fetched again');
    }));

    test('robots.txt: a disallowed page is never requested (the summary stands in); a disallowed feed fails', () => withStore(async (store) => {
      const r = await startServer();
      try {
        r.routes.set('/robots.txt', serve('User-agent: *\nDisallow: /private/\nDisallow: /feeds/hidden$\n', 'text/plain'));
        const its = [{ title: 'P', link: `${r.base}/private/1`, guid: 'p1', content: `<p>${story(60).join(' ')}</p>` }, { title: 'Q', link: `${r.base}/public/2`, guid: 'q2' }];
        r.routes.set('/feeds/main', serve(rss('Robots', its), 'application/rss+xml'));
        r.routes.set('/feeds/hidden', serve(rss('Hidden', []), 'application/rss+xml'));
        r.routes.set('/private/1', serve(page('P', story(60)), 'text/html'));
        r.routes.set('/public/2', serve(page('Q', story(61)), 'text/html'));
        const { poll } = rig(store, lex);
        const [main, hidden] = await poll(`${r.base}/feeds/main`, `${r.base}/feeds/hidden`);
        assert.deepEqual([main!.status, main!.articles, main!.fromFeed], ['new', 2, 1]);
        assert.equal(r.hits('/private/1').length, 0);
        assert.equal(r.hits('/public/2').length, 1);
        assert.equal(r.hits('/robots.txt').length, 1, 'robots.txt is fetched once per host');
        assert.equal(r.hits('/feeds/hidden').length, 0);
        assert.match(hidden!.error!, /robots.txt disallows/);
      } finally {
        await r.close();
      }
    }));

    test('redirects are followed (each hop asks robots.txt), loops stop at the cap; one request at a time per host', () => withStore(async (store) => {
      const r = await startServer();
      try {
        let inFlight = 0;
        let maxInFlight = 0;
        const counted = (h: import('./server.js').Handler): import('./server.js').Handler => (req, res) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          res.on('finish', () => inFlight--);
          setTimeout(() => h(req, res), 20);
        };
        const moved = (to: string) => counted((_req, res) => res.writeHead(301, { location: to }).end());
        r.routes.set('/robots.txt', serve('User-agent: *\nDisallow: /secret/\n', 'text/plain'));
        r.routes.set('/old/feed', moved('/new/feed'));
        r.routes.set('/new/feed', counted(serve(rss('Moved', [{ title: 'R', link: `${r.base}/go/1`, guid: 'r1' }, { title: 'S', link: `${r.base}/go/2`, guid: 'r2' }]), 'application/rss+xml')));
        r.routes.set('/go/1', moved('/story/1'));
        r.routes.set('/story/1', counted(serve(page('R', story(80)), 'text/html')));
        r.routes.set('/go/2', moved('/secret/2'));
        r.routes.set('/secret/2', counted(serve(page('S', story(81)), 'text/html')));
        r.routes.set('/loop/feed', moved('/loop/feed'));
        const { poll } = rig(store, lex);
        const [moved_, loop] = await poll(`${r.base}/old/feed`, `${r.base}/loop/feed`);
        assert.deepEqual([moved_!.status, moved_!.articles, moved_!.none], ['new', 1, 1]);
        assert.ok(await store.article(`${r.base}/story/1`), 'stored under the URL it landed on');
        assert.equal(r.hits('/secret/2').length, 0, 'a redirect into a disallowed path is not followed');
        assert.match(loop!.error!, /more than 3 redirects/);
        assert.equal(maxInFlight, 1);
      } finally {
        await r.close();
      }
    }));

    test('--max-items: the rest of the feed waits for the next poll, which is not answered 304', () => withStore(async (store) => {
      srv.routes.set('/mx/feed', serve(rss('Many', items(srv, [70, 71, 72], 'mx')), 'application/rss+xml', { etag: '"m"' }));
      pages(srv, [70, 71, 72], 'mx');
      const { poll } = rig(store, lex, { maxItems: 2 });
      const [r1] = await poll(`${srv.base}/mx/feed`);
      assert.deepEqual([r1!.articles, r1!.later], [2, 1]);
      const [r2] = await poll(`${srv.base}/mx/feed`);
      assert.equal(srv.hits('/mx/feed').at(-1)!.headers['if-none-match'], undefined);
      assert.deepEqual([r2!.articles, r2!.later], [1, 0]);
      const [r3] = await poll(`${srv.base}/mx/feed`);
      assert.equal(r3!.status, 'unchanged');
      assert.equal(srv.hits('/mx/feed').at(-1)!.headers['if-none-match'], '"m"');
      assert.equal((await store.counts()).articles, 3);
    }));
  });
}
