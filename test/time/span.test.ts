// measuredUpToMainAct: an act in an "after"/"following" phrase measured in hours or days runs up to the main act and
// shares its date; measured in months, or not measured, it is background (readout's own sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import { measuredUpToMainAct } from '../../src/time/span.js';

const lex = loadLexicons();

/** token indexes of the preposition and the act's word in a sentence */
function check(text: string, prep: string, act: string): boolean {
  const { tokens } = lex.segment(text);
  const p = tokens.findIndex((t) => t.lower === prep);
  const a = tokens.findIndex((t, i) => i > p && t.lower === act);
  assert.ok(p >= 0 && a >= 0, `${prep}/${act} in ${text}`);
  return measuredUpToMainAct(tokens, p, a);
}

test('hours and days run up to the main act; months, years and unmeasured phrases do not', () => {
  assert.equal(check('They failed to agree on Monday after more than five hours of EU-mediated talks.', 'after', 'talks'), true);
  assert.equal(check('They signed a deal on Friday following two days of negotiations in Doha.', 'following', 'negotiations'), true);
  assert.equal(check('They agreed on Monday after a five-hour meeting.', 'after', 'meeting'), true);
  assert.equal(check('They signed the accord on Monday after months of talks.', 'after', 'talks'), false);
  assert.equal(check('They signed the accord on Monday after the talks in Oslo.', 'after', 'talks'), false);
  assert.equal(check('Troops withdrew on Monday before five hours of talks.', 'before', 'talks'), false);
});

test('the talks of "failed to agree on Monday after five hours of talks" are dated Monday, "after months of talks" are not', () => {
  const date = (text: string) => codeArticle({ id: 't', text, published: '2025-04-16', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex)
    .filter((e) => e.event === 'CONSULT').map((e) => `${e.date?.value}/${e.date?.basis}`);
  assert.deepEqual(date('Serbia and Kosovo failed to reach agreement on Monday on an association of municipalities after more than five hours of EU-mediated talks.'), ['2025-04-14/text']);
  assert.deepEqual(date('Serbia and Kosovo signed the accord on Monday after months of talks in Brussels.'), ['2025-04-16/published']);
});
