// The API's story shapes (issue #12): query parameters of GET /api/stories and the responses of the story routes,
// registered in the same component registry as the event shapes (schemas.ts).
import { z } from 'zod';
import { normaliseStoryFilter } from '../store/stories.js';
import type { StoryFilter } from '../store/types.js';
import { components, EventSchema } from './schemas.js';

export const StorySummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  articles: z.array(z.string()),
  outlets: z.array(z.string()),
  first: z.string().nullable(),
  last: z.string().nullable(),
  events: z.number().int(),
}).register(components, { id: 'StorySummary', description: 'articles telling one episode across outlets and days: ids by published day, outlets, first and last day, the earliest article\'s title' });

export const StoryPageSchema = z.object({
  stories: z.array(StorySummarySchema),
  total: z.number().int(),
  next: z.string().nullable(),
}).register(components, { id: 'StoryPage', description: 'one page of stories, newest `last` first; pass `next` as `cursor` for the next page' });

export const StoryDetailSchema = z.object({
  story: StorySummarySchema,
  articles: z.array(z.object({
    id: z.string(), outlet: z.string(), published: z.string().nullable(), title: z.string().nullable(), url: z.string().nullable(),
    text: z.string(), events: z.array(EventSchema),
  })),
}).register(components, { id: 'StoryDetail', description: 'one story with its articles (text and events), by published day' });

/** The store option name of each query parameter, to name the parameter in a 400. */
const OPTION_OF: Record<string, keyof StoryFilter> = { from: 'from', to: 'to', outlet: 'outlet', actor: 'actor', q: 'q', 'min-articles': 'minArticles' };

const text = (description: string) => z.string().max(500).register(components, { description }).optional();

export const StoriesQuery = z.strictObject({
  from: text('stories whose first..last days overlap from..to (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: text('see from'),
  outlet: text('stories with an article from this outlet'),
  actor: text('stories with an event whose actor has this country code (three letters)'),
  q: text('case-insensitive substring of the title'),
  minArticles: z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(1, 'at least 1')
    .register(components, { description: 'stories with at least this many articles' }).optional(),
  limit: z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(1, 'at least 1').max(200, 'at most 200').default(50)
    .register(components, { description: 'stories per page (1–200, default 50)' }),
  cursor: z.string().max(500).register(components, { description: 'the `next` value of the previous page' }).optional(),
}).transform((q, ctx) => {
  const { limit, cursor, ...rest } = q;
  try {
    return { limit, cursor, filter: normaliseStoryFilter(rest) };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const opt = /--([a-z-]+)/.exec(e.message)?.[1] ?? '';
    ctx.addIssue({ code: 'custom', path: [OPTION_OF[opt] ?? opt], message: e.message.replace(/^--[a-z-]+:?\s*/, '').replace(/--([a-z-]+)/g, (_m, o: string) => `'${OPTION_OF[o] ?? o}'`) });
    return z.NEVER;
  }
});

export const StoryParams = z.strictObject({ id: z.string().min(1).max(300) });
