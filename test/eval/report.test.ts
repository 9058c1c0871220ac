import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFloors, coderErrors, goldSuite, metricsOf, parseFloors, renderAccuracy } from '../../src/eval/markdown.js';
import { scoreEvents } from '../../src/eval/score.js';
import { evalCommand } from '../../src/eval/cli.js';
import { attributorFromLexicons } from '../../src/eval/attributor.js';
import { loadLexicons } from '../../src/lexicons.js';

const lex = loadLexicons();
import { ev, gold, goldArticle } from './helpers.js';

const report = scoreEvents(
  [goldArticle('a1', [gold({ event: 'CONSULT', parties: [['IRN'], ['CHN']] })])],
  [ev({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'] })],
);

test('accuracy markdown has the meta line, tables, skipped suites and floor keys', () => {
  const md = renderAccuracy(
    [goldSuite('gold-x', 'X gold', report), { suite: 'polnear', title: 'PolNeAR', skipped: 'data absent' }],
    { date: '2024-02-01', commit: 'abc1234', coderVersion: '0.1.0' },
  );
  assert.match(md, /Measured 2024-02-01 at commit `abc1234`/);
  assert.match(md, /\| recall \(required gold events\) \| 100 \| 1 \| — \| `gold-x.recall` \|/);
  assert.match(md, /\| CONSULT \| 1 \| 1 \| 1 \| 1 \| 100 \| 100 \| 100 \|/);
  assert.match(md, /- PolNeAR: data absent/);
});

test('floors: below, unmeasured, and bad files', () => {
  const m = metricsOf([goldSuite('g', 'G', report)]);
  assert.equal(m['g.recall'], 100);
  const c = checkFloors(m, { 'g.recall': 100, 'g.f1': 100.5, 'other.metric': 1 });
  assert.deepEqual(c.below, ['g.f1: 100 < 100.5']);
  assert.deepEqual(c.unmeasured, ['other.metric']);
  assert.throws(() => parseFloors('[1]', 'f.json'), /f.json: expected an object/);
  assert.throws(() => parseFloors('{"a": "x"}', 'f.json'), /a: minimum must be a number/);
  assert.deepEqual(parseFloors('{"a": 2}', 'f.json'), { a: 2 });
});

test('evalCommand scores a gold file, prints verbose detail, and rejects bad gold with file:line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evalcmd-'));
  const good = join(dir, 'g.jsonl');
  writeFileSync(good, JSON.stringify({ id: 'a1', text: 'Iran and China held talks.', events: [{ event: 'CONSULT', parties: [['IRN'], ['CHN']], note: 'talks' }] }) + '\n');
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"id": "z", "text": "t", "events": [{"event": "NOPE", "parties": [["X"]]}]}\n');
  let out = '';
  let err = '';
  const deps = {
    coder: () => [],
    attributor: () => [],
    stdout: (s: string) => void (out += s),
    stderr: (s: string) => void (err += s),
  };
  assert.equal(await evalCommand([good, '--verbose'], deps), 0);
  assert.match(out, /recall 0% \(0\/1\)/);
  assert.match(out, /MISSED gold events:/);
  assert.equal(await evalCommand([bad], deps), 2);
  assert.match(err, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: events\\[0\\]\\.event:`));
  assert.equal(await evalCommand(['--bogus'], deps), 2);
  assert.equal(await evalCommand([], deps), 2);
  out = '';
  assert.equal(await evalCommand([good, '--json'], deps), 0);
  assert.equal(JSON.parse(out).requiredGold, 1);
});

test('the attribution stage gives source, cue and content spans, innermost frames included', () => {
  const text = '“We will not back down,” Radan said, according to the IRNA report. Xinhua said the talks went well.';
  const spans = attributorFromLexicons(lex)({ id: 'a', text, published: null, outlet: null, url: null, title: null, language: null, origin: 'a' });
  const show = spans.map((x) => [x.source ? text.slice(x.source.start, x.source.end) : null, text.slice(x.cue.start, x.cue.end), x.content ? text.slice(x.content.start, x.content.end) : null]);
  assert.deepEqual(show[0], ['Radan', 'said', '“We will not back down']);
  // the source span is the whole phrase the tree gives (PolNeAR counts reports and documents as sources); the actor
  // it names (IRNA) is kept in the event's attribution
  assert.equal(show[1]![0], 'the IRNA report');
  assert.match(show[1]![1]!, /^according to/);
  assert.deepEqual(show[2], ['Xinhua', 'said', 'the talks went well.']);
});

test('coderErrors lists the inputs a suite caught the coder throwing on, and nothing for clean or skipped suites', () => {
  const clean = { suite: 'a', title: 'A', report: { errors: [] }, rows: [], notes: [] };
  const crashed = { suite: 'b', title: 'B', report: { errors: [{ id: 'x1', message: 'boom' }] }, rows: [], notes: [] };
  const skipped = { suite: 'c', title: 'C', skipped: 'no data' };
  assert.deepEqual(coderErrors([clean, skipped]), []);
  assert.deepEqual(coderErrors([clean, crashed, skipped]), ['b: {"id":"x1","message":"boom"}']);
});
