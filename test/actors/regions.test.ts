// Regions (lexicons/actors/regions.jsonl): provinces, states and oblasts are places (kind "city", type "region") that
// give their country and never act on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LexiconError, loadActorLexicon } from '../../src/actors/load.js';
import { actorData as data, eventsIn, mentionsIn, tmpLexicon } from './fixture.js';

const regions = data.actors.filter((a) => a.type === 'region');
const mentions = (text: string) => mentionsIn(text, '2024-03-01');
const events = (text: string) => eventsIn(text, '2024-03-01');
const regionOf = (form: string) => regions.filter((r) => r.name === form || r.aliases.includes(form)).map((r) => r.country);

test('regions load as places of their country, with the suffixed forms news uses', () => {
  assert.ok(regions.length > 300, `only ${regions.length} regions`);
  assert.ok(regions.every((r) => r.kind === 'city' && r.sector === null));
  assert.deepEqual(regionOf('Kaduna State'), ['NGA']);
  assert.deepEqual(regionOf('Helmand'), ['AFG']);
  assert.deepEqual(regionOf('Baghlan Province'), ['AFG']);
  assert.deepEqual(regionOf('Donetsk Oblast'), ['UKR']);
  assert.deepEqual(regionOf('Donetsk Region'), ['UKR']);
  assert.deepEqual(regionOf('Cabo Delgado'), ['MOZ']);
  assert.deepEqual(regionOf('North Waziristan'), ['PAK']);
  assert.deepEqual(regionOf('Lower Shabelle'), ['SOM']);
  assert.deepEqual(regionOf('Tigray'), ['ETH']);
  assert.deepEqual(regionOf('Rakhine'), ['MMR']);
  assert.deepEqual(regionOf('Deir ez-Zor Province'), ['SYR']);
});

test('ambiguous names are absent: countries, capitals, cities, shared divisions, common words', () => {
  for (const form of ['Punjab', 'Georgia', 'Victoria', 'Washington', 'Amazonas', 'Niger', 'Niger State', 'Gaza', 'Kaduna',
    'Donetsk', 'Kabul', 'Delta', 'Plateau', 'Rivers', 'Unity', 'Bolivar', 'Sucre', 'Cordoba', 'Adamawa', 'Meta', 'Bay']) {
    assert.deepEqual(regionOf(form), [], `"${form}" should not be a region`);
  }
});

test('a region resolves as a place: its country, no sector, never a government', () => {
  for (const [text, form, country] of [
    ['Gunmen opened fire in Kaduna State on Sunday.', 'Kaduna State', 'NGA'],
    ['Heavy fighting was reported in Baghlan province.', 'Baghlan province', 'AFG'],
    ['Shelling hit villages in the Donetsk region overnight.', 'Donetsk region', 'UKR'],
    ['Insurgents attacked a town in Cabo Delgado.', 'Cabo Delgado', 'MOZ'],
  ] as const) {
    const ms = mentions(text);
    const m = ms.find((x) => x.text === form);
    assert.ok(m, `${text}: ${ms.map((x) => x.text).join(' | ')}`);
    assert.equal(m.kind, 'city');
    assert.equal(m.country, country);
    assert.equal(m.sector, null);
  }
});

test('events: gunmen in a region act for its country; a region alone never acts', () => {
  const evs = events('Gunmen killed seven people in Kaduna State on Sunday.');
  for (const e of evs) assert.ok(!e.actor.some((a) => a.text === 'Kaduna State'), JSON.stringify(e.actor));
  // the victims named with the place ("people in Kaduna State") and gunmen firing there take its country
  const ms = mentions('Gunmen killed seven people in Kaduna State on Sunday.');
  assert.equal(ms.find((m) => m.text === 'people in Kaduna State')?.country, 'NGA', JSON.stringify(ms));
  const gunmen = mentions('Gunmen opened fire in Kaduna State on Sunday.').find((m) => m.kind === 'agent');
  assert.equal(gunmen?.country, 'NGA');
  const alone = events('Tigray welcomed the agreement and praised the mediators.');
  assert.ok(alone.every((e) => !e.actor.some((a) => a.text === 'Tigray')), JSON.stringify(alone.map((e) => e.actor)));
});

test('events: an attack on a region is aimed at its country', () => {
  const evs = events('Russian forces shelled the Kharkiv region overnight.');
  const assault = evs.find((e) => e.event === 'ASSAULT');
  assert.ok(assault, JSON.stringify(evs.map((e) => e.event)));
  assert.deepEqual(assault.actor.map((a) => a.country), ['RUS']);
  assert.deepEqual(assault.recipient.map((a) => a.country), ['UKR']);
});

test('loader: a region line with a bad type or unknown country stops loading with file:line', () => {
  const badType = tmpLexicon('regions.jsonl', ['{"kind": "city", "type": "Region", "name": "Testland Province", "country": "NGA"}']);
  assert.throws(() => loadActorLexicon([badType]), (e: unknown) => e instanceof LexiconError && /regions\.jsonl:1: field "type"/.test(e.message));
  const badCountry = tmpLexicon('regions.jsonl', ['# header', '{"kind": "city", "type": "region", "name": "Testland Province", "country": "Nowhere"}']);
  assert.throws(() => loadActorLexicon([badCountry]), (e: unknown) => e instanceof LexiconError && /regions\.jsonl:2: field "country"/.test(e.message));
});
