// Implicit targets of acts of force done at a place (events/parties.ts placeTarget): readout's own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import type { ReadoutEvent } from '../../src/types.js';

const scan = loadLexicons();
const parsed = loadLexicons({ parse: true });

const countries = (xs: { country: string | null }[]) => xs.map((x) => x.country).sort().join('+');
const brief = (e: ReadoutEvent) => `${e.event} ${countries(e.actor)}>${countries(e.recipient)}`;

function one(text: string, event: string): ReadoutEvent[] {
  return [scan, parsed].map((lex) => {
    const evs = codeArticle({ id: 't', text, published: '2024-03-14', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex);
    const hits = evs.filter((e) => e.event === event);
    assert.equal(hits.length, 1, `one ${event} in: ${text}\n got: ${evs.map(brief).join(' | ')}`);
    return hits[0]!;
  });
}

test('a curfew imposed in a town of the actor\'s own country is imposed on its people', () => {
  for (const e of one('Peruvian authorities imposed a curfew in the city of Cusco on Friday.', 'COERCE')) {
    assert.equal(brief(e), 'COERCE PER>PER');
    assert.equal(e.recipient[0]!.sector, 'CVL');
  }
});

test('a strike on a foreign place is aimed at that place\'s country', () => {
  for (const e of one('Ethiopian jets bombed targets near Kassala overnight.', 'ASSAULT')) assert.equal(brief(e), 'ASSAULT ETH>SDN');
});

test('a passive killing in a bombing in a capital: the place\'s country is the target', () => {
  for (const e of one('Two Somali soldiers were killed in a roadside bombing in central Mogadishu, officials said.', 'ASSAULT')) {
    assert.ok(countries(e.recipient).includes('SOM'), brief(e));
  }
});

test('a people named after the preposition ("in Ethiopian prisons") or a place before the trigger is no target', () => {
  for (const e of one('Kenyan police beat the suspects in Ethiopian prisons.', 'ASSAULT')) assert.equal(brief(e), 'ASSAULT KEN>');
  for (const e of one('In Nairobi, police arrested a Ugandan activist.', 'COERCE')) assert.equal(countries(e.recipient), 'UGA');
});

test('an act of words at a place names no target', () => {
  const evs = codeArticle({ id: 't', text: 'Chile criticized the decision at a meeting in Lima.', published: '2024-03-14', outlet: null, url: null, title: null, language: 'en', origin: 't' }, scan);
  for (const e of evs) assert.ok(!countries(e.recipient).includes('PER'), brief(e));
});

test('easing a curfew at a place, and an announced curfew there, are aimed at the place\'s country', () => {
  for (const e of one('The Bolivian government lifted the state of emergency in Cochabamba on Monday.', 'CONCEDE')) assert.equal(brief(e), 'CONCEDE BOL>BOL');
  for (const e of one('The Peruvian president will extend the curfew in Cusco.', 'THREATEN')) assert.equal(brief(e), 'THREATEN PER>PER');
});
