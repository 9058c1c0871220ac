// The learners on a tiny generated treebank: they must reach a known accuracy (so a broken learner fails
// visibly), write byte-identical models when trained twice, and give the same output after a save/load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainTagger } from '../../src/train/tagger.js';
import { trainParser } from '../../src/train/parser.js';
import type { TreeSentence } from '../../src/train/treebank.js';
import { decodeModel, readModel } from '../../src/parse/model-file.js';
import { Tagger } from '../../src/parse/tagger.js';
import { MOVES, Parser, uposIds } from '../../src/parse/parser.js';
import { tokenIds } from '../../src/parse/token-features.js';
import { createRng, type Rng } from '../../src/bench/prng.js';

// A toy English: [DET] [ADJ] NOUN VERB DET NOUN [ADP DET NOUN] with UD heads. "watch" and "fire" are nouns
// and verbs, so the tagger must use context.
const NOUNS = ['minister', 'army', 'watch', 'fire', 'ship', 'talks', 'border', 'rebels', 'police', 'treaty'];
const VERBS = ['signed', 'attacked', 'watch', 'fire', 'closed', 'rejected', 'praised', 'seized'];
const ADJS = ['new', 'foreign', 'armed', 'naval'];
const DETS = ['the', 'a', 'this'];
const ADPS = ['near', 'with', 'at', 'on'];

function sentence(rng: Rng): TreeSentence {
  const forms: string[] = [];
  const tags: string[] = [];
  const heads: number[] = [];
  const deprels: string[] = [];
  const push = (f: string, t: string, h: number, d: string): number => {
    forms.push(f);
    tags.push(t);
    heads.push(h);
    deprels.push(d);
    return forms.length - 1;
  };
  // subject phrase: heads filled once the verb's index is known
  const subj: number[] = [];
  if (rng.chance(0.7)) subj.push(push(rng.pick(DETS), 'DET/DT', -9, 'det'));
  if (rng.chance(0.4)) subj.push(push(rng.pick(ADJS), 'ADJ/JJ', -9, 'amod'));
  const sn = push(rng.pick(NOUNS), 'NOUN/NN', -9, 'nsubj');
  const v = push(rng.pick(VERBS), 'VERB/VBD', -1, 'root');
  for (const k of subj) heads[k] = sn;
  heads[sn] = v;
  const od = push(rng.pick(DETS), 'DET/DT', -9, 'det');
  const on = push(rng.pick(NOUNS), 'NOUN/NN', v, 'obj');
  heads[od] = on;
  if (rng.chance(0.5)) {
    const p = push(rng.pick(ADPS), 'ADP/IN', -9, 'case');
    const d = push(rng.pick(DETS), 'DET/DT', -9, 'det');
    const n = push(rng.pick(NOUNS), 'NOUN/NN', rng.chance(0.5) ? v : on, 'obl');
    heads[p] = n;
    heads[d] = n;
    if (heads[n] === on) deprels[n] = 'nmod';
  }
  push('.', 'PUNCT/.', v, 'punct');
  return { id: String(forms.length), forms, tags, heads: Int32Array.from(heads), deprels };
}

const rng = createRng(7);
const train = Array.from({ length: 400 }, () => sentence(rng));
const heldOut = Array.from({ length: 150 }, () => sentence(rng));
const header = (name: string, classes: string[], meta: Record<string, unknown> = {}) => ({ name, classes, trainedWith: 'test', corpora: ['generated'], licence: 'MIT', meta });

function tagAccuracy(tagger: Tagger): number {
  let right = 0;
  let total = 0;
  for (const s of heldOut) {
    const out = tagger.tag(tokenIds(s.forms, null));
    s.tags.forEach((t, i) => {
      total++;
      if (tagger.classes[out[i]!] === t) right++;
    });
  }
  return right / total;
}

test('the tagger learns the toy language, including the noun/verb ambiguity', () => {
  const t = trainTagger(train, null, { epochs: 5, seed: 1 });
  const tagger = new Tagger(decodeModel(t.model.encode(header('tagger', t.classes, t.meta)), 'mem'));
  assert.ok(tagAccuracy(tagger) >= 0.98, `tag accuracy ${tagAccuracy(tagger)}`);
  // an untrained model cannot do it: the threshold above is not free
  const none = trainTagger(train, null, { epochs: 0, seed: 1 });
  assert.ok(tagAccuracy(new Tagger(decodeModel(none.model.encode(header('tagger', none.classes, none.meta)), 'mem'))) < 0.5);
});

test('the parser learns the toy trees, prepositional attachment included', () => {
  const t = trainTagger(train, null, { epochs: 5, seed: 1 });
  const index = new Map(t.classes.map((c, i) => [c, i]));
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  const lindex = new Map(labels.map((l, i) => [l, i]));
  const upos = uposIds(t.classes);
  const ex = (s: TreeSentence) => {
    const tags = Int32Array.from(s.tags.map((x) => index.get(x)!));
    return { ids: tokenIds(s.forms, null), tags, upos: Int32Array.from(tags, (c) => upos[c]!), heads: s.heads, labels: Int32Array.from(s.deprels.map((l) => lindex.get(l)!)) };
  };
  const model = trainParser(train.map(ex), labels, { epochs: 6, seed: 3 });
  const parser = new Parser(decodeModel(model.moves.encode(header('parser', MOVES, { tags: t.classes })), 'mem'), decodeModel(model.labeller.encode(header('labeller', labels)), 'mem'));
  let uas = 0;
  let total = 0;
  for (const s of heldOut) {
    const e = ex(s);
    const tree = parser.parse(e.ids, e.tags);
    assert.equal([...tree.heads].filter((h) => h === -1).length, 1, 'one root per sentence');
    s.heads.forEach((h, i) => {
      total++;
      if (tree.heads[i] === h && labels[tree.labels[i]!] === s.deprels[i]) uas++;
    });
  }
  // the attachment of "near the border" is a coin toss in this language, so about 1 word in 20 is unknowable
  assert.ok(uas / total >= 0.9, `labelled attachment ${uas / total}`);
});

test('training twice writes identical bytes; a saved model gives the same output after loading', () => {
  const a = trainTagger(train, null, { epochs: 3, seed: 5 });
  const b = trainTagger(train, null, { epochs: 3, seed: 5 });
  const bytesA = a.model.encode(header('tagger', a.classes, a.meta));
  assert.deepEqual(bytesA, b.model.encode(header('tagger', b.classes, b.meta)));
  const dir = mkdtempSync(join(tmpdir(), 'readout-model-'));
  writeFileSync(join(dir, 'tagger.model'), bytesA);
  const fromDisk = new Tagger(readModel(join(dir, 'tagger.model')));
  const inMemory = new Tagger(decodeModel(bytesA, 'mem'));
  for (const s of heldOut) {
    const ids = tokenIds(s.forms, null);
    assert.deepEqual(fromDisk.tag(ids), inMemory.tag(ids));
  }
});

test('a damaged model file is refused with its name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-model-'));
  writeFileSync(join(dir, 'bad.model'), 'not a model');
  assert.throws(() => readModel(join(dir, 'bad.model')), /bad\.model: not a readout model file/);
  assert.throws(() => readModel(join(dir, 'missing.model')), /missing\.model.*npm run train/);
});
