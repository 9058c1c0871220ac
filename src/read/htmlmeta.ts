// Page metadata: publication date, title, site name, canonical URL and language from <meta> tags
// (Open Graph, article:*, Dublin Core, itemprop), JSON-LD (datePublished, headline, publisher) and <time datetime>.
import { normaliseDate } from './date.js';

export interface PageMeta {
  /** YYYY-MM-DD or null */
  published: string | null;
  /** og:title, twitter:title or JSON-LD headline (cleaner than <title>, which often carries the site name) */
  title: string | null;
  /** the <title> element */
  documentTitle: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'publication_date',
  'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'date', 'sailthru.date', 'parsely-pub-date', 'article.published',
];

/** Read metadata before Readability runs (it changes the document). */
export function pageMeta(document: Document): PageMeta {
  const metas = metaMap(document);
  const ld = jsonLdObjects(document);
  const first = <T>(values: Array<T | null | undefined>): T | null => values.find((v) => v != null && v !== '') ?? null;

  const dates = [
    ...PUBLISHED_KEYS.map((k) => metas.get(k)),
    ...ld.map((o) => str(o['datePublished'])),
    ...timeDatetimes(document),
  ];
  const published = first(dates.map((d) => (d ? normaliseDate(d) : null)));

  const htmlLang = document.documentElement?.getAttribute('lang');
  const ogLocale = metas.get('og:locale')?.replace('_', '-');
  return {
    published,
    title: first([metas.get('og:title'), metas.get('twitter:title'), ...ld.map((o) => str(o['headline']))]),
    documentTitle: document.title?.trim() || null,
    siteName: first([metas.get('og:site_name'), metas.get('application-name'), ...ld.map((o) => str(obj(o['publisher'])?.['name']))]),
    url: first([metas.get('og:url'), canonicalHref(document), ...ld.map((o) => str(o['url']))].map(httpUrl)),
    language: first([htmlLang?.trim(), metas.get('content-language'), metas.get('dc.language'), ogLocale]),
  };
}

function metaMap(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (key && content && content.trim() !== '' && !out.has(key.toLowerCase())) out.set(key.toLowerCase(), content.trim());
  }
  return out;
}

/** Objects of the page's JSON-LD blocks, articles first (walking arrays and @graph). */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (obj(v)) {
      found.push(v as Record<string, unknown>);
      visit((v as Record<string, unknown>)['@graph']);
    }
  };
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''));
    } catch {
      // a broken JSON-LD block is the page's problem, not the article's: other metadata still counts
    }
  }
  const isArticle = (o: Record<string, unknown>): boolean => /Article|Posting|Report/.test(JSON.stringify(o['@type'] ?? ''));
  return [...found.filter(isArticle), ...found.filter((o) => !isArticle(o))];
}

/** <time datetime> values, those marked as the publication time first. */
function timeDatetimes(document: Document): string[] {
  const times = Array.from(document.querySelectorAll('time[datetime]'));
  const marked = times.filter((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished');
  return [...marked, ...times].map((t) => t.getAttribute('datetime') ?? '');
}

function canonicalHref(document: Document): string | null {
  return document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}

function httpUrl(u: string | null | undefined): string | null {
  return u && /^https?:\/\//i.test(u.trim()) ? u.trim() : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v.trim() : null;
}

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
