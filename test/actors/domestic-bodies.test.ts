// Bodies with no country of their own (opposition, rebels, police, courts, parties) and officials known by title
// alone take the one state their sentence names, the story's country, or the state of the sentence's place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { mentionsIn } from './fixture.js';

const mentions = (text: string): Mention[] => mentionsIn(text, '2024-05-02');
const find = (ms: Mention[], text: string): Mention => {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" among: ${ms.map((x) => x.text).join(' | ')}`);
  return m;
};

test('a domestic body in a sentence that names one state is that state\'s', () => {
  const cases: [string, string, string, string][] = [
    ['The Malawi government rejected demands from opposition lawmakers on Friday.', 'opposition', 'MWI', 'OPP'],
    ['Togo lifted the curfew after rebels withdrew.', 'rebels', 'TGO', 'REB'],
  ];
  for (const [text, body, country, sector] of cases) {
    const m = find(mentions(text), body);
    assert.deepEqual([m.country, m.sector, m.how], [country, sector, 'agent'], text);
  }
});

test('a domestic body stays unplaced when its sentence names two states and the story has no country', () => {
  const m = find(mentions('Ghana accused Benin of helping rebels cross the border.'), 'rebels');
  assert.equal(m.country, null);
});

test('the opposition in a story about one country is that country\'s', () => {
  const ms = mentions('Nepal\'s prime minister met the army chief in Kathmandu. Hours later the opposition called a general strike.');
  assert.equal(find(ms, 'opposition').country, 'NPL');
});

test('an official known by title alone, in a sentence whose place is one state\'s, is that state\'s', () => {
  const ms = mentions('President Ruto Kiprop Kamau on Thursday extended the curfew imposed in Kenya.');
  const p = ms.find((m) => m.kind === 'person');
  assert.ok(p, ms.map((m) => m.text).join(' | '));
  assert.equal(p.country, 'KEN');
  // a country that is no place ("against Russia") places no one
  const q = mentions('President Halvard Quist threatened further action against Russia.').find((m) => m.kind === 'person');
  assert.ok(q);
  assert.equal(q.country, null);
});

test('a domestic body placed by its own phrase ("activists of …", "rebels in …") is left to that phrase', () => {
  const m = find(mentions('Rebels from across the border attacked Togo on Friday.'), 'Rebels');
  assert.equal(m.country, null);
});

test('a news agency\'s or company\'s country names no state for a domestic body', () => {
  const m = find(mentions('Rebels shelled the town on Monday, an AFP correspondent said.'), 'Rebels');
  assert.equal(m.country, null);
});
