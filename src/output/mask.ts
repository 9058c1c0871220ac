// Secrets out of printed URLs: a store URL or an API address may carry a password (postgres://user:pass@host/db)
// or a token in its query; whatever readout prints shows `***` in their place and every other character as given.

/** Query or fragment parameters whose value is a secret: tokens, keys, passwords, signatures, credentials. */
const SECRET_PARAM = /token|secret|passw|pwd|key|sig|auth|credential/i;

const MASK = '***';

/**
 * `url` with its password and the values of secret-looking query (and fragment) parameters replaced by `***`.
 * Anything that is not a URL (a file path) comes back unchanged. The user name stays: it says which account.
 * The user information ends at the last `@` before the query, so a password with an unescaped `/` is masked too.
 */
export function maskUrl(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return url;
  const start = scheme[0].length;
  const queryAt = firstOf(url, '?#', start);
  const at = url.lastIndexOf('@', queryAt - 1);
  let head = url.slice(0, queryAt);
  if (at >= start) {
    const colon = url.indexOf(':', start);
    if (colon >= 0 && colon < at) head = `${url.slice(0, colon + 1)}${MASK}${url.slice(at, queryAt)}`;
  }
  return head + maskParams(url.slice(queryAt));
}

/** Every URL inside a message (an error text, a log line) masked with maskUrl. */
export function maskUrlsIn(text: string): string {
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, maskUrl);
}

/** "?a=1&token=x#k=v": the values of secret parameters masked, separators and other values kept. */
function maskParams(rest: string): string {
  return rest.replace(/([?#&;])([^=&;#]*)=([^&;#]*)/g, (whole, sep: string, name: string) =>
    (SECRET_PARAM.test(safeDecode(name)) ? `${sep}${name}=${MASK}` : whole));
}

function firstOf(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) if (chars.includes(s[i]!)) return i;
  return s.length;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
