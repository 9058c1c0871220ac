// Schemas of GET /api/stories/{id}/compare (issue #12): the story's merged events × outlets.
import { z } from 'zod';
import { PLOVER_CATEGORIES, STATUSES, type PloverCategory, type Status } from '../types.js';
import type { Comparison } from '../stories/compare.js';
import { ActorRefSchema, components } from './schemas.js';


const category = z.enum(PLOVER_CATEGORIES as [PloverCategory, ...PloverCategory[]]);

export const ComparisonSchema = z.object({
  story: z.object({
    id: z.string(), title: z.string().nullable(), articles: z.array(z.string()), outlets: z.array(z.string()),
    first: z.string().nullable(), last: z.string().nullable(), events: z.number().int(),
  }),
  outlets: z.array(z.string()),
  events: z.array(z.object({
    id: z.string(), event: category, mode: z.string().nullable(), contexts: z.array(z.string()),
    actor: z.array(ActorRefSchema), recipient: z.array(ActorRefSchema), date: z.string().nullable(),
    mentions: z.array(z.object({
      outlet: z.string(), article: z.string(), event_id: z.string(), event: category, contexts: z.array(z.string()),
      status: z.enum(STATUSES as [Status, ...Status[]]),
      attribution: z.array(ActorRefSchema.extend({ cue: z.string() })),
      evidence: z.object({ sentence: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() }),
    })),
    missing: z.array(z.string()),
    only: z.string().nullable(),
    framing: z.boolean(),
    coverage: z.array(z.object({ outlet: z.string(), article: z.string(), text: z.string() })),
  })),
}).register(components, { id: 'Comparison', description: "a story's merged events × its outlets: who reported each event, how, and who did not" });

// compile-time check: the schema and the type describe the same thing
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const comparisonSchemaMatchesType: Same<z.infer<typeof ComparisonSchema>, Comparison> = true;
void comparisonSchemaMatchesType;
