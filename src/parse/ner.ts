// Named-entity recogniser (PER / ORG / LOC): greedy left to right, one averaged-perceptron decision per token
// over BILOU classes ("B-PER", "I-PER", "L-PER", "U-PER", …, "O"), each decision restricted to the classes that
// may follow the previous one, so the output converted to IOB2 never has an I- that continues nothing.
// Features: the word and its neighbours (±2), shapes, affixes, word clusters, capitalisation patterns, the two
// previous predicted classes, gazetteer matches (gazetteer.ts, built from readout's lexicons at load time) and,
// when the model was trained with them, part-of-speech tag ids: the tags of the window and the run of equal tags
// around the token (its length and the token's position in it: a run of proper-noun tags marks a name's extent;
// measured on UNER dev with jackknifed training tags, 70.0 -> 72.8 F1).
import { toIob2 } from './conllu.js';
import { f1, f2, f3, FeatureBuffer, strHash } from './hash.js';
import type { TokenIds } from './token-features.js';
import type { LoadedModel } from './model-file.js';
import type { Weights } from './weights.js';
import { GAZ_TYPES, type Gazetteer } from './gazetteer.js';

/** Entity types the recogniser knows. */
export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
/** The model's classes, in class-id order: O, then B, I, L, U of each type. */
export const NER_CLASSES: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
/** The same types in IOB2 classes (O, then B and I of each type). */
export const NER_IOB_CLASSES: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I'].map((p) => `${p}-${t}`))];

const NONE = 0x7fffffff;
const START = [0x5ca1ab1e, 0x0ddba11];
const END = [0x0e7d0e7d, 0x1e7d1e7d];

/** Per-sentence inputs besides the token ids. */
export interface NerContext {
  /** gazetteer mask per token (gazetteer.ts), or null */
  gaz: Uint32Array | null;
  /** part-of-speech class ids per token, or null */
  tags: Int32Array | null;
  /** how the sentence is cased: 0 mostly lower case, 1 normal, 2 most words capitalised (titles), 3 all capitals */
  casing: number;
}

/** Sentence casing bucket (see NerContext.casing) from the token flags. */
export function sentenceCasing(t: TokenIds, forms: readonly string[]): number {
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let i = 0; i < t.n; i++) {
    const c = forms[i]!.charCodeAt(0);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) continue;
    words++;
    if (t.flags[i]! & 1) caps++;
    if (t.flags[i]! & 2) upper++;
  }
  if (words < 3) return 1;
  if (upper >= words * 0.8) return 3;
  if (caps >= words * 0.7) return 2;
  if (caps === 0 || (caps === 1 && t.flags[0]! & 1)) return 0;
  return 1;
}

export function nerContext(t: TokenIds, forms: readonly string[], gazetteer: Gazetteer | null, tags: Int32Array | null = null): NerContext {
  return { gaz: gazetteer ? gazetteer.match(forms) : null, tags, casing: sentenceCasing(t, forms) };
}

const capOf = (t: TokenIds, j: number): number => (j < 0 || j >= t.n ? 4 : t.flags[j]! & 3);

