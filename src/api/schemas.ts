// The API's shapes as zod schemas: query parameters and bodies are parsed with them, responses are described by
// them, and the OpenAPI document is generated from them (src/api/openapi.ts). One registry, owned by this module.
import { z } from 'zod';
import { PLOVER_CATEGORIES, STATUSES, type PloverCategory, type ReadoutEvent, type Status } from '../types.js';
import type { EventFilter, StatsBy, StatsInterval } from '../store/types.js';
import { normaliseFilter, parseFilter, STATS_BY, STATS_INTERVALS, type FilterOption } from '../store/validate.js';
import { dayRange } from '../store/dates.js';

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
  ids: z.array(z.string()).register(components, { description: 'the articles stored (new, or replaced because their text or the coder version changed), in request order' }),
  skippedIds: z.array(z.string()).register(components, { description: 'the articles skipped: already stored unchanged, or a duplicate of a stored text (or of an earlier one in this request) under another id' }),
});
export const InfoSchema = z.object({
  backend: z.string(),
  coderVersion: z.string(),
  articles: z.number().int(),
  events: z.number().int(),
  ingest: z.boolean(),
});

// ---------------------------------------------------------------- query parameters

/** YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar (the store's own date check). */
export const partialDate = () => z.string().refine((s) => dayRange(s) !== null, { message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' });

/** The store's option name of a filter field (`actorSector` => `actor-sector`). */
const optionOf = (key: keyof EventFilter) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as FilterOption;

/** The message of the store's RangeError without its `--option: ` prefix (the API names the parameter itself). */
const withoutOption = (e: RangeError) => e.message.replace(/^--[a-z-]+:\s*/, '');

/**
 * One filter parameter, checked and normalised by the store's own validator (src/store/validate.ts): one source of
 * truth, so whatever passes here the store accepts, and whatever the store refuses is a 400 naming the parameter.
 */
function storeField<K extends keyof EventFilter>(key: K) {
  return z.string().transform((s, ctx): NonNullable<EventFilter[K]> => {
    try {
      const v = parseFilter({ [optionOf(key)]: s })[key];
      if (v !== undefined) return v as NonNullable<EventFilter[K]>;
      ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      ctx.addIssue({ code: 'custom', message: withoutOption(e) });
    }
    return z.NEVER;
  });
}

export const filterShape = {
  dyad: doc(storeField('dyad'), "events between two countries, in either direction: two codes joined by '-', such as CHN-IRN"),
  actor: doc(storeField('actor'), 'actor country code (three letters)'),
  actorSector: doc(storeField('actorSector'), 'actor sector code (GOV, COP, MIL, …)'),
  recipient: doc(storeField('recipient'), 'recipient country code (three letters)'),
  recipientSector: doc(storeField('recipientSector'), 'recipient sector code (GOV, COP, MIL, …)'),
  event: doc(storeField('event'), `comma-separated PLOVER categories: ${PLOVER_CATEGORIES.join(', ')}`),
  mode: doc(storeField('mode'), 'a PLOVER mode (visit, phone, demo, aerial, …)'),
  context: doc(storeField('context'), 'a PLOVER context (terrorism, economic, diplomatic, …)'),
  status: doc(storeField('status'), `comma-separated statuses: ${STATUSES.join(', ')}`),
  outlet: doc(storeField('outlet'), 'the outlet name'),
  source: doc(storeField('source'), 'case-insensitive substring of an attribution source'),
  from: doc(storeField('from'), 'first event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: doc(storeField('to'), 'last event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)'),
  q: doc(storeField('q'), 'full-text query over evidence sentences'),
  article: doc(storeField('article'), 'only events of this article id'),
};

const FILTER_KEYS = Object.keys(filterShape) as (keyof typeof filterShape & keyof EventFilter)[];

type FilterQuery = { [K in keyof typeof filterShape]?: z.output<(typeof filterShape)[K]> };

/** The whole filter through the store's validator too, for the rules that involve two parameters (from after to). */
function checkFilter(v: FilterQuery, ctx: z.RefinementCtx): void {
  try {
    normaliseFilter(toFilter(v));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const opt = /--([a-z-]+)/.exec(e.message)?.[1];
    const key = FILTER_KEYS.find((k) => optionOf(k) === opt);
    ctx.addIssue({ code: 'custom', ...(key ? { path: [key] } : {}), message: withoutOption(e).replace(/--([a-z-]+)/g, (_m, o: string) => `'${FILTER_KEYS.find((k) => optionOf(k) === o) ?? o}'`) });
  }
}

const limit = (max: number, dflt: number) =>
  z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(1, 'at least 1').max(max, `at most ${max}`).default(dflt);

export const EventsQuery = z.strictObject({
  ...optional(filterShape),
  limit: limit(500, 50).register(components, { description: 'events per page (1–500, default 50)' }),
  cursor: z.string().max(500).register(components, { description: 'the `next` value of the previous page' }).optional(),
}).superRefine(checkFilter);

export const StatsQuery = z.strictObject({
  ...optional(filterShape),
  by: z.enum(STATS_BY as [StatsBy, ...StatsBy[]]).default('quad').register(components, { description: 'group by dyad (actor-recipient), PLOVER category or quad class' }),
  interval: z.enum(STATS_INTERVALS as [StatsInterval, ...StatsInterval[]]).default('month').register(components, { description: 'period length; weeks start on Monday' }),
}).superRefine(checkFilter);

export const TopQuery = z.strictObject({
  ...optional(filterShape),
  kind: z.enum(['actors', 'dyads']).register(components, { description: 'rank actor countries or dyads by event count' }),
  limit: limit(200, 20),
}).superRefine(checkFilter);

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
  articles: z.array(ArticleInput).min(1, 'give at least one article').max(200, 'at most 200 articles per request')
    .superRefine((articles, ctx) => {
      const first = new Map<string, number>();
      articles.forEach((a, i) => {
        if (a.id === undefined) return;
        const j = first.get(a.id);
        if (j !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats the id of article ${j} in this request` });
        else first.set(a.id, i);
      });
    }),
}).register(components, { id: 'IngestRequest', description: 'articles to code and store' });

// ---------------------------------------------------------------- helpers

function optional<T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) out[k] = v.optional();
  return out as { [K in keyof T]: z.ZodOptional<T[K]> };
}

/** The store's filter from parsed query parameters (already checked and normalised by the store's validator). */
export function toFilter(q: FilterQuery): EventFilter {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (q[k] !== undefined) f[k] = q[k];
  return f as EventFilter;
}
