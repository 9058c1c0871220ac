// The held-out gold set (heldout.gold.jsonl) is well formed, read with the scorer's own reader (src/eval/gold.ts):
// it parses, every article has an outlet and a publication date, 3 to 8 sentences, and no event dated after its
// article. The set is for measuring only; these checks look at its form, never at what a coder outputs on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGold, readGoldFile, type GoldArticle } from '../../src/eval/gold.js';
import { formProblems as problemsBy, readLines, roughSentences, type FormRules } from './form.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';

// dist/test/gold/x.test.js -> repo root is three levels up
const goldPath = new URL('../../../test/gold/heldout.gold.jsonl', import.meta.url).pathname;
const load = (): GoldArticle[] => readGoldFile(goldPath);
const RULES: FormRules = { minSentences: 3, maxSentences: 8 };
const formProblems = (g: GoldArticle): string[] => problemsBy(g, RULES);

test('heldout.gold.jsonl: every line parses and validates, eight articles h01 to h08', () => {
  const ids = load().map((g) => g.article.id);
  assert.equal(ids.length, 8);
  ids.forEach((id, i) => assert.match(id, new RegExp(`^h0${i + 1}-`), id));
});

test('heldout.gold.jsonl: outlet, publication date, 3 to 8 sentences, no event after publication', () => {
  const problems = load().flatMap(formProblems);
  assert.deepEqual(problems, []);
});

test('heldout.gold.jsonl: every event has a note and a PLOVER category, every article a required event', () => {
  for (const { article: a, events } of load()) {
    assert.ok(events.some((e) => e.required), `${a.id}: no required event`);
    for (const e of events) {
      assert.ok((PLOVER_CATEGORIES as readonly string[]).includes(e.event), `${a.id} ${e.id}: ${e.event}`);
      assert.ok(typeof e.note === 'string' && e.note.length > 0, `${a.id} ${e.id}: no note`);
    }
  }
});

test('the form check catches an event dated after publication, a missing outlet and too many sentences', () => {
  const nine = Array.from({ length: 9 }, (_, i) => `Sentence ${i + 1} is here.`).join(' ');
  const [bad] = readLines([
    JSON.stringify({
      id: 'bad',
      text: nine,
      published: '2024-01-17',
      events: [
        { id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-18' },
        { id: 'e2', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-02' },
        { id: 'e3', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01' },
      ],
    }),
  ]);
  const problems = formProblems(bad!);
  assert.ok(problems.some((p) => /no outlet/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /9 sentences/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /e1: 2024-01-18 after/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /e2: 2024-02 after/.test(p)), problems.join('; '));
  assert.ok(!problems.some((p) => /e3/.test(p)), 'a month equal to the publication month is not after it');
});

test('the form check accepts a short well-formed article and the reader rejects a broken line', () => {
  const [ok] = readLines([
    JSON.stringify({
      id: 'ok', text: 'A met B. C praised D. E left.', published: '2024-01-17', outlet: 'Test Wire',
      events: [{ id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-17' }],
    }),
  ]);
  assert.deepEqual(formProblems(ok!), []);
  assert.ok(parseGold('{"id": "x", "text": ', 'g.jsonl').issues.length > 0);
  assert.ok(parseGold(JSON.stringify({ id: 'x', text: 'A met B.', events: [{ id: 'e1', event: 'MEET', parties: [['IRN']] }] }), 'g.jsonl').issues.length > 0);
});
