// Dependency parser: greedy arc-hybrid transitions (SHIFT; LEFT: s0 <- b0; RIGHT: s1 -> s0) with the root at
// the end of the buffer. Two averaged perceptrons: one chooses the move from rich non-local features (Zhang &
// Nivre 2011, adapted to arc-hybrid), the labeller names each arc as it is made from the dependent, its head and
// what each already governs. Splitting the decision keeps scoring to 3 classes per move and one 50-way choice per
// word, instead of a 100-way choice at every move.
import { FeatureBuffer } from './hash.js';
import type { TokenIds } from './token-features.js';
import type { LoadedModel } from './model-file.js';
import type { Weights } from './weights.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = ['SHIFT', 'LEFT', 'RIGHT'];

const NONE = 0x7fffffff;
const ROOT_WORD = 0x0badf00d;

/** Parser configuration over a sentence of n tokens; token n is the root. */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** two leftmost and two rightmost children, -1 when absent */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Uint8Array;
  readonly nRight: Uint8Array;
  /** label sets of the left and right children (labels 0..31 and 32..63 folded into two words each) */
  readonly leftSetLo: Uint32Array;
  readonly leftSetHi: Uint32Array;
  readonly rightSetLo: Uint32Array;
  readonly rightSetHi: Uint32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(-1);
    this.l1 = new Int32Array(m).fill(-1);
    this.l2 = new Int32Array(m).fill(-1);
    this.r1 = new Int32Array(m).fill(-1);
    this.r2 = new Int32Array(m).fill(-1);
    this.nLeft = new Uint8Array(m);
    this.nRight = new Uint8Array(m);
    this.leftSetLo = new Uint32Array(m);
    this.leftSetHi = new Uint32Array(m);
    this.rightSetLo = new Uint32Array(m);
    this.rightSetHi = new Uint32Array(m);
  }

  get done(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }
  /** LEFT to the root only when one word is left, so that every tree has one root */
  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }
  canRight(): boolean {
    return this.sp > 1;
  }

  /** the head an arc move would give s0 */
  headFor(move: number): number {
    return move === LEFT ? this.b : this.stack[this.sp - 2]!;
  }

  /** SHIFT, or LEFT / RIGHT with the label of the arc */
  apply(move: number, label = -1): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const h = this.headFor(move);
    const d = this.stack[--this.sp]!;
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, l: number): void {
    this.heads[d] = h;
    this.labels[d] = l;
    if (d < h) {
      if (this.l1[h]! < 0 || d < this.l1[h]!) {
        this.l2[h] = this.l1[h]!;
        this.l1[h] = d;
      } else if (this.l2[h]! < 0 || d < this.l2[h]!) this.l2[h] = d;
      if (this.nLeft[h]! < 255) this.nLeft[h]!++;
      if (l < 32) this.leftSetLo[h]! |= 1 << l;
      else this.leftSetHi[h]! |= 1 << (l & 31);
    } else {
      if (this.r1[h]! < 0 || d > this.r1[h]!) {
        this.r2[h] = this.r1[h]!;
        this.r1[h] = d;
      } else if (this.r2[h]! < 0 || d > this.r2[h]!) this.r2[h] = d;
      if (this.nRight[h]! < 255) this.nRight[h]!++;
      if (l < 32) this.rightSetLo[h]! |= 1 << l;
      else this.rightSetHi[h]! |= 1 << (l & 31);
    }
  }

  /** allowed[move] = 1 for the moves valid here */
  valid(allowed: Uint8Array): void {
    allowed[SHIFT] = this.canShift() ? 1 : 0;
    allowed[LEFT] = this.canLeft() ? 1 : 0;
    allowed[RIGHT] = this.canRight() ? 1 : 0;
  }
}

const dist = (a: number, b: number): number => {
  if (a < 0 || b < 0) return NONE;
  const d = Math.abs(b - a);
  return d > 5 ? (d > 10 ? 10 : 6) : d;
};

const word = (st: ParseState, t: TokenIds, i: number): number => (i < 0 ? NONE : i === st.n ? ROOT_WORD : t.word[i]!);
const tag = (st: ParseState, tags: Int32Array, i: number): number => (i < 0 ? NONE : i === st.n ? ROOT_WORD : tags[i]!);
/** the universal part of speech: the coarse tags carry the tag-triple templates, which tagging errors in the
 * fine (XPOS) distinctions would otherwise break */
