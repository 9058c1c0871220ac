// The weights of one trained linear model, for inference: feature key -> a short list of (class, weight).
// Most features are seen with few classes, so the lists are short and scoring one decision touches only the
// features that fire. The table is open-addressed over typed arrays: no object per feature.
import type { FeatureBuffer } from './hash.js';

export class Weights {
  readonly nClasses: number;
  /** models with at most 3 classes (the parser's moves) keep each feature's weights inside its slot */
  private readonly inline: boolean;
  private readonly slots: Uint32Array;
  private readonly slotsF: Float32Array;
  private readonly mask: number;
  /** per slot: [key, start << 7 | length] — one cache line per probe */
  private readonly table: Uint32Array;
  /** per entry: [class, weight bits] — the class and its weight side by side */
  private readonly ents: Uint32Array;
  private readonly entsF: Float32Array;
  readonly featureCount: number;

  /**
   * featureKeys[f] owns the entries [offsets[f], offsets[f+1]) of entryClass / entryWeight.
   */
  constructor(nClasses: number, featureKeys: Uint32Array, offsets: Uint32Array, entryClass: Uint16Array, entryWeight: Float32Array) {
    this.nClasses = nClasses;
    const E = entryClass.length;
    if (E >= 1 << 25) throw new Error(`model too large: ${E} weights (at most ${1 << 25})`);
    // linear probing stays short below two thirds full; the inline layout's slots are larger, so fill them more
    let cap = 1024;
    while (cap < featureKeys.length * (nClasses <= 3 ? 1.5 : 2)) cap *= 2;
    this.mask = cap - 1;
    const big = nClasses > 3;
    this.table = new Uint32Array(big ? cap * 2 : 0);
    const buf = new ArrayBuffer(big ? E * 8 : 0);
    this.ents = new Uint32Array(buf);
    this.entsF = new Float32Array(buf);
    for (let j = 0; big && j < E; j++) {
      this.ents[2 * j] = entryClass[j]!;
      this.entsF[2 * j + 1] = entryWeight[j]!;
    }
    this.featureCount = featureKeys.length;
    this.inline = nClasses <= 3;
    // inline layout: [key, w0, w1, w2] per slot, one cache line holds four slots and a feature costs one miss
    const icap = this.inline ? cap : 1;
    const sbuf = new ArrayBuffer(icap * 16);
    this.slots = new Uint32Array(sbuf);
    this.slotsF = new Float32Array(sbuf);
    if (this.inline) {
      for (let f = 0; f < featureKeys.length; f++) {
        const key = featureKeys[f]!;
        let slot = key & this.mask;
        while (this.slots[4 * slot] !== 0 && this.slots[4 * slot] !== key) slot = (slot + 1) & this.mask;
        this.slots[4 * slot] = key;
        for (let j = offsets[f]!; j < offsets[f + 1]!; j++) this.slotsF[4 * slot + 1 + entryClass[j]!] = entryWeight[j]!;
      }
      this.table = new Uint32Array(0);
      return;
    }
    for (let f = 0; f < featureKeys.length; f++) {
      const key = featureKeys[f]!;
      const len = offsets[f + 1]! - offsets[f]!;
      if (len >= 128) throw new Error(`feature ${key} has ${len} weights (at most 127)`);
      let slot = key & this.mask;
      while (this.table[2 * slot] !== 0 && this.table[2 * slot] !== key) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = key;
      this.table[2 * slot + 1] = ((offsets[f]! << 7) | len) >>> 0;
    }
  }

  /** scores[c] = sum of the weights of the features in buf for class c. */
  score(buf: FeatureBuffer, scores: Float32Array): void {
    scores.fill(0);
    if (this.inline) {
      this.scoreInline(buf, scores);
      return;
    }
    const { table, mask, ents, entsF } = this;
    const fk = buf.keys;
    for (let i = 0; i < buf.n; i++) {
      const key = fk[i]!;
      let slot = key & mask;
      let k = table[2 * slot]!;
      while (k !== key) {
        if (k === 0) break;
        slot = (slot + 1) & mask;
        k = table[2 * slot]!;
      }
      if (k === 0) continue;
      const v = table[2 * slot + 1]!;
      const s = v >>> 7;
      const e = s + (v & 127);
      for (let j = s; j < e; j++) scores[ents[2 * j]!]! += entsF[2 * j + 1]!;
    }
  }

  private scoreInline(buf: FeatureBuffer, scores: Float32Array): void {
    const { slots, slotsF, mask } = this;
    const fk = buf.keys;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < buf.n; i++) {
      const key = fk[i]!;
      let slot = key & mask;
      let k = slots[4 * slot]!;
      while (k !== key) {
        if (k === 0) break;
        slot = (slot + 1) & mask;
        k = slots[4 * slot]!;
      }
      if (k === 0) continue;
      s0 += slotsF[4 * slot + 1]!;
      s1 += slotsF[4 * slot + 2]!;
      s2 += slotsF[4 * slot + 3]!;
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
