// Errors the API returns: always `{error: {code, message, field?}}` with a status that fits, and a message
// that says what was wrong and what is accepted.
import type { z } from 'zod';

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
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
