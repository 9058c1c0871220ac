// Whose "its"/"their" is: the sentence's structure decides, not the nearest string. readout's own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { mentionsIn } from './fixture.js';

function countryOf(text: string, mention: string): string | null | undefined {
  const ms: Mention[] = mentionsIn(text, '2024-06-01');
  const m = ms.find((x) => x.text === mention);
  assert.ok(m, `no mention "${mention}" among: ${ms.map((x) => x.text).join(' | ')}`);
  return m.country;
}

test('a hostile act on "its" thing in a verb\'s complement: the thing is the main subject\'s, not the act\'s agent\'s', () => {
  assert.equal(countryOf('Iran accused Israel of attacking its embassy in Damascus.', 'embassy'), 'IRN');
  assert.equal(countryOf('Russia warned Ukraine not to strike its ships.', 'ships'), 'RUS');
  assert.equal(countryOf('China blamed the Philippines for harassing its vessels.', 'vessels'), 'CHN');
});

test('near misses: the controlled subject owns what it frees or uses; "its own" is reflexive; no main verb, no rule', () => {
  // object control: Iran frees, Iran's prisoners
  assert.equal(countryOf('The US urged Iran to free its prisoners.', 'prisoners'), 'IRN');
  // not a hostile act: Ukraine uses its own drones
  assert.equal(countryOf('Russia warned Ukraine against using its drones.', 'drones'), 'UKR');
  // "its own people" names the agent's own: the rule stays out (no owner from it)
  assert.notEqual(countryOf('Iran accused Israel of attacking its own people.', 'people'), 'IRN');
  // a coordinated pair, no main verb between: the nearest stays
  assert.notEqual(countryOf('Iran and Israel, after attacking its troops, met.', 'troops'), 'IRN');
});

test('"its police" is the possessive\'s owner, not an earlier body of the same name', () => {
  const text = 'Colombian police arrested two men. On Monday, Venezuela said its police had detained a suspect.';
  const ms = mentionsIn(text, '2024-06-01').filter((m) => m.text === 'police');
  assert.deepEqual(ms.map((m) => m.country), ['VEN']);
  // with no possessive the same body as before
  assert.equal(countryOf('Colombian police arrested two men. The police said they were suspects.', 'police'), 'COL');
});

test('a title alone, singular, names a person ("Germany\'s chancellor"); plural titles and bodies stay bodies', () => {
  const kindOf = (text: string, mention: string) => mentionsIn(text, '2024-06-01').find((m) => m.text === mention)?.kind;
  assert.equal(kindOf("Germany's chancellor said on Monday he would visit Kyiv.", "Germany's chancellor"), 'person');
  assert.equal(kindOf("Ukraine's foreign minister met Wang Yi.", "Ukraine's foreign minister"), 'person');
  assert.equal(kindOf("Germany's foreign ministers met.", "Germany's foreign ministers"), 'agent');
  assert.equal(kindOf("Germany's ministry said it would act.", "Germany's ministry"), 'agent');
  // (a military title alone stands for the forces: "the US commander" arriving is troops arriving)
  assert.equal(kindOf('The US commander arrived in Beirut.', 'US commander'), 'agent');
});
