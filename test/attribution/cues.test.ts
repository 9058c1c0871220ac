import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReportingCues, loadStatusCues } from '../../src/attribution/cues.js';

function tmpFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cues-'));
  const p = join(dir, 'cues.jsonl');
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

const reporting = loadReportingCues();
const status = loadStatusCues();

test('built-in reporting cues load: at least 80, all four kinds, the common ones present', () => {
  assert.ok(reporting.length >= 80, `${reporting.length}`);
  const has = (cue: string, kind: string) => reporting.some((c) => c.cue === cue && c.kind === kind);
  for (const v of ['say', 'tell', 'report', 'add', 'note', 'quote as saying', 'tell reporters']) assert.ok(has(v, 'verb'), v);
  for (const p of ['according to', 'cited by']) assert.ok(has(p, 'prep'), p);
  for (const n of ['statement', 'readout issued by', 'readout from', 'in a statement']) assert.ok(has(n, 'noun'), n);
  assert.deepEqual(reporting.find((c) => c.cue === 'according to')!.words, ['according', 'to']);
  for (const s of ['urge', 'call for', 'praise']) assert.ok(has(s, 'stance'), s);
});

test('built-in status cues load with each status', () => {
  const of = (s: string) => status.filter((c) => c.status === s).map((c) => c.cue);
  assert.ok(of('negated').includes('did not') && of('negated').includes("won't") && of('negated').includes('failed to'));
  assert.ok(of('future').includes('will') && of('future').includes('plans to') && of('future').includes('is set to'));
  assert.ok(of('hypothetical').includes('if') && of('hypothetical').includes('unless'));
  assert.ok(of('alleged').includes('allegedly') && of('alleged').includes('accused of'));
  assert.ok(of('denied').includes('denied'));
  assert.ok(!of('future').includes("won't"), '"won\'t" is a negation, not a future');
});

const gender = '../../../shared/anchors/GenderGapTracker/nlp/english/rules/quote_verb_list.txt';
const genderPath = new URL(gender, import.meta.url).pathname.replace('/dist/', '/');
test('reporting verbs overlap the GenderGapTracker quote verbs only in part (own list)', {
  skip: existsSync('/work/shared/anchors/GenderGapTracker') ? false : 'skipped: ../shared not present',
}, () => {
  const p = existsSync(genderPath) ? genderPath : '/work/shared/anchors/GenderGapTracker/nlp/english/rules/quote_verb_list.txt';
  const theirs = new Set(readFileSync(p, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean));
  const mine = reporting.filter((c) => c.kind === 'verb' && !c.cue.includes(' '));
  const shared = mine.filter((c) => theirs.has(c.cue)).length;
  assert.ok(shared > 10 && shared < mine.length, `${shared} of ${mine.length} shared`);
});

test('bad cue lines stop loading with file:line and the field', () => {
  const rep: [string, RegExp][] = [
    ['{"cue":"say","kind":"adverb"}', /:2: kind must be one of verb, prep, noun, stance/],
    ['{"cue":"Said","kind":"verb"}', /:2: cue must be lower case/],
    ['{"kind":"verb"}', /:2: cue is missing/],
    ['{"cue":"tell","kind":"verb"}', /:2: cue "tell" \(verb\) is already listed at .*:1/],
    ['{"cue":"tell" "kind":"verb"}', /:2: json is not valid JSON/],
  ];
  for (const [line, re] of rep) {
    const f = tmpFile(['{"cue":"tell","kind":"verb"}', line]);
    assert.throws(() => loadReportingCues([f]), (e: Error) => e.message.startsWith(`${f}:2: `) && re.test(e.message), line);
  }
  const st: [string, RegExp][] = [
    ['{"cue":"maybe","status":"asserted"}', /:2: status must be one of alleged, denied, negated, future, hypothetical/],
    ['{"cue":"will","status":"future"}', /:2: cue "will" is already listed/],
    ['{"cue":"will  not","status":"negated"}', /:2: cue must be words separated by single spaces/],
    ['{"cue":"never","status":"negated","scope":"clause"}', /:2: scope is not a known field/],
  ];
  for (const [line, re] of st) {
    const f = tmpFile(['{"cue":"will","status":"future"}', line]);
    assert.throws(() => loadStatusCues([f]), (e: Error) => e.message.startsWith(`${f}:2: `) && re.test(e.message), line);
  }
});
