// Failures a command reports in one line (no stack trace) with a non-zero exit: file-system errors on output,
// a full disk under a store. The message names the file or store and the reason, with secrets masked.
import { maskUrl } from '../output/mask.js';

/** A failure the dispatcher prints as `readout CMD: message` and exits 1. */
export class Failure extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a folder on the path is a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'is a directory',
  EIO: 'input/output error',
  EEXIST: 'already exists',
};

/** A system error as "reason (CODE)", e.g. "no space left on device (ENOSPC)"; other errors by their message. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return `${REASONS[code]} (${code})`;
  return e instanceof Error ? e.message : String(e);
}

/** `cannot write PATH: reason (CODE)`, as a Failure. */
export function writeFailure(path: string, e: unknown): Failure {
  return new Failure(`cannot write ${path}: ${ioReason(e)}`, { cause: e });
}

/** An error and the errors it wraps, outermost first: `cause`, a SuppressedError's `suppressed`, an AggregateError's errors. */
export function errorChain(e: unknown): unknown[] {
  const chain: unknown[] = [];
  const queue = [e];
  while (queue.length > 0 && chain.length < 20) {
    const err = queue.shift();
    if (err === undefined || err === null || chain.includes(err)) continue;
    chain.push(err);
    if (err instanceof AggregateError) queue.push(...err.errors);
    if (err instanceof Error && err.name === 'SuppressedError') queue.push((err as Error & { suppressed?: unknown }).suppressed);
    if (err instanceof Error) queue.push(err.cause);
  }
  return chain;
}

/** SQLite's SQLITE_FULL, a file system's ENOSPC/EDQUOT, or PostgreSQL's disk_full (53100). */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100';
}

/**
 * A failed store write as one line when the disk under the store is full (anywhere in the error's chain:
 * a failed rollback may wrap it), else null (the error says best what happened). What was committed before
 * the failing transaction stays stored.
 */
export function diskFullFailure(store: string, e: unknown, committed: number): Failure | null {
  if (!errorChain(e).some(isDiskFull)) return null;
  return new Failure(`the disk under the store ${maskUrl(store)} is full: the batch being written was not stored; ` +
    `the ${committed} article${committed === 1 ? '' : 's'} committed before it stay (free space and run the same command again to go on)`, { cause: e });
}
