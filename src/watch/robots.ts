// robots.txt (RFC 9309): groups of user-agent lines with their Allow/Disallow rules; the group whose product token
// the crawler's name contains most specifically applies (else `*`); among its rules the longest matching path wins,
// Allow on a tie. `*` matches any run of characters and a final `$` anchors the end.

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface Robots {
  /** groups by lower-cased user-agent token */
  groups: Map<string, RobotsRule[]>;
}

/** Parse robots.txt text; unknown lines and lines without a colon are ignored, as the RFC asks. */
export function parseRobots(text: string): Robots {
  const groups = new Map<string, RobotsRule[]>();
  let agents: string[] = [];
  let inRules = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (inRules) { agents = []; inRules = false; }
      const agent = value.toLowerCase();
      agents.push(agent);
      if (!groups.has(agent)) groups.set(agent, []);
    } else if (key === 'allow' || key === 'disallow') {
      inRules = true;
      if (agents.length === 0) continue; // rules before any user-agent line belong to no group
      if (value === '') continue; // "Disallow:" with no path allows everything
      for (const a of agents) groups.get(a)!.push({ allow: key === 'allow', pattern: value });
    }
  }
  return { groups };
}

/** The rules that apply to a crawler: the group of the longest token its name contains, else `*`, else none. */
export function rulesFor(robots: Robots, userAgent: string): RobotsRule[] {
  const name = userAgent.toLowerCase();
  let best: string | null = null;
  for (const token of robots.groups.keys()) {
    if (token === '*' || token === '') continue;
    if (name.includes(token) && (best === null || token.length > best.length)) best = token;
  }
  return robots.groups.get(best ?? '*') ?? [];
}

/** Whether `path` (path and query of a URL) may be fetched. /robots.txt itself always may. */
export function isAllowed(robots: Robots, userAgent: string, path: string): boolean {
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  let bestLength = -1;
  for (const rule of rulesFor(robots, userAgent)) {
    if (!matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (length > bestLength || (length === bestLength && rule.allow && !best!.allow)) {
      best = rule;
      bestLength = length;
    }
  }
  return best === null || best.allow;
}

/** A rule's pattern against a path: prefix match, `*` any characters, trailing `$` the end. Percent-encoding is compared as written. */
export function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const parts = body.split('*');
  // first part: a prefix
  if (!path.startsWith(parts[0]!)) return false;
  let at = parts[0]!.length;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === parts.length - 1 && anchored) {
      // the last part must end the path, and start at or after `at`
      return path.length - part.length >= at && path.endsWith(part);
    }
    const found = path.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return anchored ? at === path.length : true;
}

/** Everything allowed (no robots.txt: 4xx). */
export const ALLOW_ALL: Robots = { groups: new Map() };
/** Everything refused (robots.txt unreachable: 5xx or no answer; RFC 9309 2.3.1.4). */
export const DISALLOW_ALL: Robots = { groups: new Map([['*', [{ allow: false, pattern: '/' }]]]) };
