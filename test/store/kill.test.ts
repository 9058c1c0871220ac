// kill -9 in the middle of `readout ingest`: nothing reported as committed is lost, no article is half-written,
// and running the same command again stores every article exactly once. SQLite always; PostgreSQL when configured.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleAsTxt, iterCorpus } from '../../src/bench/corpus.js';
import { openStore } from '../../src/store/index.js';
import { codeArticle } from '../../src/pipeline.js';
import type { Article } from '../../src/types.js';
import { lex, plain, postgresDb, readAll, sqliteDb } from './helpers.js';

const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;
const ARTICLES = 2500;
const KILL_AFTER = 300;

/** Runs ingest, and kills it with SIGKILL once it has reported at least KILL_AFTER committed articles. */
function ingestAndKill(dir: string, db: string): Promise<{ reported: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--batch', '50', '--progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let reported = 0;
    let buf = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const m = /^(\d+)\/\d+ articles committed/.exec(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        if (m) reported = Math.max(reported, Number(m[1]));
        if (reported >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ reported, signal }));
  });
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`kill -9 during ingest (${make().name})`, { skip: make().skip }, () => {
    const tdb = make();
    let dir: string;
    let articles: Map<string, Article>;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
      mkdirSync(join(dir, 'in'));
      for (const a of iterCorpus({ articles: ARTICLES, sentencesPerArticle: 5, seed: 5 })) writeFileSync(join(dir, 'in', `${a.id}.txt`), articleAsTxt(a));
      articles = new Map((await readAll([join(dir, 'in')])).map((a) => [a.id, a]));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await tdb.cleanup();
    });

    test('nothing committed is lost, nothing is half-written, a re-run completes exactly once', async () => {
      const db = tdb.name === 'sqlite' ? join(dir, 'kill.db') : tdb.fresh();
      const { reported, signal } = await ingestAndKill(join(dir, 'in'), db);
      assert.equal(signal, 'SIGKILL', 'ingest finished before it could be killed');
      assert.ok(reported >= KILL_AFTER);

      const store = await openStore(db);
      try {
        const { articles: stored } = await store.counts();
        assert.ok(stored >= reported, `reported ${reported} committed, found ${stored}`);
        assert.ok(stored < ARTICLES, 'everything was stored before the kill');
        let checked = 0;
        for (const [id, a] of articles) {
          const got = await store.article(id);
          if (!got) continue;
          assert.deepEqual(got.events, plain(codeArticle(a, lex())), `article ${id}`);
          checked++;
        }
        assert.equal(checked, stored);
      } finally {
        await store.close();
      }

      const again = spawnSync(process.execPath, [BIN, 'ingest', join(dir, 'in'), '--db', db], { encoding: 'utf8' });
      assert.equal(again.status, 0, again.stderr);
      const m = /stored (\d+) articles \((\d+) skipped\), (\d+) events/.exec(again.stdout);
      assert.ok(m, again.stdout);
      assert.equal(Number(m[1]) + Number(m[2]), ARTICLES);

      const store2 = await openStore(db);
      try {
        let events = 0;
        for (const a of articles.values()) events += codeArticle(a, lex()).length;
        assert.deepEqual(await store2.counts(), { articles: ARTICLES, events });
        const page = await store2.events({}, { limit: 10_000 });
        assert.equal(new Set(page.events.map((e) => `${e.article.id}/${e.id}`)).size, page.events.length);
      } finally {
        await store2.close();
      }
    });
  });
}
