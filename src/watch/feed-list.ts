// The FEEDS of `readout watch`: URLs, text files of URLs (one a line, # comments, blank lines skipped) and OPML files
// (every <outline xmlUrl=…>, its title or text as the feed's title). Each bad entry is one message naming file and line.
import { readFileSync } from 'node:fs';
import { cleanUrl } from './canonical.js';

export interface FeedSource {
  url: string;
  /** the OPML outline's title, else null (the feed's own title is used then) */
  title: string | null;
  /** where it was given: "URL argument", "feeds.txt:3" */
  origin: string;
}

export interface FeedListError {
  origin: string;
  message: string;
}

export function feedSources(args: string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): { feeds: FeedSource[]; errors: FeedListError[] } {
  const feeds = new Map<string, FeedSource>();
  const errors: FeedListError[] = [];
  const add = (raw: string, title: string | null, origin: string) => {
    const url = /^https?:\/\//i.test(raw) ? cleanUrl(raw) : null;
    if (url === null) errors.push({ origin, message: `${JSON.stringify(raw.slice(0, 200))} is not an http(s) URL` });
    else if (!feeds.has(url)) feeds.set(url, { url, title, origin });
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) { add(arg, null, 'argument'); continue; }
    let text: string;
    try {
      text = read(arg);
    } catch (err) {
      const code = (err as { code?: string }).code;
      errors.push({ origin: arg, message: code === 'ENOENT' ? 'no such file (FEEDS are URLs, OPML files or files of URLs)' : `cannot read: ${code ?? String(err)}` });
      continue;
    }
    if (/^\s*<|\.opml$/i.test(text.slice(0, 200)) || /\.opml$/i.test(arg)) readOpml(text, arg, add, errors);
    else readUrlLines(text, arg, add);
  }
  return { feeds: [...feeds.values()], errors };
}

type Add = (url: string, title: string | null, origin: string) => void;

function readUrlLines(text: string, file: string, add: Add): void {
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    add(line, null, `${file}:${i + 1}`);
  });
}

function readOpml(text: string, file: string, add: Add, errors: FeedListError[]): void {
  if (!/<opml[\s>]/i.test(text)) {
    errors.push({ origin: file, message: 'looks like XML but is not OPML (no <opml> element)' });
    return;
  }
  let found = 0;
  for (const m of text.matchAll(/<outline\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const url = attrs.get('xmlurl');
    if (url === undefined) continue; // a folder outline
    found++;
    add(url, attrs.get('title') ?? attrs.get('text') ?? null, `${file}:${lineAt(text, m.index!)}`);
  }
  if (found === 0) errors.push({ origin: file, message: 'OPML file without feeds (no <outline> with an xmlUrl attribute)' });
}

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[3] ?? m[4] ?? '').trim());
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? all;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
