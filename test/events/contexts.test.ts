import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextKey, contextsFor, loadContexts } from '../../src/events/contexts.js';
import { PLOVER_CONTEXTS } from '../../src/codes/plover.js';

const lex = loadContexts();

function tmpFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-contexts-'));
  const p = join(dir, 'contexts.jsonl');
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

test('all 37 manual contexts have keyword lists', () => {
  assert.equal(PLOVER_CONTEXTS.length, 37);
  assert.deepEqual([...lex.entries.map((e) => e.context)].sort(), [...PLOVER_CONTEXTS].sort());
  for (const e of lex.entries) assert.ok(e.terms.length >= 5, `${e.context}: ${e.terms.length}`);
});

test('single and multi-word terms match lemmas, singular and plural alike', () => {
  // "control the illicit flow of synthetic drugs such as fentanyl"
  assert.deepEqual(lex.contextsFor(['control', 'the', 'illicit', 'flow', 'of', 'synthetic', 'drug', 'such', 'as', 'fentanyl']),
    ['illegal_drugs', 'trafficking']);
  assert.deepEqual(lex.contextsFor(['human', 'right', 'group']), ['human_rights']);
  assert.deepEqual(lex.contextsFor(['human', 'rights']), ['human_rights']);
  assert.deepEqual(contextsFor(lex, ['wildlife', 'trafficking']), ['trafficking']);
  assert.deepEqual(lex.contextsFor(['counterterrorism', 'and', 'cyberattack']), ['terrorism', 'cyber']);
  assert.deepEqual(lex.contextsFor(['woman', "'s", 'right']), ['rights_freedoms', 'gender']);
});

test('words that only start a multi-word term do not match, and no match gives []', () => {
  assert.deepEqual(lex.contextsFor(['human', 'being']), []);
  assert.deepEqual(lex.contextsFor([]), []);
  assert.deepEqual(lex.contextsFor(['the', 'weather', 'was', 'fine']), []);
});

test('contexts come back in the manual order without repeats', () => {
  const got = lex.contextsFor(['trafficking', 'military', 'drug', 'military']);
  assert.deepEqual(got, ['military', 'illegal_drugs', 'trafficking']);
});

test('contextKey folds plurals', () => {
  assert.equal(contextKey('Drugs'), 'drug');
  assert.equal(contextKey('militias'), 'militia');
  assert.equal(contextKey('casualties'), 'casualty');
  assert.equal(contextKey('crisis'), 'crisis');
  assert.equal(contextKey('press'), 'press');
  assert.equal(contextKey('women'), 'woman');
});

test('bad context lines stop loading with file:line and the field', () => {
  const cases: [string, RegExp][] = [
    ['{"context":"drugs","terms":["heroin"]}', /:2: context "drugs" is not one of the manual's 37 contexts/],
    ['{"context":"crime","terms":[]}', /:2: terms must not be empty/],
    ['{"context":"crime","terms":["Theft"]}', /:2: terms\[0\] must be lower case/],
    ['{"context":"crime","terms":["theft","theft"]}', /:2: terms\[1\] "theft" is listed twice/],
    ['{"context":"military","terms":["army"]}', /:2: context "military" is already listed at .*:1/],
    ['{"context":"crime" "terms":[]}', /:2: json is not valid JSON/],
  ];
  for (const [line, re] of cases) {
    const f = tmpFile(['{"context":"military","terms":["army"]}', line]);
    assert.throws(() => loadContexts([f]), (e: Error) => e.message.startsWith(`${f}:2: `) && re.test(e.message), line);
  }
});
