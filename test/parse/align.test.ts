import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreRaw, mergeScores, goldDocuments, type AnnotatedSentence } from '../../src/parse/align.js';
import { parseConllu } from '../../src/parse/conllu.js';

// text: "He left. She came."
const gold: AnnotatedSentence[] = [
  {
    start: 0,
    end: 8,
    tokens: [
      { start: 0, end: 2, upos: 'PRON', head: 1, deprel: 'nsubj' },
      { start: 3, end: 7, upos: 'VERB', head: -1, deprel: 'root' },
      { start: 7, end: 8, upos: 'PUNCT', head: 1, deprel: 'punct' },
    ],
  },
  {
    start: 9,
    end: 18,
    tokens: [
      { start: 9, end: 12, upos: 'PRON', head: 1, deprel: 'nsubj' },
      { start: 13, end: 17, upos: 'VERB', head: -1, deprel: 'root' },
      { start: 17, end: 18, upos: 'PUNCT', head: 1, deprel: 'punct' },
    ],
  },
];

// one predicted sentence; "left." not split; She mistagged; came attached to "left." instead of root
const pred: AnnotatedSentence[] = [
  {
    start: 0,
    end: 18,
    tokens: [
      { start: 0, end: 2, upos: 'PRON', head: 1, deprel: 'nsubj' },
      { start: 3, end: 8, upos: 'VERB', head: -1, deprel: 'root' },
      { start: 9, end: 12, upos: 'NOUN', head: 3, deprel: 'nsubj:pass' },
      { start: 13, end: 17, upos: 'VERB', head: 1, deprel: 'conj' },
      { start: 17, end: 18, upos: 'PUNCT', head: 3, deprel: 'punct' },
    ],
  },
];

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-12, `${a} != ${b}`);

test('scoreRaw on a hand-made case', () => {
  const s = scoreRaw(gold, pred);
  // tokens: He, She, came, . align (4 of 5 predicted, 4 of 6 gold)
  assert.deepEqual([s.tokens.gold, s.tokens.pred, s.tokens.correct], [6, 5, 4]);
  close(s.tokens.precision, 4 / 5);
  close(s.tokens.recall, 4 / 6);
  close(s.tokens.f1, 8 / 11);
  // UPOS: He, came, . (She is NOUN)
  assert.equal(s.upos.correct, 3);
  close(s.upos.f1, 6 / 11);
  // UAS: She → came and . → came are right; He → "left." does not align; came is not root
  assert.equal(s.uas.correct, 2);
  close(s.uas.f1, 4 / 11);
  // LAS: nsubj:pass counts as nsubj (universal part) → 2; with full labels → 1
  assert.equal(s.las.correct, 2);
  assert.equal(scoreRaw(gold, pred, { labels: 'full' }).las.correct, 1);
  // sentences: none of the one predicted matches either gold span
  assert.deepEqual([s.sentences.gold, s.sentences.pred, s.sentences.correct], [2, 1, 0]);
  assert.equal(s.sentences.f1, 0);
});

test('scoreRaw: gold against itself is perfect, and mergeScores sums counts', () => {
  const s = scoreRaw(gold, gold);
  for (const k of ['tokens', 'sentences', 'upos', 'uas', 'las'] as const) assert.equal(s[k].f1, 1, k);
  const m = mergeScores([s, scoreRaw(gold, pred)]);
  assert.deepEqual([m.tokens.gold, m.tokens.pred, m.tokens.correct], [12, 11, 10]);
  close(m.tokens.f1, 20 / 23);
});

test('goldDocuments rebuilds document text with offsets from CoNLL-U', () => {
  const src = [
    '# newdoc id = d1',
    '# sent_id = 1',
    "# text = I don't.",
    '1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
    '2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_',
    "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_",
    '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
    '',
    '# newpar',
    '# sent_id = 2',
    '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No',
    '2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_',
    '',
    '# newdoc id = d2',
    '# sent_id = 3',
    '# text = Hi',
    '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_',
    '',
  ].join('\n');
  const docs = goldDocuments(parseConllu(src, 'g.conllu'));
  assert.equal(docs.length, 2);
  assert.equal(docs[0]!.id, 'd1');
  assert.equal(docs[0]!.text, "I don't.\n\nYes!");
  const t = docs[0]!.text;
  const s0 = docs[0]!.sentences[0]!;
  assert.deepEqual(s0.tokens.map((x) => t.slice(x.start, x.end)), ['I', 'do', "n't", '.']);
  assert.deepEqual(s0.tokens.map((x) => x.head), [1, -1, 1, 1]);
  const s1 = docs[0]!.sentences[1]!;
  assert.deepEqual([s1.start, s1.end], [10, 14]);
  assert.deepEqual(s1.tokens.map((x) => [x.start, x.end]), [
    [10, 13],
    [13, 14],
  ]);
  assert.equal(docs[1]!.text, 'Hi');
  // scoring gold against itself through the document is perfect
  assert.equal(scoreRaw(docs[0]!.sentences, docs[0]!.sentences).las.f1, 1);
});
