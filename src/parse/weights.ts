// The weights of one trained linear model, for inference: feature key -> a short list of (class, weight).
// Most features are seen with few classes, so the lists are short and scoring one decision touches only the
// features that fire. The table is open-addressed over typed arrays: no object per feature. Weights stay the
// model file's 16-bit integers (weight = q * scale): half the bytes of floats, so fewer cache misses, and each is
// widened with Math.fround(q * scale), the very float32 the model file decodes to, so scores are unchanged.
import type { FeatureBuffer } from './hash.js';

/** class ids are packed into the low bits of an entry, beside its 16-bit weight */
const CLASS_BITS = 8;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
/** high key bits in an inline slot's tag, beside MAX_SHIFT's four bits: exact for tables of 2^20 slots or more */
const QUOTIENT_BITS = 12;
/** how far past its home slot an inline feature may sit (linear probing at most two thirds full stays far below) */
const MAX_SHIFT = 14;
/** the length field of a table slot that marks a dense row */
const DENSE = 127;

export class Weights {
  readonly nClasses: number;
  /** models with at most 3 classes (the parser's moves) keep each feature's weights inside its slot */
  private readonly inline: boolean;
  private readonly scale: number;
  private mask: number;
  /** log2 of the table's slot count */
  private capBits = 0;
  /** models with more classes, per slot: [key, start << 7 | length] — one cache line per probe */
  private readonly table: Uint32Array;
  /** per entry: weight << CLASS_BITS | class, the class and its weight in one word */
  private readonly ents: Int32Array;
  /** dense rows (nClasses float weights each) of the features seen with at least half the classes */
  private readonly dense: Float32Array;
  /** inline layout, per slot: [q0 & 0xffff | q1 << 16, q2 & 0xffff | tag << 16] */
  private slots: Int32Array;
  /** the whole key of each inline slot, kept only when the tag cannot hold all that the slot number leaves out */
  private fullKeys = new Uint32Array(0);
  /** inline features placed after the table's end (key -> slot), when their probe path was full */
  private readonly overflow = new Map<number, number>();
  readonly featureCount: number;
  /** scratch: the slot of each feature of the decision being scored */
  private found = new Int32Array(256);
  /** what the early reads of the entry lists saw (kept so that the compiler keeps those reads) */
  touched = 0;

  /**
   * featureKeys[f] owns the entries [offsets[f], offsets[f+1]) of entryClass / entryWeight; each weight is
   * entryWeight[j] * scale.
   */
  constructor(nClasses: number, featureKeys: Uint32Array, offsets: Uint32Array, entryClass: Uint16Array, entryWeight: Int16Array, scale: number) {
    this.nClasses = nClasses;
    this.scale = scale;
    const E = entryClass.length;
    if (E >= 1 << 25) throw new Error(`model too large: ${E} weights (at most ${1 << 25})`);
    if (nClasses > CLASS_MASK + 1) throw new Error(`model has ${nClasses} classes (at most ${CLASS_MASK + 1})`);
    // linear probing stays short below two thirds full; the inline layout's slots are larger, so fill them more
    let cap = 1024;
    while (cap < featureKeys.length * 1.5) cap *= 2;
    this.mask = cap - 1;
    this.featureCount = featureKeys.length;
    this.inline = nClasses <= 3;
    if (this.inline) {
      this.table = new Uint32Array(0);
      this.ents = new Int32Array(0);
      this.dense = new Float32Array(0);
      // [q0 | q1 << 16, q2 | tag << 16] per slot, eight bytes: the tag is what the slot number does not already say
      // about the key (its high bits) and how far the feature sits from its home slot (see tagOf)
      this.capBits = Math.round(Math.log2(cap));
      // a table too small for the tag to tell keys apart keeps each slot's whole key too
      if (this.capBits < 32 - QUOTIENT_BITS) this.fullKeys = new Uint32Array(cap);
      this.slots = new Int32Array(cap * 2);
      this.fillInline(featureKeys, offsets, entryClass, entryWeight);
      return;
    }
    this.slots = new Int32Array(0);
    this.table = new Uint32Array(cap * 2);
    // a feature seen with at least half the classes keeps a dense row of float weights: adding a whole row in order
    // is cheaper than scattering its entries one by one, and such features fire at almost every decision
    const isDense = (f: number): boolean => 2 * (offsets[f + 1]! - offsets[f]!) >= nClasses;
    let denseRows = 0;
    for (let f = 0; f < featureKeys.length; f++) if (isDense(f)) denseRows++;
    if (denseRows * nClasses >= 1 << 24) throw new Error(`model too large: ${denseRows} dense rows of ${nClasses} classes`);
    this.dense = new Float32Array(denseRows * nClasses);
    this.ents = new Int32Array(E);
    // the longest lists first: they belong to the features that fire most (the commonest words and tags), so the
    // entries read at almost every decision share a few pages and cache lines instead of spreading over all
    const order = longestFirst(offsets, featureKeys.length);
    let at = 0;
    let row = 0;
    for (const f of order) {
      const key = featureKeys[f]!;
      const len = offsets[f + 1]! - offsets[f]!;
      let meta: number;
      if (isDense(f)) {
        for (let j = offsets[f]!; j < offsets[f + 1]!; j++) this.dense[row + entryClass[j]!] = entryWeight[j]! * scale;
        meta = ((row << 7) | DENSE) >>> 0;
        row += nClasses;
      } else {
        if (len >= DENSE) throw new Error(`feature ${key} has ${len} weights (at most ${DENSE - 1})`);
        for (let j = offsets[f]!; j < offsets[f + 1]!; j++) this.ents[at + j - offsets[f]!] = (entryWeight[j]! << CLASS_BITS) | entryClass[j]!;
        meta = ((at << 7) | len) >>> 0;
        at += len;
      }
      let slot = key & this.mask;
      while (this.table[2 * slot] !== 0 && this.table[2 * slot] !== key) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = key;
      this.table[2 * slot + 1] = meta;
    }
  }

