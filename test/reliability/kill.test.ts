// kill -9 in the middle of `readout ingest`: nothing reported as committed is lost, no article is half-written,
// and running the same command again stores every article exactly once. SQLite always; PostgreSQL when configured.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/types.js';
import { postgresDb, sqliteDb } from '../store/helpers.js';
import { articleFolder, assertIngestOk, assertStoredOnce, committedOf, readout } from './helpers.js';

const ARTICLES = 2500;
const KILL_AFTER = 300;

/** Runs ingest, and kills it with SIGKILL once it has reported at least KILL_AFTER committed articles. */
async function ingestAndKill(dir: string, db: string): Promise<{ reported: number; signal: NodeJS.Signals | null }> {
  let reported = 0;
  const run = await readout(['ingest', dir, '--db', db, '--batch', '50', '--progress'], {
    onStderrLine: (line, child) => {
      reported = Math.max(reported, committedOf(line) ?? 0);
      if (reported >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    },
  });
  return { reported, signal: run.signal };
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`kill -9 during ingest (${make().name})`, { skip: make().skip, timeout: 600_000 }, () => {
    const tdb = make();
    let dir: string;
    let input: { path: string; articles: Article[] };
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
      input = await articleFolder(dir, 'in', ARTICLES, 5);
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await tdb.cleanup();
    });

    test('nothing committed is lost, nothing is half-written, a re-run completes exactly once', async () => {
      const db = tdb.name === 'sqlite' ? join(dir, 'kill.db') : tdb.fresh();
      const { reported, signal } = await ingestAndKill(input.path, db);
      assert.equal(signal, 'SIGKILL', 'ingest finished before it could be killed');
      assert.ok(reported >= KILL_AFTER);

      const stored = await assertStoredOnce(db, input.articles, true);
      assert.ok(stored >= reported, `reported ${reported} committed, found ${stored}`);
      assert.ok(stored < ARTICLES, 'everything was stored before the kill');

      assertIngestOk(await readout(['ingest', input.path, '--db', db]), ARTICLES);
      await assertStoredOnce(db, input.articles);
    });
  });
}
