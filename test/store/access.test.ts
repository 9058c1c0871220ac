// Which stores a command may open. Commands that read need an existing store: a mistyped --db is an error naming it
// (exit 2), and creates nothing. A store this process may not write is read without writing anything to it
// (no "attempt to write a readonly database"); commands that write refuse it in one line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openSqlite } from '../../src/store/sqlite.js';
import { postgresDb, sqliteDb } from './helpers.js';

const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const READERS: string[][] = [['events'], ['stats'], ['export', '--format', 'csv'], ['recode']];

/** As root, the reader runs as nobody (root may write anything); otherwise as this user, on files made 0444. */
const AS_ROOT = process.getuid?.() === 0;
const OTHER_USER_SKIP: string | false = AS_ROOT && spawnSync('id', ['-u', 'nobody']).status !== 0 ? 'skipped: running as root and there is no nobody user to read as' : false;

function run(args: string[], asOther = false) {
  const argv = [process.execPath, BIN, ...args];
  const [cmd, ...rest] = asOther && AS_ROOT ? ['runuser', '-u', 'nobody', '--', ...argv] : argv;
  const r = spawnSync(cmd!, rest, { encoding: 'utf8', env: { ...process.env, READOUT_DB: '' }, cwd: tmpdir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`a missing store (${make().name})`, { skip: make().skip }, () => {
    const tdb = make();
    after(() => tdb.cleanup());
    for (const args of [...READERS, ['serve', '--port', '0']]) {
      test(`${args[0]} on a missing store: exit 2 naming it, nothing created`, () => {
        const db = tdb.fresh();
        const r = run([...args, '--db', db]);
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, tdb.name === 'sqlite' ? new RegExp(`no store at ${db}`) : /no readout store in postgres:\/\//);
        if (tdb.name === 'sqlite') assert.equal(existsSync(db), false);
      });
    }
  });
}

describe('a SQLite store this process may not write', { skip: OTHER_USER_SKIP }, () => {
  let dir: string;
  let store: string;
  /** A copy of the store in a folder of its own that the reader may (or may not) write, the copy itself read-only. */
  function readOnlyCopy(name: string, folderWritable: boolean, source = store): string {
    const folder = join(dir, name);
    mkdirSync(folder);
    const file = join(folder, 'store.db');
    copyFileSync(source, file);
    chmodSync(file, 0o444);
    chmodSync(folder, folderWritable ? 0o1777 : 0o555);
    return file;
  }
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-access-'));
    chmodSync(dir, 0o755);
    store = join(dir, 'source.db');
    const r = run(['ingest', EXAMPLES, '--db', store]);
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('events, stats and export read it, and its bytes stay the same', () => {
    const file = readOnlyCopy('readable', true);
    const before = readFileSync(file);
    const want = run(['events', '--all', '--db', store]).stdout;
    assert.ok(want.length > 0);
    const got = run(['events', '--all', '--db', file], true);
    assert.equal(got.status, 0, got.stderr);
    assert.equal(got.stdout, want);
    for (const args of [['stats'], ['export', '--format', 'csv']]) {
      const r = run([...args, '--db', file], true);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, run([...args, '--db', store]).stdout);
    }
    assert.deepEqual(readFileSync(file), before);
  });

  test('ingest and recode refuse it in one line, exit 2', () => {
    const file = readOnlyCopy('refused', true);
    for (const args of [['ingest', EXAMPLES], ['recode']]) {
      const r = run([...args, '--db', file], true);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`^readout: store: ${file} is read-only`));
    }
  });

  test('an outdated schema is a clear error, not a migration', async () => {
    const old = join(dir, 'old.db');
    copyFileSync(store, old);
    const db = openSqlite(old);
    await sql`delete from kysely_migration where name = '0002_dyads_rollup'`.execute(db);
    await db.destroy();
    const r = run(['events', '--db', readOnlyCopy('outdated', true, old)], true);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /schema is older than this readout \(missing 0002_dyads_rollup\)/);
  });

  test('in a folder it may not write (no -shm beside it): a clear error naming the folder', () => {
    const file = readOnlyCopy('closed', false);
    const r = run(['events', '--db', file], true);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /folder is not writable/);
  });
});
