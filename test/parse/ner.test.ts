import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../../src/actors/load.js';
import { Gazetteer, GAZ_TYPES, GAZ_BEGIN, GAZ_END, GAZ_INSIDE, GAZ_UNIT, loadGazetteer } from '../../src/parse/gazetteer.js';
import { bilouToIob, entitySpans, iobToBilou, nerContext, nerFeatures, Recogniser, transitions, NER_CLASSES } from '../../src/parse/ner.js';
import { FeatureBuffer } from '../../src/parse/hash.js';
import { decodeModel } from '../../src/parse/model-file.js';
import { tokenIds } from '../../src/parse/token-features.js';
import { trainRecogniser, scoreSpans, mapTypes, type NerSentence } from '../../src/train/ner.js';
import { createRng } from '../../src/bench/prng.js';

// A tiny generated corpus: "<Given> <Surname> visited <City> with <Org> staff ." and variants.
const GIVEN = ['Anna', 'Peter', 'Maria', 'John', 'Lena', 'Omar', 'Sara', 'Tom'];
const SURNAME = ['Smith', 'Novak', 'Garcia', 'Brown', 'Khan', 'Weber', 'Rossi', 'Lee'];
const CITY = ['Paris', 'Lagos', 'Quito', 'Oslo', 'Hanoi', 'Lima', 'Perth', 'Cairo'];
const ORG = [['Acme', 'Corp'], ['Blue', 'Bank'], ['Delta', 'Group'], ['Nova', 'Labs']];

function fixture(n: number, seed: number): NerSentence[] {
  const rng = createRng(seed);
  const out: NerSentence[] = [];
  for (let k = 0; k < n; k++) {
    const forms: string[] = [];
    const tags: string[] = [];
    const push = (ws: string[], type: string | null): void => {
      ws.forEach((w, i) => {
        forms.push(w);
        tags.push(type ? `${i === 0 ? 'B' : 'I'}-${type}` : 'O');
      });
    };
    const person = rng.chance(0.5) ? [rng.pick(GIVEN), rng.pick(SURNAME)] : [rng.pick(SURNAME)];
    if (rng.chance(0.5)) push(['Yesterday', ','], null);
    push(person, 'PER');
    push([rng.pick(['visited', 'left', 'reached'])], null);
    push([rng.pick(CITY)], 'LOC');
    push(['with'], null);
    push(rng.pick(ORG), 'ORG');
    push(['staff', '.'], null);
    out.push({ forms, tags });
  }
  return out;
}

function trainSmall(gaz: Gazetteer | null) {
  const train = fixture(300, 1);
  const t = trainRecogniser(train, null, gaz, { epochs: 4, seed: 7 });
  const gz = t.model.encode({ name: 'ner-test', classes: t.classes, trainedWith: 'test', corpora: [], licence: 'test', meta: t.meta });
  return { t, gz, rec: new Recogniser(decodeModel(gz, 'ner-test'), gaz) };
}

test('training on a small generated corpus reaches high span F1 on held-out sentences of it', () => {
  const { rec } = trainSmall(null);
  const test = fixture(100, 99);
  const pred = test.map((s) => rec.recognise(tokenIds(s.forms, null), s.forms));
  const { micro } = scoreSpans(test.map((s) => s.tags), pred);
  assert.ok(micro.f1 >= 0.97, `micro F1 ${micro.f1}`);
});

test('training is deterministic and the encoded model decodes to the same tags as the training model', () => {
  const a = trainSmall(null);
  const b = trainSmall(null);
  assert.deepEqual(a.gz, b.gz);
  const rec2 = new Recogniser(decodeModel(a.gz, 'again'), null);
  for (const s of fixture(30, 5)) {
    const ids = tokenIds(s.forms, null);
    assert.deepEqual(rec2.recognise(ids, s.forms), a.rec.recognise(ids, s.forms));
  }
});

