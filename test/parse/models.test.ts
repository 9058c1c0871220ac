// The committed models: present, produced by the current training code, exact offsets on hostile text,
// deterministic output, and `readout parse` on the seed article and on CoNLL-U input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadParseModels, parseText, type Syntax } from '../../src/parse/index.js';
import { readModel } from '../../src/parse/model-file.js';
import { trainingFingerprint } from '../../src/train/sources.js';
import { createSegmenter } from '../../src/segment/index.js';
import { parseConllu } from '../../src/parse/conllu.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const models = loadParseModels();
const segment = createSegmenter();
const parse = (text: string): Syntax => parseText(models, text, segment(text).sentences);

test('the committed models were trained by the current training code (else: npm run train)', () => {
  const now = trainingFingerprint(root);
  for (const f of ['tagger.model', 'parser.model', 'labeller.model', 'ner.model']) {
    const h = readModel(join(root, 'models', f)).header;
    assert.equal(h.trainedWith, now, `models/${f} is older than the code that trains it: run npm run train and commit models/`);
    assert.ok(h.corpora.length > 0 && h.licence.length > 0, `models/${f} names its corpora and licence`);
  }
  assert.ok(existsSync(join(root, 'models', 'NOTICE.md')), 'models/NOTICE.md names the corpora and their licences');
});

test('news sentences get trees and entities: subject, object, temporal oblique, places', () => {
  const s = parse('Chinese coast guard ships hit a Philippine supply boat with water cannons.');
  const tok = (syn: Syntax, w: string) => syn.tokens.find((t) => t.text === w)!;
  assert.equal(tok(s, 'hit').deprel, 'root');
  assert.equal(s.tokens[tok(s, 'ships').head]?.text, 'hit');
  assert.equal(tok(s, 'ships').deprel, 'nsubj');
  assert.equal(tok(s, 'boat').deprel, 'obj');
  const r = parse('Iran summoned the French ambassador in Tehran on Sunday.');
  assert.equal(r.tokens[tok(r, 'Sunday').head]?.text, 'summoned');
  assert.deepEqual(r.entities.map((e) => [e.text, e.type]), [['Iran', 'LOC'], ['Tehran', 'LOC']]);
  for (const e of r.entities) assert.equal(r.tokens.slice(e.first, e.last).map((t) => t.text).join(' '), e.text);
});

test('offsets stay exact on hostile text: curly quotes, emoji, CJK names, a megabyte with no full stop', () => {
  const texts = [
    '“We won’t back down,” said Xi Jinping (习近平) 👍🏽 — the talks’ end…',
    'Moon Jae-in met 文在寅 at the DMZ\u200b; e-mail: a@b.org, cost $3.5bn (€3bn).',
    'word '.repeat(200_000),
    'x'.repeat(300_000) + ' 🇺🇦 '.repeat(1000),
  ];
  for (const text of texts) {
    // the parse stage on one span of the whole text (the segmenter is not what is tested here)
    const s = parseText(models, text, [{ start: 0, end: text.length }]);
    assert.ok(s.tokens.length > 0);
    for (const t of s.tokens) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.text.trim().length > 0);
      const c = text.charCodeAt(t.start);
      assert.ok(!(c >= 0xdc00 && c <= 0xdfff), 'a token never starts inside a surrogate pair');
    }
    for (const sent of s.sentences) {
      for (let i = sent.first; i < sent.last; i++) {
        const h = s.tokens[i]!.head;
        assert.ok(h === -1 || (h >= sent.first && h < sent.last), 'heads stay inside their sentence');
      }
      assert.equal(s.tokens.slice(sent.first, sent.last).filter((t) => t.head === -1).length, 1, 'one root per sentence');
    }
  }
});

test('output is deterministic', () => {
  const text = readFileSync(join(root, 'examples', readdirSync(join(root, 'examples')).find((f) => f.endsWith('.txt'))!), 'utf8');
  assert.deepEqual(parse(text), parse(text));
  assert.deepEqual(parse(text), parseText(loadParseModels(), text, segment(text).sentences));
});

const cli = (args: string[], input?: string) => spawnSync(process.execPath, [join(root, 'bin', 'readout.js'), ...args], { encoding: 'utf8', input, cwd: root });

test('readout parse prints CoNLL-U with entities and offsets, and re-parses CoNLL-U input', () => {
  const r = cli(['parse', '-'], 'Iran summoned the French ambassador in Tehran on Sunday.\n');
  assert.equal(r.status, 0, r.stderr);
  const sents = parseConllu(r.stdout, 'stdout');
  assert.equal(sents.length, 1);
  assert.ok(sents[0]!.tokens.some((t) => t.form === 'Tehran' && /NE=B-LOC/.test(t.misc) && /TokenRange=39:45/.test(t.misc)), r.stdout);
  const again = cli(['parse', '--input', 'conllu', '-'], r.stdout);
  assert.equal(again.status, 0, again.stderr);
  const re = parseConllu(again.stdout, 'stdout');
  assert.deepEqual(re[0]!.tokens.map((t) => [t.form, t.upos, t.head, t.deprel]), sents[0]!.tokens.map((t) => [t.form, t.upos, t.head, t.deprel]));
  const table = cli(['parse', '--format', 'table', '-'], 'Iran summoned the French ambassador.\n');
  assert.match(table.stdout, /summoned\s+VERB/);
  const joined = parseConllu(cli(['parse', '-'], 'He left.She came.\n').stdout, 'stdout');
  assert.equal(joined.length, 2);
  assert.match(joined[0]!.tokens.at(-1)!.misc, /SpaceAfter=No/, 'no space between the sentences: the text can be rebuilt');
  const bad = cli(['parse', '--input', 'conllu', '-'], '1\tOnly\tonly\n');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /<stdin>:1/);
});

test('the Doc carries the parse of the sentences with a trigger when the models are loaded (the default), and none otherwise', async () => {
  const { loadLexicons } = await import('../../src/lexicons.js');
  const { analyse } = await import('../../src/pipeline.js');
  const text = 'Russia expelled two Estonian diplomats on Monday. The weather in Tallinn was cold. Tallinn protested.';
  const article = { id: 'a', text, published: '2024-01-02', outlet: null, url: null, title: null, language: 'en', origin: 'test' };
  const doc = analyse(article, loadLexicons());
  assert.ok(doc.syntax);
  // the sentence about the weather holds no trigger: the coder never reads it, so it is not parsed
  assert.deepEqual(doc.syntax.sentences.map((s) => text.slice(s.start, s.end)), ['Russia expelled two Estonian diplomats on Monday.', 'Tallinn protested.']);
  const expelled = doc.syntax.tokens.find((t) => t.text === 'expelled')!;
  assert.equal(doc.syntax.tokens.find((t) => t.text === 'diplomats')!.head, expelled.i);
  assert.equal(analyse(article, loadLexicons({ parse: false })).syntax, undefined);
});
