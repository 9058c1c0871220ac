// HTML pages: main text extracted with Readability (over a linkedom DOM), metadata from the page.
// Page metadata is never a reason to reject a page: unparseable dates there are skipped.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { finishArticle } from './article.js';
import { normaliseDate } from './date.js';
import { binaryMessage, decodeUtf8, type Decoded } from './decode.js';
import { bodyText, paragraphsOf } from './htmltext.js';
import { pageMeta } from './htmlmeta.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/** An HTML page as an article (sync). */
export function readArticleHtml(html: string, id: string, origin: string, ctx: ReadContext): ReadResult {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const meta = pageMeta(document);
  // Readability changes the document it reads, so metadata is taken first and the fallback parses afresh.
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  let text = parsed?.content ? paragraphsOf(parsed.content) : '';
  if (text === '') text = bodyText((parseHTML(html) as unknown as { document: Document }).document);
  if (text === '') return fail(origin, 'no readable text found in the HTML page');
  return finishArticle(
    {
      id,
      text,
      origin,
      published: meta.published ?? (parsed?.publishedTime ? normaliseDate(parsed.publishedTime) : null),
      outlet: meta.siteName ?? parsed?.siteName ?? null,
      url: meta.url,
      title: meta.title ?? parsed?.title ?? null,
      language: meta.language ?? parsed?.lang ?? null,
    },
    ctx,
  );
}

/**
 * Page bytes to text: UTF-8 unless the page declares another charset that TextDecoder knows
 * (windows-1252, iso-8859-x, shift_jis, ...). NUL bytes and undecodable bytes are refused either way.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const charset = declaredCharset(bytes);
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return decodeUtf8(bytes); // unknown label: try UTF-8, which reports clearly if it is not
  }
  if (decoder.encoding === 'utf-16le' || decoder.encoding === 'utf-16be') return decodeUtf8(bytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: binaryMessage(bytes, nul) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: `bytes that are not valid ${charset} (the charset the page declares)` };
  }
}

/** The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv), lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
