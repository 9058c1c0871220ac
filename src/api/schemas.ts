// The API's shapes as zod schemas: query parameters and bodies are parsed with them, responses are described by
// them, and the OpenAPI document is generated from them (src/api/openapi.ts). One registry, owned by this module.
import { z } from 'zod';
import { PLOVER_CATEGORIES, STATUSES, type PloverCategory, type ReadoutEvent, type Status } from '../types.js';
import type { EventFilter } from '../store/types.js';

/** Named component schemas for the OpenAPI document. */
export const components = z.registry<{ id?: string; description?: string }>();

/** A schema with a description for the OpenAPI document (kept in this module's registry, not zod's global one). */
function doc<S extends z.ZodType>(schema: S, description: string): S {
  (schema as z.ZodType).register(components, { description });
  return schema;
}

// ---------------------------------------------------------------- contract shapes (responses)

export const ActorRefSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
}).register(components, { id: 'ActorRef', description: 'an actor as named in the text, with its resolved country and sector codes' });

export const EventSchema = z.object({
  id: z.string(),
  article: z.object({ id: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable() }),
  event: z.enum(PLOVER_CATEGORIES as [PloverCategory, ...PloverCategory[]]),
  mode: z.string().nullable(),
  contexts: z.array(z.string()),
  cameo: z.string(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  actor: z.array(ActorRefSchema),
  recipient: z.array(ActorRefSchema),
  date: z.object({
    value: z.string(),
    granularity: z.enum(['year', 'month', 'day']),
    text: z.string().nullable(),
    basis: z.enum(['text', 'published']),
  }).nullable(),
  location: z.object({ name: z.string(), country: z.string().nullable() }).nullable(),
  attribution: z.array(ActorRefSchema.extend({ cue: z.string() })),
  status: z.enum(STATUSES as [Status, ...Status[]]),
  evidence: z.object({ sentence: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() }),
  confidence: z.number(),
  trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
}).register(components, { id: 'Event', description: 'one coded event (contract section 2); offsets refer to the article text' });

// compile-time check: the schema and the shared type describe the same thing
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventSchemaMatchesType: Same<z.infer<typeof EventSchema>, ReadoutEvent> = true;
void eventSchemaMatchesType;

export const ArticleSchema = z.object({
  id: z.string(),
  text: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  origin: z.string(),
  coderVersion: z.string().optional(),
  contentHash: z.string().optional(),
}).register(components, { id: 'Article', description: 'an article as read; event offsets refer to its text' });

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
}).register(components, { id: 'Error' });

export const EventPageSchema = z.object({
  events: z.array(EventSchema),
  total: z.number().int(),
  next: z.string().nullable(),
}).register(components, { id: 'EventPage', description: 'one page of matching events; pass `next` as `cursor` for the next page. `total` counts the matches when the first page was read: later pages of the same filter carry that count in the cursor instead of counting again' });

export const StatsRowSchema = z.object({
  period: z.string(),
  key: z.string(),
  count: z.number().int(),
  goldstein: z.number(),
}).register(components, { id: 'StatsRow', description: 'events of one group in one period; goldstein is the sum over them' });

export const StatsSchema = z.object({ rows: z.array(StatsRowSchema) });
export const TopSchema = z.object({ rows: z.array(z.object({ key: z.string(), count: z.number().int() })) });
export const ArticleWithEventsSchema = z.object({ article: ArticleSchema, events: z.array(EventSchema) });
export const CodedSchema = z.object({
  article: z.object({ id: z.string(), text: z.string(), published: z.string().nullable(), outlet: z.string().nullable() }),
  events: z.array(EventSchema),
});
export const IngestResultSchema = z.object({
  stored: z.number().int(),
  skipped: z.number().int(),
  events: z.number().int(),
  ids: z.array(z.string()),
});
export const InfoSchema = z.object({
  backend: z.string(),
  coderVersion: z.string(),
  articles: z.number().int(),
  events: z.number().int(),
  ingest: z.boolean(),
});

// ---------------------------------------------------------------- query parameters

