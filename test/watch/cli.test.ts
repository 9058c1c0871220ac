// `readout watch` as a user runs it (the CLI in its own process, a local feed server here): every new item stored
// once across restarts (--once three times, the feeds growing before the third), FEEDS given as a URL, a file of
// URLs and an OPML file; SIGINT in the middle of a run leaves a store where every article is whole and every
// recorded item points at a stored article, and the next run completes it. SQLite, and PostgreSQL with TEST_DATABASE_URL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { isPostgresUrl } from '../../src/store/index.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { openPostgres } from '../../src/store/postgres.js';
import type { DB } from '../../src/store/schema.js';
import { postgresDb, sqliteDb } from '../store/helpers.js';
import { atom, jsonFeed, page, rss, serve, startServer, story, type Item, type TestServer } from './server.js';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;

interface Run { code: number | null; stdout: string; stderr: string }

function readout(args: string[], onStart: (child: ReturnType<typeof spawn>) => void = () => {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    onStart(child);
  });
}

async function raw(url: string): Promise<Kysely<DB>> {
  return isPostgresUrl(url) ? (await openPostgres(url)).db : openSqlite(url);
}

/** What the store holds, and whether it is consistent: events match each article's count, items point at articles. */
async function inspect(url: string): Promise<{ ids: string[]; hashes: number; items: number; danglingItems: string[]; eventMismatch: number }> {
  const db = await raw(url);
  try {
    const ids = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
    const hashes = Number((await sql<{ n: number }>`select count(distinct content_hash) as n from articles`.execute(db)).rows[0]!.n);
    const items = Number((await sql<{ n: number }>`select count(*) as n from feed_items`.execute(db)).rows[0]!.n);
    // (an item whose text was already stored under another id keeps its own id: it is listed here)
    const danglingItems = (await sql<{ id: string }>`select article_id as id from feed_items i where i.article_id is not null
      and not exists (select 1 from articles a where a.id = i.article_id) order by 1`.execute(db)).rows.map((r) => r.id);
    const eventMismatch = Number((await sql<{ n: number }>`select count(*) as n from articles a
      where a.event_count <> (select count(*) from events e where e.article_id = a.id)`.execute(db)).rows[0]!.n);
    return { ids, hashes, items, danglingItems, eventMismatch };
  } finally {
    await db.destroy();
  }
}

const itemsOf = (srv: TestServer, prefix: string, ns: number[]): Item[] =>
  ns.map((n) => ({ title: `${prefix} ${n}`, link: `${srv.base}/${prefix}/${n}?utm_medium=feed`, guid: `${prefix}${n}`, date: '2024-02-01' }));

