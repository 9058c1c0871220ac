// Cities: generated from GeoNames (scripts/gen-cities.ts), resolved as places that give their country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LexiconError, loadActorLexicon } from '../../src/actors/load.js';
import { applyCityCorrections, asciiFold, dropReason, readCityCorrections, unambiguous, type FilterSets } from '../../scripts/gen-cities.js';
import { actorData as data, eventsIn, mentionsIn, tmpLexicon as tmpFile } from './fixture.js';

const cities = data.actors.filter((a) => a.kind === 'city');
const mentions = (text: string) => mentionsIn(text, '2024-03-01');
const events = (text: string) => eventsIn(text, '2024-03-01');
const cityOf = (form: string) => cities.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.country);

test('the generated cities give their country, with English spellings', () => {
  assert.ok(cities.length > 2000, `only ${cities.length} cities`);
  assert.deepEqual(cityOf('Karachi'), ['PAK']);
  assert.deepEqual(cityOf('Lahore'), ['PAK']);
  assert.deepEqual(cityOf('Gondar'), ['ETH']);
  assert.deepEqual(cityOf('Kharkiv'), ['UKR']);
  assert.deepEqual(cityOf('Kharkov'), ['UKR']);
  assert.deepEqual(cityOf('Kandahar'), ['AFG']);
  assert.deepEqual(cityOf('Kandahār'), ['AFG']);
  for (const c of cities) assert.equal(c.sector, null, `${c.name}: a city has no sector`);
});

test('ambiguous names are not cities', () => {
  // common words, given names, office holders' names, other lexicons' forms (capitals, territories), names shared abroad
  for (const n of ['Mobile', 'Reading', 'Split', 'Nice', 'Victoria', 'Florence', 'Aurora', 'Jackson', 'Lincoln', 'Hamilton',
    'Austin', 'Delhi', 'Gaza', 'Jerusalem', 'Hyderabad', 'Newcastle', 'Moscow', 'Armenia']) {
    assert.deepEqual(cityOf(n), [], `${n} should not be a city`);
  }
});

test('no city form belongs to two countries or to another lexicon entry', () => {
  const owner = new Map<string, string>();
  for (const c of cities) {
    for (const f of [c.name, ...c.aliases]) {
      const k = f.toLowerCase();
      assert.ok(!owner.has(k) || owner.get(k) === c.country, `"${f}": ${owner.get(k)} and ${c.country}`);
      owner.set(k, c.country);
    }
  }
  for (const a of data.actors) {
    if (a.kind === 'city') continue;
    for (const f of [a.name, ...a.aliases, ...a.adjectives, ...a.demonyms]) assert.ok(!owner.has(f.toLowerCase()), `"${f}" is a city and a ${a.kind}`);
  }
});

test('a city is a place: its country, no sector, never a government', () => {
  const ms = mentions('Fighting near Gondar continued for a third day.');
  const g = ms.find((m) => m.text === 'Gondar');
  assert.ok(g, ms.map((m) => m.text).join(' | '));
  assert.equal(g.kind, 'city');
  assert.equal(g.country, 'ETH');
  assert.equal(g.sector, null);
  // a capital stays a metonym for the government
  const moscow = mentions('Moscow expelled two diplomats.').find((m) => m.text === 'Moscow');
  assert.equal(moscow?.sector, 'GOV');
});

test('a body in or of a city belongs to its country', () => {
  const a = mentions('Police in Karachi arrested dozens of people.').find((m) => m.kind === 'agent');
  assert.equal(a?.country, 'PAK');
  assert.equal(a?.sector, 'COP');
  const b = mentions('Lahore police detained a journalist.').find((m) => m.kind === 'agent');
  assert.equal(b?.country, 'PAK');
  assert.equal(b?.name, 'Lahore police');
  const c = mentions('Police opened fire in Lahore on Monday.').find((m) => m.kind === 'agent');
  assert.equal(c?.country, 'PAK');
});

test('events: police in a city act for its country; a city alone never acts', () => {
  const arrest = events('Police in Karachi arrested dozens of protesters on Monday.');
  assert.ok(arrest.some((e) => e.actor.some((a) => a.country === 'PAK' && a.sector === 'COP')), JSON.stringify(arrest.map((e) => [e.event, e.actor])));
  const alone = events('Karachi welcomed the decision and praised the agreement.');
  assert.deepEqual(alone.map((e) => e.actor), []);
});

