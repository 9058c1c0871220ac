// Who an event's attribution chain may name (issue #11; readout's own sentences): a "citing" clause that gives a reason,
// a weekday before the reporting verb and an unresolved pronoun are never sources; a reporting body owns "its" targets.
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

test('a fronted adverbial does not cut the speaker phrase down to the place inside it', () => {
  const text = 'Meanwhile, the African Union mission in Somalia said al-Shabaab fighters fired on two of its bases near Mogadishu.';
  assert.deepEqual(chain(text, 'ASSAULT'), ['the African Union mission in Somalia/African Union/IGO']);
});

test('in what a body reports, "its" on the target of the act it reports stands for that body', () => {
  for (const text of ['The African Union mission in Somalia said al-Shabaab fighters fired on two of its bases near Mogadishu.',
    'Meanwhile, the African Union mission in Somalia said al-Shabaab fighters fired on two of its bases near Mogadishu.']) {
    const e = code(text).find((x) => x.event === 'ASSAULT');
    assert.deepEqual(e?.recipient.map((m) => m.country), ['IGO'], text);
  }
  // (not the actor's own: a source of the actor's country names no other target)
  const own = code('Somalia said al-Shabaab fighters fired on two of its bases near Mogadishu.').find((x) => x.event === 'ASSAULT');
  assert.ok(!own?.recipient.some((m) => m.country === 'SOM' && m.text === 'Somalia'), JSON.stringify(own?.recipient));
});
