// The scoring table (src/parse/weights.ts) must score exactly what the model file says: its layout (16-bit weights
// packed with their class, dense rows, the inline slots of the parser's moves, the probing order) is an inference
// detail, left out of the training fingerprint (src/train/sources.ts) on the strength of this test. The reference
// below reads the file bytes itself and adds the weights up as the decoder's float32 weights were added before the
// tables were packed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeModel, readModel } from '../../src/parse/model-file.js';
import { FeatureBuffer } from '../../src/parse/hash.js';
import { Weights } from '../../src/parse/weights.js';
import { createRng } from '../../src/bench/prng.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Reference { nClasses: number; scale: number; byKey: Map<number, [number, number][]>; keys: number[] }

/** The model file's features, read straight from its bytes (see model-file.ts for the layout). */
function reference(path: string): Reference {
  const buf = gunzipSync(readFileSync(path));
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as { classes: string[]; scale: number };
  let off = 12 + hlen;
  const F = buf.readUInt32LE(off);
  off += 8;
  const keyAt = off;
  const lenAt = keyAt + 4 * F;
  const clsAt = lenAt + 2 * F;
  const E = buf.readUInt32LE(off - 4);
  const qAt = clsAt + 2 * E;
  const byKey = new Map<number, [number, number][]>();
  let e = 0;
  for (let f = 0; f < F; f++) {
    const list: [number, number][] = [];
    for (let j = 0; j < buf.readUInt16LE(lenAt + 2 * f); j++, e++) list.push([buf.readUInt16LE(clsAt + 2 * e), buf.readInt16LE(qAt + 2 * e)]);
    byKey.set(buf.readUInt32LE(keyAt + 4 * f), list);
  }
  return { nClasses: header.classes.length, scale: header.scale, byKey, keys: [...byKey.keys()] };
}

/** Each weight as a float32, added feature by feature: rounded to float32 at every step, except for models of at
 * most three classes (the parser's moves), whose sums were always kept in doubles and rounded once at the end. */
function referenceScores(ref: Reference, keys: ArrayLike<number>, n: number): Float32Array {
  const out = ref.nClasses <= 3 ? new Float64Array(ref.nClasses) : new Float32Array(ref.nClasses);
  for (let i = 0; i < n; i++) for (const [c, q] of ref.byKey.get(keys[i]!) ?? []) out[c] = out[c]! + Math.fround(q * ref.scale);
  return Float32Array.from(out);
}

/** Decisions of 1..200 features: keys of the model (its commonest and rarest alike), absent keys and repeats. */
function* decisions(ref: Reference, seed: number, count: number): Generator<FeatureBuffer> {
  const rng = createRng(seed);
  const buf = new FeatureBuffer();
  for (let d = 0; d < count; d++) {
    buf.reset();
    const n = 1 + Math.floor(rng.next() * 200);
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      if (r < 0.7) buf.add(ref.keys[Math.floor(rng.next() * ref.keys.length)]!);
      else if (r < 0.95 || buf.n === 0) buf.add((Math.floor(rng.next() * 0xffffffff) >>> 0) || 1);
      else buf.add(buf.keys[Math.floor(rng.next() * buf.n)]!);
    }
    yield buf;
  }
}

