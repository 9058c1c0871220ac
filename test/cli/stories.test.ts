// readout stories end to end through bin/readout.js: ingest then list (jsonl and table); bad options exit 2.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sqliteDb } from '../store/helpers.js';

const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, READOUT_DB: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('readout stories', () => {
  const tdb = sqliteDb();
  let db: string;
  before(() => {
    db = tdb.fresh();
    const r = run(['ingest', EXAMPLES, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => tdb.cleanup());

  test('jsonl: one story per line with id, articles, outlets, first, last, title', () => {
    const r = run(['stories', '--db', db, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 1);
    const s = lines[0]!;
    for (const k of ['id', 'articles', 'outlets', 'first', 'last', 'title', 'events']) assert.ok(k in s, k);
    assert.equal((s['articles'] as string[]).length, 7);
    assert.ok((s['outlets'] as string[]).includes('Kremlin Watch'));
    assert.match(r.stderr, /^1 of 1 stories\n$/);
  });

  test('table (the default): a header and one line per story; filters narrow it', () => {
    const r = run(['stories', '--db', db, '--outlet', 'Baltic Review', '--from', '2025-02']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^s-[0-9a-f]{16} {2}2025-02-10\.\.2025-02-14 +7 +\d+ {2}Finnish authorities/);
    const none = run(['stories', '--db', db, '--outlet', 'Nobody Daily']);
    assert.equal(none.stdout.trim().split('\n').length, 1);
    assert.match(none.stderr, /^0 of 0 stories/);
  });

  test('bad options are usage errors naming the option, exit 2', () => {
    for (const [args, re] of [
      [['--format', 'csv'], /--format/], [['--min-articles', '0'], /--min-articles/], [['--from', '2025-13'], /--from/],
      [['--actor', 'Russia'], /--actor/], [['--limit', 'x'], /--limit/], [['--cursor', 'nope'], /--cursor/],
      [['--dyad', 'RUS-FIN'], /unknown option '--dyad'/], [['extra'], /unexpected argument/],
    ] as [string[], RegExp][]) {
      const r = run(['stories', '--db', db, ...args]);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
    }
  });
});
