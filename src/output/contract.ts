// The contract's JSON shape of an event with its fields in the documented order (contract section 2),
// so that every JSON writer prints the same keys in the same order whatever order the coder built them in.
import type { ActorRef, AttributionRef, ReadoutEvent } from '../types.js';

function actorRef(a: ActorRef): ActorRef {
  return { text: a.text, name: a.name, country: a.country, sector: a.sector };
}

function attributionRef(a: AttributionRef): AttributionRef {
  return { text: a.text, name: a.name, country: a.country, sector: a.sector, cue: a.cue };
}

/** A copy of `e` with keys (also nested ones) in contract order; `trigger` last, only when present. */
export function toContractObject(e: ReadoutEvent): ReadoutEvent {
  const out: ReadoutEvent = {
    id: e.id,
    article: { id: e.article.id, outlet: e.article.outlet, url: e.article.url, published: e.article.published },
    event: e.event,
    mode: e.mode,
    contexts: [...e.contexts],
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    actor: e.actor.map(actorRef),
    recipient: e.recipient.map(actorRef),
    date: e.date === null
      ? null
      : { value: e.date.value, granularity: e.date.granularity, text: e.date.text, basis: e.date.basis },
    location: e.location === null ? null : { name: e.location.name, country: e.location.country },
    attribution: e.attribution.map(attributionRef),
    status: e.status,
    evidence: { sentence: e.evidence.sentence, start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
    confidence: e.confidence,
  };
  if (e.trigger !== undefined) out.trigger = { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end };
  return out;
}