test('entitySpans on hand cases', () => {
  assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC']), [
    { type: 'PER', first: 0, last: 1 },
    { type: 'LOC', first: 3, last: 3 },
  ]);
  assert.deepEqual(entitySpans(['B-ORG', 'B-ORG', 'I-ORG']), [
    { type: 'ORG', first: 0, last: 0 },
    { type: 'ORG', first: 1, last: 2 },
  ]);
  // a stray I- starts an entity (conlleval), a type change ends one
  assert.deepEqual(entitySpans(['O', 'I-LOC', 'I-PER']), [
    { type: 'LOC', first: 1, last: 1 },
    { type: 'PER', first: 2, last: 2 },
  ]);
  assert.deepEqual(entitySpans([]), []);
  assert.deepEqual(entitySpans(['O', 'O']), []);
});

test('IOB2 <-> BILOU conversions and type mapping', () => {
  const iob = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'];
  assert.deepEqual(iobToBilou(iob), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  assert.deepEqual(bilouToIob(iobToBilou(iob)), iob);
  assert.deepEqual(bilouToIob(['O', 'I-PER', 'L-PER']), ['O', 'B-PER', 'I-PER']);
  assert.deepEqual(mapTypes(['B-MISC', 'I-MISC', 'B-Person'], { Person: 'PER', MISC: null }), ['O', 'O', 'B-PER']);
  const { micro, byType } = scoreSpans([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'I-PER', 'O', 'B-ORG']]);
  assert.equal(micro.correct, 1);
  assert.equal(byType['LOC']!.recall, 0);
  assert.equal(byType['ORG']!.precision, 0);
});

test('decoding never produces an I- that continues nothing', () => {
  const allowed = transitions(NER_CLASSES);
  // after O (row 0: sentence start) no I-/L- class is allowed
  for (let c = 0; c < NER_CLASSES.length; c++) {
    const p = NER_CLASSES[c]![0];
    assert.equal(allowed[0]![c] === 1, p === 'O' || p === 'B' || p === 'U', NER_CLASSES[c]);
  }
  // a model trained on noisy tags (random I- after O) still decodes to valid IOB2 on odd inputs
  const rng = createRng(3);
  const noisy = fixture(200, 4).map((s) => ({ forms: s.forms, tags: s.tags.map((t) => (rng.chance(0.2) ? rng.pick(['I-PER', 'I-ORG', 'I-LOC']) : t)) }));
  const t = trainRecogniser(noisy, null, null, { epochs: 3, seed: 1 });
  const rec = new Recogniser(decodeModel(t.model.encode({ name: 'n', classes: t.classes, trainedWith: 't', corpora: [], licence: 't', meta: t.meta }), 'n'), null);
  const inputs = [...fixture(50, 8).map((s) => s.forms), ['Smith'], ['with', 'Corp', 'Corp', 'Bank', '.'], ['Oslo', 'Oslo', 'staff', 'Lee']];
  for (const forms of inputs) {
    const tags = rec.recognise(tokenIds(forms, null), forms);
    assert.equal(tags.length, forms.length);
    for (let i = 0; i < tags.length; i++) {
      assert.match(tags[i]!, /^(O|[BI]-(PER|ORG|LOC))$/);
      if (tags[i]!.startsWith('I-')) assert.ok(i > 0 && tags[i - 1] !== 'O' && tags[i - 1]!.slice(2) === tags[i]!.slice(2), `${forms.join(' ')}: ${tags.join(' ')}`);
    }
  }
});