const CODE = /^[A-Z][A-Z0-9]{1,7}$/;
const code = (what: string) => z.string().regex(CODE, `expected ${what} code in capitals, such as CHN`);
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar. */
export const partialDate = () => z.string().refine(isPartialDate, { message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' });

function isPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** A comma-separated list of allowed values (the query may also repeat the parameter). */
function listOf<T extends string>(values: readonly T[], what: string) {
  return doc(z.string().transform((s, ctx) => {
    const parts = [...new Set(s.split(',').map((p) => p.trim().toUpperCase()).filter((p) => p !== ''))];
    const norm = what === 'status' ? parts.map((p) => p.toLowerCase()) : parts;
    const bad = norm.filter((p) => !(values as readonly string[]).includes(p));
    if (bad.length > 0 || norm.length === 0) {
      ctx.addIssue({ code: 'custom', message: `${bad.length > 0 ? `'${bad[0]}' is not a ${what}; ` : ''}expected a comma-separated list of ${values.join(', ')}` });
      return z.NEVER;
    }
    return norm as T[];
  }), `comma-separated ${what} values: ${values.join(', ')}`);
}

export const filterShape = {
  dyad: z.string()
    .regex(/^[A-Z][A-Z0-9]{1,7}-[A-Z][A-Z0-9]{1,7}$/, "expected two country codes joined by '-', such as CHN-IRN")
    .register(components, { description: 'events between two countries, in either direction' }),
  actor: code('an actor country').register(components, { description: 'actor country code' }),
  actorSector: code('a sector').register(components, { description: 'actor sector code (GOV, COP, MIL, …)' }),
  recipient: code('a recipient country').register(components, { description: 'recipient country code' }),
  recipientSector: code('a sector'),
  event: listOf(PLOVER_CATEGORIES, 'PLOVER category'),
  mode: text(40),
  context: text(40),
  status: listOf(STATUSES, 'status'),
  outlet: text(200),
  source: text(200).register(components, { description: 'case-insensitive substring of an attribution source' }),
  from: partialDate().register(components, { description: 'first event date, inclusive' }),
  to: partialDate().register(components, { description: 'last event date, inclusive' }),
  q: text(200).register(components, { description: 'full-text query over evidence sentences' }),
  article: text(200).register(components, { description: 'only events of this article id' }),
};

type FilterQuery = { [K in keyof typeof filterShape]?: z.output<(typeof filterShape)[K]> };

function checkRange(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (v.from !== undefined && v.to !== undefined && v.to < v.from.slice(0, v.to.length)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `'to' (${v.to}) is before 'from' (${v.from})` });
  }
}

const limit = (max: number, dflt: number) =>
  z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(1, 'at least 1').max(max, `at most ${max}`).default(dflt);

export const EventsQuery = z.strictObject({
  ...optional(filterShape),
  limit: limit(500, 50).register(components, { description: 'events per page (1–500, default 50)' }),
  cursor: z.string().max(500).register(components, { description: 'the `next` value of the previous page' }).optional(),
}).superRefine(checkRange);

export const StatsQuery = z.strictObject({
  ...optional(filterShape),
  by: z.enum(['dyad', 'event', 'quad']).default('quad').register(components, { description: 'group by dyad (actor-recipient), PLOVER category or quad class' }),
  interval: z.enum(['day', 'week', 'month', 'year']).default('month').register(components, { description: 'period length; weeks start on Monday' }),
}).superRefine(checkRange);

export const TopQuery = z.strictObject({
  ...optional(filterShape),
  kind: z.enum(['actors', 'dyads']).register(components, { description: 'rank actor countries or dyads by event count' }),
  limit: limit(200, 20),
}).superRefine(checkRange);

export const ArticleParams = z.strictObject({ id: z.string().min(1).max(300) });

// ---------------------------------------------------------------- bodies

export const MAX_CODE_CHARS = 100_000;

export const CodeBody = z.strictObject({
  text: z.string().refine((s) => s.trim() !== '', 'must not be empty').refine((s) => s.length <= MAX_CODE_CHARS, `at most ${MAX_CODE_CHARS} characters`),
  published: partialDate().refine((s) => s.length === 10, 'expected a date YYYY-MM-DD').nullable().optional(),
  outlet: z.string().max(200).nullable().optional(),
}).register(components, { id: 'CodeRequest', description: 'text to code without storing it' });

export const ArticleInput = z.strictObject({
  id: z.string().min(1).max(300).optional(),
  text: z.string().refine((s) => s.trim() !== '', 'must not be empty').refine((s) => s.length <= 500_000, 'at most 500000 characters'),
  published: partialDate().refine((s) => s.length === 10, 'expected a date YYYY-MM-DD').nullable().optional(),
  outlet: z.string().max(200).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
  title: z.string().max(1000).nullable().optional(),
  language: z.string().max(20).nullable().optional(),
}).register(components, { id: 'ArticleInput' });

export const IngestBody = z.strictObject({
  articles: z.array(ArticleInput).min(1, 'give at least one article').max(200, 'at most 200 articles per request'),
}).register(components, { id: 'IngestRequest', description: 'articles to code and store' });

// ---------------------------------------------------------------- helpers

function optional<T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) out[k] = v.optional();
  return out as { [K in keyof T]: z.ZodOptional<T[K]> };
}

/** The store's filter from parsed query parameters. */
export function toFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.dyad !== undefined) {
    const [a, b] = q.dyad.split('-') as [string, string];
    f.dyad = [a, b];
  }
  if (q.actor !== undefined) f.actor = q.actor;
  if (q.actorSector !== undefined) f.actorSector = q.actorSector;
  if (q.recipient !== undefined) f.recipient = q.recipient;
  if (q.recipientSector !== undefined) f.recipientSector = q.recipientSector;
  if (q.event !== undefined) f.event = q.event;
  if (q.mode !== undefined) f.mode = q.mode;
  if (q.context !== undefined) f.context = q.context;
  if (q.status !== undefined) f.status = q.status;
  if (q.outlet !== undefined) f.outlet = q.outlet;
  if (q.source !== undefined) f.source = q.source;
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  if (q.q !== undefined) f.q = q.q;
  if (q.article !== undefined) f.article = q.article;
  return f;
}
