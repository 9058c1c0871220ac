// The store commands end to end through bin/readout.js on a temp SQLite file (and PostgreSQL when configured).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';
import { postgresDb, sqliteDb } from './helpers.js';
import { coded, readAll } from './helpers.js';
import { GDELT_COLUMNS } from '../../src/output/gdelt.js';

const NUM_MENTIONS = GDELT_COLUMNS.indexOf('NumMentions');

const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, READOUT_DB: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const codeOut = (format: string) => run(['code', EXAMPLES, '--format', format]).stdout;
/** how many events `readout code` finds in the examples (the store must hold exactly these) */
const EXAMPLE_EVENTS = codeOut('jsonl').split('\n').filter(Boolean).length;

for (const make of [sqliteDb, postgresDb]) {
  describe(`store commands (${make().name})`, { skip: make().skip }, () => {
    const tdb = make();
    let db: string;
    before(() => {
      db = tdb.fresh();
    });
    after(async () => tdb.cleanup());

    test('ingest twice: stored once, the summary says so', () => {
      const first = run(['ingest', EXAMPLES, '--db', db]);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, new RegExp(`^stored 7 articles \\(0 skipped\\), ${EXAMPLE_EVENTS} events in [\\d.]+ s\\n$`));
      const second = run(['ingest', EXAMPLES, '--db', db, '--batch', '2']);
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /^stored 0 articles \(7 skipped\), 0 events/);
    });

    test('events --all and export print exactly what readout code prints', () => {
      assert.equal(run(['events', '--db', db, '--all']).stdout, codeOut('jsonl'));
      assert.equal(run(['export', '--db', db, '--format', 'csv']).stdout, codeOut('csv'));
      assert.equal(run(['export', '--db', db, '--format', 'plover']).stdout, codeOut('plover'));
    });

    test('events pages with --limit and --cursor', () => {
      const all = codeOut('jsonl').split('\n').filter(Boolean);
      const p1 = run(['events', '--db', db, '--limit', '5']);
      assert.equal(p1.status, 0, p1.stderr);
      assert.deepEqual(p1.stdout.split('\n').filter(Boolean), all.slice(0, 5));
      const cursor = /--cursor (\S+)/.exec(p1.stderr)?.[1];
      assert.ok(cursor, p1.stderr);
      const p2 = run(['events', '--db', db, '--limit', '100', '--cursor', cursor]);
      assert.deepEqual(p2.stdout.split('\n').filter(Boolean), all.slice(5));
      assert.doesNotMatch(p2.stderr, /--cursor/);
    });

    test('filters select, injection attempts find nothing', () => {
      const rus = run(['events', '--db', db, '--actor', 'rus', '--all']).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      assert.ok(rus.length > 0);
      for (const e of rus) assert.ok(e.actor.some((a: { country: string }) => a.country === 'RUS'));
      for (const args of [['--outlet', "x' OR 1=1 --"], ['--source', "' OR ''='"], ['--q', 'NEAR("zzyzx" *) OR cable'], ['--article', "1; DROP TABLE events"]]) {
        const r = run(['events', '--db', db, '--all', ...args]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, '', args.join(' '));
      }
      // FTS syntax is read as plain words: NEAR and cable are both in this one sentence
      const near = run(['events', '--db', db, '--all', '--q', 'NEAR("cable" *']).stdout.split('\n').filter(Boolean);
      assert.ok(near.length > 0);
      for (const l of near) assert.match(JSON.parse(l).evidence.text, /\bnear\b.*\bcable|\bcable.*\bnear\b/i);
      assert.equal(run(['events', '--db', db, '--all']).stdout, codeOut('jsonl'));
    });

    test('bad option values exit 2 with a message naming the option', () => {
      const cases: [string[], RegExp][] = [
        [['events', '--actor', 'china'], /--actor/],
        [['events', '--dyad', 'CHN'], /--dyad/],
        [['events', '--event', 'AGREE,HUG'], /--event.*HUG/],
        [['events', '--status', 'rumoured'], /--status/],
        [['events', '--from', '2024-13-01'], /--from/],
        [['events', '--to', 'yesterday'], /--to/],
        [['events', '--context', 'weather'], /--context/],
        [['events', '--limit', '0'], /--limit/],
        [['events', '--cursor', 'nope'], /--cursor/],
        [['events', '--format', 'xml'], /--format/],
        [['events', '--frobnicate'], /--frobnicate/],
        [['stats', '--by', 'weather'], /--by/],
        [['stats', '--interval', 'hour'], /--interval/],
        [['stats', '--top', 'outlets'], /--top/],
        [['export', '--format', 'table'], /--format/],
        [['ingest', EXAMPLES, '--batch', 'many'], /--batch/],
      ];
      for (const [args, re] of cases) {
        const r = run([...args, '--db', db]);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, re, args.join(' '));
      }
    });

    test('stats and top lists', () => {
      const r = run(['stats', '--db', db, '--by', 'event', '--interval', 'year', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const rows = JSON.parse(r.stdout) as { count: number; goldstein: number }[];
      const events = codeOut('jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { goldstein: number });
      assert.equal(rows.reduce((s, x) => s + x.count, 0), events.length);
      assert.ok(Math.abs(rows.reduce((s, x) => s + x.goldstein, 0) - events.reduce((s, e) => s + e.goldstein, 0)) < 1e-6);
      const csv = run(['stats', '--db', db, '--top', 'actors', '--format', 'csv']).stdout.split('\n');
      assert.equal(csv[0], 'actor,count');
      assert.match(csv[1]!, /^[A-Z]{3},\d+$/);
      const table = run(['stats', '--db', db, '--dyad', 'FIN-RUS']).stdout;
      assert.match(table, /^period\s+key\s+count\s+goldstein\n/);
    });

    test('export --out writes a file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
      try {
        const file = join(dir, 'out.gdelt');
        const r = run(['export', '--db', db, '--format', 'gdelt', '--out', file]);
        assert.equal(r.status, 0, r.stderr);
        // the stored events are `readout code`'s, except GDELT's NumMentions / NumSources / NumArticles: in the store
        // they count the mentions, outlets and articles of the merged event (stories), where `code` sees one article
        const counts = (s: string) => s.split('\n').filter(Boolean).map((l) => l.split('\t').slice(NUM_MENTIONS, NUM_MENTIONS + 3).map(Number));
        const rest = (s: string) => s.split('\n').map((l) => l.split('\t').filter((_, i) => i < NUM_MENTIONS || i >= NUM_MENTIONS + 3).join('\t'));
        const got = readFileSync(file, 'utf8');
        assert.deepEqual(rest(got), rest(codeOut('gdelt')));
        assert.ok(counts(got).every(([m, s, a]) => m! >= 1 && s! >= 1 && a! >= 1 && s! <= m! && a! <= m!));
        assert.ok(counts(got).some(([m]) => m! > 1), 'the five outlets of the examples tell some events more than once');
        assert.match(r.stderr, new RegExp(`exported ${EXAMPLE_EVENTS} events`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('recode re-codes articles stored by another coder version, and only those', async () => {
      const store = await openStore(db);
      try {
        await store.putArticles(coded((await readAll([EXAMPLES])).slice(0, 3)), 'old-coder');
      } finally {
        await store.close();
      }
      const r = run(['recode', '--db', db]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^recoded 3 articles/);
      assert.match(run(['recode', '--db', db]).stdout, /^recoded 0 articles/);
      const lines = (s: string) => s.split('\n').filter(Boolean).sort();
      assert.deepEqual(lines(run(['events', '--db', db, '--all']).stdout), lines(codeOut('jsonl')));
    });
  });
}

describe('ingest with bad inputs and the default database', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
    mkdirSync(join(dir, 'in'));
    for (const f of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, f), join(dir, 'in', f));
    writeFileSync(join(dir, 'in', 'broken.jsonl'), '{"text": "Finland protested."}\n{not json\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('bad lines are reported, the rest stored, exit 1; READOUT_DB picks the file', () => {
    const db = join(dir, 'env.db');
    const r = run(['ingest', join(dir, 'in')], { READOUT_DB: db });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken\.jsonl:2/);
    assert.match(r.stdout, /^stored 8 articles \(0 skipped\), \d+ events in [\d.]+ s; 1 input rejected/);
    assert.match(run(['stats', '--top', 'dyads'], { READOUT_DB: db }).stdout, /^dyad\s+count\n/);
  });

  test('demo stores the examples in its own store and summarises from it', () => {
    const db = join(dir, 'demo.db');
    const r = run(['demo', '--no-serve', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`holds 7 articles and ${EXAMPLE_EVENTS} events`));
    assert.match(r.stdout, /Top dyads/);
    assert.match(r.stdout, /according to /);
    assert.match(run(['demo', '--no-serve', '--db', db]).stdout, /stored 0 articles \(7 already stored\)/);
  });
});