const utag = (st: ParseState, upos: Int32Array, i: number): number => (i < 0 ? NONE : i === st.n ? ROOT_WORD : upos[i]! + 1000);
const label = (st: ParseState, i: number): number => (i < 0 ? NONE : st.labels[i]!);
const cluster = (st: ParseState, c: Uint32Array, i: number): number => (i < 0 || i === st.n ? NONE : c[i] || NONE);
const valLeft = (st: ParseState, i: number): number => (i < 0 ? NONE : st.nLeft[i]!);
const valRight = (st: ParseState, i: number): number => (i < 0 ? NONE : st.nRight[i]!);
const child = (a: Int32Array, i: number): number => (i < 0 ? -1 : a[i]!);

/**
 * The features of a configuration. `tags` are tagger class ids (UPOS/XPOS), `upos` their universal parts
 * (uposIds); the word of the root and of an absent position are fixed markers. Templates are numbered by the
 * order of the a1..a4 calls.
 */
export function parserFeatures(st: ParseState, t: TokenIds, tags: Int32Array, upos: Int32Array, buf: FeatureBuffer): void {
  buf.reset();
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b <= n ? st.b : -1;
  const b1 = st.b + 1 <= n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= n ? st.b + 2 : -1;
  const s0l = child(st.l1, s0), s0l2 = child(st.l2, s0), s0r = child(st.r1, s0), s0r2 = child(st.r2, s0);
  const s1l = child(st.l1, s1), s1r = child(st.r1, s1), s1r2 = child(st.r2, s1);
  const b0l = child(st.l1, b0), b0l2 = child(st.l2, b0);
  const s0w = word(st, t, s0), s0t = tag(st, tags, s0), s1w = word(st, t, s1), s1t = tag(st, tags, s1);
  const b0w = word(st, t, b0), b0t = tag(st, tags, b0), b1w = word(st, t, b1), b1t = tag(st, tags, b1);
  const b2w = word(st, t, b2), b2t = tag(st, tags, b2), s2t = tag(st, tags, s2), s2w = word(st, t, s2);
  const s0lt = tag(st, tags, s0l), s0rt = tag(st, tags, s0r), b0lt = tag(st, tags, b0l), s1rt = tag(st, tags, s1r), s1lt = tag(st, tags, s1l);
  const s0ll = label(st, s0l), s0rl = label(st, s0r), b0ll = label(st, b0l), s1rl = label(st, s1r);
  const b = buf;
  b.a1(0);
  // single positions
  b.a2(s0w, s0t); b.a1(s0w); b.a1(s0t);
  b.a2(s1w, s1t); b.a1(s1w); b.a1(s1t);
  b.a2(b0w, b0t); b.a1(b0w); b.a1(b0t);
  b.a2(b1w, b1t); b.a1(b1w); b.a1(b1t);
  b.a2(b2w, b2t); b.a1(b2t);
  b.a1(s2t); b.a1(s2w);
  // pairs
  b.a4(s0w, s0t, b0w, b0t); b.a3(s0w, s0t, b0w); b.a3(s0w, b0w, b0t); b.a3(s0w, s0t, b0t); b.a3(s0t, b0w, b0t);
  b.a2(s0w, b0w); b.a2(s0t, b0t); b.a2(b0t, b1t);
  b.a4(s1w, s1t, s0w, s0t); b.a3(s1w, s1t, s0w); b.a3(s1w, s0w, s0t); b.a3(s1w, s1t, s0t); b.a3(s1t, s0w, s0t);
  b.a2(s1w, s0w); b.a2(s1t, s0t);
  b.a2(s1t, b0t); b.a2(s1w, b0w);
  // three tags
  const s0u = utag(st, upos, s0), s1u = utag(st, upos, s1), b0u = utag(st, upos, b0), b1u = utag(st, upos, b1);
  const b2u = utag(st, upos, b2), s2u = utag(st, upos, s2);
  const s0lu = utag(st, upos, s0l), s0ru = utag(st, upos, s0r), b0lu = utag(st, upos, b0l), s1ru = utag(st, upos, s1r), s1lu = utag(st, upos, s1l);
  b.a3(b0u, b1u, b2u); b.a3(s0u, b0u, b1u); b.a3(s1u, s0u, b0u); b.a3(s2u, s1u, s0u); b.a3(s1u, s0u, b1u);
  b.a3(s0u, s0lu, b0u); b.a3(s0u, s0ru, b0u); b.a3(s0u, b0u, b0lu);
  b.a3(s1u, s1ru, s0u); b.a3(s1u, s1lu, s0u); b.a3(s1u, s0u, s0lu); b.a3(s1u, s0u, s0ru);
  b.a3(s0t, b0t, b1t); b.a3(s1t, s0t, b0t);
  // distance
  const d0 = dist(s0, b0 === n ? -1 : b0);
  const d1 = dist(s1, s0);
  b.a2(s0w, d0); b.a2(s0t, d0); b.a2(b0w, d0); b.a2(b0t, d0); b.a3(s0w, b0w, d0); b.a3(s0t, b0t, d0);
  b.a2(s1w, d1); b.a2(s1t, d1); b.a2(s0w, d1); b.a2(s0t, d1); b.a3(s1t, s0t, d1); b.a3(s1w, s0w, d1);
  // valency
  b.a2(s0w, valRight(st, s0)); b.a2(s0t, valRight(st, s0)); b.a2(s0w, valLeft(st, s0)); b.a2(s0t, valLeft(st, s0));
  b.a2(b0w, valLeft(st, b0)); b.a2(b0t, valLeft(st, b0));
  b.a2(s1w, valRight(st, s1)); b.a2(s1t, valRight(st, s1)); b.a2(s1w, valLeft(st, s1)); b.a2(s1t, valLeft(st, s1));
  // children
  b.a1(word(st, t, s0l)); b.a1(s0lt); b.a1(s0ll); b.a1(word(st, t, s0r)); b.a1(s0rt); b.a1(s0rl);
  b.a1(word(st, t, b0l)); b.a1(b0lt); b.a1(b0ll);
  b.a1(word(st, t, s1r)); b.a1(s1rt); b.a1(s1rl); b.a1(word(st, t, s1l)); b.a1(s1lt); b.a1(label(st, s1l));
  b.a1(word(st, t, s0l2)); b.a1(tag(st, tags, s0l2)); b.a1(label(st, s0l2)); b.a1(word(st, t, s0r2)); b.a1(tag(st, tags, s0r2)); b.a1(label(st, s0r2));
  b.a1(word(st, t, b0l2)); b.a1(tag(st, tags, b0l2)); b.a1(label(st, b0l2));
  b.a3(s0t, s0lt, tag(st, tags, s0l2)); b.a3(s0t, s0rt, tag(st, tags, s0r2)); b.a3(b0t, b0lt, tag(st, tags, b0l2)); b.a3(s1t, s1rt, tag(st, tags, s1r2));
  b.a3(s0t, s0ll, label(st, s0l2)); b.a3(s0t, s0rl, label(st, s0r2)); b.a3(s1t, s1rl, label(st, s1r2));
  b.a2(s0w, s0ll); b.a2(s0w, s0rl); b.a2(s1w, s1rl); b.a2(b0w, b0ll);
  // label sets
  const has = (i: number): boolean => i >= 0;
  b.a3(s0w, has(s0) ? st.rightSetLo[s0]! : NONE, has(s0) ? st.rightSetHi[s0]! : NONE);
  b.a3(s0t, has(s0) ? st.rightSetLo[s0]! : NONE, has(s0) ? st.rightSetHi[s0]! : NONE);
  b.a3(s0w, has(s0) ? st.leftSetLo[s0]! : NONE, has(s0) ? st.leftSetHi[s0]! : NONE);
  b.a3(s0t, has(s0) ? st.leftSetLo[s0]! : NONE, has(s0) ? st.leftSetHi[s0]! : NONE);
  b.a3(b0w, has(b0) ? st.leftSetLo[b0]! : NONE, has(b0) ? st.leftSetHi[b0]! : NONE);
  b.a3(b0t, has(b0) ? st.leftSetLo[b0]! : NONE, has(b0) ? st.leftSetHi[b0]! : NONE);
  b.a3(s1t, has(s1) ? st.rightSetLo[s1]! : NONE, has(s1) ? st.rightSetHi[s1]! : NONE);
  // clusters
  const s0c = cluster(st, t.c6, s0), b0c = cluster(st, t.c6, b0), s1c = cluster(st, t.c6, s1);
  b.a1(s0c); b.a1(b0c); b.a1(s1c); b.a1(cluster(st, t.c6, b1));
  b.a2(s0c, b0c); b.a2(s1c, s0c); b.a2(s0c, b0t); b.a2(s0t, b0c); b.a2(s1c, s0t); b.a2(s1t, s0c);
  const s0ca = cluster(st, t.cAll, s0), b0ca = cluster(st, t.cAll, b0);
  b.a1(s0ca); b.a1(b0ca); b.a2(s0ca, b0t); b.a2(s0t, b0ca);
  // what sits next to s0 and b0 (punctuation often separates them)
  b.a3(s0t, b0t, b0 > 0 && b0 < n ? tags[b0 - 1]! : NONE);
  b.a3(s0t, b0t, s0 >= 0 && s0 + 1 < n ? tags[s0 + 1]! : NONE);
}

