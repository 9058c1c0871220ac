// Which stored URLs may become links (the web explorer's "original" link): http and https only, so that an article
// URL such as `javascript:…` or `data:…` is shown as text and can never run when clicked.

/** The URL normalised when it is an absolute http(s) URL, else null (show it as text, not as a link). */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}
