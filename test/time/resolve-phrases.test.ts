// Every phrase the time stage must handle, resolved against a Wednesday publication date (2024-01-17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolvePhrase } from '../../src/time/index.js';

const PUB = '2024-01-17'; // a Wednesday

type Case = [phrase: string, value: string, granularity: 'year' | 'month' | 'day'];

const PAST_CASES: Case[] = [
  ['last year', '2023', 'year'],
  ['this year', '2024', 'year'],
  ["last year's", '2023', 'year'],
  ["this year's", '2024', 'year'],
  ['next year', '2025', 'year'],
  ['in 2022', '2022', 'year'],
  ['since 2015', '2015', 'year'],
  ['during 1998', '1998', 'year'],
  ['by 2030', '2030', 'year'],
  ['until 2019', '2019', 'year'],
  ['from 2020', '2020', 'year'],
  ['in late 2022', '2022', 'year'],
  ['early 2023', '2023', 'year'],
  ['mid-2023', '2023', 'year'],
  ['at the end of 2021', '2021', 'year'],
  ['in the summer of 2021', '2021', 'year'],
  ['earlier this month', '2024-01', 'month'],
  ['this month', '2024-01', 'month'],
  ['later this month', '2024-01', 'month'],
  ['last month', '2023-12', 'month'],
  ['next month', '2024-02', 'month'],
  ['in March', '2023-03', 'month'],
  ['in January', '2024-01', 'month'],
  ['next March', '2024-03', 'month'],
  ['last January', '2023-01', 'month'],
  ['in early March', '2023-03', 'month'],
  ['in mid-December', '2023-12', 'month'],
  ['in March last year', '2023-03', 'month'],
  ['March 2021', '2021-03', 'month'],
  ['in May 2019', '2019-05', 'month'],
  ['Sept 2020', '2020-09', 'month'],
  ['March 5', '2023-03-05', 'day'],
  ['5 March', '2023-03-05', 'day'],
  ['March 5, 2021', '2021-03-05', 'day'],
  ['5 March 2021', '2021-03-05', 'day'],
  ['on 5 March', '2023-03-05', 'day'],
  ['on the 5th of March', '2023-03-05', 'day'],
  ['Jan. 12', '2024-01-12', 'day'],
  ['January 20', '2024-01-20', 'day'], // three days after publication: this year's, not last year's
  ['on Tuesday, January 16', '2024-01-16', 'day'],
  ['2024-01-05', '2024-01-05', 'day'],
  ['on Tuesday', '2024-01-16', 'day'],
  ['Tuesday', '2024-01-16', 'day'],
  ['last Tuesday', '2024-01-16', 'day'],
  ['on Wednesday', '2024-01-17', 'day'], // published on a Wednesday: the same day counts
  ['last Wednesday', '2024-01-10', 'day'],
  ['on Thursday', '2024-01-11', 'day'],
  ['on Monday night', '2024-01-15', 'day'],
  ['Monday morning', '2024-01-15', 'day'],
  ["Sunday's", '2024-01-14', 'day'],
  ['yesterday', '2024-01-16', 'day'],
  ['today', '2024-01-17', 'day'],
  ['last night', '2024-01-16', 'day'],
  ['this morning', '2024-01-17', 'day'],
  ['earlier today', '2024-01-17', 'day'],
  ['tomorrow', '2024-01-18', 'day'],
  ['the day before yesterday', '2024-01-15', 'day'],
  ['two days ago', '2024-01-15', 'day'],
  ['10 days ago', '2024-01-07', 'day'],
  ['a year ago', '2023', 'year'],
  ['about two years ago', '2022', 'year'],
  ['three months ago', '2023-10', 'month'],
  ['in the past year', '2023', 'year'],
  ['over the past month', '2024-01', 'month'],
];

for (const [phrase, value, granularity] of PAST_CASES) {
  test(`"${phrase}" → ${value} (${granularity})`, () => {
    const [ms] = findDates(phrase, [{ start: 0, end: phrase.length }], PUB);
    assert.equal(ms!.length, 1, `one mention in "${phrase}": ${JSON.stringify(ms)}`);
    const m = ms![0]!;
    assert.equal(m.text, phrase, 'the whole phrase is the mention');
    assert.equal(m.value, value);
    assert.equal(m.granularity, granularity);
  });
}

