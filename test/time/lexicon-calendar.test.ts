// The temporal vocabulary file and the calendar arithmetic under the recogniser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addEntries, builtinTimeLexiconPath, checkVocabulary, emptyVocabulary, loadTimeVocabulary, TimeLexiconError } from '../../src/time/lexicon.js';
import { compilePatterns } from '../../src/time/patterns.js';
import { dayNumber, fromDayNumber, isoWeekday, parseIsoDate } from '../../src/time/calendar.js';
import { findDates } from '../../src/time/index.js';

test('the built-in vocabulary loads: 12 months, 7 weekdays, prepositions with relations', () => {
  const v = loadTimeVocabulary();
  assert.equal(v.months.length, 12);
  assert.equal(v.weekdays.length, 7);
  assert.equal(v.prepositions.find((p) => p.word === 'since')?.relation, 'since');
  assert.ok(v.numbers.get('three') === 3);
});

test('bad lexicon lines are reported as file:line with the field', () => {
  const bad: [string, RegExp][] = [
    ['{"kind": "month", "number": 13, "name": "Smarch", "abbreviations": []}', /x\.jsonl:2: field "number" must be an integer 1–12/],
    ['{"kind": "weekday", "name": "Funday"}', /x\.jsonl:2: field "number"/],
    ['{"kind": "preposition", "word": "in", "relation": "during", "uses": ["year"]}', /x\.jsonl:2: field "relation"/],
    ['{"kind": "preposition", "word": "in", "relation": "at", "uses": ["decade"]}', /x\.jsonl:2: field "uses": unknown use "decade"/],
    ['{"kind": "season", "words": "summer"}', /x\.jsonl:2: field "words" must be a list/],
    ['{"kind": "holiday", "words": ["Easter"]}', /x\.jsonl:2: field "kind": unknown kind "holiday"/],
    ['{"kind": "month", "number": 1', /x\.jsonl:2: invalid JSON/],
    ['["month"]', /x\.jsonl:2: each line must be a JSON object/],
  ];
  for (const [line, re] of bad) {
    assert.throws(() => addEntries(emptyVocabulary(), `# comment\n${line}\n`, 'x.jsonl'), (e: unknown) => e instanceof TimeLexiconError && re.test((e as Error).message), line);
  }
});

test('a vocabulary missing a month is rejected as a whole', () => {
  const v = emptyVocabulary();
  const text = readFileSync(builtinTimeLexiconPath(), 'utf8').split('\n').filter((l) => !l.includes('"June"')).join('\n');
  addEntries(v, text, 'no-june.jsonl');
  assert.throws(() => checkVocabulary(v, 'no-june.jsonl'), /month 6 must be defined exactly once/);
});

test('a user vocabulary changes what is recognised (here: a new preposition "ahead of")', () => {
  const v = loadTimeVocabulary();
  const text = 'Troops massed ahead of Tuesday.';
  const builtin = findDates(text, [{ start: 0, end: text.length }], '2024-01-17')[0]!;
  assert.deepEqual(builtin.map((m) => m.text), ['Tuesday']);
  addEntries(v, '{"kind": "preposition", "word": "ahead of", "relation": "before", "uses": ["day"]}', 'user.jsonl');
  const custom = findDates(text, [{ start: 0, end: text.length }], '2024-01-17', { patterns: compilePatterns(v) })[0]!;
  assert.deepEqual(custom.map((m) => [m.text, m.relation]), [['ahead of Tuesday', 'before']]);
});

test('calendar: day numbers round-trip and weekdays are right', () => {
  assert.equal(dayNumber(1970, 1, 1), 0);
  assert.deepEqual(fromDayNumber(dayNumber(2024, 2, 29)), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(fromDayNumber(dayNumber(1900, 3, 1) - 1), { y: 1900, m: 2, d: 28 }); // 1900 not a leap year
  assert.deepEqual(fromDayNumber(dayNumber(2000, 3, 1) - 1), { y: 2000, m: 2, d: 29 }); // 2000 is
  for (let n = dayNumber(1999, 12, 1); n < dayNumber(2001, 3, 1); n += 17) {
    const { y, m, d } = fromDayNumber(n);
    assert.equal(dayNumber(y, m, d), n);
  }
  assert.equal(isoWeekday(dayNumber(2024, 1, 17)), 3); // Wednesday
  assert.equal(isoWeekday(dayNumber(2023, 12, 31)), 7); // Sunday
  assert.equal(isoWeekday(dayNumber(1969, 12, 29)), 1); // Monday, before the epoch
});

test('calendar: ISO date parsing rejects impossible dates and other formats', () => {
  assert.deepEqual(parseIsoDate('2024-01-17'), { y: 2024, m: 1, d: 17 });
  assert.deepEqual(parseIsoDate('2024-01-17T23:00:00+02:00'), { y: 2024, m: 1, d: 17 });
  assert.equal(parseIsoDate('2023-02-29'), null);
  assert.equal(parseIsoDate('17 January 2024'), null);
  assert.equal(parseIsoDate(''), null);
});
