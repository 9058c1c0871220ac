// Feature hashing for the trained models: a feature is a template number and up to four integer values
// (word hashes, tag ids, distances), mixed into one 32-bit key (MurmurHash3 steps). No strings per feature.

/** FNV-1a over the UTF-16 code units of a string: the id of a word form, suffix or shape. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight tables
  return (h >>> 0) || 1;
}

/** mix(0x5eed, t) of the first template numbers, computed once: every feature key starts with it */
const TEMPLATE_SEEDS = Int32Array.from({ length: 1024 }, (_, t) => mix(0x5eed, t));
const seed = (t: number): number => (t < 1024 ? TEMPLATE_SEEDS[t]! : mix(0x5eed, t));

export const f1 = (t: number, a: number): number => fmix(mix(seed(t), a));
export const f2 = (t: number, a: number, b: number): number => fmix(mix(mix(seed(t), a), b));
export const f3 = (t: number, a: number, b: number, c: number): number => fmix(mix(mix(mix(seed(t), a), b), c));
export const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  fmix(mix(mix(mix(mix(seed(t), a), b), c), d));

/** A growing list of feature keys for one decision, reused between decisions. */
export class FeatureBuffer {
  keys = new Uint32Array(256);
  n = 0;
  /** the next template number, for the a1..a4 helpers: templates are numbered in the order they are added */
  t = 0;
  reset(): void {
    this.n = 0;
    this.t = 0;
  }
  a1(a: number): void {
    this.add(f1(this.t++, a));
  }
  a2(a: number, b: number): void {
    this.add(f2(this.t++, a, b));
  }
  a3(a: number, b: number, c: number): void {
    this.add(f3(this.t++, a, b, c));
  }
  a4(a: number, b: number, c: number, d: number): void {
    this.add(f4(this.t++, a, b, c, d));
  }
  add(k: number): void {
    if (this.n === this.keys.length) {
      const k2 = new Uint32Array(this.keys.length * 2);
      k2.set(this.keys);
      this.keys = k2;
    }
    this.keys[this.n++] = k;
  }
}
