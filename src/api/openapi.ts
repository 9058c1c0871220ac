// The OpenAPI 3 document, generated from the same zod schemas the handlers parse with (z.toJSONSchema).
import { z } from 'zod';
import { CODER_VERSION } from '../pipeline.js';
import {
  ArticleParams, ArticleWithEventsSchema, CodeBody, CodedSchema, components, ErrorSchema, EventPageSchema, EventsQuery,
  InfoSchema, IngestBody, IngestResultSchema, StatsQuery, StatsSchema, TopQuery, TopSchema,
} from './schemas.js';
import { StoriesQuery, StoryDetailSchema, StoryPageSchema, StoryParams } from './story-schemas.js';
import { ComparisonSchema } from './compare-schemas.js';

interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI path ({id} style) */
  path: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  ok: { status: number; schema: z.ZodType };
  errors: number[];
  auth?: boolean;
}

export const ROUTE_DOCS: RouteDoc[] = [
  { method: 'get', path: '/api/events', summary: 'Events matching the filters, one page at a time', query: EventsQuery, ok: { status: 200, schema: EventPageSchema }, errors: [400] },
  { method: 'get', path: '/api/stats', summary: 'Event counts and summed Goldstein per period and group', query: StatsQuery, ok: { status: 200, schema: StatsSchema }, errors: [400] },
  { method: 'get', path: '/api/top', summary: 'Most frequent actor countries or dyads', query: TopQuery, ok: { status: 200, schema: TopSchema }, errors: [400] },
  { method: 'get', path: '/api/articles/{id}', summary: 'One stored article with its events (evidence offsets refer to its text)', params: ArticleParams, ok: { status: 200, schema: ArticleWithEventsSchema }, errors: [400, 404] },
  { method: 'get', path: '/api/stories', summary: 'Stories (articles telling one episode across outlets and days), newest first, one page at a time', query: StoriesQuery, ok: { status: 200, schema: StoryPageSchema }, errors: [400] },
  { method: 'get', path: '/api/stories/{id}', summary: 'One story with its articles and their events', params: StoryParams, ok: { status: 200, schema: StoryDetailSchema }, errors: [400, 404] },
  { method: 'get', path: '/api/stories/{id}/compare', summary: "A story's merged events × outlets: reported as fact, attributed, alleged, denied … or not at all", params: StoryParams, ok: { status: 200, schema: ComparisonSchema }, errors: [400, 404] },
  { method: 'get', path: '/api/info', summary: 'Store backend, coder version, counts, and whether ingest is enabled', ok: { status: 200, schema: InfoSchema }, errors: [] },
  { method: 'post', path: '/api/code', summary: 'Code a text without storing it', body: CodeBody, ok: { status: 200, schema: CodedSchema }, errors: [400, 413, 415] },
  { method: 'post', path: '/api/articles', summary: 'Code and store articles (needs the bearer token; refused when the server has none)', body: IngestBody, ok: { status: 201, schema: IngestResultSchema }, errors: [400, 401, 403, 413, 415], auth: true },
];

const REASONS: Record<number, string> = {
  400: 'a parameter or body field is invalid; error.field names it',
  401: 'no or malformed bearer token',
  403: 'wrong token, or ingest disabled on this server',
  404: 'not found',
  413: 'request body too large',
  415: 'body is not application/json',
};

const SCHEMA_OPTS = { target: 'openapi-3.0', unrepresentable: 'any', metadata: components } as const;

/** JSON Schema of one schema, its references to registered components pointing into `components.schemas`. */
function jsonOf(s: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(s, { ...SCHEMA_OPTS, io }) as Record<string, unknown>;
  delete json['$schema'];
  delete json['$defs'];
  delete json['definitions'];
  return JSON.parse(JSON.stringify(json).replace(/"#\/(?:\$defs|definitions)\//g, '"#/components/schemas/')) as Record<string, unknown>;
}

/** A schema as OpenAPI, with registered components referenced rather than inlined. */
function schemaOf(s: z.ZodType, io: 'input' | 'output'): unknown {
  const id = components.get(s)?.id;
  if (id !== undefined) return { $ref: `#/components/schemas/${id}` };
  return jsonOf(s, io);
}

function parametersOf(s: z.ZodType, where: 'query' | 'path'): unknown[] {
  const json = jsonOf(s, 'input') as {
    properties?: Record<string, Record<string, unknown>>; required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name, in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTE_DOCS) {
    const parameters = [...(r.params ? parametersOf(r.params, 'path') : []), ...(r.query ? parametersOf(r.query, 'query') : [])];
    const responses: Record<string, unknown> = {
      [r.ok.status]: { description: 'OK', content: { 'application/json': { schema: schemaOf(r.ok.schema, 'output') } } },
    };
    for (const s of r.errors) {
      responses[s] = { description: REASONS[s], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } } : {}),
      responses,
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
    };
  }
  void ErrorSchema; // registered in `components`
  const registered = z.toJSONSchema(components, { ...SCHEMA_OPTS, uri: (ref) => `#/components/schemas/${ref}` }) as { schemas: Record<string, Record<string, unknown>> };
  for (const s of Object.values(registered.schemas)) {
    delete s['$schema'];
    delete s['$id'];
  }
  return {
    openapi: '3.0.3',
    info: { title: 'readout API', version: CODER_VERSION, description: 'Sourced PLOVER/CAMEO events: query stored events, their evidence and sources; code text.' },
    paths,
    components: { schemas: registered.schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