test('events: an attack on a city is aimed at its country; a meeting there is not with it', () => {
  const strike = events('Russian forces shelled Kharkiv overnight.');
  const assault = strike.find((e) => e.event === 'ASSAULT');
  assert.ok(assault, JSON.stringify(strike.map((e) => e.event)));
  assert.deepEqual(assault.actor.map((a) => a.country), ['RUS']);
  assert.deepEqual(assault.recipient.map((a) => a.country), ['UKR']);
  const talks = events('Iranian and Turkish diplomats met in Lahore on Tuesday.');
  for (const e of talks) assert.ok(!e.recipient.some((r) => r.country === 'PAK') && !e.actor.some((r) => r.country === 'PAK'), JSON.stringify(e));
});

test('events: a protest held in a foreign city is addressed to that country\'s government', () => {
  const evs = events('Afghan refugees protested in Karachi against deportations.');
  const p = evs.find((e) => e.event === 'PROTEST');
  assert.ok(p, JSON.stringify(evs.map((e) => e.event)));
  assert.deepEqual(p.recipient.map((r) => [r.country, r.sector]), [['PAK', 'GOV']]);
});

test('generator filters: ASCII spellings, drop reasons, shared names', () => {
  assert.equal(asciiFold('Kandahār'), 'Kandahar');
  assert.equal(asciiFold('Ta‘izz'), 'Taizz');
  assert.equal(asciiFold('Łódź'), 'Lodz');
  const sets: FilterSets = {
    lexiconForms: new Set(['gaza']), personForms: new Set(['austin']), givenNames: new Set(['florence']),
    isWord: (w) => w === 'mobile',
  };
  assert.equal(dropReason('Gaza', 400_000, sets), 'lexicon');
  assert.equal(dropReason('Austin', 900_000, sets), 'person');
  assert.equal(dropReason('Florence', 350_000, sets), 'given-name');
  assert.equal(dropReason('Mobile', 190_000, sets), 'word');
  assert.equal(dropReason('Mobile', 2_000_000, sets), null, 'a city of a million is the first sense of its name');
  assert.equal(dropReason('Bo', 170_000, sets), 'short');
  assert.equal(dropReason('Karachi', 11_000_000, sets), null);
  const byForm = new Map([['hyderabad', new Map([['IND', 3_600_000], ['PAK', 1_400_000]])], ['karachi', new Map([['PAK', 11_000_000], ['USA', 1_000]])]]);
  assert.equal(unambiguous('Hyderabad', 'IND', byForm), false);
  assert.equal(unambiguous('Karachi', 'PAK', byForm), true);
});

test('city corrections: aliases added, cities dropped, bad lines named by file:line', () => {
  const f = tmpFile('city-corrections.jsonl', [
    '# comment',
    '{"kind": "city", "name": "Kharkiv", "country": "UKR", "aliases": ["Kharkov"]}',
    '{"kind": "city", "name": "Kochi", "country": "JPN", "drop": true}',
  ]);
  const base = (name: string, country: string) => ({ kind: 'city' as const, name, country, sector: null, aliases: [], adjectives: [], demonyms: [], type: null, base: null, iso: null, origin: 'x' });
  const out = applyCityCorrections([base('Kharkiv', 'UKR'), base('Kochi', 'JPN')], readCityCorrections(f));
  assert.deepEqual(out.map((e) => [e.name, e.aliases]), [['Kharkiv', ['Kharkov']]]);
  const bad = tmpFile('city-corrections.jsonl', ['{"kind": "city", "name": "Lahore", "country": "PAK"}', '{"kind": "country", "name": "Lahore", "country": "PAK"}']);
  assert.throws(() => readCityCorrections(bad), (e: unknown) => e instanceof LexiconError && /city-corrections\.jsonl:2: field "kind"/.test(e.message));
  const json = tmpFile('city-corrections.jsonl', ['{"kind": "city", "name": "Lahore", "country": "PAK"', '']);
  assert.throws(() => readCityCorrections(json), /city-corrections\.jsonl:1: invalid JSON/);
  const dropNothing = tmpFile('city-corrections.jsonl', ['{"kind": "city", "name": "Atlantis", "country": "GRC", "drop": true}']);
  assert.throws(() => applyCityCorrections([], readCityCorrections(dropNothing)), /matches no generated city/);
});

test('loader: a malformed city line stops loading with file:line', () => {
  const f = tmpFile('cities.jsonl', [
    '{"kind": "city", "name": "Lahore", "country": "PAK"}',
    '{"kind": "city", "name": "Karachi", "country": "PAK", "adjectives": ["Karachiite"]}',
  ]);
  assert.throws(() => loadActorLexicon([f]), (e: unknown) => e instanceof LexiconError && /cities\.jsonl:2: field "adjectives"/.test(e.message));
  const g = tmpFile('cities.jsonl', ['{"kind": "city", "name": "Lahore", "country": "Pakistan"}']);
  assert.throws(() => loadActorLexicon([g]), /cities\.jsonl:1: field "country"/);
});
