import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinWordClassFiles, loadWordClasses, WORD_CLASS_NAMES } from '../../src/events/word-classes.js';
import { LexiconError } from '../../src/lexicon/jsonl.js';
import { loadLexicons, userFileKind } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';

const article = (text: string) => ({ id: 't', text, published: '2024-05-01', outlet: null, url: null, title: null, language: 'en', origin: 't' });
const dir = mkdtempSync(join(tmpdir(), 'readout-word-classes-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const countries = (ms: { country: string | null }[]) => ms.map((m) => m.country);

test('the built-in file lists every class once, in order, each with words', () => {
  const [builtin] = builtinWordClassFiles();
  const names = readFileSync(builtin!, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { class: string }).class);
  assert.deepEqual(names, [...WORD_CLASS_NAMES]);
  const w = loadWordClasses();
  for (const n of WORD_CLASS_NAMES) assert.ok(w[n].size > 0, `${n} is empty`);
  assert.ok(w['event-nouns'].has('launch') && w['event-nouns'].has('ceasefire'));
  assert.ok(w['quantity-nouns'].has('thousands'));
  assert.ok(w['means-after-by'].has('phone'));
  assert.ok(w['journey-verbs'].has('travel') && !w['journey-verbs'].has('sail'));
  // nouns and verbs of claiming are separate classes
  assert.ok(!w['claim-nouns'].has('say') && w['claim-verbs'].has('say'));
});

test('loadLexicons puts the classes into the event rules', () => {
  const lex = loadLexicons();
  assert.deepEqual(Object.keys(lex.rules.words).sort(), [...WORD_CLASS_NAMES].sort());
});

test('a user file adds words to a class; other classes and later loads are untouched', () => {
  const user = file('user-words.jsonl', '# extra words\n{"class": "event-nouns", "words": ["salvo", "launch"], "note": "a word already listed is fine"}\n');
  assert.equal(userFileKind(user), 'word-classes');
  const base = loadWordClasses();
  const w = loadWordClasses([...builtinWordClassFiles(), user]);
  assert.ok(w['event-nouns'].has('salvo'));
  assert.equal(w['event-nouns'].size, base['event-nouns'].size + 1);
  for (const n of WORD_CLASS_NAMES) if (n !== 'event-nouns') assert.deepEqual([...w[n]], [...base[n]]);
  // no shared state: loading again without the user file does not see its words
  assert.ok(!loadWordClasses()['event-nouns'].has('salvo'));
});

test('a new event noun makes "condemned the <noun>" point at the earlier actor', () => {
  const text = 'North Korea fired ballistic missiles into the sea on Monday. Japan condemned the salvo.';
  const user = file('salvo.jsonl', '{"class": "event-nouns", "words": ["salvo"]}\n');
  const condemn = (lex: ReturnType<typeof loadLexicons>) => codeArticle(article(text), lex).find((e) => e.actor.some((m) => m.country === 'JPN'));
  const before = condemn(loadLexicons());
  assert.ok(before, 'Japan condemns');
  assert.deepEqual(countries(before.recipient), []);
  const after = condemn(loadLexicons({ user: [user] }));
  assert.deepEqual(countries(after!.recipient), ['PRK']);
});

test('a new journey verb makes the meeting the point of the journey', () => {
  const text = 'The Indian foreign minister will sail to Colombo next week to meet Sri Lankan President Ranil Wickremesinghe.';
  const user = file('sail.jsonl', '{"class": "journey-verbs", "words": ["sail"]}\n');
  assert.deepEqual(codeArticle(article(text), loadLexicons()), []);
  const after = codeArticle(article(text), loadLexicons({ user: [user] }));
  assert.equal(after.length, 1);
  assert.deepEqual(countries(after[0]!.actor), ['IND']);
  assert.deepEqual(countries(after[0]!.recipient), ['LKA']);
});

test('bad lines are reported as file:line: field', () => {
  const cases: [string, RegExp][] = [
    ['{"class": "event-verbs", "words": ["strike"]}\n', /bad\.jsonl:1: class "event-verbs" is not a known word class/],
    ['{"class": "event-nouns", "words": ["salvo"]}\n{"class": "watch-verbs", "words": []}\n', /bad\.jsonl:2: words must not be empty/],
    ['{"class": "watch-verbs"}\n', /bad\.jsonl:1: words is missing/],
    ['{"class": "event-nouns", "words": ["salvo", "Volley"]}\n', /bad\.jsonl:1: words\[1\] must be lower case/],
    ['{"class": "event-nouns", "words": [7]}\n', /bad\.jsonl:1: words\[0\] must be a string/],
    ['{"class": "event-nouns", "words": ["air strike"]}\n', /bad\.jsonl:1: words\[0\] must be one word/],
    ['{"class": "event-nouns", "words": ["salvo", "salvo"]}\n', /bad\.jsonl:1: words\[1\] "salvo" is listed twice/],
    ['\n{"class": "event-nouns", "words": ["salvo"]}\n{"class": "event-nouns", "words": ["volley"]}\n', /bad\.jsonl:3: class "event-nouns" is already listed at .*bad\.jsonl:2/],
    ['{"words": ["salvo"]}\n', /bad\.jsonl:1: class is missing/],
    ['{"class": "event-nouns", "word": ["salvo"]}\n', /bad\.jsonl:1: word is not a known field/],
  ];
  for (const [text, re] of cases) {
    const bad = file('bad.jsonl', text);
    assert.throws(() => loadWordClasses([...builtinWordClassFiles(), bad]), (e: unknown) => e instanceof LexiconError && re.test(e.message), text);
  }
});

test('a class missing after loading every file is an error naming the classes', () => {
  const only = file('only.jsonl', '{"class": "event-nouns", "words": ["salvo"]}\n');
  assert.throws(() => loadWordClasses([only]), /only\.jsonl: class "quantity-nouns", .*"object-control-verbs", "arms", "proposal-verbs" are missing/);
  assert.throws(() => loadWordClasses([]), /are missing/);
});

test('a bad user word-class file stops loadLexicons with its file and line', () => {
  const bad = file('bad-user.jsonl', '{"class": "journey-verbs", "words": ["sail"]}\n{"class": "journey-verbs", "words": ["Drive"]}\n');
  assert.throws(() => loadLexicons({ user: [bad] }), /bad-user\.jsonl:2: /);
});
