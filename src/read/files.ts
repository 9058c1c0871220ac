// Files and folders: walk folders recursively in sorted order (hidden entries skipped, only regular files
// read), choose a reader by extension, and turn every file-system problem into one ReadError for that path.
import { createReadStream, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeUtf8, type Decoded } from './decode.js';
import { decodeHtml } from './charset.js';
import { readArticleHtml } from './html.js';
import { readArticlesJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { readArticleText } from './text.js';
import { fail, type ReadContext, type ReadError, type ReadResult } from './types.js';

export type Format = 'text' | 'jsonl' | 'json' | 'html';

const FORMATS: Record<string, Format> = {
  '': 'text', '.txt': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.html': 'html', '.htm': 'html',
};

/** The reader for a file name, or null for an extension readout does not read (skipped in folders). */
export function formatOf(path: string): Format | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** A file to read, found under a path. */
export interface FoundFile {
  file: string;
  format: Format;
}

/** A file found under a path, or the problem met on the way. */
export type Found = { ok: true; found: FoundFile } | { ok: false; error: ReadError };

/**
 * The files a path stands for: the file itself (any extension; unknown ones read as text; a named pipe or
 * device is read as a stream, like stdin: the user named it), or every readable regular file under a folder,
 * recursively, in sorted order, skipping names that start with "." and reporting named pipes, sockets and
 * devices (reading them could wait forever) as errors without opening them.
 */
export async function* findFiles(path: string): AsyncGenerator<Found> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (e) {
    yield { ok: false, error: { origin: path, message: fsMessage(e) } };
    return;
  }
  if (!stats.isDirectory()) {
    yield { ok: true, found: { file: path, format: formatOf(path) ?? 'text' } };
    return;
  }
  let count = 0;
  for await (const item of walkFolder(path, new Set())) {
    if (item.ok) count++;
    yield item;
  }
  if (count === 0) {
    yield { ok: false, error: { origin: path, message: 'no article files in this folder (.txt, .jsonl, .ndjson, .json, .html, .htm or no extension)' } };
  }
}

async function* walkFolder(dir: string, seen: Set<string>): AsyncGenerator<Found> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop: each folder is read once
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { ok: false, error: { origin: dir, message: fsMessage(e) } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let kind: Dirent | Stats = entry;
    if (entry.isSymbolicLink()) {
      try {
        kind = await stat(path);
      } catch (e) {
        yield { ok: false, error: { origin: path, message: fsMessage(e) } };
        continue;
      }
    }
    if (kind.isDirectory()) {
      yield* walkFolder(path, seen);
      continue;
    }
    if (!kind.isFile()) {
      // reading a named pipe would wait for a writer forever; a device may never end
      yield { ok: false, error: { origin: path, message: `${specialKind(kind)}, not a regular file: skipped (give it as PATH to read it as a stream)` } };
      continue;
    }
    const format = formatOf(path);
    if (format !== null) yield { ok: true, found: { file: path, format } };
  }
}

/** Every article of one file; problems become ReadErrors, never exceptions. */
export async function* readFoundFile({ file, format }: FoundFile, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const name = basename(file, extname(file));
  try {
    const stats = statSync(file);
    if (stats.isFile() && stats.size === 0) {
      yield fail(file, 'empty file');
      return;
    }
    if (format === 'jsonl') {
      yield* readJsonl(createReadStream(file), name, file, ctx);
      return;
    }
    if (stats.isFile() && stats.size > ctx.maxBytes) {
      yield fail(file, `file is ${megabytes(stats.size)}, over the ${megabytes(ctx.maxBytes)} limit (maxBytes); not read`);
      return;
    }
    const bytes = await readBytes(file, stats, ctx.maxBytes);
    if (bytes === null) {
      yield fail(file, `input is over the ${megabytes(ctx.maxBytes)} limit (maxBytes); not read`);
      return;
    }
    if (bytes.length === 0) {
      yield fail(file, 'empty file');
      return;
    }
    const decoded: Decoded = format === 'html' ? decodeHtml(bytes) : decodeUtf8(bytes);
    if (!decoded.ok) {
      yield fail(file, decoded.message);
      return;
    }
    if (format === 'json') yield* readArticlesJson(decoded.text, name, file, ctx);
    else if (format === 'html') yield readArticleHtml(decoded.text, name, file, ctx);
    else yield readArticleText(decoded.text, name, file, ctx);
  } catch (e) {
    yield fail(file, fsMessage(e));
  }
}

/**
 * A file's bytes. Regular files (already size-checked) up to SYNC_READ_BYTES are read synchronously: for
 * small articles that is several times faster than the thread-pool round trips of async reads, and blocks
 * the event loop for well under a millisecond. Bigger files are read asynchronously; pipes and devices are
 * streamed with the cap (null once past `max`).
 */
async function readBytes(file: string, stats: Stats, max: number): Promise<Buffer | null> {
  if (!stats.isFile()) return readCapped(file, max);
  return stats.size <= SYNC_READ_BYTES ? readFileSync(file) : readFile(file);
}

const SYNC_READ_BYTES = 256 * 1024;

/** A file's bytes, or null once they pass `max` (also for pipes and devices, whose size stat cannot tell). */
async function readCapped(file: string, max: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts, size);
}

function specialKind(k: Dirent | Stats): string {
  if (k.isFIFO()) return 'a named pipe';
  if (k.isSocket()) return 'a socket';
  if (k.isCharacterDevice()) return 'a character device';
  if (k.isBlockDevice()) return 'a block device';
  return 'not a file or folder';
}

export function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file-system error as a message for users. */
export function fsMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return `could not read: ${err.message ?? String(e)}`;
  }
}
