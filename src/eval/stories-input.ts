// The story suite's articles, read synchronously (the suites run synchronously) with readout's own per-format
// readers, so the ids, texts and dates are the ones `readout ingest` stores for the same files.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { articleFromRecord } from '../read/article.js';
import { decodeHtml } from '../read/charset.js';
import { decodeUtf8 } from '../read/decode.js';
import { formatOf, readArticleHtml, readArticlesJson, readArticleText, readContext } from '../read/index.js';
import { fail, type ReadResult } from '../read/types.js';
import type { Article } from '../types.js';

export interface ReadSync {
  articles: Article[];
  /** "origin: message" for every rejected input */
  errors: string[];
}

/** Every article of the given files and folders (folders recursively, sorted, hidden names skipped). */
export function readArticlesSync(paths: string[]): ReadSync {
  const ctx = readContext({});
  const out: ReadSync = { articles: [], errors: [] };
  const take = (r: ReadResult) => {
    if (r.ok) out.articles.push(r.article);
    else out.errors.push(`${r.error.origin}: ${r.error.message}`);
  };
  for (const file of paths.flatMap(filesUnder)) {
    const format = formatOf(file) ?? 'text';
    const name = basename(file, extname(file));
    const bytes = readFileSync(file);
    const decoded = format === 'html' ? decodeHtml(bytes) : decodeUtf8(bytes);
    if (!decoded.ok) {
      out.errors.push(`${file}: ${decoded.message}`);
      continue;
    }
    if (format === 'html') take(readArticleHtml(decoded.text, name, file, ctx));
    else if (format === 'json') readArticlesJson(decoded.text, name, file, ctx).forEach(take);
    else if (format === 'text') take(readArticleText(decoded.text, name, file, ctx));
    else jsonlLines(decoded.text, name, file, ctx).forEach(take);
  }
  return out;
}

function jsonlLines(text: string, name: string, file: string, ctx: ReturnType<typeof readContext>): ReadResult[] {
  const out: ReadResult[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.push(fail(where, `invalid JSON: ${(e as Error).message}`));
      return;
    }
    out.push(articleFromRecord(value, `${name}:${i + 1}`, where, ctx));
  });
  return out;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => {
      const p = join(path, n);
      if (statSync(p).isDirectory()) return filesUnder(p);
      return formatOf(p) === null ? [] : [p];
    });
}
