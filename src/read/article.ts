// Assemble an Article from the fields an input provides, apply the --published/--outlet overrides,
// and validate JSON records field by field (every message names the field).
import type { Article } from '../types.js';
import { DATE_FORMS, normaliseDate } from './date.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/** Fields a reader found; `published` is still raw (normalised here). */
export interface ArticleFields {
  id: string;
  text: string;
  origin: string;
  published?: string | null;
  /** name of the field the date came from, for the error message */
  publishedField?: string;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  language?: string | null;
}

/** Overrides win over input values; an input date that is not a date rejects the article (unless overridden). */
export function finishArticle(f: ArticleFields, ctx: ReadContext): ReadResult {
  let published = ctx.published;
  if (published === null && f.published != null && f.published !== '') {
    published = normaliseDate(f.published);
    if (published === null) {
      return fail(f.origin, `field "${f.publishedField ?? 'published'}": ${JSON.stringify(f.published)} is not a valid date (expected ${DATE_FORMS})`);
    }
  }
  const article: Article = {
    id: f.id,
    text: f.text,
    published,
    outlet: ctx.outlet ?? nonEmpty(f.outlet),
    url: nonEmpty(f.url),
    title: nonEmpty(f.title),
    language: nonEmpty(f.language),
    origin: f.origin,
  };
  return { ok: true, article };
}

function nonEmpty(s: string | null | undefined): string | null {
  return s == null || s.trim() === '' ? null : s;
}

const OPTIONAL_STRINGS = ['published', 'outlet', 'url', 'title', 'language'] as const;

/** A parsed JSON value as an article: `{"id"?, "text", "published"?, "outlet"?, "url"?, "title"?, "language"?}`. */
export function articleFromRecord(value: unknown, defaultId: string, origin: string, ctx: ReadContext): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(origin, `expected a JSON object with a "text" field, got ${describe(value)}`);
  }
  const rec = value as Record<string, unknown>;
  const text = rec['text'];
  if (text === undefined) return fail(origin, 'field "text" is missing (each article needs its text as a string)');
  if (typeof text !== 'string') return fail(origin, `field "text" must be a string, got ${describe(text)}`);
  if (text.trim() === '') return fail(origin, 'field "text" is empty');

  const rawId = rec['id'];
  let id = defaultId;
  if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId != null && rawId !== '') return fail(origin, `field "id" must be a string or a number, got ${describe(rawId)}`);

  const fields: ArticleFields = { id, text, origin };
  for (const name of OPTIONAL_STRINGS) {
    const v = rec[name];
    if (v == null) continue;
    if (typeof v !== 'string') return fail(origin, `field "${name}" must be a string or null, got ${describe(v)}`);
    fields[name] = v;
  }
  return finishArticle(fields, ctx);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}
