// A country adjective on a thing the state does or owns names the state ("an Indian proposal", "Israeli air raids").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { loadActorLexicon, LexiconError } from '../../src/actors/load.js';
import { eventsIn, mentionsIn, tmpLexicon } from './fixture.js';

const mentions = (text: string): Mention[] => mentionsIn(text, '2024-05-02');
const at = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text || m.text.startsWith(text + ' '));

test('a country adjective on a noun for a state act or possession is the state, with the sector from the noun', () => {
  const cases: [string, string, string, string][] = [
    ['Hungary turned down a Slovak proposal on the dam.', 'Slovak', 'SVK', 'GOV'],
    ['Villagers fled after Turkish air raids on the hills.', 'Turkish', 'TUR', 'MIL'],
    ['The coast guard boarded two Iranian tankers near the strait.', 'Iranian', 'IRN', 'BUS'],
    ['Kenya welcomed Ethiopian mediation in the dispute.', 'Ethiopian', 'ETH', 'GOV'],
    ['Rockets hit a Thai village near the frontier.', 'Thai', 'THA', 'CVL'],
  ];
  for (const [text, adj, country, sector] of cases) {
    const m = at(mentions(text), adj);
    assert.ok(m, `${text}: no mention "${adj}"`);
    assert.equal(m.country, country, text);
    assert.equal(m.sector, sector, text);
    assert.equal(m.how, 'adjective', text);
    assert.equal(m.kind, 'group', text);
  }
});

test('titles, names, people and languages after a country adjective are not things of the state', () => {
  const ms = mentions('The Brazilian language teacher met Peruvian President Dina Boluarte and Chilean landowners; the Russian language is taught.');
  assert.equal(ms.some((m) => m.how === 'adjective'), false, ms.map((m) => `${m.text}:${m.how}`).join(' | '));
  // a people noun stays the country's civilians
  assert.equal(at(ms, 'Chilean landowners')?.sector, 'CVL');
  // capitalised words after the adjective are a title or a name, not a thing
  assert.notEqual(at(mentions('Laos rejected a Thai Foreign Ministry note.'), 'Thai')?.how, 'adjective');
});

test('two coordinated country adjectives share the thing ("the Turkish and Greek sides")', () => {
  const ms = mentions('The Turkish and Greek sides agreed to talk, and Mali rejected Guinean and Senegalese proposals.');
  assert.deepEqual(['Turkish', 'Greek'].map((t) => [at(ms, t)?.country, at(ms, t)?.sector]), [['TUR', 'GOV'], ['GRC', 'GOV']]);
  assert.deepEqual(['Guinean', 'Senegalese'].map((t) => [at(ms, t)?.country, at(ms, t)?.sector]), [['GIN', 'GOV'], ['SEN', 'GOV']]);
});

test('the state named by an adjective on the object is the recipient of the event', () => {
  const ev = eventsIn('Bolivia flatly rejected a Chilean proposal on sea access.', '2024-05-02');
  const reject = ev.find((e) => e.event === 'REJECT');
  assert.ok(reject, JSON.stringify(ev.map((e) => e.event)));
  assert.deepEqual(reject.recipient.map((r) => r.country), ['CHL']);
  assert.deepEqual(reject.actor.map((r) => r.country), ['BOL']);
});

test('a thing entry without a sector is refused with its file and line', () => {
  const file = tmpLexicon('things.jsonl', ['{"kind": "thing", "terms": ["flotilla"], "sector": "MIL"}', '{"kind": "thing", "terms": ["barge"]}']);
  assert.throws(() => loadActorLexicon([file]), (e: unknown) => e instanceof LexiconError && /things\.jsonl:2/.test(e.message) && /sector/.test(e.message));
  assert.equal(loadActorLexicon([tmpLexicon('ok.jsonl', ['{"kind": "thing", "terms": ["flotilla"], "sector": "MIL"}'])]).agents[0]!.kind, 'thing');
});

test('a country adjective on a singular noun for one person names no state ("a Ukrainian protestor")', () => {
  const ms = mentions('The embassy was damaged by a Ukrainian protestor and a Georgian interpreter.');
  assert.equal(ms.some((m) => m.how === 'adjective'), false, ms.map((m) => `${m.text}:${m.how}`).join(' | '));
});