test('the gazetteer finds multi-word names, acronyms only as written, and loads the actor lexicons', () => {
  const g = new Gazetteer();
  g.add('Human Rights Watch', 'ORG');
  g.add('UN', 'ORG');
  g.add('New Zealand', 'LOC');
  const forms = ['human', 'Rights', 'Watch', 'and', 'the', 'UN', 'and', 'un', 'New', 'Zealand'];
  const m = g.match(forms);
  const ORG = GAZ_TYPES.indexOf('ORG');
  const LOC = GAZ_TYPES.indexOf('LOC');
  const bit = (type: number, pos: number): number => 1 << (4 * type + pos);
  assert.equal(m[0], bit(ORG, GAZ_BEGIN));
  assert.equal(m[1], bit(ORG, GAZ_INSIDE));
  assert.equal(m[2], bit(ORG, GAZ_END));
  assert.equal(m[3], 0);
  assert.equal(m[5], bit(ORG, GAZ_UNIT));
  assert.equal(m[7], 0);
  assert.equal(m[8], bit(LOC, GAZ_BEGIN));
  assert.equal(m[9], bit(LOC, GAZ_END));

  const dir = join(packageRoot(), 'lexicons', 'actors');
  // (its load time is measured by `npm run bench`, in the model load figure, not by a timed test)
  const lex = loadGazetteer(dir);
  assert.ok(lex.size > 10_000, `${lex.size} names`);
  const s = ['Amnesty', 'International', 'said', 'Barack', 'Obama', 'visited', 'the', 'United', 'States', '.'];
  const ms2 = lex.match(s);
  assert.ok(ms2[0]! & bit(ORG, GAZ_BEGIN) && ms2[1]! & bit(ORG, GAZ_END));
  const PER = GAZ_TYPES.indexOf('PER');
  assert.ok(ms2[3]! & bit(PER, GAZ_BEGIN) && ms2[4]! & bit(PER, GAZ_END));
  assert.ok(ms2[7]! & bit(LOC, GAZ_BEGIN) && ms2[8]! & bit(LOC, GAZ_END));
  assert.deepEqual(lex.match(s), ms2, 'deterministic');
});

test('with a gazetteer, the recogniser uses it (model header says so) and still learns the fixture', () => {
  const g = new Gazetteer();
  for (const c of CITY) g.add(c, 'LOC');
  const { rec, t } = trainSmall(g);
  assert.equal(t.meta.gazetteer, true);
  const forms = ['Yesterday', ',', 'Anna', 'Khan', 'visited', 'Oslo', 'with', 'Nova', 'Labs', 'staff', '.'];
  assert.deepEqual(rec.recognise(tokenIds(forms, null), forms), ['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
});

test('part-of-speech features: runs of equal tags give the run position and length, and a tag-trained model uses the tags', () => {
  const forms = ['Acme', 'Nova', 'Labs', 'said', 'so', '.'];
  const ids = tokenIds(forms, null);
  const PROPN = 3;
  const run = Int32Array.from([PROPN, PROPN, PROPN, 7, 8, 9]);
  const single = Int32Array.from([PROPN, 5, 6, 7, 8, 9]);
  const feats = (tags: Int32Array, i: number): number[] => {
    const buf = new FeatureBuffer();
    nerFeatures(ids, i, -1, -1, nerContext(ids, forms, null, tags), buf);
    return [...buf.keys.subarray(0, buf.n)];
  };
  // token 0 starts a run of three equal tags in one sentence and stands alone in the other
  const a = feats(run, 0);
  const b = feats(single, 0);
  assert.ok(a.some((k) => !b.includes(k)), 'run features differ');
  // a run's features do not depend on tags beyond four tokens away
  const long = Int32Array.from({ length: 12 }, () => PROPN);
  const longForms = Array.from({ length: 12 }, (_, i) => `W${i}`);
  const longIds = tokenIds(longForms, null);
  const buf = new FeatureBuffer();
  nerFeatures(longIds, 6, -1, -1, nerContext(longIds, longForms, null, long), buf);
  assert.ok(buf.n > 0);

  // training with tags: the model header says so, and the fixture is still learnt
  const train = fixture(300, 1).map((s) => ({ ...s, pos: Int32Array.from(s.forms, (f) => (/^[A-Z]/.test(f) ? PROPN : 1)) }));
  assert.throws(() => trainRecogniser(fixture(3, 1), null, null, { epochs: 1, seed: 1, tags: true }));
  const t = trainRecogniser(train, null, null, { epochs: 4, seed: 7, tags: true });
  assert.equal(t.meta.tags, true);
  const rec = new Recogniser(decodeModel(t.model.encode({ name: 'ner-test', classes: t.classes, trainedWith: 'test', corpora: [], licence: 'test', meta: t.meta }), 'ner-test'), null);
  assert.equal(rec.usesTags, true);
  const test = fixture(100, 99).map((s) => ({ ...s, pos: Int32Array.from(s.forms, (f) => (/^[A-Z]/.test(f) ? PROPN : 1)) }));
  const pred = test.map((s) => rec.recognise(tokenIds(s.forms, null), s.forms, s.pos));
  assert.ok(scoreSpans(test.map((s) => s.tags), pred).micro.f1 >= 0.95);
});
