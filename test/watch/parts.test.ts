// The small parts of readout watch: backoff, Retry-After, canonical URLs, feed lists and feed parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/bench/prng.js';
import { backoffDelay, retryAfterMs } from '../../src/watch/backoff.js';
import { canonicalUrl, cleanUrl } from '../../src/watch/canonical.js';
import { feedSources } from '../../src/watch/feed-list.js';
import { FeedFormatError, parseFeed } from '../../src/watch/parse-feed.js';
import { HostClosed, HostGate } from '../../src/watch/host-gate.js';
import { feedText, type FeedReport } from '../../src/watch/poll.js';
import { addReport, noTotals, summary, watchProgress } from '../../src/watch/progress.js';
import { DEFAULT_HTTP, FetchError, httpGet } from '../../src/watch/http.js';
import { atom, jsonFeed, rss, startServer } from './server.js';

test('backoff doubles per failure within its jitter, is capped, and is the same for the same seed', () => {
  const policy = (seed: number) => { const r = createRng(seed); return { baseMs: 1000, maxMs: 60_000, random: () => r.next() }; };
  const p = policy(7);
  const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, p));
  delays.forEach((d, i) => {
    const exp = Math.min(60_000, 1000 * 2 ** i);
    assert.ok(d >= exp / 2 && d <= exp, `failure ${i + 1}: ${d} not in [${exp / 2}, ${exp}]`);
  });
  const q = policy(7);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, q)), delays);
  assert.ok(backoffDelay(1000, policy(1)) <= 60_000);
});

test('Retry-After in seconds or as an HTTP date, capped; junk is null', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  assert.equal(retryAfterMs('120', now, 3600_000), 120_000);
  assert.equal(retryAfterMs('Mon, 01 Jan 2024 00:01:00 GMT', now, 3600_000), 60_000);
  assert.equal(retryAfterMs('999999', now, 3600_000), 3600_000);
  assert.equal(retryAfterMs('soon', now, 1000), null);
  assert.equal(retryAfterMs(null, now, 1000), null);
});

test('canonical URLs drop tracking parameters and the fragment; a canonical link on another site is not used', () => {
  assert.equal(cleanUrl('https://n.test/a?utm_source=x&id=3&fbclid=y#top'), 'https://n.test/a?id=3');
  assert.equal(cleanUrl('https://n.test/a?utm_medium=rss'), 'https://n.test/a');
  assert.equal(cleanUrl('/b?gclid=1', 'https://n.test/feed'), 'https://n.test/b');
  assert.equal(cleanUrl('mailto:x@y'), null);
  assert.equal(canonicalUrl('/story/1', 'https://n.test/s?id=1&utm_campaign=z'), 'https://n.test/story/1');
  assert.equal(canonicalUrl(null, 'https://n.test/s?id=1&utm_campaign=z'), 'https://n.test/s?id=1');
  assert.equal(canonicalUrl('https://other.test/x', 'https://n.test/s'), 'https://n.test/s');
});

test('feed lists: URLs, files of URLs with comments, OPML; bad entries named by file and line', () => {
  const files: Record<string, string> = {
    'list.txt': '# my feeds\nhttp://a.test/rss\n\n  https://b.test/atom?utm_source=x  \nnot a url\nhttp://a.test/rss\n',
    'subs.opml': '<?xml version="1.0"?>\n<opml version="2.0"><head><title>x</title></head><body>\n<outline text="News">\n' +
      '  <outline text="C &amp; D" title="C &amp; D News" type="rss" xmlUrl="http://c.test/feed"/>\n' +
      '  <outline text="E" xmlUrl=\'http://e.test/f.json\'/>\n</outline>\n</body></opml>\n',
    'empty.opml': '<opml><body><outline text="folder"/></body></opml>',
    'page.xml': '<html></html>',
  };
  const read = (p: string) => { if (!(p in files)) throw Object.assign(new Error('x'), { code: 'ENOENT' }); return files[p]!; };
  const { feeds, errors } = feedSources(['http://z.test/feed', 'list.txt', 'subs.opml', 'empty.opml', 'page.xml', 'missing.txt'], read);
  assert.deepEqual(feeds.map((f) => [f.url, f.title, f.origin]), [
    ['http://z.test/feed', null, 'argument'],
    ['http://a.test/rss', null, 'list.txt:2'],
    ['https://b.test/atom', null, 'list.txt:4'],
    ['http://c.test/feed', 'C & D News', 'subs.opml:4'],
    ['http://e.test/f.json', 'E', 'subs.opml:5'],
  ]);
  assert.deepEqual(errors.map((e) => e.origin), ['list.txt:5', 'empty.opml', 'page.xml', 'missing.txt']);
  assert.match(errors[0]!.message, /"not a url" is not an http\(s\) URL/);
  assert.match(errors[1]!.message, /no <outline> with an xmlUrl/);
  assert.match(errors[2]!.message, /not OPML/);
  assert.match(errors[3]!.message, /no such file/);
});

