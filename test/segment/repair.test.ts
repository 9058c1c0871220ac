import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairTags } from '../../src/segment/repair.js';
import type { Token } from '../../src/types.js';

const toks = (spec: string): Token[] => spec.split(' ').map((w, i) => {
  const [text, pos] = w.split('/') as [string, string];
  return { i, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, start: 0, end: 0, sent: 0 };
});

test('repairTags: a past tense tagged NOUN between a subject and an object is a verb', () => {
  const t = toks('troops/NOUN shot/NOUN dead/ADJ two/NUM protesters/NOUN');
  repairTags(t, 0, t.length);
  assert.deepEqual([t[1]!.pos, t[1]!.lemma], ['VERB', 'shoot']);
  const u = toks('Israel/PROPN hit/NOUN Hamas/PROPN targets/NOUN');
  repairTags(u, 0, u.length);
  assert.equal(u[1]!.pos, 'VERB');
});

test('repairTags: nouns stay nouns ("the shot rang out", "a hit on", capitalised words)', () => {
  for (const spec of ['The/DET shot/NOUN rang/VERB out/ADP', 'a/DET hit/NOUN on/ADP the/DET base/NOUN', 'troops/NOUN Shot/NOUN two/NUM men/NOUN']) {
    const t = toks(spec);
    repairTags(t, 0, t.length);
    assert.equal(t[1]!.pos, 'NOUN', spec);
  }
});