/** The features of token i given the two classes before it (class ids, or -1 before the sentence). */
export function nerFeatures(t: TokenIds, i: number, p1: number, p2: number, ctx: NerContext, buf: FeatureBuffer): void {
  buf.reset();
  const n = t.n;
  const w = t.word;
  const wi = w[i]!;
  const wm1 = i > 0 ? w[i - 1]! : START[0]!;
  const wm2 = i > 1 ? w[i - 2]! : START[1]!;
  const wp1 = i + 1 < n ? w[i + 1]! : END[0]!;
  const wp2 = i + 2 < n ? w[i + 2]! : END[1]!;
  const t1 = p1 < 0 ? NONE : p1;
  const t2 = p2 < 0 ? NONE : p2;
  const shape = t.shape[i]!;
  const flags = t.flags[i]!;
  const cap = flags & 3;
  const casing = ctx.casing;
  buf.add(f1(0, 0));
  buf.add(f1(1, wi));
  buf.add(f1(2, t.form[i]!));
  buf.add(f1(3, t.suffix2[i]!));
  buf.add(f1(4, t.suffix3[i]!));
  buf.add(f1(5, t.suffix4[i]!));
  buf.add(f1(6, t.prefix3[i]!));
  buf.add(f1(7, shape));
  buf.add(f2(8, flags, casing));
  buf.add(f1(9, wm1));
  buf.add(f1(10, wm2));
  buf.add(f1(11, wp1));
  buf.add(f1(12, wp2));
  buf.add(f1(13, t1));
  buf.add(f2(14, t1, t2));
  buf.add(f2(15, t1, wi));
  buf.add(f2(16, t1, shape));
  buf.add(f2(17, wm1, wi));
  buf.add(f2(18, wi, wp1));
  buf.add(f1(19, i > 0 ? t.form[i - 1]! : NONE));
  buf.add(f1(20, i + 1 < n ? t.form[i + 1]! : NONE));
  buf.add(f1(21, i > 0 ? t.shape[i - 1]! : NONE));
  buf.add(f1(22, i + 1 < n ? t.shape[i + 1]! : NONE));
  buf.add(f3(23, capOf(t, i - 1), cap, capOf(t, i + 1)));
  buf.add(f3(24, t1, cap, capOf(t, i + 1)));
  buf.add(f2(25, t1, wp1));
  buf.add(f3(26, casing, cap, i === 0 ? 1 : 0));
  buf.add(f2(27, t.suffix3[i]!, cap));
  buf.add(f2(28, wm1, cap));
  buf.add(f2(29, wp1, cap));
  buf.add(f2(70, wm1, wp1));
  buf.add(f3(71, i > 0 ? t.shape[i - 1]! : NONE, shape, i + 1 < n ? t.shape[i + 1]! : NONE));
  if (i === 0) buf.add(f1(72, wi));
  if (t.c4[i] !== 0) {
    buf.add(f1(30, t.c4[i]!));
    buf.add(f1(31, t.c6[i]!));
    buf.add(f1(32, t.c10[i]!));
    buf.add(f1(33, t.cAll[i]!));
    buf.add(f2(34, t.c10[i]!, cap));
    buf.add(f2(35, t1, t.c6[i]!));
  } else {
    buf.add(f1(36, cap));
  }
  if (i + 1 < n && t.c4[i + 1] !== 0) {
    buf.add(f1(37, t.c6[i + 1]!));
    buf.add(f1(38, t.c10[i + 1]!));
  }
  if (i > 0 && t.c4[i - 1] !== 0) {
    buf.add(f1(39, t.c6[i - 1]!));
    buf.add(f1(40, t.c10[i - 1]!));
  }
  if (i + 2 < n && t.c4[i + 2] !== 0) buf.add(f1(41, t.c6[i + 2]!));
  if (i > 1 && t.c4[i - 2] !== 0) buf.add(f1(42, t.c6[i - 2]!));
  const gaz = ctx.gaz;
  if (gaz) {
    const g = gaz[i]!;
    if (g !== 0) {
      for (let b = 0; b < 32; b++) {
        if ((g & (1 << b)) === 0) continue;
        buf.add(f1(50, b));
        buf.add(f2(51, b, cap));
        buf.add(f2(52, b, t1));
      }
    }
    const gm = i > 0 ? gaz[i - 1]! : 0;
    const gp = i + 1 < n ? gaz[i + 1]! : 0;
    // neighbours: which types they match (any position)
    for (let ty = 0; ty < GAZ_TYPES.length; ty++) {
      const m = 0xf << (4 * ty);
      if (gm & m) buf.add(f2(53, ty, cap));
      if (gp & m) buf.add(f2(54, ty, cap));
    }
  }
  const tags = ctx.tags;
  if (tags) {
    const tg = tags[i]!;
    buf.add(f1(60, tg));
    buf.add(f2(61, tg, cap));
    buf.add(f2(62, i > 0 ? tags[i - 1]! : -1, tg));
    buf.add(f2(63, tg, i + 1 < n ? tags[i + 1]! : -1));
    buf.add(f2(64, t1, tg));
    // the run of equal tags around the token (a run of proper-noun tags is a name's extent): length and position
    // (scans stop 4 tokens away: longer runs count as 4+)
    let a = i;
    while (a > 0 && i - a < 4 && tags[a - 1] === tg) a--;
    let b = i;
    while (b + 1 < n && b - i < 4 && tags[b + 1] === tg) b++;
    const len = b - a + 1;
    const first = i === 0 || tags[i - 1] !== tg;
    const last = i + 1 >= n || tags[i + 1] !== tg;
    const pos = first && last ? 0 : first ? 1 : last ? 3 : 2;
    buf.add(f3(65, tg, len > 4 ? 4 : len, pos));
    buf.add(f3(66, tg, pos, t1));
    buf.add(f3(67, i > 1 ? tags[i - 2]! : -1, tg, i + 2 < n ? tags[i + 2]! : -1));
    buf.add(f3(68, i > 0 ? tags[i - 1]! : -1, tg, i + 1 < n ? tags[i + 1]! : -1));
  }
}

// ---------------------------------------------------------------------------------------------------------
// BILOU classes, transitions, IOB2

