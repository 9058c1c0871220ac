// .json files: one article object, or an array of them. Items of an array are reported as `path[i]`.
import { articleFromRecord } from './article.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/** Articles of a JSON document (sync). `name` is the id of a single object without one; array items default to `${name}:${i + 1}`. */
export function readArticlesJson(json: string, name: string, origin: string, ctx: ReadContext): ReadResult[] {
  if (json.trim() === '') return [fail(origin, 'empty file (no JSON)')];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return [fail(origin, `invalid JSON: ${(e as Error).message}`)];
  }
  if (!Array.isArray(value)) return [articleFromRecord(value, name, origin, ctx)];
  if (value.length === 0) return [fail(origin, 'empty JSON array (no articles)')];
  return value.map((item, i) => articleFromRecord(item, `${name}:${i + 1}`, `${origin}[${i}]`, ctx));
}