/** The features for naming the arc h -> d (made by the move just chosen; b0 is the next word). */
export function labelFeatures(st: ParseState, d: number, h: number, t: TokenIds, tags: Int32Array, buf: FeatureBuffer): void {
  buf.reset();
  const n = st.n;
  const dw = word(st, t, d), dt = tag(st, tags, d), hw = word(st, t, h), ht = tag(st, tags, h);
  const dir = d < h ? 1 : 2;
  const dd = dist(d, h === n ? -1 : h);
  const dl = child(st.l1, d), dr = child(st.r1, d);
  const b = buf;
  b.a1(dir);
  b.a2(dw, dir); b.a2(dt, dir); b.a3(dw, dt, dir);
  b.a2(hw, dir); b.a2(ht, dir); b.a3(hw, ht, dir);
  b.a3(dt, ht, dir); b.a4(dw, dt, ht, dir); b.a4(dt, hw, ht, dir); b.a4(dw, hw, dt, dir);
  b.a4(dt, ht, dd, dir);
  b.a3(dt, label(st, dl), dir); b.a3(dt, label(st, dr), dir); b.a3(dw, label(st, dl), dir);
  b.a4(dt, st.leftSetLo[d]!, st.leftSetHi[d]!, dir); b.a4(dt, st.rightSetLo[d]!, st.rightSetHi[d]!, dir);
  b.a3(dt, tag(st, tags, dl), tag(st, tags, dr));
  b.a4(ht, h < n ? st.leftSetLo[h]! : NONE, h < n ? st.leftSetHi[h]! : NONE, dir);
  b.a4(ht, h < n ? st.rightSetLo[h]! : NONE, h < n ? st.rightSetHi[h]! : NONE, dir);
  b.a4(dt, ht, d > 0 ? tags[d - 1]! : NONE, dir); b.a4(dt, ht, d + 1 < n ? tags[d + 1]! : NONE, dir);
  b.a4(dt, ht, h > 0 && h < n ? tags[h - 1]! : NONE, dir); b.a4(dt, ht, h + 1 < n ? tags[h + 1]! : NONE, dir);
  b.a3(cluster(st, t.c6, d), ht, dir); b.a3(dt, cluster(st, t.c6, h), dir); b.a2(cluster(st, t.cAll, d), dir);
  b.a3(t.suffix3[d]!, dt, dir); b.a2(t.shape[d]!, dt);
  b.a3(dt, ht, st.nLeft[d]! + 4 * st.nRight[d]!);
  // the head's head-to-be context: what follows (the next word in the buffer) and what sits below on the stack
  b.a3(dt, ht, tag(st, tags, st.b <= n ? st.b : -1));
  b.a3(dt, ht, tag(st, tags, st.s(1)));
  // the dependent's own function words decide many labels: the preposition of an oblique, the case of a nominal
  const dlw = word(st, t, dl), drw = word(st, t, dr);
  b.a4(dlw, dt, ht, dir); b.a3(dlw, ht, dir); b.a4(drw, dt, ht, dir); b.a3(dw, hw, dir);
  b.a4(label(st, dl), label(st, dr), dt, dir); b.a4(dlw, dw, ht, dir);
}

