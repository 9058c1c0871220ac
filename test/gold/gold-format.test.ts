// readout's own gold set is well formed (read with the same reader the scorer uses) and covers what it claims:
// every PLOVER category, 120+ sentences, facts, claims, denials and negations. The reader's own bad-input tests
// are in test/eval/gold.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGold, readGoldFile, isGoldDate, type GoldArticle } from '../../src/eval/gold.js';
import { roughSentences } from '../../src/eval/score.js';
import { PLOVER_CATEGORIES, type PloverCategory } from '../../src/types.js';

// dist/test/gold/x.test.js -> repo root is three levels up
const goldPath = new URL('../../../test/gold/readout.gold.jsonl', import.meta.url).pathname;
const load = (): GoldArticle[] => readGoldFile(goldPath);


test('readout.gold.jsonl: every line parses and validates', () => {
  assert.ok(load().length >= 12);
});

test('readout.gold.jsonl: publication date and outlet on every article', () => {
  for (const { article: a } of load()) {
    assert.match(a.published ?? '', /^\d{4}-\d{2}-\d{2}$/, `${a.id}: published`);
    assert.ok(typeof a.outlet === 'string' && a.outlet.length > 0, `${a.id}: outlet`);
  }
});

test('readout.gold.jsonl: 3 to 10 sentences per article, 120 or more in all', () => {
  let total = 0;
  for (const { article: a } of load()) {
    const n = roughSentences(a.text).length;
    assert.ok(n >= 3 && n <= 10, `${a.id}: ${n} sentences`);
    total += n;
  }
  assert.ok(total >= 120, `only ${total} sentences`);
});

test('readout.gold.jsonl: every PLOVER category has at least 3 required events', () => {
  const counts = new Map<PloverCategory, number>();
  for (const g of load()) for (const e of g.events) if (e.required) counts.set(e.event, (counts.get(e.event) ?? 0) + 1);
  for (const c of PLOVER_CATEGORIES) assert.ok((counts.get(c) ?? 0) >= 3, `${c}: ${counts.get(c) ?? 0} required events`);
});

test('readout.gold.jsonl: event dates are not after publication (plans carry no date)', () => {
  for (const { article: a, events } of load()) {
    for (const e of events) if (e.date !== null) assert.ok(e.date <= a.published!.slice(0, e.date.length), `${a.id} ${e.id}: ${e.date} after ${a.published}`);
  }
});

test('readout.gold.jsonl: covers every status the contract uses for facts, claims and denials', () => {
  const statuses = new Set(load().flatMap((g) => g.events.filter((e) => e.required).map((e) => e.status)));
  for (const s of ['asserted', 'alleged', 'denied', 'negated']) assert.ok(statuses.has(s as never), `no required ${s} event`);
});

test('the reader rejects impossible dates and duplicate event ids', () => {
  const line = (events: object[]) => JSON.stringify({ id: 'x', text: 'A met B.', published: '2024-01-17', events });
  const ev = { id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']] };
  assert.match(parseGold(line([{ ...ev, date: '2023-02-29' }]), 'g.jsonl').issues.map((i) => i.field + ' ' + i.message).join(), /date/);
  assert.match(parseGold(line([ev, ev]), 'g.jsonl').issues.map((i) => i.message).join(), /duplicate event id "e1"/);
  assert.equal(parseGold(line([ev, { ...ev, id: 'e2' }]), 'g.jsonl').issues.length, 0);
  assert.ok(isGoldDate('2024-02-29') && isGoldDate('2024') && !isGoldDate('2024-00') && !isGoldDate('2024-04-31'));
});
