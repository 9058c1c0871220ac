import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate, readContext } from '../../src/read/index.js';

test('ISO dates and date-times normalise to the calendar date as written', () => {
  assert.equal(normaliseDate('2024-01-17'), '2024-01-17');
  assert.equal(normaliseDate('2024-01-17T08:30:00Z'), '2024-01-17');
  assert.equal(normaliseDate('2024-01-17T23:30:00.123-05:00'), '2024-01-17');
  assert.equal(normaliseDate(' 2024-01-17 08:30 '), '2024-01-17');
  assert.equal(normaliseDate('2024-02-29'), '2024-02-29');
});

test('textual and RFC 2822 dates are understood', () => {
  assert.equal(normaliseDate('17 January 2024'), '2024-01-17');
  assert.equal(normaliseDate('Wed, 17 Jan 2024 08:30:00 GMT'), '2024-01-17');
  assert.equal(normaliseDate('January 7, 2024'), '2024-01-07');
  assert.equal(normaliseDate('Sept. 3 2023 10:00'), '2023-09-03');
});

test('impossible or unparseable dates give null', () => {
  for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-7', 'yesterday', '17/01/2024', '', '2024-01-17Tbanana', '31 Feb 2024']) {
    assert.equal(normaliseDate(bad), null, bad);
  }
});

test('an invalid --published is a usage error (RangeError), not an input problem', () => {
  assert.throws(() => readContext({ published: '2024-31-01' }), RangeError);
  assert.throws(() => readContext({ maxBytes: 0 }), RangeError);
  assert.equal(readContext({ published: '2024-01-31T01:00Z' }).published, '2024-01-31');
});
