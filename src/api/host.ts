// The Host header checked against the address the server is bound to, so that a web page on another origin cannot
// reach a loopback server through DNS rebinding (its requests carry the attacker's host name). `serve --public` turns
// the check off (a reverse proxy or a LAN name in front).
import { isIP } from 'node:net';

export interface Bound {
  /** the --host the server listens on */
  host: string;
  port: number;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::', '']);

export function isLoopback(host: string): boolean {
  const h = bare(host);
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** A host name without IPv6 brackets or a trailing dot, in lower case. */
function bare(host: string): string {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** `name[:port]` or `[v6]:port` as a name and a port (80 when none is given), or null when malformed. */
export function splitHost(header: string): { name: string; port: number } | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return null;
  const port = m[2] === undefined ? 80 : Number(m[2]);
  return port > 65535 ? null : { name: bare(m[1]!), port };
}

/**
 * Whether a request's Host header names this server: the bound port, and the bound host name; on loopback also
 * localhost, 127.0.0.1 and [::1]; on a wildcard address (0.0.0.0, ::) any IP address (a rebinding attack needs a DNS
 * name, so an IP literal cannot be one). Any other name needs --public.
 */
export function hostAllowed(header: string | undefined, bound: Bound): boolean {
  if (header === undefined) return false;
  const h = splitHost(header);
  if (!h || h.port !== bound.port) return false;
  const host = bare(bound.host);
  if (h.name === host) return true;
  if (isLoopback(host)) return LOOPBACK_NAMES.has(h.name);
  if (WILDCARD.has(host)) return isIP(h.name) !== 0 || h.name === 'localhost';
  return false;
}
