// Exponential backoff with jitter, and the Retry-After header (seconds or an HTTP date). The random source is
// passed in, so tests get the same delays every run (src/bench/prng.ts makes a seeded one).

export interface BackoffPolicy {
  /** delay after the first failure, ms */
  baseMs: number;
  /** no delay is longer than this, ms */
  maxMs: number;
  /** uniform in [0, 1) */
  random: () => number;
}

export const DEFAULT_BACKOFF: Omit<BackoffPolicy, 'random'> = { baseMs: 60_000, maxMs: 6 * 3600_000 };

/** Delay after `failures` consecutive failures (1, 2, …): base·2^(failures-1), capped, times a jitter in [0.5, 1). */
export function backoffDelay(failures: number, policy: BackoffPolicy): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(exp * (0.5 + policy.random() / 2));
}

/** Retry-After as a delay in ms from `now`, or null when absent or unreadable; at most `maxMs`. */
export function retryAfterMs(header: string | null, now: number, maxMs: number): number | null {
  if (header === null || header.trim() === '') return null;
  const v = header.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.max(0, Math.min(ms, maxMs));
}
