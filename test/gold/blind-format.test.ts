// The second blind gold set (blind.gold.jsonl) is well formed, read with the scorer's own reader (src/eval/gold.ts):
// it parses, has sixteen articles b01 to b16 published 2010-2025, every article has an outlet and a publication date,
// 3 to 12 sentences, and no event dated after its article; every event has a note and a PLOVER category, every PLOVER
// category has at least 3 required events and the required events include alleged, denied and negated ones.
// The set is for measuring only; these checks look at its form, never at what a coder outputs on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGold, readGoldFile, type GoldArticle } from '../../src/eval/gold.js';
import { coverageProblems as coverageBy, formProblems as problemsBy, readLines, roughSentences, type FormRules } from './form.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';

// dist/test/gold/x.test.js -> repo root is three levels up
const goldPath = new URL('../../../test/gold/blind.gold.jsonl', import.meta.url).pathname;
const load = (): GoldArticle[] => readGoldFile(goldPath);
const formProblems = (g: GoldArticle): string[] => problemsBy(g, RULES);

const MIN_SENTENCES = 3;
const MAX_SENTENCES = 12;
const REQUIRED_STATUSES = ['alleged', 'denied', 'negated'] as const;
const RULES: FormRules = { minSentences: MIN_SENTENCES, maxSentences: MAX_SENTENCES, period: ['2010-01-01', '2025-12-31'], eventFields: true };

/** What the whole set lacks: PLOVER categories with fewer than 3 required events, required statuses never used. */
const coverageProblems = (articles: GoldArticle[]): string[] => coverageBy(articles, 3, REQUIRED_STATUSES);

test('blind.gold.jsonl: every line parses and validates, sixteen articles b01 to b16', () => {
  const ids = load().map((g) => g.article.id);
  assert.equal(ids.length, 16);
  ids.forEach((id, i) => assert.match(id, new RegExp(`^b${String(i + 1).padStart(2, '0')}-[a-z0-9-]+$`), id));
});

test('blind.gold.jsonl: outlet, publication date 2010-2025, 3 to 12 sentences, no event after publication, notes and categories', () => {
  const problems = load().flatMap(formProblems);
  assert.deepEqual(problems, []);
});

test('blind.gold.jsonl: 110 to 140 sentences in all, publication years spread over the period', () => {
  const articles = load();
  const total = articles.reduce((n, g) => n + roughSentences(g.article.text).length, 0);
  assert.ok(total >= 110 && total <= 140, `${total} sentences`);
  const years = new Set(articles.map((g) => g.article.published!.slice(0, 4)));
  assert.ok(years.size >= 10, `only ${years.size} distinct years`);
});

test('blind.gold.jsonl: every PLOVER category has 3 or more required events; required statuses include alleged, denied, negated', () => {
  assert.deepEqual(coverageProblems(load()), []);
});

test('the form check catches an event dated after publication, a missing outlet, too many sentences and a missing note', () => {
  const thirteen = Array.from({ length: 13 }, (_, i) => `Sentence ${i + 1} is here.`).join(' ');
  const [bad] = readLines([
    JSON.stringify({
      id: 'bad',
      text: thirteen,
      published: '2024-01-17',
      events: [
        { id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-18', note: 'n' },
        { id: 'e2', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-02', note: 'n' },
        { id: 'e3', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01', note: 'n' },
        { id: 'e4', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-17' },
      ],
    }),
  ]);
  const problems = formProblems(bad!);
  assert.ok(problems.some((p) => /no outlet/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /13 sentences/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /e1: 2024-01-18 after/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /e2: 2024-02 after/.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /e4: no note/.test(p)), problems.join('; '));
  assert.ok(!problems.some((p) => /e3/.test(p)), 'a month equal to the publication month is not after it');
  const [old] = readLines([
    JSON.stringify({ id: 'old', text: 'A met B. C praised D. E left.', published: '2009-12-31', outlet: 'Test Wire', events: [] }),
  ]);
  const oldProblems = formProblems(old!);
  assert.ok(oldProblems.some((p) => /outside 2010-01-01 to 2025-12-31/.test(p)), oldProblems.join('; '));
  assert.ok(oldProblems.some((p) => /no required event/.test(p)), oldProblems.join('; '));
});

test('the coverage check catches a missing category and missing statuses', () => {
  const events = PLOVER_CATEGORIES.filter((c) => c !== 'RETREAT').flatMap((c) =>
    [1, 2, 3].map((k) => ({ id: `${c}-${k}`, event: c, parties: [['IRN']], note: 'n' })),
  );
  const [g] = readLines([JSON.stringify({ id: 'cov', text: 'A met B. C praised D. E left.', published: '2024-01-17', outlet: 'Test Wire', events })]);
  const problems = coverageProblems([g!]);
  assert.ok(problems.some((p) => /^RETREAT: 0 required events/.test(p)), problems.join('; '));
  for (const s of REQUIRED_STATUSES) assert.ok(problems.some((p) => p === `no required ${s} event`), problems.join('; '));
  assert.ok(!problems.some((p) => /^CONSULT:/.test(p)), problems.join('; '));
});

test('the form check accepts a short well-formed article and the reader rejects a broken line', () => {
  const [ok] = readLines([
    JSON.stringify({
      id: 'ok', text: 'A met B. C praised D. E left.', published: '2024-01-17', outlet: 'Test Wire',
      events: [{ id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-17', note: 'A met B' }],
    }),
  ]);
  assert.deepEqual(formProblems(ok!), []);
  assert.ok(parseGold('{"id": "x", "text": ', 'g.jsonl').issues.length > 0);
  assert.ok(parseGold(JSON.stringify({ id: 'x', text: 'A met B.', events: [{ id: 'e1', event: 'MEET', parties: [['IRN']] }] }), 'g.jsonl').issues.length > 0);
});
