// robots.txt per host (scheme + host + port), fetched once and kept for `ttlMs`: 2xx parsed, 4xx means no rules,
// 5xx or no answer means nothing may be fetched for now (RFC 9309 2.3.1), asked again after `retryMs`.
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type Robots } from './robots.js';
import type { HttpAnswer } from './http.js';
import type { Clock } from './clock.js';

export interface RobotsCacheOptions {
  userAgent: string;
  ttlMs: number;
  retryMs: number;
}

export class RobotsCache {
  private readonly cache = new Map<string, { robots: Robots; until: number }>();
  private readonly pending = new Map<string, Promise<Robots>>();

  /** `get` fetches a robots.txt URL (through the host's gate, redirects followed); a throw counts as unreachable. */
  constructor(private readonly get: (url: string) => Promise<HttpAnswer>, private readonly opts: RobotsCacheOptions, private readonly clock: Clock) {}

  async allowed(url: URL): Promise<boolean> {
    const robots = await this.robotsOf(url.origin);
    return isAllowed(robots, this.opts.userAgent, url.pathname + url.search);
  }

  private robotsOf(origin: string): Promise<Robots> {
    const hit = this.cache.get(origin);
    if (hit && hit.until > this.clock.now()) return Promise.resolve(hit.robots);
    let p = this.pending.get(origin);
    if (!p) {
      p = this.load(origin).finally(() => this.pending.delete(origin));
      this.pending.set(origin, p);
    }
    return p;
  }

  private async load(origin: string): Promise<Robots> {
    let robots: Robots;
    let ttl = this.opts.ttlMs;
    try {
      const a = await this.get(`${origin}/robots.txt`);
      if (a.status >= 200 && a.status < 300) robots = parseRobots(Buffer.from(a.body).toString('utf8'));
      else if (a.status >= 400 && a.status < 500) robots = ALLOW_ALL;
      else { robots = DISALLOW_ALL; ttl = this.opts.retryMs; }
    } catch {
      robots = DISALLOW_ALL;
      ttl = this.opts.retryMs;
    }
    this.cache.set(origin, { robots, until: this.clock.now() + ttl });
    return robots;
  }
}
