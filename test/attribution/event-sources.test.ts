// Who an event's attribution chain may name (issue #11; readout's own sentences): a "citing" clause that gives a reason,
// a weekday before the reporting verb and an unresolved pronoun are never sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import type { ReadoutEvent } from '../../src/types.js';

const lex = loadLexicons();

function code(text: string): ReadoutEvent[] {
  return codeArticle({ id: 't', text, published: '2024-03-14', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex);
}

/** the attribution chain of the one event of this category, as "text/name/country" */
function chain(text: string, event: string): string[] {
  const evs = code(text).filter((e) => e.event === event);
  assert.equal(evs.length, 1, `one ${event} in: ${text}\n got: ${code(text).map((e) => e.event).join(' | ')}`);
  return evs[0]!.attribution.map((a) => `${a.text}/${a.name ?? '-'}/${a.country ?? '-'}`);
}

test('"citing" a reason names no source; citing a speaker or a named party does', () => {
  assert.deepEqual(chain('Canada recalled its ambassador from Haiti on Monday, citing security concerns.', 'SANCTION'), []);
  assert.deepEqual(chain('Turkish jets struck Kurdish positions in Iraq, Reuters reported, citing unnamed sources.', 'ASSAULT').map((c) => c.split('/')[0]).sort(), ['Reuters', 'unnamed sources']);
});

test('a time phrase between the speaker and the reporting verb is not the speaker', () => {
  const c = chain('Chilean foreign minister Alberto van Klaveren on Monday said Peru had expelled two Chilean diplomats.', 'SANCTION');
  assert.equal(c.length, 1, c.join(' | '));
  assert.ok(!/monday/i.test(c[0]!) && c[0]!.endsWith('/CHL'), c[0]);
});

test('a pronoun speaker is the person named before it, or no source at all', () => {
  const text = 'Kenyan President William Ruto arrived in Addis Ababa on Sunday. He said Russian drones had attacked Ukrainian ports.';
  assert.deepEqual(chain(text, 'ASSAULT'), ['He/William Ruto/KEN']);
  assert.deepEqual(chain('They said Russian drones had attacked Ukrainian ports.', 'ASSAULT'), []);
  assert.deepEqual(chain('He said Russian drones had attacked Ukrainian ports.', 'ASSAULT'), []);
});
