import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capRuns, chunkEnds, MAX_TOKEN_CHARS, offsetMapper, sentenceCuts, splitSpan } from '../../src/segment/limits.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** no cut at k separates a surrogate pair */
const pairSafe = (text: string, k: number) => !(k > 0 && k < text.length && isHigh(text.charCodeAt(k - 1)) && isLow(text.charCodeAt(k)));

test('capRuns: no run of non-space characters is longer than the cap; removing the inserted spaces gives the text back', () => {
  const N = MAX_TOKEN_CHARS;
  for (const text of ['a'.repeat(10 * N), `x ${'😀'.repeat(3 * N)} y`, 'short words only', `${'b'.repeat(N)} ${'c'.repeat(N + 1)}\n${'d'.repeat(2 * N + 50)}`]) {
    const { text: w, inserted } = capRuns(text);
    for (const run of w.split(/[ \t\r\n]/)) assert.ok(run.length <= MAX_TOKEN_CHARS + 1, `run of ${run.length}`);
    let back = '';
    let from = 0;
    for (const at of inserted) { assert.equal(w[at], ' '); back += w.slice(from, at); from = at + 1; }
    assert.equal(back + w.slice(from), text);
    for (const at of inserted) assert.ok(pairSafe(w, at) && pairSafe(w, at + 1));
  }
  const plain = 'nothing to cut here';
  assert.equal(capRuns(plain).text, plain);
});

test('offsetMapper maps positions of the capped text back to the original', () => {
  const text = `${'a'.repeat(2 * MAX_TOKEN_CHARS + 50)} end`;
  const { text: w, inserted } = capRuns(text);
  const map = offsetMapper(inserted);
  for (const word of ['end']) {
    const at = w.indexOf(word);
    assert.equal(text.slice(map(at), map(at) + word.length), word);
  }
  assert.deepEqual(inserted, [MAX_TOKEN_CHARS, 2 * MAX_TOKEN_CHARS + 1]);
});

test('splitSpan cuts a long span into pieces of at most the cap, never inside a surrogate pair', () => {
  const text = `ab${'😀'.repeat(MAX_TOKEN_CHARS + 20)}`;
  const parts = splitSpan(text, 0, text.length);
  assert.equal(parts[0]!.start, 0);
  assert.equal(parts[parts.length - 1]!.end, text.length);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    assert.ok(p.end - p.start <= MAX_TOKEN_CHARS + 1 && p.end > p.start);
    if (k > 0) assert.equal(p.start, parts[k - 1]!.end);
    assert.ok(pairSafe(text, p.start));
  }
  assert.deepEqual(splitSpan('short', 1, 4), [{ start: 1, end: 4 }]);
});

test('sentenceCuts: pieces of at most max tokens, ending after punctuation in their last quarter when there is one', () => {
  const cuts = sentenceCuts(1000, 100, (k) => k % 90 === 89);
  let from = 0;
  for (const c of cuts) { assert.ok(c - from <= 100 && c > from); from = c; }
  assert.equal(from, 1000);
  assert.equal(cuts[0], 90);
  assert.deepEqual(sentenceCuts(250, 250, () => false), [250]);
  assert.deepEqual(sentenceCuts(0, 250, () => false), [0]);
});

test('chunkEnds: pieces of at most max characters, cut after a paragraph break where there is one', () => {
  const para = `${'word '.repeat(30)}\n\n`;
  const text = para.repeat(100);
  const ends = chunkEnds(text, 1000);
  let from = 0;
  for (const e of ends) {
    assert.ok(e - from <= 1000 && e > from);
    assert.ok(e === text.length || text.slice(e - 2, e) === '\n\n', `cut at ${e} is not after a paragraph`);
    from = e;
  }
  assert.equal(from, text.length);
  // no separator at all: hard cuts, never inside a surrogate pair
  const emoji = '😀'.repeat(1500);
  for (const e of chunkEnds(emoji, 1001)) assert.ok(pairSafe(emoji, e));
  assert.deepEqual(chunkEnds('short', 1000), [5]);
});