/** allowedAfter[prev + 1][c] = 1 when class c may follow class prev (prev = -1: sentence start). */
export function transitions(classes: readonly string[]): Uint8Array[] {
  const parse = (c: string): [string, string] => (c === 'O' ? ['O', ''] : [c[0]!, c.slice(2)]);
  const bilou = classes.some((c) => c.startsWith('L-') || c.startsWith('U-'));
  const out: Uint8Array[] = [];
  for (let p = -1; p < classes.length; p++) {
    const [pp, pt] = p < 0 ? ['O', ''] : parse(classes[p]!);
    const open = pp === 'B' || pp === 'I';
    const row = new Uint8Array(classes.length);
    for (let c = 0; c < classes.length; c++) {
      const [cp, ct] = parse(classes[c]!);
      if (!bilou) row[c] = cp !== 'I' || (open && ct === pt) ? 1 : 0;
      else if (open) row[c] = (cp === 'I' || cp === 'L') && ct === pt ? 1 : 0;
      else row[c] = cp === 'O' || cp === 'B' || cp === 'U' ? 1 : 0;
    }
    out.push(row);
  }
  return out;
}

/** IOB2 tags -> BILOU tags. */
export function iobToBilou(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O') {
      out[i] = 'O';
      continue;
    }
    const type = t.slice(2);
    const next = tags[i + 1];
    const continues = next !== undefined && next === `I-${type}`;
    const begins = t[0] === 'B' || i === 0 || (tags[i - 1] !== `B-${type}` && tags[i - 1] !== `I-${type}`);
    out[i] = `${begins ? (continues ? 'B' : 'U') : continues ? 'I' : 'L'}-${type}`;
  }
  return out;
}

/** BILOU (or IOB2, IOBES) tags -> valid IOB2: an I- that continues nothing becomes B-. */
export const bilouToIob = toIob2;

export interface EntitySpan {
  type: string;
  /** first and last token index, inclusive */
  first: number;
  last: number;
}

/** The entities of an IOB2 tag sequence (a stray I- starts an entity, as in conlleval). */
export function entitySpans(tags: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let cur: EntitySpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O' || t.length < 3) {
      cur = null;
      continue;
    }
    const p = t[0];
    const type = t.slice(2);
    if (p === 'I' && cur && cur.type === type && cur.last === i - 1) {
      cur.last = i;
      continue;
    }
    cur = { type, first: i, last: i };
    out.push(cur);
  }
  return out;
}

export class Recogniser {
  readonly classes: readonly string[];
  /** whether the model was trained with part-of-speech tag features (then `recognise` uses `tags` when given) */
  readonly usesTags: boolean;
  private readonly weights: Weights;
  private readonly gazetteer: Gazetteer | null;
  private readonly allowed: Uint8Array[];
  private readonly iob: string[];
  private readonly buf = new FeatureBuffer();
  private readonly scores: Float32Array;
  /** subtracted from the score of O (class 0) before each decision: trades precision for recall (model meta oPenalty) */
  oPenalty: number;

  constructor(model: LoadedModel, gazetteer: Gazetteer | null) {
    const pen = model.header.meta['oPenalty'];
    this.oPenalty = typeof pen === 'number' ? pen : 0;
    this.classes = model.header.classes;
    this.weights = model.weights;
    this.usesTags = model.header.meta['tags'] === true;
    const wantsGaz = model.header.meta['gazetteer'] === true;
    this.gazetteer = wantsGaz ? gazetteer : null;
    this.allowed = transitions(this.classes);
    this.iob = this.classes.map((c) => (c === 'O' ? 'O' : `${c[0] === 'B' || c[0] === 'U' ? 'B' : 'I'}-${c.slice(2)}`));
    this.scores = new Float32Array(this.classes.length);
  }

  /** Class ids (BILOU) of the tokens. */
  classify(t: TokenIds, forms: readonly string[], tags?: Int32Array): Int32Array {
    const ctx = nerContext(t, forms, this.gazetteer, this.usesTags && tags ? tags : null);
    const out = new Int32Array(t.n);
    const scores = this.scores;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < t.n; i++) {
      nerFeatures(t, i, p1, p2, ctx, this.buf);
      this.weights.score(this.buf, scores);
      scores[0] -= this.oPenalty;
      const allowed = this.allowed[p1 + 1]!;
      let best = -1;
      let bestScore = -Infinity;
      for (let c = 0; c < scores.length; c++) {
        if (allowed[c] === 0) continue;
        if (scores[c]! > bestScore) {
          bestScore = scores[c]!;
          best = c;
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    return out;
  }

  /** IOB2 tags of the tokens ("B-PER", "I-ORG", "O"). */
  recognise(t: TokenIds, forms: readonly string[], tags?: Int32Array): string[] {
    const ids = this.classify(t, forms, tags);
    const out: string[] = new Array(t.n);
    for (let i = 0; i < t.n; i++) out[i] = this.iob[ids[i]!]!;
    return out;
  }
}

/** A stable id for a part-of-speech class name, for callers that tag with a model whose class order may change. */
export const tagId = (name: string): number => strHash(name) | 0;