const ITEMS = [
  { title: 'One', link: 'http://n.test/1?utm_source=feed', guid: 'id-1', date: '2024-01-16', content: '<p>Body one</p>' },
  { title: 'Two', link: '/2', date: '2024-01-17' },
];

test('RSS 2.0, Atom and JSON Feed give the same items: key, absolute link, date, content', () => {
  for (const [name, body, type] of [['rss', rss('T', ITEMS), 'application/rss+xml'], ['atom', atom('T', ITEMS), 'application/atom+xml'], ['json', jsonFeed('T', ITEMS), 'application/feed+json']] as const) {
    const f = parseFeed(body, type, 'http://n.test/feed');
    assert.equal(f.title, 'T', name);
    assert.equal(f.items.length, 2, name);
    assert.equal(f.items[0]!.key, 'id-1', name);
    assert.match(f.items[0]!.link!, /^http:\/\/n\.test\/1/, name);
    assert.equal(f.items[1]!.link, 'http://n.test/2', name);
    assert.match(f.items[0]!.published!, /^2024-01-16/, name);
    assert.match(f.items[0]!.content!, /Body one/, name);
  }
});

test('feed bytes to text: the Content-Type charset first, then the XML declaration, else UTF-8; windows-1252 as WHATWG maps it', () => {
  const latin = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
  const decl = (enc: string, title: string) => latin(`<?xml version="1.0" encoding="${enc}"?>\n<rss><channel><title>${title}</title></channel></rss>`);
  // "Bogotá" in ISO-8859-1, named only by the XML declaration
  assert.match(feedText(decl('ISO-8859-1', 'Bogot\xe1'), 'application/rss+xml'), /<title>Bogotá<\/title>/);
  // windows-1252 curly quotes (0x93/0x94) and en dash (0x96) are not C1 controls
  assert.match(feedText(decl('windows-1252', '\x93Talks\x94 \x96 day two'), null), /<title>“Talks” – day two<\/title>/);
  // the header wins over the declaration
  assert.match(feedText(decl('utf-8', 'Bogot\xe1'), 'text/xml; charset=iso-8859-1'), /Bogotá/);
  // no declaration, no header: UTF-8, bad bytes replaced rather than refused
  const utf8 = new TextEncoder().encode('<rss><channel><title>Kyiv – Київ</title></channel></rss>');
  assert.match(feedText(utf8, null), /Kyiv – Київ/);
  assert.match(feedText(Uint8Array.from([...new TextEncoder().encode('<rss>'), 0xff, ...new TextEncoder().encode('</rss>')]), null), /<rss>\uFFFD<\/rss>/);
  // an unknown label falls back to UTF-8
  assert.match(feedText(new TextEncoder().encode('<?xml version="1.0" encoding="x-no-such"?><rss>é</rss>'), null), /<rss>é<\/rss>/);
});

test('malformed feeds: a FeedFormatError that says what is wrong', () => {
  const bad: [string, RegExp][] = [
    ['<rss><channel><item><title>x</title>', /not well-formed XML/],
    ['<html><body>hello</body></html>', /not an RSS, RDF or Atom feed/],
    ['{"version": 1, ', /not valid JSON/],
    ['[1, 2]', /not a JSON Feed/],
    ['{"title": "no items"}', /not a JSON Feed/],
    ['', /not well-formed XML/],
  ];
  for (const [body, why] of bad) {
    assert.throws(() => parseFeed(body, null, 'http://n.test/'), (e: unknown) => e instanceof FeedFormatError && why.test((e as Error).message), body);
  }
});

