// An output file written completely or not at all: the text goes to a temporary file beside it, which is renamed
// over the name at the end; a failure removes the temporary file and leaves whatever was there before. Never over
// the store being read or any other SQLite database. Every I/O error becomes one line naming the path.
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isPostgresUrl } from '../store/index.js';
import { UsageError } from './args.js';
import { writeFailure } from './failure.js';

/** Text sink for one output file. */
export interface OutputFile {
  write(text: string): Promise<void>;
  /** make the file complete under its name */
  commit(): Promise<void>;
  /** drop what was written; the name keeps what it had */
  abort(): Promise<void>;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** files SQLite keeps beside a database: writing over them loses committed transactions */
const STORE_COMPANIONS = ['', '-wal', '-shm', '-journal'];
const FLUSH_AT = 1 << 20;

/** Refuse (UsageError) an output path that is the store `db` (or its WAL, shared memory or journal) or an SQLite database. */
export function refuseStoreOverwrite(out: string, db: string): void {
  const outStats = statOrNull(out);
  if (!isPostgresUrl(db)) {
    for (const suffix of STORE_COMPANIONS) {
      const file = db + suffix;
      const same = resolve(file) === resolve(out) || (outStats !== null && sameFile(outStats, statOrNull(file)));
      if (same) throw new UsageError(`--out ${out} is the store this command reads (${file}); choose another file`);
    }
  }
  if (outStats?.isFile() && startsWith(out, SQLITE_HEADER)) {
    throw new UsageError(`--out ${out} is an SQLite database; export never writes over one (choose another file)`);
  }
}

/**
 * Open `path` for writing. A new or regular file is written through a temporary file in the same folder and
 * renamed at commit (through a symlink, to its target; keeping an existing file's mode); a device or named pipe
 * (/dev/stdout, a FIFO) is written directly.
 */
export async function openOutputFile(path: string): Promise<OutputFile> {
  const stats = statOrNull(path);
  if (stats?.isDirectory()) throw writeFailure(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  const direct = stats !== null && !stats.isFile();
  let target = path;
  let temp: string | null = null;
  let handle: FileHandle;
  try {
    if (direct) handle = await open(path, 'w');
    else {
      if (stats) target = await realpath(path);
      temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      handle = await open(temp, 'wx', stats ? stats.mode & 0o7777 : 0o666);
    }
  } catch (e) {
    throw writeFailure(path, e);
  }
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    await handle.writeFile(text); // writeFile, unlike write, goes on after a short write
  };
  const dropTemp = async () => {
    await handle.close().catch(() => undefined);
    if (temp) await unlink(temp).catch(() => undefined);
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) await flush().catch(async (e) => { await dropTemp(); throw writeFailure(path, e); });
    },
    async commit() {
      try {
        await flush();
        if (temp) await handle.sync();
        await handle.close();
        if (temp) await rename(temp, target);
      } catch (e) {
        await dropTemp();
        throw writeFailure(path, e);
      }
    },
    abort: dropTemp,
  };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sameFile(a: Stats, b: Stats | null): boolean {
  return b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** Whether a file begins with `header` (false when it cannot be read: then it cannot be written either). */
function startsWith(file: string, header: Buffer): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(header.length);
    return readSync(fd, buf, 0, header.length, 0) === header.length && buf.equals(header);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
