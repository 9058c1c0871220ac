// Parsing requests with the zod schemas: repeated query parameters, then the schema, then a 400 that names the field.
import type { z } from 'zod';
import { ApiError, fromZod } from './errors.js';

/** Parameters that may be repeated (`?event=AGREE&event=CONSULT` = `?event=AGREE,CONSULT`). */
const LISTS = new Set(['event', 'status']);

/** The query as single strings; a repeated parameter that is not a list is a 400 naming it. */
export function flatQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(v)) {
      if (!LISTS.has(k)) throw new ApiError(400, 'bad_parameter', `parameter '${k}': given more than once`, k);
      out[k] = v.join(',');
    } else if (typeof v === 'string') {
      // an empty parameter (`?outlet=`) means "no filter", which is what a form with a blank field sends
      if (v !== '') out[k] = v;
    }
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const r = schema.safeParse(flatQuery(query));
  if (!r.success) throw fromZod(r.error, 'query', keysOf(schema));
  return r.data;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined || body === null) throw new ApiError(400, 'bad_body', 'request body: expected a JSON object (Content-Type: application/json)');
  const r = schema.safeParse(body);
  if (!r.success) throw fromZod(r.error, 'body', keysOf(schema));
  return r.data;
}

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const r = schema.safeParse(params);
  if (!r.success) throw fromZod(r.error, 'params');
  return r.data;
}

function keysOf(schema: z.ZodType): string[] | undefined {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}