test('progress: one updating line on a terminal, errors on lines of their own; one line per round otherwise', () => {
  const fake = (tty: boolean) => {
    let out = '';
    return { stream: { isTTY: tty, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream, out: () => out };
  };
  const feed = { url: 'http://n.test/feed', title: null, origin: 'argument' };
  const ok: FeedReport = { feed, status: 'new', articles: 2, none: 0, later: 0, fromFeed: 0, counts: { stored: 2, skipped: 0, events: 5 }, error: null, notes: [] };
  const bad: FeedReport = { ...ok, status: 'failed', articles: 0, counts: null, error: 'HTTP 500' };
  for (const tty of [true, false]) {
    const f = fake(tty);
    const totals = noTotals();
    const p = watchProgress(totals, f.stream);
    totals.rounds = 1;
    p.roundStarted(2);
    for (const r of [ok, bad]) { addReport(totals, r); p.feed(r); }
    p.roundDone([ok, bad]);
    p.done();
    assert.match(f.out(), /readout watch: http:\/\/n\.test\/feed: HTTP 500\n/);
    if (tty) {
      assert.match(f.out(), /\rround 1: 2\/2 feeds, 2 new items, 2 stored, 5 events, 1 errors/);
      assert.doesNotMatch(f.out(), /with new items/);
    } else {
      assert.doesNotMatch(f.out(), /\r/);
      assert.match(f.out(), /^round 1: 2 feeds \(1 with new items, 0 unchanged, 1 failed, 0 waiting\), 2 new items, 5 events\n/m);
    }
    assert.match(summary(totals, 2), /^watched 2 feeds for 1 round: 2 new items, stored 2 articles \(0 skipped\), 5 events; 1 feed errors/);
  }
});

test('host gate: one request at a time per host, the delay between them, other hosts not held up; a long-closed host refused', async () => {
  let t = 0;
  const slept: number[] = [];
  const clock = { now: () => t, sleep: async (ms: number) => { slept.push(ms); t += ms; } };
  const gate = new HostGate(1000, clock);
  const order: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const task = (name: string, took: number) => async () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    order.push(`${name}@${t}`);
    await new Promise((r) => setImmediate(r));
    t += took;
    inFlight--;
  };
  await Promise.all([gate.run('a', task('a1', 50)), gate.run('a', task('a2', 50)), gate.run('a', task('a3', 50))]);
  assert.equal(maxInFlight, 1);
  assert.deepEqual(order, ['a1@0', 'a2@1050', 'a3@2100']);
  assert.deepEqual(slept, [1000, 1000]);
  await gate.run('b', task('b1', 0));
  assert.deepEqual(order.at(-1), `b1@${t}`, 'another host starts at once');
  gate.later('a', t + 3600_000);
  await assert.rejects(gate.run('a', task('a4', 0)), (e: unknown) => e instanceof HostClosed && /another 3600 s/.test((e as Error).message));
});

test('a GET whose connection the server drops is sent once more; a server that always drops it gives a FetchError', async () => {
  const srv = await startServer();
  try {
    let drops = 1;
    srv.routes.set('/flaky', (req, res) => {
      if (drops-- > 0) req.socket.destroy(); // the connection closes with no answer, as a reused keep-alive socket can
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    srv.routes.set('/dead', (req) => req.socket.destroy());
    const opts = { ...DEFAULT_HTTP, userAgent: 'readout-test' };
    const a = await httpGet(`${srv.base}/flaky`, {}, opts);
    assert.equal(a.status, 200);
    assert.equal(Buffer.from(a.body).toString(), 'ok');
    assert.equal(srv.hits('/flaky').length, 2);
    await assert.rejects(httpGet(`${srv.base}/dead`, {}, opts), (err: unknown) => err instanceof FetchError && /cannot fetch/.test(err.message));
    assert.equal(srv.hits('/dead').length, 2, 'one retry, not a loop');
  } finally {
    await srv.close();
  }
});
