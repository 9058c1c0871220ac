// MinHash signatures and LSH banding, written for readout (the npm packages are broken). Deterministic: the hash
// family is fixed by seeds derived from the permutation number, so a signature never changes between runs, machines
// or databases (signatures are stored: store/stories.ts).

/** Signature length: 64 hash functions, read as 16 bands of 4 rows (two articles with Jaccard 0.5 share a band with
 *  probability 1 - (1 - 0.5^4)^16 ≈ 0.64, with Jaccard 0.7 ≈ 0.98, with 0.2 ≈ 0.03). */
export const PERMUTATIONS = 64;
export const BANDS = 16;
export const ROWS = PERMUTATIONS / BANDS;

/** The 32-bit finaliser of MurmurHash3: a bijective mix of the 32 bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then mixed). */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) s[i] = fmix32(Math.imul(i + 1, 0x9e3779b9) >>> 0);
  return s;
})();

/** The MinHash signature of a set of 32-bit shingle hashes (an empty set gives all 0xffffffff). */
export function signature(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles) {
    // one full mix per shingle, then a cheap odd-multiplier-and-shift mix per permutation
    const x = fmix32(s);
    for (let i = 0; i < PERMUTATIONS; i++) {
      let h = Math.imul(x ^ SEEDS[i]!, 0x9e3779b1);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where the signatures agree (0 when either is empty). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (isEmpty(a) || isEmpty(b)) return 0;
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

function isEmpty(sig: Uint32Array): boolean {
  return sig[0] === 0xffffffff && sig[1] === 0xffffffff;
}

/** The LSH bucket keys of a signature, one per band ("b3:1k2j9x"); none for an empty signature. */
export function bandKeys(sig: Uint32Array): string[] {
  if (isEmpty(sig)) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = fmix32((Math.imul(h, 31) + sig[b * ROWS + r]!) >>> 0);
    keys.push(`b${b}:${h.toString(36)}`);
  }
  return keys;
}

/** A signature as text (base64 of its little-endian bytes) and back; throws on text that is not one. */
export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== PERMUTATIONS * 4) throw new Error(`stories: a stored signature has ${bytes.length} bytes, expected ${PERMUTATIONS * 4}`);
  const sig = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return sig;
}