  /** The inline tag of a key sitting `shift` slots past its home: never 0, which marks an empty slot. With whole
   * keys kept beside the slots, the tag is only a quick filter and leaves the shift out. */
  private tagOf(key: number, shift: number): number {
    return (((key >>> this.capBits) & ((1 << QUOTIENT_BITS) - 1)) << 4) | (this.fullKeys.length > 0 ? 1 : shift + 1);
  }

  /** Fill the inline slots. Without whole keys, the few features that would sit more than MAX_SHIFT past their home
   * go to slots after the table's end, found through `overflow`. */
  private fillInline(featureKeys: Uint32Array, offsets: Uint32Array, entryClass: Uint16Array, entryWeight: Int16Array): void {
    const cap = this.mask + 1;
    const { mask, fullKeys } = this;
    let slots = this.slots;
    const late: number[] = [];
    const q = new Int32Array(3);
    const weightsOf = (f: number): void => {
      q[0] = q[1] = q[2] = 0;
      for (let j = offsets[f]!; j < offsets[f + 1]!; j++) q[entryClass[j]!] = entryWeight[j]!;
    };
    for (let f = 0; f < featureKeys.length; f++) {
      const key = featureKeys[f]!;
      let slot = key & mask;
      let shift = 0;
      while (slots[2 * slot + 1]! >>> 16 !== 0) {
        slot = (slot + 1) & mask;
        shift++;
      }
      if (shift > MAX_SHIFT && fullKeys.length === 0) {
        late.push(f);
        continue;
      }
      weightsOf(f);
      slots[2 * slot] = (q[0]! & 0xffff) | (q[1]! << 16);
      slots[2 * slot + 1] = (q[2]! & 0xffff) | (this.tagOf(key, shift) << 16);
      if (fullKeys.length > 0) fullKeys[slot] = key;
    }
    if (late.length === 0) return;
    slots = new Int32Array(2 * (cap + late.length));
    slots.set(this.slots);
    this.slots = slots;
    late.forEach((f, k) => {
      this.overflow.set(featureKeys[f]!, cap + k);
      weightsOf(f);
      slots[2 * (cap + k)] = (q[0]! & 0xffff) | (q[1]! << 16);
      slots[2 * (cap + k) + 1] = (q[2]! & 0xffff) | (1 << 16);
    });
  }

