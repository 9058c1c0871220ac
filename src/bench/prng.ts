// A small seeded pseudo-random generator (mulberry32 over a splitmix-style mixed seed), so that generated
// data is reproducible: the same seed always yields the same sequence. Never use Math.random for test data.

export interface Rng {
  /** uniform float in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  /** one element of a non-empty list */
  pick<T>(list: readonly T[]): T;
  /** true with probability p */
  chance(p: number): boolean;
}

function mix(seed: number): number {
  let z = (seed + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A generator seeded by an integer (only its low 32 bits matter; fractional seeds are rejected). */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  let a = mix(seed >>> 0);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    chance: (p) => next() < p,
  };
}
