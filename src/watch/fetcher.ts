// The polite HTTP client of `readout watch`: every request (and every redirect hop) first asks the host's robots.txt,
// then waits for the host's turn (host-gate.ts); a 429 or 503 keeps the host closed for its Retry-After, else for a
// backoff that grows while the host keeps refusing (closed for over a minute: its requests fail at once, to be tried
// at a later poll).
import { backoffDelay, retryAfterMs, type BackoffPolicy } from './backoff.js';
import type { Clock } from './clock.js';
import { HostClosed, HostGate } from './host-gate.js';
import { FetchError, httpGet, type Around, type HttpAnswer, type HttpOptions } from './http.js';
import { RobotsCache } from './robots-cache.js';

/** robots.txt forbids the URL: not fetched. */
export class RobotsRefusal extends Error {
  constructor(readonly url: string) {
    super(`robots.txt disallows ${url}`);
  }
}

export interface FetcherOptions extends HttpOptions {
  /** min ms between two requests to one host */
  hostDelayMs: number;
  backoff: BackoffPolicy;
  robotsTtlMs: number;
}

export interface Fetcher {
  /** GET with the robots check, the host's turn, redirects; throws RobotsRefusal or FetchError */
  get(url: string, headers?: Record<string, string>): Promise<HttpAnswer>;
}

export function politeFetcher(opts: FetcherOptions, clock: Clock): Fetcher {
  const gate = new HostGate(opts.hostDelayMs, clock, opts.stop);
  const refusals = new Map<string, number>();
  const inTurn: Around = async (url, request) => {
    let answer: HttpAnswer;
    try {
      answer = await gate.run(url.host, request);
    } catch (err) {
      throw err instanceof HostClosed ? new FetchError(err.message) : err;
    }
    if (answer.status === 429 || answer.status === 503) {
      const n = (refusals.get(url.host) ?? 0) + 1;
      refusals.set(url.host, n);
      const wait = retryAfterMs(answer.headers.get('retry-after'), clock.now(), opts.backoff.maxMs) ?? backoffDelay(n, opts.backoff);
      gate.later(url.host, clock.now() + wait);
    } else refusals.delete(url.host);
    return answer;
  };
  const robots = new RobotsCache((u) => httpGet(u, {}, opts, inTurn), {
    userAgent: opts.userAgent, ttlMs: opts.robotsTtlMs, retryMs: Math.min(opts.robotsTtlMs, opts.backoff.baseMs),
  }, clock);
  const checked: Around = async (url, request) => {
    if (!(await robots.allowed(url))) throw new RobotsRefusal(url.toString());
    return inTurn(url, request);
  };
  return { get: (url, headers = {}) => httpGet(url, headers, opts, checked) };
}
