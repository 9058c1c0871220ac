// readout compare and readout export --table mentions / --format gdelt over a store with one merged story.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { openStore } from '../../src/store/index.js';
import { GDELT_COLUMNS, gdeltEventId } from '../../src/output/gdelt.js';
import type { Comparison } from '../../src/stories/compare.js';
import { sqliteDb } from '../store/helpers.js';
import { seedPair } from './merge-fixtures.js';
import { putStory, rawDb } from './story-tables.js';

const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;
const STORY = 's-00000000000000b2';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, READOUT_DB: '' }, cwd: tmpdir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('readout compare / export over merged events', () => {
  const tdb = sqliteDb();
  let db = '';
  before(async () => {
    db = tdb.fresh();
    const store = await openStore(db);
    await store.putArticles(seedPair(), 'test');
    await store.close();
    const raw = await rawDb(db);
    await putStory(raw, STORY, ['irna-1', 'xinhua-1'], 'Radan in Beijing');
    await raw.destroy();
  });
  after(() => tdb.cleanup());

  test('the table shows the police-technology offer reported by IRNA and missing from Xinhua', () => {
    const r = run('compare', STORY, '--db', db);
    assert.equal(r.status, 0, r.stderr);
    const offer = r.stdout.split('\n').find((l) => l.includes('only IRNA'))!;
    assert.match(offer, /AGREE\s+Ahmad-Reza Radan → China\s+2024-01-16\s+fact\s+—\s+only IRNA/);
  });

  test('--format json is the Comparison', () => {
    const r = run('compare', STORY, '--db', db, '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const c = JSON.parse(r.stdout) as Comparison;
    assert.equal(c.story.id, STORY);
    assert.deepEqual(c.outlets, ['IRNA', 'Xinhua']);
    assert.equal(c.events.length, 3);
    assert.deepEqual(c.events.find((e) => e.only === 'IRNA')!.missing, ['Xinhua']);
  });

  test('an unknown story exits 1 naming it; a bad format or no story exits 2', () => {
    const unknown = run('compare', 's-nope', '--db', db);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^readout compare: no story 's-nope' in the store/);
    assert.equal(run('compare', STORY, '--db', db, '--format', 'csv').status, 2);
    assert.equal(run('compare', '--db', db).status, 2);
  });

  test('export --table mentions writes the event-mentions table; filters and event-only formats are refused', () => {
    const r = run('export', '--table', 'mentions', '--format', 'csv', '--db', db);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\r\n');
    assert.equal(lines[0], 'story_id,merged_id,event_id,article_id,outlet,status');
    assert.equal(lines.length, 5);
    assert.ok(lines.slice(1).every((l) => l.startsWith(`${STORY},m-`) && l.endsWith(',asserted')));
    assert.match(r.stderr, /exported 4 event mentions/);
    const jsonl = run('export', '--table', 'mentions', '--db', db);
    assert.equal(jsonl.stdout.trimEnd().split('\n').length, 4);
    assert.equal(run('export', '--table', 'mentions', '--actor', 'CHN', '--db', db).status, 2);
    assert.equal(run('export', '--table', 'mentions', '--format', 'gdelt', '--db', db).status, 2);
    assert.equal(run('export', '--table', 'stories', '--db', db).status, 2);
  });

  test('the GDELT export fills NumMentions / NumSources / NumArticles from the merged event', () => {
    const r = run('export', '--format', 'gdelt', '--db', db);
    assert.equal(r.status, 0, r.stderr);
    const col = (name: string) => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);
    const rows = new Map(r.stdout.trimEnd().split('\n').map((l) => l.split('\t')).map((f) => [f[0], f]));
    const counts = (id: string) => ['NumMentions', 'NumSources', 'NumArticles'].map((c) => rows.get(String(gdeltEventId(id)))![col(c)]);
    assert.deepEqual(counts('i1'), ['2', '2', '2']);
    assert.deepEqual(counts('x1'), ['2', '2', '2']);
    assert.deepEqual(counts('i2'), ['1', '1', '1']);
  });
});
