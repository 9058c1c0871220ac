// Part-of-speech tagger: greedy left to right, one averaged-perceptron decision per token over a joint
// UPOS/XPOS tag ("NOUN/NN"), so one pass gives both columns of a UD treebank.
import { f1, f2, f3, FeatureBuffer } from './hash.js';
import type { TokenIds } from './token-features.js';
import type { LoadedModel } from './model-file.js';
import { argmax, type Weights } from './weights.js';

const NONE = 0x7fffffff;
const START = [0x5ca1ab1e, 0x0ddba11];

/**
 * Ambiguity classes: for each frequent word (by its folded-form hash), the set of tags it takes in training
 * (each with at least a tenth of its occurrences), as one id. They let the tagger see which tags the next words
 * can take, so the left-to-right decision has a view of the right context.
 */
export type AmbiguityClasses = ReadonlyMap<number, number>;

export function ambiguityOf(t: TokenIds, amb: AmbiguityClasses): Uint32Array {
  const out = new Uint32Array(t.n);
  for (let i = 0; i < t.n; i++) out[i] = amb.get(t.word[i]!) ?? NONE;
  return out;
}

/** The features of token i given the two tags before it (class ids, or -1 before the sentence). */
export function taggerFeatures(t: TokenIds, i: number, p1: number, p2: number, amb: Uint32Array, buf: FeatureBuffer): void {
  buf.reset();
  const n = t.n;
  const w = t.word;
  const wm1 = i > 0 ? w[i - 1]! : START[0]!;
  const wm2 = i > 1 ? w[i - 2]! : START[1]!;
  const wp1 = i + 1 < n ? w[i + 1]! : START[0]!;
  const wp2 = i + 2 < n ? w[i + 2]! : START[1]!;
  const t1 = p1 < 0 ? NONE : p1;
  const t2 = p2 < 0 ? NONE : p2;
  buf.add(f1(0, 0));
  buf.add(f1(1, w[i]!));
  buf.add(f1(2, t.form[i]!));
  buf.add(f1(3, t.suffix1[i]!));
  buf.add(f1(4, t.suffix2[i]!));
  buf.add(f1(5, t.suffix3[i]!));
  buf.add(f1(6, t.suffix4[i]!));
  buf.add(f1(7, t.prefix1[i]!));
  buf.add(f1(8, t.prefix3[i]!));
  buf.add(f1(9, t.shape[i]!));
  buf.add(f1(10, t.flags[i]!));
  buf.add(f1(11, wm1));
  buf.add(f1(12, wm2));
  buf.add(f1(13, wp1));
  buf.add(f1(14, wp2));
  buf.add(f1(15, t1));
  buf.add(f2(16, t1, t2));
  buf.add(f2(17, t1, w[i]!));
  buf.add(f2(18, wm1, w[i]!));
  buf.add(f2(19, w[i]!, wp1));
  buf.add(f1(20, i + 1 < n ? t.suffix3[i + 1]! : NONE));
  buf.add(f1(21, i > 0 ? t.suffix3[i - 1]! : NONE));
  buf.add(f1(22, i + 1 < n ? t.shape[i + 1]! : NONE));
  buf.add(f2(23, t1, t.suffix3[i]!));
  buf.add(f3(24, t1, t2, w[i]!));
  buf.add(f2(25, wp1, wp2));
  buf.add(f2(26, t.suffix3[i]!, i + 1 < n ? t.suffix2[i + 1]! : NONE));
  if (t.c4[i] !== 0) {
    buf.add(f1(30, t.c4[i]!));
    buf.add(f1(31, t.c6[i]!));
    buf.add(f1(32, t.c10[i]!));
    buf.add(f1(33, t.cAll[i]!));
    buf.add(f2(34, t1, t.c6[i]!));
  }
  if (i + 1 < n && t.c4[i + 1] !== 0) {
    buf.add(f1(35, t.c6[i + 1]!));
    buf.add(f1(36, t.cAll[i + 1]!));
  }
  if (i > 0 && t.c4[i - 1] !== 0) buf.add(f1(37, t.c6[i - 1]!));
  if (i + 2 < n && t.c4[i + 2] !== 0) buf.add(f1(38, t.c6[i + 2]!));
  const a0 = amb[i]!;
  const a1 = i + 1 < n ? amb[i + 1]! : START[0]!;
  const a2 = i + 2 < n ? amb[i + 2]! : START[1]!;
  buf.add(f1(50, a0));
  buf.add(f2(51, a0, t1));
  buf.add(f1(52, a1));
  buf.add(f2(53, a0, a1));
  buf.add(f1(54, a2));
  buf.add(f2(55, a1, w[i]!));
  buf.add(f3(56, a1, a2, t.suffix3[i]!));
}

export class Tagger {
  readonly classes: readonly string[];
  /** UPOS and XPOS of each class */
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  private readonly weights: Weights;
  private readonly amb: AmbiguityClasses;
  private readonly buf = new FeatureBuffer();
  private readonly scores: Float32Array;

  constructor(model: LoadedModel) {
    const words = model.header.meta['ambiguityWords'];
    const ids = model.header.meta['ambiguityIds'];
    if (!Array.isArray(words) || !Array.isArray(ids) || words.length !== ids.length) throw new Error(`${model.header.name}: the tagger model lacks its ambiguity classes`);
    this.amb = new Map(words.map((w, k) => [w as number, ids[k] as number]));
    this.classes = model.header.classes;
    this.upos = this.classes.map((c) => c.split('/')[0]!);
    this.xpos = this.classes.map((c) => c.slice(c.indexOf('/') + 1));
    this.weights = model.weights;
    this.scores = new Float32Array(this.classes.length);
  }

  /** Class ids of the tokens. */
  tag(t: TokenIds): Int32Array {
    const out = new Int32Array(t.n);
    let p1 = -1;
    let p2 = -1;
    const amb = ambiguityOf(t, this.amb);
    for (let i = 0; i < t.n; i++) {
      taggerFeatures(t, i, p1, p2, amb, this.buf);
      this.weights.score(this.buf, this.scores);
      const c = argmax(this.scores);
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
    return out;
  }
}
