// Parties of wire copy the lexicons name only in part: a month that is also a surname, a body after a type
// designation or a "-led", a body named by a person's surname, an organisation after an agent word, and a surname
// several office holders of one country shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { mentionsIn } from './fixture.js';

const find = (ms: Mention[], text: string): Mention => {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" among: ${ms.map((x) => x.text).join(' | ')}`);
  return m;
};

test('a month used as a date is not the office holder of that surname', () => {
  for (const text of [
    'Spain\'s foreign minister met his Moroccan counterpart on May 16.',
    'Talks between Chile and Peru have been frozen since May, officials said.',
    'The treaty Ghana signed on 3 May takes effect next year.',
  ]) {
    const ms = mentionsIn(text, '2019-06-01');
    assert.ok(!ms.some((m) => m.text === 'May'), `${text}: ${ms.map((m) => `${m.text}=${m.country}`).join(' | ')}`);
  }
});

test('a month name that is the subject is still the office holder', () => {
  const ms = mentionsIn('May told parliament that Britain would leave in March.', '2019-02-01');
  assert.equal(find(ms, 'May').country, 'GBR');
  assert.ok(!ms.some((m) => m.text === 'March'));
});

test('a type designation between a country adjective and a body keeps them together', () => {
  const ms = mentionsIn('Three Indian Su-30MKI fighters and two Japanese F-35A jets escorted the tanker.', '2024-05-02');
  assert.equal(find(ms, 'Indian Su-30MKI fighters').country, 'IND');
});

test('a "-led" body is the country\'s that leads it; a "-backed" one is not', () => {
  const ms = mentionsIn('Kenyan-led forces entered the port while Rwandan-backed militias withdrew.', '2024-05-02');
  const led = find(ms, 'Kenyan-led forces');
  assert.deepEqual([led.country, led.sector], ['KEN', 'MIL']);
  assert.notEqual(find(ms, 'militias').country, 'RWA');
});

test('a surname the lexicon knows, used before a body, makes the body that person\'s side', () => {
  const ms = mentionsIn('Houthi gunmen fired on a Saudi patrol near the border.', '2024-05-02');
  const m = find(ms, 'Houthi gunmen');
  assert.equal(m.country, 'YEM');
  assert.equal(m.kind, 'agent');
});

test('a person named earlier in the article places the body named after them', () => {
  const ms = mentionsIn('Khalifa Haftar flew to Cairo on Monday. Haftar troops later left the oil port.', '2024-05-02');
  assert.equal(find(ms, 'Haftar troops').country, 'LBY');
});

test('a possessor keeps its own mention and gives the body its country', () => {
  const ms = mentionsIn('Khalifa Haftar flew to Cairo on Monday. Haftar\'s troops later left the oil port.', '2024-05-02');
  assert.equal(find(ms, 'Haftar').kind, 'person');
  assert.equal(find(ms, 'troops').country, 'LBY');
});

test('an organisation the lexicon knows after an agent word resolves itself', () => {
  const ms = mentionsIn('The rebel Revolutionary United Front freed forty hostages.', '1999-05-02');
  const m = find(ms, 'Revolutionary United Front');
  assert.deepEqual([m.country, m.kind], ['SLE', 'org']);
});

test('a surname several office holders of one country held names that country between their terms', () => {
  // (Suh Wook and Suh Hoon, both of South Korea, both out of office by 2024)
  const ms = mentionsIn('Suh told reporters the drills would go ahead.', '2024-05-02');
  assert.equal(find(ms, 'Suh').country, 'KOR');
});

test('a surname office holders of two countries held stays unplaced outside their terms', () => {
  // (Khan: Imran Khan of Pakistan and Karim Khan of the ICC, neither in office in 1990)
  const ms = mentionsIn('Khan told reporters the talks had failed.', '1990-01-01');
  assert.ok(!ms.some((m) => m.text === 'Khan' && m.country !== null), ms.map((m) => `${m.text}=${m.country}`).join(' | '));
});

test('a US state is a place of the United States; Georgia stays the country', () => {
  const ms = mentionsIn('Police in Ohio arrested two men after shootings in South Carolina; Georgia protested.', '2024-05-02');
  assert.equal(find(ms, 'Police in Ohio').country, 'USA');
  const sc = find(ms, 'South Carolina');
  assert.deepEqual([sc.country, sc.kind], ['USA', 'city']);
  assert.equal(find(ms, 'Georgia').country, 'GEO');
});

test('the State Department is the United States\'; a foreign ministry is its country\'s', () => {
  const ms = mentionsIn('The State Department summoned the envoy after Spain\'s foreign ministry protested.', '2024-05-02');
  assert.equal(find(ms, 'State Department').country, 'USA');
  assert.equal(find(ms, 'Spain\'s foreign ministry').country, 'ESP');
});

test('the International Labour Office is the ILO', () => {
  const m = find(mentionsIn('The International Labor Office said the strike was legal.', '2024-05-02'), 'International Labor Office');
  assert.deepEqual([m.name, m.country], ['International Labour Organization', 'UNO']);
});

test('"their" after two coordinated parties is both parties\'; "its" is the nearest one\'s', () => {
  const ms = mentionsIn('Armenia and Azerbaijan traded fire on Monday; their foreign ministries blamed each other.', '2024-05-02');
  const owners = ms.filter((m) => m.text === 'foreign ministries').map((m) => m.country).sort();
  assert.deepEqual(owners, ['ARM', 'AZE']);
  const its = mentionsIn('Chile said Peru had moved its troops to the border.', '2024-05-02').filter((m) => m.text === 'troops');
  assert.deepEqual(its.map((m) => m.country), ['PER']);
});
