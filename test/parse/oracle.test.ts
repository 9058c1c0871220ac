// The parser's dynamic oracle: on every configuration reachable from small random projective trees, the cost
// of each move must be exactly the number of gold arcs it makes unreachable (found here by exhaustive search).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParseState } from '../../src/parse/parser.js';
import { costs } from '../../src/train/parser.js';
import { createRng } from '../../src/bench/prng.js';

const clone = (st: ParseState): ParseState => {
  const c = new ParseState(st.n);
  c.stack.set(st.stack);
  c.sp = st.sp;
  c.b = st.b;
  c.heads.set(st.heads);
  return c;
};
const key = (st: ParseState): string => `${Array.from(st.stack.subarray(0, st.sp))}|${st.b}|${Array.from(st.heads)}`;

/** The most gold arcs any sequence of moves from here can still make. */
function bestReachable(st: ParseState, gold: Int32Array, memo: Map<string, number>): number {
  const k = key(st);
  const known = memo.get(k);
  if (known !== undefined) return known;
  let r = 0;
  if (st.done) {
    for (let i = 0; i < st.n; i++) if (st.heads[i] === gold[i]) r++;
  } else {
    const allowed = new Uint8Array(3);
    st.valid(allowed);
    r = -1;
    for (let m = 0; m < 3; m++) {
      if (!allowed[m]) continue;
      const c = clone(st);
      c.apply(m, 0);
      r = Math.max(r, bestReachable(c, gold, memo));
    }
  }
  memo.set(k, r);
  return r;
}

function projective(gold: Int32Array, n: number): boolean {
  for (let d = 0; d < n; d++) {
    const h = gold[d]!;
    for (let k = Math.min(d, h) + 1; k < Math.max(d, h); k++) {
      let a = k;
      while (a !== h && a !== n) a = gold[a]!;
      if (a !== h) return false;
    }
  }
  return true;
}

test('the oracle costs are exact on projective trees, the single-root rule included', () => {
  const rng = createRng(11);
  let checked = 0;
  let trees = 0;
  while (trees < 150) {
    const n = 2 + rng.int(5);
    const order = [...Array(n).keys()];
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const gold = new Int32Array(n);
    gold[order[0]!] = n; // the root sits at index n, at the end of the buffer
    for (let i = 1; i < n; i++) gold[order[i]!] = order[rng.int(i)]!;
    if (!projective(gold, n)) continue;
    trees++;
    const memo = new Map<string, number>();
    const seen = new Set<string>();
    const queue = [new ParseState(n)];
    while (queue.length > 0) {
      const st = queue.pop()!;
      if (st.done || seen.has(key(st))) continue;
      seen.add(key(st));
      const out = new Float64Array(3);
      costs(st, gold, out);
      const allowed = new Uint8Array(3);
      st.valid(allowed);
      const here = bestReachable(st, gold, memo);
      for (let m = 0; m < 3; m++) {
        if (!allowed[m]) {
          assert.equal(out[m], Infinity);
          continue;
        }
        const next = clone(st);
        next.apply(m, 0);
        const lost = here - bestReachable(next, gold, memo);
        assert.equal(out[m], lost, `gold ${Array.from(gold)}, stack ${Array.from(st.stack.subarray(0, st.sp))}, b ${st.b}, move ${m}`);
        checked++;
        queue.push(next);
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} moves checked`);
});
