// export --out: never over the store it reads or any SQLite database (exit 2); I/O errors in one line naming the
// path (exit 1, no stack trace); the file is complete or untouched (temporary file + rename).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;
const example = new URL('../../../examples/01-helsinki-wire.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
const db = join(dir, 'store.db');
const readout = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
const ingested = readout('ingest', '--db', db, example);
assert.equal(ingested.status, 0, ingested.stderr);
const storeBytes = () => readFileSync(db);

function assertOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

test('--out naming the store (by path, relative path, hard link or symlink) is refused, exit 2, store intact', () => {
  const before = storeBytes();
  const hard = join(dir, 'hard-link.csv');
  linkSync(db, hard);
  const soft = join(dir, 'soft-link.csv');
  symlinkSync(db, soft);
  for (const out of [db, 'store.db', './store.db', hard, soft]) {
    const r = readout('export', '--db', db, '--format', 'csv', '--out', out);
    assert.equal(r.status, 2, `${out}: ${r.stderr}`);
    assertOneLine(r.stderr, /^readout export: --out .* is the store this command reads/);
  }
  assert.ok(storeBytes().equals(before));
  const wal = readout('export', '--db', db, '--out', `${db}-wal`);
  assert.equal(wal.status, 2, wal.stderr);
});

test('--out naming another SQLite database is refused, exit 2, the database intact', () => {
  const other = join(dir, 'other.sqlite');
  copyFileSync(db, other);
  const before = readFileSync(other);
  const r = readout('export', '--db', db, '--out', other);
  assert.equal(r.status, 2, r.stderr);
  assertOneLine(r.stderr, /^readout export: --out .*other\.sqlite is an SQLite database/);
  assert.ok(readFileSync(other).equals(before));
});

test('an output folder that does not exist, or a full device: one line naming the path and the reason, exit 1', () => {
  const missing = readout('export', '--db', db, '--out', join(dir, 'no-such-folder', 'x.csv'));
  assert.equal(missing.status, 1, missing.stderr);
  assertOneLine(missing.stderr, /^readout export: cannot write .*no-such-folder\/x\.csv: no such file or directory \(ENOENT\)$/);
  if (!existsSync('/dev/full')) return;
  const full = readout('export', '--db', db, '--out', '/dev/full');
  assert.equal(full.status, 1, full.stderr);
  assertOneLine(full.stderr, /^readout export: cannot write \/dev\/full: no space left on device \(ENOSPC\)$/);
});

test('standard output on a full device: one line, exit 1', { skip: !existsSync('/dev/full') }, () => {
  const r = spawnSync(process.execPath, [bin, 'export', '--db', db], { encoding: 'utf8', cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  assert.equal(r.status, 0); // to /dev/null: fine
  const full = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" export --db "${db}" > /dev/full`], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
  assert.equal(full.status, 1, full.stderr);
  assertOneLine(full.stderr, /^readout: cannot write standard output: no space left on device \(ENOSPC\)$/);
});

test('an export failing half-way leaves an existing file as it was and no temporary file behind', () => {
  const out = join(dir, 'kept.csv');
  writeFileSync(out, 'the previous export\n');
  // a store whose last event cannot be read: the header and the first events are written before the failure
  const broken = join(dir, 'broken.db');
  copyFileSync(db, broken);
  const sqlite = new Database(broken);
  sqlite.prepare('UPDATE events SET body = ? WHERE seq = (SELECT max(seq) FROM events)').run('{not json');
  sqlite.close();
  const r = readout('export', '--db', broken, '--format', 'csv', '--out', out);
  assert.notEqual(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), 'the previous export\n');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a successful export replaces the file whole and keeps its permissions', () => {
  const out = join(dir, 'events.csv');
  writeFileSync(out, 'old\n');
  chmodSync(out, 0o600);
  const r = readout('export', '--db', db, '--format', 'csv', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(out, 'utf8'), /^id,article_id,/);
  assert.equal(statSync(out).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});