function pagesOf(srv: TestServer, prefix: string, ns: number[], text = (n: number) => story(n)): void {
  for (const n of ns) srv.routes.set(`/${prefix}/${n}`, serve(page(`${prefix} ${n}`, text(n)), 'text/html'));
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`readout watch (CLI) on ${make().name}`, { skip: make().skip }, () => {
    const tdb = make();
    let srv: TestServer;
    let dir: string;
    before(async () => {
      srv = await startServer();
      dir = mkdtempSync(join(tmpdir(), 'readout-watch-'));
    });
    after(async () => {
      await srv.close();
      rmSync(dir, { recursive: true, force: true });
      await tdb.cleanup();
    });

    test('stores every new item once across restarts; FEEDS as a URL, a file of URLs and an OPML file', { timeout: 240_000 }, async () => {
      const db = tdb.fresh();
      // RSS with an ETag (in a URL list), Atom with Last-Modified (in OPML), JSON Feed without validators (a URL)
      const rssItems = itemsOf(srv, 'r', [1, 2]);
      srv.routes.set('/r/feed', serve(rss('R News', rssItems), 'application/rss+xml', { etag: '"r1"' }));
      srv.routes.set('/t/feed', serve(atom('T News', itemsOf(srv, 't', [3])), 'application/atom+xml', { lastModified: 'Thu, 01 Feb 2024 00:00:00 GMT' }));
      // the JSON feed repeats r/1's story under another URL: stored once (content hash)
      srv.routes.set('/j/feed', serve(jsonFeed('J News', [...itemsOf(srv, 'j', [4]), { title: 'copy', link: `${srv.base}/copy/1`, guid: 'copy1' }]), 'application/feed+json'));
      pagesOf(srv, 'r', [1, 2]);
      pagesOf(srv, 't', [3]);
      pagesOf(srv, 'j', [4]);
      srv.routes.set('/copy/1', serve(page('Copy of r 1', story(1)), 'text/html'));
      const list = join(dir, 'feeds.txt');
      writeFileSync(list, `# feeds\n${srv.base}/r/feed\n`);
      const opml = join(dir, 'feeds.opml');
      writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="T" title="T from OPML" xmlUrl="${srv.base}/t/feed"/></body></opml>`);
      const args = ['watch', '--once', '--host-delay', '0', '--db', db, list, opml, `${srv.base}/j/feed`];

      const first = await readout(args);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /watched 3 feeds for 1 round: 5 new items, stored 4 articles \(1 skipped\)/, first.stderr);
      assert.match(first.stderr, /^round 1: 3 feeds \(3 with new items/m, 'one summary line per round when stderr is not a terminal');
      const s1 = await inspect(db);
      const expected = [`${srv.base}/j/4`, `${srv.base}/r/1`, `${srv.base}/r/2`, `${srv.base}/t/3`];
      assert.deepEqual(s1.ids, expected);
      assert.equal(s1.items, 5);

      const pageHits = srv.hits('/r/1').length;
      const second = await readout(args);
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stdout, /0 new items, stored 0 articles/, second.stderr);
      assert.equal(srv.hits('/r/feed').at(-1)!.headers['if-none-match'], '"r1"');
      assert.equal(srv.hits('/t/feed').at(-1)!.headers['if-modified-since'], 'Thu, 01 Feb 2024 00:00:00 GMT');
      assert.equal(srv.hits('/r/1').length, pageHits, 'no page fetched again');
      assert.deepEqual((await inspect(db)).ids, expected);

      srv.routes.set('/r/feed', serve(rss('R News', [...itemsOf(srv, 'r', [5]), ...rssItems]), 'application/rss+xml', { etag: '"r2"' }));
      srv.routes.set('/j/feed', serve(jsonFeed('J News', itemsOf(srv, 'j', [4, 6])), 'application/feed+json'));
      pagesOf(srv, 'r', [5]);
      pagesOf(srv, 'j', [6]);
      const third = await readout(args);
      assert.equal(third.code, 0, third.stderr);
      assert.match(third.stdout, /2 new items, stored 2 articles/, third.stderr);
      const s3 = await inspect(db);
      assert.deepEqual(s3.ids, [...expected, `${srv.base}/j/6`, `${srv.base}/r/5`].sort());
      assert.equal(s3.hashes, s3.ids.length, 'no text stored twice');
      assert.deepEqual(s3.danglingItems, [`${srv.base}/copy/1`], 'only the duplicate names an id the store did not keep');
      assert.equal(s3.eventMismatch, 0);
    });

    test('--queue enqueues the new items for readout worker (PostgreSQL) and is a usage error on SQLite', { timeout: 240_000 }, async () => {
      const db = tdb.fresh();
      srv.routes.set('/q/feed', serve(rss('Q News', itemsOf(srv, 'q', [8, 9])), 'application/rss+xml'));
      pagesOf(srv, 'q', [8, 9]);
      const args = ['watch', '--once', '--queue', '--host-delay', '0', '--db', db, `${srv.base}/q/feed`];
      const r = await readout(args);
      if (!isPostgresUrl(db)) {
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /--queue.*PostgreSQL/i);
        return;
      }
      assert.equal(r.code, 0, r.stderr);
      assert.equal((await inspect(db)).ids.length, 0, 'queued, not stored');
      assert.equal((await inspect(db)).items, 2, 'the items are recorded: the next round does not queue them again');
      const again = await readout(args);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /0 new items/);
      const worker = await readout(['worker', '--db', db, '--drain']);
      assert.equal(worker.code, 0, worker.stderr);
      const s = await inspect(db);
      assert.deepEqual(s.ids, [`${srv.base}/q/8`, `${srv.base}/q/9`]);
      assert.equal(s.eventMismatch, 0);
    });

    test('a bad FEEDS entry and a malformed feed are named; the others are stored; exit 1 with --once', { timeout: 120_000 }, async () => {
      const db = tdb.fresh();
      srv.routes.set('/bad/feed', serve('<rss><channel><title>x</title>', 'application/rss+xml'));
      srv.routes.set('/g/feed', serve(rss('G', itemsOf(srv, 'g', [7])), 'application/rss+xml'));
      pagesOf(srv, 'g', [7]);
      const r = await readout(['watch', '--once', '--host-delay', '0', '--db', db, `${srv.base}/bad/feed`, join(dir, 'nope.txt'), `${srv.base}/g/feed`]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /nope\.txt: no such file/);
      assert.match(r.stderr, new RegExp(`${srv.base}/bad/feed: malformed feed: not well-formed XML`));
      assert.deepEqual((await inspect(db)).ids, [`${srv.base}/g/7`]);
    });

    test('SIGINT mid-run: exit 0 with a summary, the store consistent; the next run stores the rest once', { timeout: 240_000 }, async () => {
      const db = tdb.fresh();
      const fast = itemsOf(srv, 'fa', [100, 101]);
      const slow = itemsOf(srv, 'sl', Array.from({ length: 12 }, (_, i) => 200 + i));
      srv.routes.set('/fa/feed', serve(rss('Fast', fast), 'application/rss+xml'));
      pagesOf(srv, 'fa', [100, 101]);
      let slowHits = 0;
      let interrupt: () => void = () => {};
      for (const it of slow) {
        const path = new URL(it.link).pathname;
        const body = page(it.title, story(Number(path.split('/').pop())));
        srv.routes.set(path, (_req, res) => {
          if (++slowHits === 4) interrupt();
          setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(body), 150);
        });
      }
      srv.routes.set('/sl/feed', serve(rss('Slow', slow), 'application/rss+xml'));
      // the fast feed first, alone on its host's turn: committed before the slow feed's pages are all fetched
      const args = ['watch', '--host-delay', '0', '--interval', '3600', '--db', db, `${srv.base}/fa/feed`, `${srv.base}/sl/feed`];
      const r = await readout(args, (child) => { interrupt = () => child.kill('SIGINT'); });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^watched 2 feeds for 1 round: /);
      const mid = await inspect(db);
      assert.deepEqual([mid.danglingItems, mid.eventMismatch], [[], 0]);
      assert.ok(mid.ids.length < 14, `stopped before the end (${mid.ids.length} stored)`);
      assert.equal(mid.hashes, mid.ids.length);

      const rest = await readout(['watch', '--once', ...args.slice(1)]);
      assert.equal(rest.code, 0, rest.stderr);
      const end = await inspect(db);
      assert.equal(end.ids.length, 14);
      assert.equal(end.hashes, 14);
      assert.deepEqual([end.danglingItems, end.eventMismatch], [[], 0]);
    });
  });
}
