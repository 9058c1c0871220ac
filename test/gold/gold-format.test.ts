import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseGoldFile, validateGoldArticle, requiredCountsByCategory, isGoldDate } from '../../src/eval/gold-format.js';
import type { GoldArticle } from '../../src/eval/gold-format.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';

// dist/test/gold/x.test.js -> repo root is three levels up
const goldPath = new URL('../../../test/gold/readout.gold.jsonl', import.meta.url).pathname;

function load(): GoldArticle[] {
  return parseGoldFile(readFileSync(goldPath, 'utf8'), 'readout.gold.jsonl');
}

/** Rough sentence split for counting only: end punctuation (optionally a closing quote), space, capital or quote. */
function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’']?)\s+(?=["“A-Z])/).filter((s) => s.trim() !== '');
}

test('readout.gold.jsonl: every line parses and validates', () => {
  const arts = load();
  assert.ok(arts.length >= 12, `expected at least 12 articles, got ${arts.length}`);
});

test('readout.gold.jsonl: inline text, publication date and outlet on every article', () => {
  for (const a of load()) {
    assert.equal(typeof a.text, 'string', `${a.id}: text must be inline`);
    assert.equal(a.text_file, undefined, `${a.id}: no text_file in this set`);
    assert.match(a.published ?? '', /^\d{4}-\d{2}-\d{2}$/, `${a.id}: published`);
    assert.ok(typeof a.outlet === 'string' && a.outlet.length > 0, `${a.id}: outlet`);
  }
});

test('readout.gold.jsonl: 3 to 8 sentences per article, 120 or more in all', () => {
  let total = 0;
  for (const a of load()) {
    const n = roughSentences(a.text!).length;
    assert.ok(n >= 3 && n <= 8, `${a.id}: ${n} sentences`);
    total += n;
  }
  assert.ok(total >= 120, `only ${total} sentences`);
});

test('readout.gold.jsonl: every PLOVER category has at least 3 required events', () => {
  const counts = requiredCountsByCategory(load());
  for (const c of PLOVER_CATEGORIES) assert.ok(counts[c] >= 3, `${c}: ${counts[c]} required events`);
});

test('readout.gold.jsonl: event dates are not after publication (plans carry no date)', () => {
  for (const a of load()) {
    for (const e of a.events) {
      if (e.date === undefined) continue;
      assert.ok(e.date <= a.published!.slice(0, e.date.length), `${a.id} ${e.id}: ${e.date} after ${a.published}`);
    }
  }
});

test('readout.gold.jsonl: covers every status the contract uses for facts, claims and denials', () => {
  const statuses = new Set(load().flatMap((a) => a.events.filter((e) => e.required !== false).map((e) => e.status ?? 'asserted')));
  for (const s of ['asserted', 'alleged', 'denied', 'negated']) assert.ok(statuses.has(s as never), `no required ${s} event`);
});

// ---- the validator itself must reject bad input ----

const good = {
  id: 'x', text: 'A met B.', published: '2024-01-17', outlet: null,
  events: [{ id: 'e1', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01', status: 'asserted', required: true }],
};

test('validator accepts a minimal good line', () => {
  assert.deepEqual(validateGoldArticle(good), []);
});

test('validator rejects bad categories, codes, dates, statuses and duplicate ids', () => {
  const bad = (patch: object) => validateGoldArticle({ ...good, events: [{ ...good.events[0], ...patch }] });
  assert.match(bad({ event: 'MEET' }).join(), /16 PLOVER categories/);
  assert.match(bad({ parties: [] }).join(), /non-empty list/);
  assert.match(bad({ parties: [['irn']] }).join(), /three-letter/);
  assert.match(bad({ parties: [[]] }).join(), /three-letter/);
  assert.match(bad({ parties: ['IRN'] }).join(), /parties\[0\]/);
  assert.match(bad({ date: '2024-13' }).join(), /date/);
  assert.match(bad({ date: '2023-02-29' }).join(), /date/);
  assert.match(bad({ date: '17/01/2024' }).join(), /date/);
  assert.match(bad({ status: 'claimed' }).join(), /status/);
  assert.match(bad({ required: 'yes' }).join(), /required/);
  assert.match(bad({ attribution: [] }).join(), /attribution/);
  const dup = validateGoldArticle({ ...good, events: [good.events[0], good.events[0]] });
  assert.match(dup.join(), /duplicate event id/);
});

test('validator rejects missing text, bad published and non-object lines', () => {
  assert.match(validateGoldArticle({ ...good, text: undefined }).join(), /text/);
  assert.match(validateGoldArticle({ ...good, text_file: 'a.txt' }).join(), /exactly one/);
  assert.match(validateGoldArticle({ ...good, published: '2024-1-7' }).join(), /published/);
  assert.match(validateGoldArticle([]).join(), /JSON object/);
  assert.match(validateGoldArticle({ ...good, events: 'none' }).join(), /events must be a list/);
});

test('parseGoldFile names the line of invalid JSON and of duplicate article ids', () => {
  const line = JSON.stringify(good);
  assert.throws(() => parseGoldFile(`${line}\n{oops\n`, 'g.jsonl'), /g\.jsonl:2: invalid JSON/);
  assert.throws(() => parseGoldFile(`${line}\n${line}\n`, 'g.jsonl'), /g\.jsonl:2: duplicate article id/);
  assert.equal(parseGoldFile(`${line}\n\n`).length, 1);
});

test('isGoldDate checks the calendar', () => {
  assert.ok(isGoldDate('2024-02-29'));
  assert.ok(isGoldDate('2024'));
  assert.ok(!isGoldDate('2024-00'));
  assert.ok(!isGoldDate('2024-04-31'));
});
