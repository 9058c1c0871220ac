// Politeness per host: one request at a time to a host, at least `minDelayMs` between the end of one and the start
// of the next, and none before a time the host asked for (429/503 with Retry-After, or backoff after errors).
import type { Clock } from './clock.js';

/** The host asked not to be asked before a time further off than the gate waits: try again at a later poll. */
export class HostClosed extends Error {}

export class HostGate {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly free = new Map<string, number>();

  constructor(private readonly minDelayMs: number, private readonly clock: Clock, private readonly stop?: AbortSignal, private readonly maxWaitMs = 60_000) {}

  /** Run fn when the host is free (its turn, after the delay); the next request to the host waits for fn to end.
   * A host closed for longer than maxWaitMs (Retry-After) is not waited for: HostClosed. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    const turn = before.catch(() => undefined).then(async () => {
      const wait = (this.free.get(host) ?? 0) - this.clock.now();
      if (wait > Math.max(this.maxWaitMs, this.minDelayMs)) {
        throw new HostClosed(`${host} asked not to be asked for another ${Math.ceil(wait / 1000)} s`);
      }
      if (wait > 0) await this.clock.sleep(wait, this.stop);
      try {
        return await fn();
      } finally {
        this.later(host, this.clock.now() + this.minDelayMs);
      }
    });
    this.tails.set(host, turn);
    return turn;
  }

  /** No request to the host before `at` (epoch ms); an earlier limit is kept if later. */
  later(host: string, at: number): void {
    this.free.set(host, Math.max(this.free.get(host) ?? 0, at));
  }

  /** When the host may next be asked (epoch ms; 0: now). */
  freeAt(host: string): number {
    return this.free.get(host) ?? 0;
  }
}
