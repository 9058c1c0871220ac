// The third blind gold set (blind3.gold.jsonl) is well formed, read with the scorer's own reader (src/eval/gold.ts):
// sixteen articles c01 to c16, one per publication year 2010-2025, each with an outlet, 4 to 10 sentences and no event
// dated after its article; every event has a note and a PLOVER category; every PLOVER category has at least 3 required
// events and the required events include alleged, denied and negated ones.
// The set is for measuring only; these checks look at its form, never at what a coder outputs on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGoldFile, type GoldArticle } from '../../src/eval/gold.js';
import { coverageProblems, formProblems, readLines, roughSentences, type FormRules } from './form.js';

// dist/test/gold/x.test.js -> repo root is three levels up
const goldPath = new URL('../../../test/gold/blind3.gold.jsonl', import.meta.url).pathname;
const load = (): GoldArticle[] => readGoldFile(goldPath);

const RULES: FormRules = { minSentences: 4, maxSentences: 10, period: ['2010-01-01', '2025-12-31'], eventFields: true };
const MIN_REQUIRED_PER_CATEGORY = 3;
const REQUIRED_STATUSES = ['alleged', 'denied', 'negated'] as const;

test('blind3.gold.jsonl: sixteen articles c01 to c16, in publication order, one per year 2010-2025', () => {
  const articles = load();
  assert.equal(articles.length, 16);
  articles.forEach((g, i) => {
    assert.match(g.article.id, new RegExp(`^c${String(i + 1).padStart(2, '0')}-[a-z0-9-]+$`), g.article.id);
    assert.equal(g.article.published?.slice(0, 4), String(2010 + i), g.article.id);
  });
});

test('blind3.gold.jsonl: outlet, publication date, 4 to 10 sentences, no event after publication, notes and categories', () => {
  assert.deepEqual(load().flatMap((g) => formProblems(g, RULES)), []);
});

test('blind3.gold.jsonl: 115 to 130 sentences and 140 to 160 required events in all', () => {
  const articles = load();
  const sentences = articles.reduce((n, g) => n + roughSentences(g.article.text).length, 0);
  assert.ok(sentences >= 115 && sentences <= 130, `${sentences} sentences`);
  const required = articles.reduce((n, g) => n + g.events.filter((e) => e.required).length, 0);
  assert.ok(required >= 140 && required <= 160, `${required} required events`);
});

test('blind3.gold.jsonl: every PLOVER category has 3 or more required events; required statuses include alleged, denied, negated', () => {
  assert.deepEqual(coverageProblems(load(), MIN_REQUIRED_PER_CATEGORY, REQUIRED_STATUSES), []);
});

test('the checks catch a four-sentence floor breach, a missing category and a missing status', () => {
  const [short] = readLines([
    JSON.stringify({
      id: 'short', text: 'A met B. C praised D. E left.', published: '2024-01-17', outlet: 'Test Wire',
      events: [{ id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01-17', note: 'A met B' }],
    }),
  ]);
  assert.ok(formProblems(short!, RULES).some((p) => /short: 3 sentences/.test(p)));
  const problems = coverageProblems([short!], MIN_REQUIRED_PER_CATEGORY, REQUIRED_STATUSES);
  assert.ok(problems.includes('CONSULT: 1 required events'), problems.join('; '));
  assert.ok(problems.includes('RETREAT: 0 required events'), problems.join('; '));
  for (const s of REQUIRED_STATUSES) assert.ok(problems.includes(`no required ${s} event`), problems.join('; '));
});
