// HTML pages: main text extracted with Readability (over a linkedom DOM), metadata from the page.
// Page metadata is never a reason to reject a page: unparseable dates there are skipped.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { finishArticle } from './article.js';
import { normaliseDate } from './date.js';
import { bodyText, paragraphsOf } from './htmltext.js';
import { pageMeta } from './htmlmeta.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/** An HTML page as an article (sync). */
export function readArticleHtml(html: string, id: string, origin: string, ctx: ReadContext): ReadResult {
  const document = parseDocument(html);
  const meta = pageMeta(document);
  // Readability changes the document it reads, so metadata is taken first and the fallback parses afresh.
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  let text = parsed?.content ? paragraphsOf(parsed.content) : '';
  // (a page whose only "text" is a BOM, a no-break space or a line separator has none: the other readers use trim too)
  if (text.trim() === '') text = bodyText(parseDocument(html));
  if (text.trim() === '') return fail(origin, 'no readable text found in the HTML page');
  return finishArticle(
    {
      id,
      text,
      origin,
      published: meta.published ?? (parsed?.publishedTime ? normaliseDate(parsed.publishedTime) : null),
      outlet: meta.siteName ?? parsed?.siteName ?? null,
      url: meta.url,
      title: meta.title ?? (parsed?.title || null) ?? meta.documentTitle,
      language: meta.language ?? parsed?.lang ?? null,
    },
    ctx,
  );
}

/** A full document; linkedom only builds <html> and <body> when the markup has them, so fragments are wrapped. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && document.body) return document;
  return (parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }).document;
}
