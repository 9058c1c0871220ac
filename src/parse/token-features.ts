// Per-token ids shared by the tagger, the parser and the recogniser: computed once per sentence, then the
// feature templates combine these integers (see hash.ts). Word forms are lower-cased with digits folded to 0.
import { strHash } from './hash.js';

/** word -> the ids of its cluster path's prefixes of 4, 6, 10 bits and the whole path (see clusterIndex) */
export type ClusterIndex = ReadonlyMap<string, readonly [number, number, number, number]>;

/** Index a word -> bit-string map (Brown-style hierarchy; scripts/gen-clusters.ts) by prefix ids, once at load. */
export function clusterIndex(paths: ReadonlyMap<string, string>): ClusterIndex {
  const byPath = new Map<string, readonly [number, number, number, number]>();
  const out = new Map<string, readonly [number, number, number, number]>();
  for (const [word, bits] of paths) {
    let ids = byPath.get(bits);
    if (!ids) {
      ids = [strHash(bits.slice(0, 4)) || 1, strHash(bits.slice(0, 6)) || 1, strHash(bits.slice(0, 10)) || 1, strHash(bits) || 1];
      byPath.set(bits, ids);
    }
    out.set(word, ids);
  }
  return out;
}

export interface TokenIds {
  n: number;
  /** the folded form ("1995" -> "0000", lower case) */
  word: Uint32Array;
  /** the form as written */
  form: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  prefix1: Uint32Array;
  prefix3: Uint32Array;
  shape: Uint32Array;
  /** cluster path prefixes of 4, 6 and 10 bits and the whole path (0 when the word has no cluster) */
  c4: Uint32Array;
  c6: Uint32Array;
  c10: Uint32Array;
  cAll: Uint32Array;
  /** bit flags: 1 capitalised, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 first token */
  flags: Uint8Array;
}

export function fold(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** "McDonald's" -> "XxXxx'x": character classes with runs cut at two. */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  const n = Math.min(form.length, 24);
  for (let i = 0; i < n; i++) {
    const ch = form[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

export function tokenIds(forms: readonly string[], clusters: ClusterIndex | null): TokenIds {
  const n = forms.length;
  const u = () => new Uint32Array(n);
  const t: TokenIds = {
    n, word: u(), form: u(), suffix1: u(), suffix2: u(), suffix3: u(), suffix4: u(), prefix1: u(), prefix3: u(), shape: u(),
    c4: u(), c6: u(), c10: u(), cAll: u(), flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const w = fold(form);
    t.word[i] = strHash(w);
    t.form[i] = strHash(form);
    const L = w.length;
    t.suffix1[i] = strHash(w.slice(L - 1));
    t.suffix2[i] = strHash(w.slice(Math.max(0, L - 2)));
    t.suffix3[i] = strHash(w.slice(Math.max(0, L - 3)));
    t.suffix4[i] = strHash(w.slice(Math.max(0, L - 4)));
    t.prefix1[i] = strHash(w.slice(0, 1));
    t.prefix3[i] = strHash(w.slice(0, 3));
    t.shape[i] = strHash(shapeOf(form));
    const c = clusters ? clusters.get(form.toLowerCase()) ?? clusters.get(w) : undefined;
    if (c) {
      t.c4[i] = c[0];
      t.c6[i] = c[1];
      t.c10[i] = c[2];
      t.cAll[i] = c[3];
    }
    let flags = i === 0 ? 16 : 0;
    const first = form.charCodeAt(0);
    if (first >= 65 && first <= 90) flags |= 1;
    if (form.length > 1 && form.toUpperCase() === form && form.toLowerCase() !== form) flags |= 2;
    if (/[0-9]/.test(form)) flags |= 4;
    if (form.includes('-')) flags |= 8;
    t.flags[i] = flags;
  }
  return t;
}
