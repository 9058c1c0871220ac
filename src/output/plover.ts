// PLOVER JSON records, one per line, with the field names of the PLOVER manual's "Data Fields" chapter
// (record table, entity, text-info, citation and location objects). Fields readout does not know are left out
// (the manual makes all but id, date, actor and event optional); readout's own extras use names the manual
// does not define, as it invites providers to do.
//
// Mapping from the contract event:
//   id → id; date.value → date (YYYY-MM-DD, or the reduced-precision ISO 8601 YYYY-MM / YYYY with
//   `date_granularity` saying so; null when the date is unknown); actor/recipient → lists of entity objects
//   {code, sector, entity_text, identifier_text}; event → [event]; trigger.text → event_text;
//   cameo/quad/goldstein → cameo, quad_code, event_scale (CAMEO Goldstein value, not the PLOVER expert score);
//   mode → [mode] or null; contexts → context (null when empty), plus the auxiliary mode the manual asks coders
//   to put in context: status future → "future", hypothetical → "hypothetical", negated → "negation";
//   location → event_loc {extracted_place, country_code}; evidence → text, text_info {sequence, start, end};
//   article → cite_info {citation, url, publication, coder, codebook}.
// Not filled: time, enddate, endtime, link, has_event, coded_date/coded_time (would make output
// non-deterministic), comment, entity identifier_id (no Wikidata ids), religion/ethnicity/office/gender/age,
// event_loc geonameid/lat/lon/admin fields.
// Extras: status (alleged/denied have no PLOVER equivalent), attribution (entity objects plus `cue`),
// confidence, date_granularity, date_basis.
import type { ActorRef, AttributionRef, ReadoutEvent, Status } from '../types.js';
import type { EventWriter, WriterOptions } from './writer.js';

export const PLOVER_CODEBOOK = 'plover-2.0';

/** PLOVER entity object (manual: "Information object for entities"). */
export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_text: string | null;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  date_granularity: 'year' | 'month' | 'day' | null;
  date_basis: 'text' | 'published' | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  event_loc?: { extracted_place: string; country_code: string | null };
  event_text?: string[];
  quad_code: number;
  event_scale: number;
  cameo: string;
  mode: string[] | null;
  context: string[] | null;
  text: string;
  text_info: { sequence: number; start: number; end: number };
  cite_info: { citation: string; url: string | null; publication: string | null; coder: string; codebook: string };
  coder: string;
  status: Status;
  attribution: (PloverEntity & { cue: string })[];
  confidence: number;
}

/** The manual's auxiliary modes, carried in `context`. */
const AUXILIARY: Partial<Record<Status, string>> = { future: 'future', hypothetical: 'hypothetical', negated: 'negation' };

function entity(a: ActorRef): PloverEntity {
  return { code: a.country, sector: a.sector, entity_text: a.text, identifier_text: a.name };
}

function attribution(a: AttributionRef): PloverEntity & { cue: string } {
  return { ...entity(a), cue: a.cue };
}

export function toPloverRecord(e: ReadoutEvent, coder = 'readout'): PloverRecord {
  const aux = AUXILIARY[e.status];
  const context = aux === undefined || e.contexts.includes(aux) ? [...e.contexts] : [...e.contexts, aux];
  const r: PloverRecord = {
    id: e.id,
    date: e.date?.value ?? null,
    date_granularity: e.date?.granularity ?? null,
    date_basis: e.date?.basis ?? null,
    actor: e.actor.map(entity),
    recipient: e.recipient.map(entity),
    event: [e.event],
    ...(e.location === null ? {} : { event_loc: { extracted_place: e.location.name, country_code: e.location.country } }),
    ...(e.trigger === undefined ? {} : { event_text: [e.trigger.text] }),
    quad_code: e.quad,
    event_scale: e.goldstein,
    cameo: e.cameo,
    mode: e.mode === null ? null : [e.mode],
    context: context.length === 0 ? null : context,
    text: e.evidence.text,
    text_info: { sequence: e.evidence.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: {
      citation: e.article.id, url: e.article.url, publication: e.article.outlet, coder, codebook: PLOVER_CODEBOOK,
    },
    coder,
    status: e.status,
    attribution: e.attribution.map(attribution),
    confidence: e.confidence,
  };
  return r;
}

export function createPloverWriter(options: WriterOptions = {}): EventWriter {
  const coder = options.coder ?? 'readout';
  return { write: (e: ReadoutEvent) => `${JSON.stringify(toPloverRecord(e, coder))}\n` };
}
