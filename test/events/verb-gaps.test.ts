// Words between a verb and what completes it (issue #11, gaps 1 and 2; readout's own sentences): a time phrase, an
// adverbial or an oblique between a phrasal verb and its particle, and a time phrase before a light verb's object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import { findTriggers } from '../../src/events/triggers.js';
import { isTimeHead, pastTimeAndAdverbs, timePhraseEnd } from '../../src/events/time-phrases.js';
import { anyGap, timeGaps } from '../../src/events/verb-gaps.js';
import type { ReadoutEvent } from '../../src/types.js';

const lex = loadLexicons();

function code(text: string): ReadoutEvent[] {
  return codeArticle({ id: 't', text, published: '2024-03-14', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex);
}

const countries = (xs: { country: string | null }[]) => xs.map((x) => x.country).sort().join('+');
const brief = (e: ReadoutEvent) => `${e.event} ${countries(e.actor)}>${countries(e.recipient)}`;

function has(text: string, expected: string): ReadoutEvent {
  const evs = code(text);
  const e = evs.find((x) => brief(x) === expected);
  assert.ok(e, `${expected} in: ${text}\n got: ${evs.map(brief).join(' | ')}`);
  return e;
}

const words = (text: string) => lex.segment(text).tokens;

test('timePhraseEnd and pastTimeAndAdverbs: the token after a time phrase (and adverbs), or where they started', () => {
  const cases: [string, number, typeof timePhraseEnd, number][] = [
    ['met on Tuesday morning with', 1, timePhraseEnd, 4],
    ['signed earlier this week a deal', 1, timePhraseEnd, 4],
    ['visited on March 3 the capital', 1, timePhraseEnd, 4],
    // no time phrase: a place, a modal "may", a possessed year
    ['violated on the border', 1, timePhraseEnd, 1],
    ['said it may resume talks', 2, timePhraseEnd, 2],
    ["breached last year's accord", 1, timePhraseEnd, 1],
    ['called again on Monday for talks', 1, pastTimeAndAdverbs, 4],
    // an adverbial set phrase is stepped over like an adverb
    ['yielded at last to the demands', 1, pastTimeAndAdverbs, 3],
  ];
  for (const [text, from, f, expected] of cases) {
    const t = words(text);
    assert.equal(f(t, from, t.length), expected, `${f.name} in "${text}"`);
  }
});

test('a phrasal verb matches across a time phrase; without a parse only time phrases and adverbs may stand between', () => {
  const s = lex.segment('Peru called on Monday for talks. Peru called the envoy for talks.');
  const [first, second] = s.sentences;
  const phrase = (hits: ReturnType<typeof findTriggers>) => hits.map((h) => s.tokens.slice(h.first, h.last).map((t) => t.text).join(' '));
  assert.ok(phrase(findTriggers(s.tokens, first!, lex.rules.triggers, undefined, timeGaps(s.tokens))).includes('called on Monday for'));
  // an object is no gap; the pre-parse pass (any gap) is looser, so that the sentence gets parsed
  assert.ok(!phrase(findTriggers(s.tokens, second!, lex.rules.triggers, undefined, timeGaps(s.tokens))).some((p) => p.endsWith('for')));
  assert.ok(phrase(findTriggers(s.tokens, second!, lex.rules.triggers, undefined, anyGap)).includes('called the envoy for'));
  // the preposition of a time phrase is not the verb's particle ("agree on" is not "agreed … on Saturday")
  const t = lex.segment('Chile agreed in principle on Saturday to send aid.');
  const ts = findTriggers(t.tokens, t.sentences[0]!, lex.rules.triggers, undefined, anyGap).map((h) => t.tokens.slice(h.first, h.last).map((x) => x.text).join(' '));
  assert.ok(ts.includes('agreed in principle on Saturday to'), ts.join(' | '));
});

test('a particle apart from its verb: "lashed out on Wednesday at", "spoke on Thursday by telephone with", "called Sunday for"', () => {
  has('Venezuela lashed out on Wednesday at Colombia over the border closure.', 'ACCUSE VEN>COL');
  const call = has('The Indian foreign minister spoke on Thursday by telephone with his Chinese counterpart.', 'CONSULT IND>CHN');
  assert.equal(call.mode, 'phone');
  has("Mali's military government gave in at last to ECOWAS.", 'CONCEDE MLI>IGO');
  assert.ok(code('Egypt called Sunday for an end to the fighting in Sudan.').some((e) => e.event === 'REQUEST' && countries(e.actor) === 'EGY'));
});

test('a time phrase between a verb and its object: the object still licenses the trigger and names the recipient', () => {
  const e = has('Canada suspended on Friday its military aid to Haiti.', 'SANCTION CAN>HTI');
  assert.equal(e.mode, 'discontinue');
  has('Lithuania accused on Monday the Belarusian government of pushing migrants across the border.', 'ACCUSE LTU>BLR');
});

test('isTimeHead: weekdays, day words and capitalised months head a time phrase; the modal "may" and plain nouns do not', () => {
  const tok = (text: string) => ({ text, lower: text.toLowerCase() }) as Parameters<typeof isTimeHead>[0];
  for (const w of ['Tuesday', 'yesterday', 'week', 'March', 'May']) assert.equal(isTimeHead(tok(w)), true, w);
  for (const w of ['may', 'march', 'ministry', 'on']) assert.equal(isTimeHead(tok(w)), false, w);
});

test('the actor search steps back over a time phrase before the verb, and not over a modal "may"', () => {
  const lex = loadLexicons();
  const code = (text: string) => codeArticle({ id: 't', text, published: '2024-03-08', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex);
  const dated = code('Israel on Thursday accused Iran of arming the militia.').find((e) => e.event === 'ACCUSE');
  assert.deepEqual(dated?.actor.map((a) => a.country), ['ISR']);
  const early = code('Israel earlier this week accused Iran of arming the militia.').find((e) => e.event === 'ACCUSE');
  assert.deepEqual(early?.actor.map((a) => a.country), ['ISR']);
});
