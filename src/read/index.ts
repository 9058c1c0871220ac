// The read stage (contract section 1): files, folders and stdin in, Articles out.
// Problems with inputs go to opts.onError, one message each, and reading goes on.
import type { Article } from '../types.js';
import { DATE_FORMS, normaliseDate } from './date.js';
import { findFiles, readFoundFile } from './files.js';
import { readStdin } from './stdin.js';
import { DEFAULT_MAX_BYTES, type ReadContext, type ReadOptions } from './types.js';

export type { ReadContext, ReadError, ReadOptions, ReadResult } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';
export { normaliseDate } from './date.js';
export { readArticleText, findDateToken } from './text.js';
export { readArticlesJson } from './json.js';
export { readArticleHtml } from './html.js';
export { formatOf } from './files.js';

/**
 * Validated options. Throws a RangeError for an invalid --published or maxBytes: those are usage
 * errors of the caller, not input problems (callers may call this first to report them early).
 */
export function readContext(opts: Pick<ReadOptions, 'published' | 'outlet' | 'maxBytes'>): ReadContext {
  let published: string | null = null;
  if (opts.published !== undefined) {
    published = normaliseDate(opts.published);
    if (published === null) throw new RangeError(`--published: "${opts.published}" is not a valid date (expected ${DATE_FORMS})`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be a positive number, got ${maxBytes}`);
  return { published, outlet: opts.outlet ?? null, maxBytes };
}

/** Articles of every path in order ("-" = stdin); a folder is read recursively in sorted order. Never throws for bad input. */
export async function* readInputs(paths: string[], opts: ReadOptions): AsyncGenerator<Article> {
  const ctx = readContext(opts);
  for (const path of paths) {
    if (path === '-') {
      for await (const r of readStdin(opts.stdin ?? process.stdin, ctx)) {
        if (r.ok) yield r.article;
        else opts.onError(r.error);
      }
      continue;
    }
    for await (const f of findFiles(path)) {
      if (!f.ok) {
        opts.onError(f.error);
        continue;
      }
      for await (const r of readFoundFile(f.found, ctx)) {
        if (r.ok) yield r.article;
        else opts.onError(r.error);
      }
    }
  }
}
