import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateEvent } from '../../src/output/validate.js';
import { ALL, ARTICLE_TEXT, agree, consult, copy } from './fixtures.js';

/** Asserts that exactly the expected problems (by regex, in any order) are reported. */
function expectProblems(e: unknown, patterns: RegExp[], text?: string): void {
  const problems = validateEvent(e, text);
  assert.equal(problems.length, patterns.length, `got: ${JSON.stringify(problems)}`);
  for (const re of patterns) assert.ok(problems.some((p) => re.test(p)), `no problem matches ${re}: ${JSON.stringify(problems)}`);
}

test('the fixture events are valid, with and without the article text', () => {
  for (const e of ALL) {
    assert.deepEqual(validateEvent(e), [], e.id);
    assert.deepEqual(validateEvent(e, ARTICLE_TEXT), [], e.id);
  }
});

test('a value that is not an object is one problem', () => {
  for (const v of [null, 3, 'event', [consult]]) expectProblems(v, [/expected an object/]);
});

test('wrong enums: category, status, granularity, basis, context', () => {
  const e = copy(consult) as unknown as Record<string, unknown>;
  e.event = 'MEET';
  e.status = 'rumoured';
  e.contexts = ['diplomatic', 'Diplomacy'];
  expectProblems(e, [/^event: .*"MEET"/, /^status: .*"rumoured"/, /^contexts\[1\]: .*"Diplomacy"/]);

  const d = copy(agree);
  (d.date as unknown as Record<string, unknown>).granularity = 'week';
  (d.date as unknown as Record<string, unknown>).basis = 'guess';
  expectProblems(d, [/^date\.granularity: /, /^date\.basis: /]);
});

test('a missing field and an extra field are reported by name', () => {
  const e = copy(consult) as unknown as Record<string, unknown>;
  delete e.confidence;
  e.score = 3;
  expectProblems(e, [/missing field "confidence"/, /unexpected field "score"/]);
});

test('missing and extra fields inside nested objects are reported with their path', () => {
  const e = copy(consult) as unknown as { actor: Record<string, unknown>[]; evidence: Record<string, unknown> };
  delete e.actor[0]!.sector;
  e.evidence.paragraph = 2;
  expectProblems(e, [/^actor\[0\]: missing field "sector"/, /^evidence: unexpected field "paragraph"/]);
});

test('trigger is optional and allowed', () => {
  const e = copy(consult);
  delete e.trigger;
  assert.deepEqual(validateEvent(e, ARTICLE_TEXT), []);
});

test('evidence offsets that do not match the article text are caught', () => {
  const e = copy(consult);
  e.evidence.start += 1;
  e.evidence.end += 1;
  expectProblems(e, [/^evidence\.text: does not match the article text/], ARTICLE_TEXT);
  // Without the article, the same event is consistent in itself (length equals end - start).
  assert.deepEqual(validateEvent(e), []);
});

test('evidence text whose length disagrees with its offsets is caught without the article', () => {
  const e = copy(consult);
  e.evidence.end -= 5;
  expectProblems(e, [/^evidence\.text: has \d+ characters but the offsets span/]);
});

test('evidence past the end of the article, end before start, negative sentence', () => {
  const e = copy(consult);
  e.evidence.start = ARTICLE_TEXT.length;
  e.evidence.end = ARTICLE_TEXT.length + e.evidence.text.length;
  expectProblems(e, [/past the end of the article/], ARTICLE_TEXT);

  const f = copy(consult);
  f.evidence.end = f.evidence.start - 1;
  f.evidence.sentence = -1;
  expectProblems(f, [/end \(\d+\) is before start/, /^evidence\.sentence: /]);
});

test('a trigger whose offsets do not match the article is caught', () => {
  const e = copy(consult);
  e.trigger!.start += 2;
  e.trigger!.end += 2;
  expectProblems(e, [/^trigger\.text: does not match/], ARTICLE_TEXT);
});

test('date value must match its granularity and be a calendar date', () => {
  const bad: [string, 'year' | 'month' | 'day'][] = [
    ['2024-01-08', 'month'], ['2024', 'day'], ['2024-01', 'year'], ['24-01-08', 'day'], ['2024-1', 'month'],
  ];
  for (const [value, granularity] of bad) {
    const e = copy(agree);
    e.date = { value, granularity, text: null, basis: 'text' };
    expectProblems(e, [new RegExp(`^date\\.value: expected .* for granularity "${granularity}"`)]);
  }
  for (const value of ['2024-02-30', '2023-13-01', '2024-00']) {
    const e = copy(agree);
    e.date = { value, granularity: value.length === 7 ? 'month' : 'day', text: null, basis: 'text' };
    expectProblems(e, [/^date\.value: not a calendar date/]);
  }
  const leap = copy(agree);
  leap.date = { value: '2024-02-29', granularity: 'day', text: null, basis: 'text' };
  assert.deepEqual(validateEvent(leap), []);
});

test('cameo must be a digit string, quad 1-4 and consistent with cameo, goldstein within [-10, 10]', () => {
  const e = copy(consult) as unknown as Record<string, unknown>;
  e.cameo = 43;
  e.quad = 5;
  e.goldstein = 12;
  expectProblems(e, [/^cameo: /, /^quad: .*\[1, 4\]/, /^goldstein: .*\[-10, 10\]/]);

  const f = copy(consult);
  f.quad = 4; // CAMEO 043 is verbal cooperation
  expectProblems(f, [/^quad: CAMEO 043 is QuadClass 1/]);

  const g = copy(consult);
  g.cameo = '2501';
  g.quad = 4;
  expectProblems(g, [/^cameo: root 25 is not a CAMEO root code/]);

  const h = copy(consult) as unknown as Record<string, unknown>;
  h.goldstein = Number.NaN;
  expectProblems(h, [/^goldstein: expected a number/]);
});

test('actor lists: country and sector codes, empty text, empty actor list, non-list', () => {
  const e = copy(consult);
  e.actor[0]!.country = 'ke';
  e.recipient[0]!.sector = 'Government';
  e.attribution[0]!.cue = '';
  expectProblems(e, [/^actor\[0\]\.country: /, /^recipient\[0\]\.sector: /, /^attribution\[0\]\.cue: must not be empty/]);

  const f = copy(consult) as unknown as Record<string, unknown>;
  f.actor = [];
  f.recipient = { text: 'Peru' };
  expectProblems(f, [/^actor: must name at least one actor/, /^recipient: expected a list/]);
});

test('location, article and confidence fields are checked', () => {
  const e = copy(consult) as unknown as Record<string, Record<string, unknown> | unknown>;
  (e.location as Record<string, unknown>).country = 'Switzerland';
  (e.article as Record<string, unknown>).published = '10/01/2024';
  e.confidence = 1.5;
  expectProblems(e, [/^location\.country: /, /^article\.published: expected YYYY-MM-DD/, /^confidence: /]);
});

test('each missing field is reported once, whatever its type', () => {
  const problems = validateEvent({});
  assert.equal(problems.length, 16, JSON.stringify(problems));
  assert.ok(problems.every((p) => /^missing field "/.test(p)));
  const e = copy(agree) as unknown as Record<string, unknown>;
  delete e.date;
  delete e.actor;
  expectProblems(e, [/missing field "date"/, /missing field "actor"/]);
});
