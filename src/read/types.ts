// Types of the read stage: options, errors and the per-input result every reader yields.
import type { Article } from '../types.js';

/** One problem with one input (a file, a line of a JSONL file, or stdin). */
export interface ReadError {
  /** where: "path", "path:line" (JSONL), "path[i]" (item i of a JSON array) or "stdin[:line]" */
  origin: string;
  /** what is wrong, without the origin (the caller prints `${origin}: ${message}`) */
  message: string;
}

export interface ReadOptions {
  /** YYYY-MM-DD (or an ISO date-time) set on every article, overriding dates found in the input */
  published?: string;
  /** outlet name set on every article, overriding names found in the input */
  outlet?: string;
  /** called once per rejected input; reading then continues with the next input */
  onError: (e: ReadError) => void;
  /** largest accepted file (JSONL/stdin: largest line); default 50 MB */
  maxBytes?: number;
  /** what `-` reads; default process.stdin (tests pass their own) */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Options after validation, passed explicitly to every reader. */
export interface ReadContext {
  /** normalised --published override, or null */
  published: string | null;
  outlet: string | null;
  maxBytes: number;
}

/** What a reader produces for one article or one rejected input. */
export type ReadResult = { ok: true; article: Article } | { ok: false; error: ReadError };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function fail(origin: string, message: string): ReadResult {
  return { ok: false, error: { origin, message } };
}
