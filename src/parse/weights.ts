// The weights of one trained linear model, for inference: feature key -> a short list of (class, weight).
// Most features are seen with few classes, so the lists are short and scoring one decision touches only the
// features that fire. The table is open-addressed over typed arrays: no object per feature.
//
// Scoring is bound by memory (a decision looks up 40 to 150 features at random in tables of megabytes, and one
// sentence runs four models), so the layout is as small as it can be kept: weights stay the model file's 16-bit
// integers (scores are sums of them, exact in a Float32Array below 2^24; multiply by `scale` for the model's own
// units), the table is filled to about 70% (its size need not be a power of two: a key's home slot is its high
// bits scaled to the table), and a (class, weight) entry is one 32-bit word.
import type { FeatureBuffer } from './hash.js';

/** the share of table slots in use: linear probes stay within one or two cache lines */
const LOAD = 0.7;
const TWO32 = 4294967296;

export class Weights {
  readonly nClasses: number;
  /** a score unit in the model's own units (the file's quantisation step) */
  readonly scale: number;
  /** models with at most 3 classes (the parser's moves) keep each feature's weights inside its slot */
  private readonly inline: boolean;
  private readonly cap: number;
  /**
   * per slot, models with more than 3 classes: [key, start << 7 | length] (entries [start, start + length) of ents);
   * models with at most 3 classes: [key, w0 (low 16 bits) | w1 (high 16 bits), w2]
   */
  private readonly table: Uint32Array;
  /** per entry: weight << 16 | class */
  private readonly ents: Uint32Array;
  readonly featureCount: number;

  /**
   * featureKeys[f] owns the entries [offsets[f], offsets[f+1]) of entryClass / entryWeight; weights are the
   * model file's 16-bit integers, scale the size of one unit.
   */
  constructor(nClasses: number, featureKeys: Uint32Array, offsets: Uint32Array, entryClass: Uint16Array, entryWeight: Int16Array, scale: number) {
    this.nClasses = nClasses;
    this.scale = scale;
    const E = entryClass.length;
    if (E >= 1 << 25) throw new Error(`model too large: ${E} weights (at most ${1 << 25})`);
    const F = featureKeys.length;
    this.featureCount = F;
    this.inline = nClasses <= 3;
    const cap = Math.max(1024, Math.ceil(F / LOAD));
    this.cap = cap;
    const stride = this.inline ? 3 : 2;
    const table = new Uint32Array(cap * stride);
    this.table = table;
    this.ents = new Uint32Array(this.inline ? 0 : E);
    for (let j = 0; !this.inline && j < E; j++) this.ents[j] = ((entryWeight[j]! << 16) | entryClass[j]!) >>> 0;
    for (let f = 0; f < F; f++) {
      const key = featureKeys[f]!;
      if (key === 0) throw new Error('feature key 0 is reserved for empty slots');
      let slot = Math.floor((key * cap) / TWO32);
      while (table[stride * slot] !== 0 && table[stride * slot] !== key) slot = slot + 1 === cap ? 0 : slot + 1;
      table[stride * slot] = key;
      const s = offsets[f]!;
      const len = offsets[f + 1]! - s;
      if (this.inline) {
        const w = [0, 0, 0];
        for (let j = s; j < s + len; j++) w[entryClass[j]!] = entryWeight[j]!;
        table[3 * slot + 1] = ((w[0]! & 0xffff) | (w[1]! << 16)) >>> 0;
        table[3 * slot + 2] = w[2]! >>> 0;
      } else {
        if (len >= 128) throw new Error(`feature ${key} has ${len} weights (at most 127)`);
        table[2 * slot + 1] = ((s << 7) | len) >>> 0;
      }
    }
  }

  /** scores[c] = sum of the weights of the features in buf for class c, in units of `scale`. */
  score(buf: FeatureBuffer, scores: Float32Array): void {
    if (this.inline) {
      this.scoreInline(buf, scores);
      return;
    }
    scores.fill(0);
    const { table, cap, ents } = this;
    const fk = buf.keys;
    for (let i = 0; i < buf.n; i++) {
      const key = fk[i]!;
      let slot = Math.floor((key * cap) / TWO32);
      let k = table[2 * slot]!;
      while (k !== key) {
        if (k === 0) break;
        slot = slot + 1 === cap ? 0 : slot + 1;
        k = table[2 * slot]!;
      }
      if (k === 0) continue;
      const v = table[2 * slot + 1]!;
      const s = v >>> 7;
      const e = s + (v & 127);
      for (let j = s; j < e; j++) {
        const x = ents[j]!;
        scores[x & 0xffff]! += x >> 16;
      }
    }
  }

  private scoreInline(buf: FeatureBuffer, scores: Float32Array): void {
    const { table, cap } = this;
    const fk = buf.keys;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < buf.n; i++) {
      const key = fk[i]!;
      let slot = Math.floor((key * cap) / TWO32);
      let k = table[3 * slot]!;
      while (k !== key) {
        if (k === 0) break;
        slot = slot + 1 === cap ? 0 : slot + 1;
        k = table[3 * slot]!;
      }
      if (k === 0) continue;
      const w01 = table[3 * slot + 1]!;
      s0 += (w01 << 16) >> 16;
      s1 += w01 >> 16;
      s2 += table[3 * slot + 2]! | 0;
    }
    scores[0] = s0;
    if (scores.length > 1) scores[1] = s1;
    if (scores.length > 2) scores[2] = s2;
  }
}

/** The best class among those allowed (allowed[c] !== 0), or -1 when none is. */
export function argmax(scores: Float32Array, allowed?: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && allowed[c] === 0) continue;
    const s = scores[c]!;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
