// A full disk under the store ends ingest with one line that says so and names the store, exit 1, no stack
// trace; the batches committed before it stay, and the same command run again with space goes on.
// The disk is simulated by full-disk-hook (SQLITE_FULL from max_page_count, or at COMMIT as on a real ENOSPC).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;
const hook = new URL('./full-disk-hook.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'readout-full-'));
const inputs = join(dir, 'news');
mkdirSync(inputs);
const ARTICLES = 12;
for (let i = 0; i < ARTICLES; i++) {
  const filler = Array.from({ length: 20 }, (_, k) => `Officials in region ${i}-${k} said talks would go on next week.`).join(' ');
  writeFileSync(join(inputs, `a${String(i).padStart(2, '0')}.txt`), `date 2024-05-${String(1 + i).padStart(2, '0')} Russian officials met Finnish diplomats in Helsinki on Monday. ${filler}\n`);
}

function ingest(db: string, env: NodeJS.ProcessEnv = {}) {
  const hooked = Object.keys(env).length > 0;
  const args = [...(hooked ? ['--import', hook] : []), bin, 'ingest', '--db', db, '--batch', '2', inputs];
  return spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000 });
}

async function storedArticles(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

async function fullDiskIngest(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const db = join(dir, `${name}.db`);
  await (await openStore(db)).close(); // the schema, before the disk "fills"
  const r = ingest(db, env);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, new RegExp(`^readout ingest: the disk under the store .*${name}\\.db is full`));
  assert.doesNotMatch(r.stderr, /rollback|\n\s+at /);
  const kept = await storedArticles(db);
  assert.ok(kept > 0 && kept < ARTICLES, `${kept} articles kept`);
  assert.match(lines[0]!, new RegExp(`the ${kept} articles committed before it stay`));
  const again = ingest(db);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(await storedArticles(db), ARTICLES);
}

test('SQLITE_FULL in a statement: one line naming the store, exit 1; what was committed stays; a rerun goes on', async () => {
  await fullDiskIngest('pages', { READOUT_TEST_SPARE_PAGES: '4' });
});

// kysely's Transaction.execute rolls back after a failed COMMIT and would throw the rollback's "cannot rollback - no
// transaction is active" instead; the store's writeTransaction keeps the first error (src/store/write.ts)
test('SQLITE_FULL at COMMIT (SQLite already rolled back): the message is the full disk, not the failed rollback', async () => {
  await fullDiskIngest('commit', { READOUT_TEST_FULL_AT_COMMIT: '3' });
});
