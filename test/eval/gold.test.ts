import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGold, readGoldFile, GoldFileError, splitLeadingDate } from '../../src/eval/gold.js';

const ok = JSON.stringify({
  id: 'x1',
  text: 'Iran and China held talks.',
  published: '2024-01-17',
  events: [{ id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01', note: 'talks' }],
});

test('reads a valid line with defaults for status and required', () => {
  const { articles, issues } = parseGold(ok + '\n\n', 'g.jsonl');
  assert.deepEqual(issues, []);
  assert.equal(articles.length, 1);
  const e = articles[0]!.events[0]!;
  assert.equal(e.status, 'asserted');
  assert.equal(e.required, true);
  assert.equal(e.attribution, null);
  assert.equal(articles[0]!.article.published, '2024-01-17');
  assert.equal(articles[0]!.article.origin, 'g.jsonl:1');
});

test('text_file is resolved relative to the gold file and a leading date token is split off', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  writeFileSync(join(dir, 'a.txt'), ' date 2023-05-02  Ministers met.');
  const gf = join(dir, 'sub.gold.jsonl');
  writeFileSync(gf, JSON.stringify({ id: 'a', text_file: 'a.txt', events: [] }) + '\n');
  const arts = readGoldFile(gf);
  assert.equal(arts[0]!.article.text, 'Ministers met.');
  assert.equal(arts[0]!.article.published, '2023-05-02');
  assert.deepEqual(splitLeadingDate('no date here'), { text: 'no date here', published: null });
});

test('bad input is reported as file:line: field', () => {
  const lines = [
    ok,
    '{not json',
    JSON.stringify({ id: 'x2', text: 't', events: [{ event: 'HUG', parties: [['IRN']] }] }),
    JSON.stringify({ id: 'x3', text: 't', events: [{ event: 'AGREE', parties: ['IRN'], date: '2024-13' }] }),
    JSON.stringify({ id: 'x4', events: [] }),
    JSON.stringify({ id: 'x5', text: 't', events: [{ event: 'AGREE', parties: [['IRN']], status: 'rumoured', required: 'yes' }] }),
    JSON.stringify({ id: 'x1', text: 't', events: [] }),
    JSON.stringify({ id: 'x6', text_file: 'missing.txt', events: [] }),
  ];
  const { articles, issues } = parseGold(lines.join('\n'), '/tmp/bad.gold.jsonl');
  const at = issues.map((i) => `${i.line}:${i.field}`);
  assert.ok(at.includes('2:(line)'), at.join(' '));
  assert.ok(at.includes('3:events[0].event'));
  assert.ok(at.includes('4:events[0].parties'));
  assert.ok(at.includes('4:events[0].date'));
  assert.ok(at.includes('5:text_file'));
  assert.ok(at.includes('6:events[0].status'));
  assert.ok(at.includes('6:events[0].required'));
  assert.ok(at.includes('7:id'));
  assert.ok(at.includes('8:text_file'));
  assert.equal(articles.length, 1);
  assert.ok(issues.every((i) => i.file === '/tmp/bad.gold.jsonl'));
});

test('readGoldFile throws one error listing every issue as file:line: field: message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  const gf = join(dir, 'g.jsonl');
  writeFileSync(gf, ok + '\n' + JSON.stringify({ id: 'y', text: 't', events: [{ event: 'AGREE' }] }) + '\n');
  assert.throws(
    () => readGoldFile(gf),
    (e: unknown) => e instanceof GoldFileError && e.message.startsWith(`${gf}:2: events[0].parties:`),
  );
  assert.throws(() => readGoldFile(join(dir, 'absent.jsonl')), GoldFileError);
});

const seed = '/work/shared/gold/seed.gold.jsonl';
test('the shared seed gold file reads cleanly', { skip: existsSync(seed) ? false : 'skipped: ../shared not present' }, () => {
  const arts = readGoldFile(seed);
  assert.ok(arts.length >= 1);
  assert.ok(arts[0]!.events.some((e) => e.required));
  assert.ok(!arts[0]!.article.text.startsWith(' date'));
});
