// Structural checks of a segmentation, shared by the hostile-size and the property tests.
import assert from 'node:assert/strict';
import type { Segmented } from '../../src/segment/index.js';

/** Tokens in order, each exactly the characters it names; sentences tile the tokens in order. */
export function checkSegmented(text: string, seg: Segmented): void {
  let prev = 0;
  seg.tokens.forEach((t, i) => {
    assert.equal(t.i, i);
    assert.ok(t.start >= prev && t.end > t.start && t.end <= text.length, `token ${i} [${t.start}, ${t.end}) out of order`);
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.notEqual(t.text.trim(), '', `token ${i} is only whitespace`);
    prev = t.end;
  });
  let next = 0;
  seg.sentences.forEach((s, k) => {
    assert.equal(s.index, k);
    assert.equal(s.first, next, `sentence ${k} does not start where the previous one ended`);
    assert.ok(s.last > s.first);
    assert.equal(s.start, seg.tokens[s.first]!.start);
    assert.equal(s.end, seg.tokens[s.last - 1]!.end);
    for (let i = s.first; i < s.last; i++) assert.equal(seg.tokens[i]!.sent, k);
    next = s.last;
  });
  assert.equal(next, seg.tokens.length);
}