  /** findInline is find for the inline slots: a key is there when a slot on its probe path has its tag. */
  private findInline(buf: FeatureBuffer): Int32Array {
    const n = buf.n;
    if (this.found.length < n) this.found = new Int32Array(buf.keys.length);
    const { found, slots, mask, fullKeys, overflow } = this;
    const fk = buf.keys;
    const exact = fullKeys.length === 0;
    const hiShift = this.capBits;
    const hiMask = (1 << QUOTIENT_BITS) - 1;
    for (let i = 0; i < n; i++) {
      const key = fk[i]!;
      let slot = key & mask;
      const hi = ((key >>> hiShift) & hiMask) << 4;
      let at = -1;
      if (exact) {
        let shift = 0;
        for (; shift <= MAX_SHIFT; shift++) {
          const tag = slots[2 * slot + 1]! >>> 16;
          if (tag === 0) break;
          if (tag === (hi | (shift + 1))) {
            at = slot;
            break;
          }
          slot = (slot + 1) & mask;
        }
        // a probe path full all the way: the key may be one of the few placed after the table
        if (shift > MAX_SHIFT && overflow.size > 0) at = overflow.get(key) ?? -1;
      } else {
        for (;;) {
          const tag = slots[2 * slot + 1]! >>> 16;
          if (tag === 0) break;
          if (tag === (hi | 1) && fullKeys[slot] === key) {
            at = slot;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      found[i] = at;
    }
    return found;
  }

  /** Where each feature of buf sits: found[i] = its slot, or -1 when the model does not have it. Probing every
   * key first, in a loop whose iterations do not depend on one another, lets the processor wait for many table
   * cache misses at once instead of one after the other between score updates. */
  private find(buf: FeatureBuffer, table: Uint32Array, stride: number): Int32Array {
    const n = buf.n;
    if (this.found.length < n) this.found = new Int32Array(buf.keys.length);
    const found = this.found;
    const fk = buf.keys;
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      const key = fk[i]! | 0;
      let slot = key & mask;
      let k = table[stride * slot]! | 0;
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[stride * slot]! | 0;
      }
      found[i] = k === 0 ? -1 : slot;
    }
    return found;
  }

  /** scores[c] = sum of the weights of the features in buf for class c. */
  score(buf: FeatureBuffer, scores: Float32Array): void {
    if (this.inline) {
      this.scoreInline(buf, scores);
      return;
    }
    scores.fill(0);
    const { table, ents, dense, scale, nClasses } = this;
    const found = this.find(buf, table, 2);
    // the same for the entry lists: read the first entry of each (a list is at most eight cache lines, mostly one)
    let touch = 0;
    for (let i = 0; i < buf.n; i++) {
      const slot = found[i]!;
      if (slot < 0) continue;
      const v = table[2 * slot + 1]!;
      found[i] = v;
      if ((v & 127) !== DENSE) touch ^= ents[v >>> 7]!;
    }
    this.touched = touch;
    for (let i = 0; i < buf.n; i++) {
      const v = found[i]!;
      if (v === -1) continue;
      const s = v >>> 7;
      const len = v & 127;
      if (len === DENSE) {
        // adding 0 for the classes the feature never saw leaves those scores exactly as they were
        for (let c = 0; c < nClasses; c++) scores[c]! += dense[s + c]!;
        continue;
      }
      const e = s + len;
      for (let j = s; j < e; j++) {
        const x = ents[j]!;
        scores[x & CLASS_MASK]! += Math.fround((x >> CLASS_BITS) * scale);
      }
    }
  }

  private scoreInline(buf: FeatureBuffer, scores: Float32Array): void {
    const { slots, scale } = this;
    const found = this.findInline(buf);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < buf.n; i++) {
      const slot = found[i]!;
      if (slot < 0) continue;
      const q01 = slots[2 * slot]!;
      s0 += Math.fround(((q01 << 16) >> 16) * scale);
      s1 += Math.fround((q01 >> 16) * scale);
      s2 += Math.fround(((slots[2 * slot + 1]! << 16) >> 16) * scale);
    }
    scores[0] = s0;
    if (scores.length > 1) scores[1] = s1;
    if (scores.length > 2) scores[2] = s2;
  }
}

/** Feature numbers by decreasing list length, in their own order within a length (a counting sort: load time). */
function longestFirst(offsets: Uint32Array, F: number): Uint32Array {
  const len = (f: number): number => Math.min(offsets[f + 1]! - offsets[f]!, DENSE);
  const start = new Uint32Array(DENSE + 2);
  for (let f = 0; f < F; f++) start[DENSE - len(f) + 1]!++;
  for (let l = 1; l < start.length; l++) start[l]! += start[l - 1]!;
  const out = new Uint32Array(F);
  for (let f = 0; f < F; f++) out[start[DENSE - len(f)]!++] = f;
  return out;
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
