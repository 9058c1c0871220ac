import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignDates, type Dated, type DatePhrase } from '../../src/time/assign.js';

/** A list that counts how often its items are read by index. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let n = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) n++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => n };
}

test('assignDates reads each undated event\'s own sentence only: linear work in the number of events (issue #14)', () => {
  const sentences = 3000;
  const events: Dated[] = Array.from({ length: sentences }, (_, k) => ({ sentence: k, at: k * 100 + 10 }));
  // every other sentence has a date phrase of its own event; the others have none
  const phrases: DatePhrase[][] = events.map((e, k) => (k % 2 === 0 ? [{ start: e.at + 20, end: e.at + 30, text: 'on Friday', value: '2025-02-07', granularity: 'day', frame: false }] : []));
  const triggers = events.map((e) => [e.at]);
  const { list, reads } = counted(events);
  const dates = assignDates(list, phrases, triggers, '2025-02-10');
  assert.equal(dates.length, sentences);
  assert.ok(dates.every((d, k) => (k % 2 === 0 ? d?.value === '2025-02-07' : d !== null)));
  // a few reads per event, not one per pair of events
  assert.ok(reads() < 20 * sentences, `${reads()} reads of ${sentences} events`);
});

test('an undated event still takes the date of an earlier event of its sentence', () => {
  const events: Dated[] = [{ sentence: 0, at: 0 }, { sentence: 0, at: 40 }, { sentence: 1, at: 60 }];
  const phrases: DatePhrase[][] = [[{ start: 10, end: 20, text: 'on Friday', value: '2025-02-07', granularity: 'day', frame: false }], []];
  const dates = assignDates(events, phrases, [[0, 40], [60]], '2025-02-10');
  assert.equal(dates[0]!.value, '2025-02-07');
  assert.equal(dates[1]!.value, '2025-02-07');
  assert.equal(dates[2]!.basis, 'text'); // carried on to the next sentence of the episode
});