/** For each tagger class ("NOUN/NN"), the id of its universal part of speech (its index in the sorted UPOS set). */
export function uposIds(tagClasses: readonly string[]): Int32Array {
  const upos = [...new Set(tagClasses.map((c) => c.split('/')[0]!))].sort();
  return Int32Array.from(tagClasses, (c) => upos.indexOf(c.split('/')[0]!));
}

export interface Tree {
  /** 0-based head index per token, -1 for the root */
  heads: Int32Array;
  /** label id per token */
  labels: Int32Array;
}

export class Parser {
  readonly labels: readonly string[];
  private readonly moves: Weights;
  private readonly labeller: Weights;
  private readonly rootLabel: number;
  private readonly buf = new FeatureBuffer();
  private readonly moveScores = new Float32Array(3);
  private readonly labelScores: Float32Array;
  private readonly allowed = new Uint8Array(3);
  /** tagger class id -> UPOS id */
  private readonly uposOf: Int32Array;

  constructor(moves: LoadedModel, labeller: LoadedModel) {
    const tagClasses = moves.header.meta['tags'];
    if (!Array.isArray(tagClasses)) throw new Error(`${moves.header.name}: the parser model lacks the tagger's class list`);
    this.uposOf = uposIds(tagClasses as string[]);
    this.labels = labeller.header.classes;
    if (moves.header.classes.join() !== MOVES.join()) throw new Error(`${moves.header.name}: not a parser move model (classes ${moves.header.classes.join(', ')})`);
    this.rootLabel = this.labels.indexOf('root');
    if (this.rootLabel < 0) throw new Error(`${labeller.header.name}: the labeller has no root label`);
    this.moves = moves.weights;
    this.labeller = labeller.weights;
    this.labelScores = new Float32Array(this.labels.length);
  }

