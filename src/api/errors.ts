// Errors the API returns: always `{error: {code, message, field?}}` with a status that fits, and a message
// that says what was wrong and what is accepted.
import type { z } from 'zod';
import { isConnectionError, StoreUnavailableError } from '../store/index.js';

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** seconds, sent as Retry-After (503s) */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field !== undefined ? { field: this.field } : {}) } };
  }
}

/** The first problem of a failed zod parse as a 400 that names the parameter or body field. */
export function fromZod(err: z.ZodError, where: 'query' | 'body' | 'params', known?: string[]): ApiError {
  const issue = err.issues[0]!;
  let field = issue.path.map(String).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    field = [field, issue.keys[0]].filter((s) => s !== '').join('.');
    message = `unknown ${where === 'query' ? 'parameter' : 'field'}${known ? `; known: ${known.join(', ')}` : ''}`;
  }
  const label = where === 'query' ? 'parameter' : where === 'params' ? 'path parameter' : 'field';
  const text = field === '' ? `${where === 'body' ? 'request body' : where}: ${message}` : `${label} '${field}': ${message}`;
  return new ApiError(400, where === 'body' ? 'bad_body' : 'bad_parameter', text, field === '' ? undefined : field);
}

/**
 * Whether an error from the store means the database is unavailable (answer 503 and keep serving) rather than a bug:
 * the store's StoreUnavailableError, or a connection error the store recognises (src/store/errors.ts), along the
 * cause chain.
 */
export function isStoreUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof StoreUnavailableError || isConnectionError(e)) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 2;

export const storeUnavailable = () =>
  new ApiError(503, 'store_unavailable', 'the database is unavailable at the moment; retry shortly', undefined, RETRY_AFTER_SECONDS);
