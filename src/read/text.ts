// Plain-text articles. An optional leading token `date YYYY-MM-DD` (whitespace around it allowed)
// gives the publication date; the token and the whitespace after it are removed, the rest of the
// text is kept exactly as written (offsets refer to it).
import { calendarDate } from './date.js';
import { finishArticle } from './article.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/** `date` (optionally `date:`), spaces, a date (optionally with a time), then whitespace or the end. */
const DATE_TOKEN = /^\s*date:?[ \t]+(\d{4})-(\d{2})-(\d{2})(T[0-9:.+\-Z]*)?(?=\s|$)\s*/i;

export interface DateToken {
  /** YYYY-MM-DD, or null when the token holds an impossible date */
  date: string | null;
  /** the date as written */
  raw: string;
  /** where the article text starts */
  bodyStart: number;
}

/** The leading date token of a text, or null when it has none. */
export function findDateToken(text: string): DateToken | null {
  const m = DATE_TOKEN.exec(text);
  if (!m) return null;
  return {
    date: calendarDate(Number(m[1]), Number(m[2]), Number(m[3])),
    raw: `${m[1]}-${m[2]}-${m[3]}${m[4] ?? ''}`,
    bodyStart: m[0].length,
  };
}

/** A plain text as an article (sync; used for .txt files, stdin text and callers holding text). */
export function readArticleText(text: string, id: string, origin: string, ctx: ReadContext): ReadResult {
  const token = findDateToken(text);
  const body = token ? text.slice(token.bodyStart) : text;
  if (body.trim() === '') return fail(origin, token ? 'no article text after the date line' : 'empty file (no text)');
  if (token && token.date === null && ctx.published === null) {
    return fail(origin, `field "date": ${token.raw} is not a valid date (expected YYYY-MM-DD)`);
  }
  return finishArticle({ id, text: body, origin, published: token?.date ?? null, publishedField: 'date' }, ctx);
}
