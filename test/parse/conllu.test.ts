import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, writeConllu, spaceAfter, setMisc, readIob } from '../../src/parse/conllu.js';

const FIXTURE = [
  '# newdoc id = doc1',
  '# sent_id = s1',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = s2',
  '# text = Go',
  '1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\t_',
  '1.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t1:conj\t_',
  '',
].join('\n');

test('parseConllu skips ranges and empty nodes, keeps comments, lifts text and sent_id', () => {
  const s = parseConllu(FIXTURE, 'fixture.conllu');
  assert.equal(s.length, 2);
  assert.equal(s[0]!.sentId, 's1');
  assert.equal(s[0]!.text, "I don't know.");
  assert.deepEqual(s[0]!.comments, ['# newdoc id = doc1', '# sent_id = s1', "# text = I don't know."]);
  assert.deepEqual(s[0]!.tokens.map((t) => t.form), ['I', 'do', "n't", 'know', '.']);
  assert.equal(s[0]!.tokens[3]!.head, 0);
  assert.equal(s[0]!.tokens[0]!.head, 3);
  assert.equal(s[1]!.tokens.length, 1);
});

test('writeConllu → parseConllu round trip is identical', () => {
  const s = parseConllu(FIXTURE, 'f');
  const written = writeConllu(s);
  assert.deepEqual(parseConllu(written, 'w'), s);
  assert.ok(written.endsWith('\t_\n\n'));
  // sent_id and text comments are written even when only the fields are set
  const out = writeConllu([{ comments: [], text: 'Hi', sentId: 'x', tokens: [{ ...s[1]!.tokens[0]!, form: 'Hi' }] }]);
  assert.equal(out, '# sent_id = x\n# text = Hi\n1\tHi\tgo\tVERB\tVB\t_\t0\troot\t0:root\t_\n\n');
});

test('bad input throws naming origin:line and the field', () => {
  const lines = FIXTURE.split('\n');
  const bad = (i: number, line: string): string => lines.map((l, k) => (k === i ? line : l)).join('\n');
  assert.throws(() => parseConllu(bad(3, '1\tI\tI\tPRON'), 'a.conllu'), /a\.conllu:4: expected 10 tab-separated columns, found 4/);
  assert.throws(() => parseConllu(bad(3, 'x\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_'), 'a.conllu'), /a\.conllu:4: ID: not a number/);
  assert.throws(() => parseConllu(bad(5, '2\tdo\tdo\tAUX\tVBP\t_\tfour\taux\t_\t_'), 'a.conllu'), /a\.conllu:6: HEAD: not a number/);
  assert.throws(() => parseConllu(bad(5, '2\tdo\tdo\tAUX\tVBP\t_\t9\taux\t_\t_'), 'a.conllu'), /a\.conllu:6: HEAD 9 out of range/);
  assert.throws(() => parseConllu(bad(5, '7\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_'), 'a.conllu'), /a\.conllu:6: ID: expected 2, found 7/);
});

test('spaceAfter and setMisc', () => {
  assert.equal(spaceAfter('_'), true);
  assert.equal(spaceAfter('SpaceAfter=No'), false);
  assert.equal(spaceAfter('Entity=x|SpaceAfter=No'), false);
  assert.equal(setMisc('_', 'NE', 'B-PER'), 'NE=B-PER');
  assert.equal(setMisc('SpaceAfter=No', 'NE', 'B-PER'), 'SpaceAfter=No|NE=B-PER');
  assert.equal(setMisc('NE=O|SpaceAfter=No', 'NE', 'I-ORG'), 'NE=I-ORG|SpaceAfter=No');
  assert.equal(setMisc('NE=O', 'NE', null), '_');
});

test('readIob: UNER with sent_id, IOB1 starts become B-', () => {
  const src = [
    '# sent_id = a-1',
    '# text = Al-Zaman : Bush',
    '1\tAl\tB-ORG\t-\tx',
    '2\t-\tI-ORG\t-\tx',
    '3\tZaman\tI-ORG\t-\tx',
    '4\t:\tO\t-\t-',
    '5\tBush\tI-PER\t-\t-',
    '',
  ].join('\n');
  const s = readIob(src, 'u.iob2', 'uner');
  assert.deepEqual(s, [{ sentId: 'a-1', forms: ['Al', '-', 'Zaman', ':', 'Bush'], tags: ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER'] }]);
  assert.throws(() => readIob('# sent_id = x\n1\tAl\tB-XX-\n2\tb\tQ-ORG\n', 'u.iob2', 'uner'), /u\.iob2:3: tag: not an IOB tag/);
});

test('readIob: wikigold (IOB1, space-separated, -DOCSTART-) and re3d (tab-separated)', () => {
  const wg = '-DOCSTART- O\n\n010 I-MISC\nis O\nthe O\nThe I-ORG\nMad I-ORG\nJapanese I-MISC\n. O\n\nNext O\n';
  const s = readIob(wg, 'w.txt', 'wikigold');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tags, ['B-MISC', 'O', 'O', 'B-ORG', 'I-ORG', 'B-MISC', 'O']);
  assert.equal(s[0]!.sentId, null);
  assert.throws(() => readIob('word\n', 'w.txt', 'wikigold'), /w\.txt:1: expected "form tag"/);
  const re = 'Photographs\tO\nU.S.\tB-Organisation\nservice\tI-Organisation\n\nSyria\tB-Location\n';
  const r = readIob(re, 'r.conll', 're3d');
  assert.deepEqual(r, [
    { sentId: null, forms: ['Photographs', 'U.S.', 'service'], tags: ['O', 'B-Organisation', 'I-Organisation'] },
    { sentId: null, forms: ['Syria'], tags: ['B-Location'] },
  ]);
  assert.throws(() => readIob('a\tO\tx\n', 'r.conll', 're3d'), /r\.conll:1: expected 2 tab-separated columns/);
});