const same = (a: Float32Array, b: Float32Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

test('the committed models score exactly what their files hold', () => {
  for (const f of ['tagger.model', 'parser.model', 'labeller.model', 'ner.model']) {
    const path = join(root, 'models', f);
    const ref = reference(path);
    const w = readModel(path).weights;
    const scores = new Float32Array(ref.nClasses);
    let checked = 0;
    for (const buf of decisions(ref, 7, 400)) {
      w.score(buf, scores);
      const want = referenceScores(ref, buf.keys, buf.n);
      assert.ok(same(scores, want), `${f}: decision ${checked}: ${Array.from(scores).slice(0, 5)} != ${Array.from(want).slice(0, 5)}`);
      checked++;
    }
    assert.equal(checked, 400);
  }
});

test('small tables: dense rows, short lists, extreme weights, three-class slots and colliding keys', () => {
  for (const nClasses of [1, 2, 3, 4, 13, 109, 256]) {
    const rng = createRng(nClasses);
    const F = 300;
    // keys that share their low bits collide in the table and are found by probing
    const keys = Uint32Array.from({ length: F }, (_, f) => (f < 40 ? ((f + 1) << 20) | 5 : (Math.floor(rng.next() * 0xfffffff0) + 1) >>> 0)).sort();
    const offsets = new Uint32Array(F + 1);
    const cls: number[] = [];
    const q: number[] = [];
    for (let f = 0; f < F; f++) {
      // lengths from one to every class (a dense row when at least half)
      const len = 1 + Math.floor(rng.next() * rng.next() * nClasses);
      const classes = [...Array(nClasses).keys()].sort(() => rng.next() - 0.5).slice(0, len).sort((a, b) => a - b);
      for (const c of classes) {
        cls.push(c);
        const r = rng.next();
        q.push(r < 0.05 ? -32768 : r < 0.1 ? 32767 : Math.round((rng.next() - 0.5) * 65534));
      }
      offsets[f + 1] = cls.length;
    }
    const scale = 0.0013 + rng.next() / 1000;
    const w = new Weights(nClasses, keys, offsets, Uint16Array.from(cls), Int16Array.from(q), scale);
    const ref: Reference = { nClasses, scale, byKey: new Map(), keys: [...keys] };
    keys.forEach((k, f) => ref.byKey.set(k, cls.slice(offsets[f]!, offsets[f + 1]!).map((c, j) => [c, q[offsets[f]! + j]!])));
    const scores = new Float32Array(nClasses);
    for (const buf of decisions(ref, 11, 200)) {
      w.score(buf, scores);
      assert.ok(same(scores, referenceScores(ref, buf.keys, buf.n)), `${nClasses} classes`);
    }
  }
});

test('a large three-class table whose keys crowd one home slot still finds every key (those whose probe path is full sit after the table)', () => {
  const rng = createRng(3);
  const F = 360_000;
  const keys = new Set<number>();
  // twenty keys with the same low 20 bits: more than MAX_SHIFT of them share a home slot in a 2^20-slot table
  for (let f = 0; f < 20; f++) keys.add(((f + 1) << 24) | 0x12345);
  while (keys.size < F) keys.add((Math.floor(rng.next() * 0xfffffff0) + 1) >>> 0);
  const sorted = Uint32Array.from(keys).sort();
  const q = Int16Array.from({ length: 3 * F }, () => Math.round((rng.next() - 0.5) * 65534));
  const offsets = Uint32Array.from({ length: F + 1 }, (_, f) => 3 * f);
  const cls = Uint16Array.from({ length: 3 * F }, (_, j) => j % 3);
  const w = new Weights(3, sorted, offsets, cls, q, 0.002);
  const ref: Reference = { nClasses: 3, scale: 0.002, byKey: new Map(), keys: [...sorted] };
  sorted.forEach((k, f) => ref.byKey.set(k, [[0, q[3 * f]!], [1, q[3 * f + 1]!], [2, q[3 * f + 2]!]]));
  const scores = new Float32Array(3);
  const buf = new FeatureBuffer();
  for (let f = 0; f < 20; f++) buf.add(((f + 1) << 24) | 0x12345);
  buf.add(((21 << 24) | 0x12345) >>> 0);
  w.score(buf, scores);
  assert.ok(same(scores, referenceScores(ref, buf.keys, buf.n)));
  for (const b of decisions(ref, 5, 100)) {
    w.score(b, scores);
    assert.ok(same(scores, referenceScores(ref, b.keys, b.n)));
  }
});

test('a model the table cannot hold is refused with a clear error', () => {
  const one = Uint32Array.of(9);
  assert.throws(() => new Weights(257, one, Uint32Array.of(0, 1), Uint16Array.of(0), Int16Array.of(1), 1), /257 classes \(at most 256\)/);
  // a list shorter than half the classes stays sparse, and its length must fit the slot's seven bits
  const long = Uint16Array.from({ length: 127 }, (_, c) => c);
  assert.throws(() => new Weights(256, one, Uint32Array.of(0, 127), long, new Int16Array(127), 1), /feature 9 has 127 weights \(at most 126\)/);
  const bytes = readFileSync(join(root, 'models', 'ner.model'));
  assert.throws(() => decodeModel(bytes.subarray(0, 100), 'cut.model'), /cut\.model/);
});
