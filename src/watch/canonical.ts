// Canonical URLs: an article's id is its page's canonical link (rel=canonical / og:url, resolved against the page),
// else the URL it was fetched from; either way without tracking parameters or a fragment.

const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|__twitter_impression|at_medium|at_campaign)$/i;

/** The URL without tracking parameters and fragment; null when it is not an http(s) URL. */
export function cleanUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  if ([...u.searchParams.keys()].length === 0) u.search = '';
  return u.toString();
}

/** The article's canonical URL: the page's own (when it names one on the same site) else the final URL, cleaned. */
export function canonicalUrl(pageCanonical: string | null, finalUrl: string): string {
  const final = cleanUrl(finalUrl) ?? finalUrl;
  if (pageCanonical === null) return final;
  const c = cleanUrl(pageCanonical, finalUrl);
  // a canonical link to another site is a syndication hint, not this page's identity
  return c !== null && new URL(c).hostname === new URL(final).hostname ? c : final;
}
