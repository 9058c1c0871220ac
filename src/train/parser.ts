// Training the parser with a dynamic oracle (Goldberg & Nivre 2013, arc-hybrid): at every configuration
// the cost of a transition is the number of gold arcs it makes unreachable (plus one for a wrong label);
// the model is updated towards the best zero-cost transition and, after the first epoch, the parser
// follows its own prediction nine times in ten, so it learns to recover from its own mistakes.
import { FeatureBuffer } from '../parse/hash.js';
import { labelFeatures, MOVES, ParseState, parserFeatures, SHIFT } from '../parse/parser.js';
import type { TokenIds } from '../parse/token-features.js';
import { createRng } from '../bench/prng.js';
import { Perceptron } from './perceptron.js';
import { shuffleInPlace } from './shuffle.js';

export interface ParserExample {
  ids: TokenIds;
  /** tagger class ids, as the tagger would predict them (jackknifed) */
  tags: Int32Array;
  /** their universal parts of speech (uposIds) */
  upos: Int32Array;
  /** gold heads, 0-based, -1 = root */
  heads: Int32Array;
  /** gold label ids */
  labels: Int32Array;
}

export interface ParserTraining {
  moves: Perceptron;
  labeller: Perceptron;
}

/** Costs of SHIFT, LEFT and RIGHT (Infinity when not valid): the gold arcs each makes unreachable (exact for
 * projective trees, checked by brute force in test/parse/oracle.test.ts). */
export function costs(st: ParseState, gold: Int32Array, out: Float64Array): void {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b;
  // gold dependents of s0 still in the buffer lose their head when s0 is popped
  let depsOfS0InBuffer = 0;
  if (s0 >= 0) for (let d = b0; d < n; d++) if (gold[d] === s0) depsOfS0InBuffer++;
  if (st.canShift()) {
    let c = 0;
    for (let k = 0; k < st.sp; k++) {
      const x = st.stack[k]!;
      if (gold[x] === b0) c++;
      if (x !== s0 && gold[b0] === x) c++;
    }
    // the root word pushed onto other words can never be alone on the stack again: its root arc is lost
    if (gold[b0] === n && st.sp > 0) c++;
    out[0] = c;
  } else out[0] = Infinity;
  if (st.canLeft()) {
    const g = gold[s0]!;
    // a root arc is reachable only while s0 is alone on the stack (LEFT to the root needs that)
    out[1] = (g !== b0 && (g === s1 || (g > b0 && (g < n || st.sp === 1))) ? 1 : 0) + depsOfS0InBuffer;
  } else out[1] = Infinity;
  if (st.canRight()) {
    const g = gold[s0]!;
    out[2] = (g !== s1 && g >= b0 && g < n ? 1 : 0) + depsOfS0InBuffer;
  } else out[2] = Infinity;
}

export function trainParser(
  examples: readonly ParserExample[], labels: readonly string[],
  o: { epochs: number; seed: number; explore?: number; progress?: (epoch: number, uas: number) => void },
): ParserTraining {
  const rootLabel = labels.indexOf('root');
  if (rootLabel < 0) throw new Error('the treebank has no root label');
  const moves = new Perceptron(MOVES.length, 1 << 21);
  const labeller = new Perceptron(labels.length, 1 << 19);
  const buf = new FeatureBuffer();
  const scores = new Float32Array(MOVES.length);
  const labelScores = new Float32Array(labels.length);
  const allowed = new Uint8Array(MOVES.length);
  const cost = new Float64Array(3);
  const rng = createRng(o.seed);
  const order = examples.map((_, i) => i);
  const explore = o.explore ?? 0.9;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const n = ex.ids.n;
      const gold = new Int32Array(n);
      for (let i = 0; i < n; i++) gold[i] = ex.heads[i]! < 0 ? n : ex.heads[i]!;
      const st = new ParseState(n);
      while (!st.done) {
        parserFeatures(st, ex.ids, ex.tags, ex.upos, buf);
        moves.score(buf, scores);
        st.valid(allowed);
        costs(st, gold, cost);
        let pred = -1;
        let best = -1;
        let minCost = Infinity;
        for (let c = 0; c < 3; c++) {
          if (allowed[c] === 0) continue;
          if (pred < 0 || scores[c]! > scores[pred]!) pred = c;
          if (cost[c]! < minCost) minCost = cost[c]!;
        }
        for (let c = 0; c < 3; c++) if (allowed[c] !== 0 && cost[c] === minCost && (best < 0 || scores[c]! > scores[best]!)) best = c;
        moves.update(buf, cost[pred]! > minCost ? best : pred, pred);
        const follow = epoch > 0 && rng.next() < explore;
        const next = follow ? pred : best;
        if (next === SHIFT) {
          st.apply(SHIFT);
          continue;
        }
        const d = st.s(0);
        const h = st.headFor(next);
        let l = rootLabel;
        if (h !== n) {
          // the labeller learns on every arc made, its gold label being the dependent's own
          labelFeatures(st, d, h, ex.ids, ex.tags, buf);
          labeller.score(buf, labelScores);
          let guess = -1;
          for (let c = 0; c < labels.length; c++) if (c !== rootLabel && (guess < 0 || labelScores[c]! > labelScores[guess]!)) guess = c;
          const truth = ex.labels[d]! === rootLabel ? guess : ex.labels[d]!;
          labeller.update(buf, truth, guess);
          l = follow ? guess : truth;
        }
        st.apply(next, l);
      }
      for (let i = 0; i < n; i++) {
        total++;
        if (st.heads[i] === gold[i]) right++;
      }
    }
    o.progress?.(epoch + 1, right / Math.max(1, total));
    shuffleInPlace(order, rng);
  }
  return { moves, labeller };
}
