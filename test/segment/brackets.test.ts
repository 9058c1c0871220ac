// Sentence ends inside brackets: wink ends a sentence at an abbreviation's period in "(R-Ga.)" or "(D-S.C.)"; the
// segmenter joins what continues it, so that "Sen. … (R-Ga.) said" keeps its speaker and its verb in one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../../src/segment/index.js';
import { checkSegmented } from './check.js';

const segment = createSegmenter();
const sentences = (text: string): string[] => {
  const seg = segment(text);
  checkSegmented(text, seg);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
};

test('a lower-case word after an abbreviation in brackets continues the sentence', () => {
  const text = 'Rep. Ann Tillery (D-Vt.) said the bill would fail. It did.';
  assert.deepEqual(sentences(text), ['Rep. Ann Tillery (D-Vt.) said the bill would fail.', 'It did.']);
});

test('a bracket closed after a sentence break joins the two pieces', () => {
  const text = '"We need more time," Sen. Ross Hale (R-N.C.) told reporters on Monday. The vote was delayed.';
  assert.deepEqual(sentences(text), ['"We need more time," Sen. Ross Hale (R-N.C.) told reporters on Monday.', 'The vote was delayed.']);
});

test('sentences that merely follow a bracket stay apart', () => {
  const text = 'The vote was close (51 to 49). Critics said it was rushed. (The count was checked.) Then it passed.';
  assert.deepEqual(sentences(text), ['The vote was close (51 to 49).', 'Critics said it was rushed.', '(The count was checked.)', 'Then it passed.']);
});