test('weeks: a week within one month is that month; a week across two months is its Monday', () => {
  assert.deepEqual(resolvePhrase('last week', PUB), { value: '2024-01', granularity: 'month' }); // Jan 8–14
  assert.deepEqual(resolvePhrase('earlier this week', PUB), { value: '2024-01', granularity: 'month' }); // Jan 15–17
  assert.deepEqual(resolvePhrase('this week', PUB), { value: '2024-01', granularity: 'month' });
  // published Wednesday 2024-01-03: last week is Mon 2023-12-25 … Sun 2023-12-31 (one month)
  assert.deepEqual(resolvePhrase('last week', '2024-01-03'), { value: '2023-12', granularity: 'month' });
  // published 2024-02-07: last week is Mon 2024-01-29 … Sun 2024-02-04 (two months) → its Monday
  assert.deepEqual(resolvePhrase('last week', '2024-02-07'), { value: '2024-01-29', granularity: 'day' });
  // "earlier this week" published Thursday 2024-02-01: Mon 2024-01-29 … Thu 2024-02-01 → Monday
  assert.deepEqual(resolvePhrase('earlier this week', '2024-02-01'), { value: '2024-01-29', granularity: 'day' });
  // three weeks before 2024-01-17 is 2023-12-27, in the week Mon 2023-12-25 … Sun 2023-12-31
  assert.deepEqual(resolvePhrase('three weeks ago', PUB), { value: '2023-12', granularity: 'month' });
});

test('weekends follow the same span rule', () => {
  assert.deepEqual(resolvePhrase('last weekend', PUB), { value: '2024-01', granularity: 'month' }); // Jan 13–14
  assert.deepEqual(resolvePhrase('over the weekend', '2024-04-01'), { value: '2024-03', granularity: 'month' }); // Mar 30–31
  // published Monday 2024-09-02: the weekend was Sat 2024-08-31 and Sun 2024-09-01 → its Saturday
  assert.deepEqual(resolvePhrase('over the weekend', '2024-09-02'), { value: '2024-08-31', granularity: 'day' });
  // published on a Sunday, "over the weekend" is this one
  assert.deepEqual(resolvePhrase('over the weekend', '2024-01-21'), { value: '2024-01', granularity: 'month' });
  assert.deepEqual(resolvePhrase('this weekend', PUB, false), { value: '2024-01', granularity: 'month' });
});

test('future preference: "in March", "on Friday", "March 5" look forward when the clause is not past', () => {
  assert.deepEqual(resolvePhrase('in March', PUB, false), { value: '2024-03', granularity: 'month' });
  assert.deepEqual(resolvePhrase('in January', PUB, false), { value: '2024-01', granularity: 'month' });
  assert.deepEqual(resolvePhrase('on Friday', PUB, false), { value: '2024-01-19', granularity: 'day' });
  assert.deepEqual(resolvePhrase('on Wednesday', PUB, false), { value: '2024-01-17', granularity: 'day' });
  assert.deepEqual(resolvePhrase('March 5', PUB, false), { value: '2024-03-05', granularity: 'day' });
  assert.deepEqual(resolvePhrase('January 10', PUB, false), { value: '2025-01-10', granularity: 'day' });
  // a past preference takes the most recent March, an explicit "next" overrides any preference
  assert.deepEqual(resolvePhrase('next March', PUB, true), { value: '2024-03', granularity: 'month' });
  assert.deepEqual(resolvePhrase('last March', PUB, false), { value: '2023-03', granularity: 'month' });
});

test('February 29 resolves to a leap year; impossible dates are not dates', () => {
  assert.deepEqual(resolvePhrase('February 29', '2023-06-01'), { value: '2020-02-29', granularity: 'day' });
  assert.equal(resolvePhrase('February 30', PUB), null);
  assert.equal(resolvePhrase('2023-02-29', PUB), null);
  assert.equal(resolvePhrase('April 31, 2020', PUB), null);
});
