// Two writers on one store at once. Both finish, and the store holds every article exactly once:
// - two `readout ingest` processes over different folders, and over the same folder (SQLite and PostgreSQL);
// - `readout ingest` next to `readout serve` taking POST /api/articles (SQLite, where writers share one lock).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Article } from '../../src/types.js';
import { postgresDb, sqliteDb } from '../store/helpers.js';
import { articleFolder, assertIngestOk, assertStoredOnce, committedOf, readout } from './helpers.js';

const PER_FOLDER = 60;
const BATCH = '5'; // many short transactions, so the two writers interleave

for (const make of [sqliteDb, postgresDb]) {
  describe(`two writers at once (${make().name})`, { skip: make().skip, timeout: 300_000 }, () => {
    const tdb = make();
    let dir: string;
    let a: { path: string; articles: Article[] };
    let b: { path: string; articles: Article[] };
    let c: { path: string; articles: Article[] };
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'readout-writers-'));
      a = await articleFolder(dir, 'a', PER_FOLDER, 11);
      b = await articleFolder(dir, 'b', PER_FOLDER, 12);
      c = await articleFolder(dir, 'c', 5, 13);
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await tdb.cleanup();
    });
    const fresh = (name: string) => (tdb.name === 'sqlite' ? join(dir, `${name}.db`) : tdb.fresh());

    test('two ingests of different folders into a new store both succeed', async () => {
      const db = fresh('different');
      const [ra, rb] = await Promise.all([
        readout(['ingest', a.path, '--db', db, '--batch', BATCH]),
        readout(['ingest', b.path, '--db', db, '--batch', BATCH]),
      ]);
      assertIngestOk(ra, PER_FOLDER);
      assertIngestOk(rb, PER_FOLDER);
      await assertStoredOnce(db, [...a.articles, ...b.articles]);
    });

    test('the same folder ingested twice at once is stored once', async () => {
      const db = fresh('same');
      const runs = await Promise.all([0, 1].map(() => readout(['ingest', a.path, '--db', db, '--batch', BATCH])));
      for (const r of runs) assertIngestOk(r, PER_FOLDER);
      await assertStoredOnce(db, a.articles);
    });

    test('ingest while `readout serve` stores POST /api/articles', { skip: tdb.name !== 'sqlite' && 'SQLite only: PostgreSQL writers do not share a lock' }, async () => {
      const db = fresh('serve');
      assertIngestOk(await readout(['ingest', c.path, '--db', db]), c.articles.length); // serve needs a store to exist
      const token = 'reliability-token';
      let server: ChildProcess | undefined;
      const listening = new Promise<string>((resolve) => {
        void readout(['serve', '--db', db, '--port', '0'], {
          env: { ...process.env, READOUT_TOKEN: token },
          onStderrLine: (line, child) => {
            server = child;
            const m = / at (http:\/\/[^\s"]+)/.exec(line);
            if (m) resolve(m[1]!);
          },
        });
      });
      try {
        const url = await listening;
        const post = async (articles: Article[]) => {
          const res = await fetch(`${url}/api/articles`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ articles: articles.map((x) => ({ id: x.id, text: x.text, published: x.published ?? undefined })) }),
          });
          await res.arrayBuffer();
          return res.status;
        };
        // the POSTs start once the CLI has committed its first batch, so both write while the other does
        let started!: () => void;
        const cliWrites = new Promise<void>((resolve) => { started = resolve; });
        const posting = (async () => {
          await cliWrites;
          const statuses: number[] = [];
          for (let i = 0; i < b.articles.length; i += 2) statuses.push(await post(b.articles.slice(i, i + 2)));
          return statuses;
        })();
        const ingest = readout(['ingest', a.path, '--db', db, '--batch', BATCH, '--progress'], { onStderrLine: (line) => { if (committedOf(line)) started(); } });
        const [run, statuses] = await Promise.all([ingest.finally(() => started()), posting]);
        assertIngestOk(run, PER_FOLDER);
        assert.deepEqual(statuses.filter((s) => s !== 201), [], 'every POST /api/articles succeeded');
      } finally {
        server?.kill('SIGTERM');
      }
      await assertStoredOnce(db, [...a.articles, ...b.articles, ...c.articles]);
    });
  });
}