  /** The best label for the arc h -> d: root exactly when the head is the root. */
  label(st: ParseState, d: number, h: number, t: TokenIds, tags: Int32Array): number {
    if (h === st.n) return this.rootLabel;
    labelFeatures(st, d, h, t, tags, this.buf);
    this.labeller.score(this.buf, this.labelScores);
    let best = -1;
    for (let l = 0; l < this.labelScores.length; l++) {
      if (l === this.rootLabel) continue;
      if (best < 0 || this.labelScores[l]! > this.labelScores[best]!) best = l;
    }
    return best;
  }

  parse(t: TokenIds, tags: Int32Array): Tree {
    const st = new ParseState(t.n);
    const scores = this.moveScores;
    const upos = Int32Array.from(tags, (c) => this.uposOf[c] ?? 0);
    const allowed = this.allowed;
    while (!st.done) {
      st.valid(allowed);
      let best = -1;
      if (allowed[SHIFT]! + allowed[LEFT]! + allowed[RIGHT]! === 1) {
        // one valid move (an empty stack, or the last reductions once the buffer is empty): nothing to score
        best = allowed[SHIFT] !== 0 ? SHIFT : allowed[LEFT] !== 0 ? LEFT : RIGHT;
      } else {
        parserFeatures(st, t, tags, upos, this.buf);
        this.moves.score(this.buf, scores);
        for (let c = 0; c < 3; c++) if (allowed[c] !== 0 && (best < 0 || scores[c]! > scores[best]!)) best = c;
      }
      if (best === SHIFT) st.apply(SHIFT);
      else {
        const d = st.s(0);
        const h = st.headFor(best);
        st.apply(best, this.label(st, d, h, t, tags));
      }
    }
    const heads = new Int32Array(t.n);
    const labels = new Int32Array(t.n);
    for (let i = 0; i < t.n; i++) {
      heads[i] = st.heads[i] === t.n ? -1 : st.heads[i]!;
      labels[i] = st.labels[i]!;
    }
    return { heads, labels };
  }
}
