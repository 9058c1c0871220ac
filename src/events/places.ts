// Places as arguments of events. A city names where something happened: it gives its country but is never an
// actor by itself, and a recipient only where a place can be one: the target of an attack or of coercion (an attack on
// a city is an attack on its country: "missiles struck Kharkiv" => recipient UKR), the destination of aid ("delivered
// food to Port Sudan") or of a visit ("visited Lahore"). Capitals are metonyms for their government and stay parties
// everywhere.
import type { Mention, PloverCategory } from '../types.js';
import type { Args } from './arguments.js';
import { PLACE_KINDS } from '../actors/model.js';

/** Categories whose recipient may be a place, and the CONSULT mode whose recipient is where one goes. */
const PLACE_TARGETS = new Set<PloverCategory>(['ASSAULT', 'COERCE', 'AID']);
const PLACE_MODES = new Set(['visit']);

export const isCity = (m: Mention): boolean => m.kind === 'city';

/** A mention that names a place: a country, a capital, a city or region. */
export const isPlace = (m: Mention): boolean => PLACE_KINDS.has(m.kind);

/** Drops cities from the actor, and from the recipient unless the event can be aimed at a place. */
export function placesAsParties(args: Args, event: PloverCategory, mode: string | null): Args {
  if (!args.actor.some(isCity) && !args.recipient.some(isCity)) return args;
  const actor = args.actor.filter((m) => !isCity(m));
  const recipient = PLACE_TARGETS.has(event) || (mode !== null && PLACE_MODES.has(mode)) ? args.recipient : args.recipient.filter((m) => !isCity(m));
  return { ...args, actor, recipient, actorHow: actor.length ? args.actorHow : 'none' };
}

/** A place as the party it stands for when an event is addressed to it ("a protest in Lahore"): the government of its country. */
export function governmentOfPlace(place: Mention): Mention {
  return isCity(place) ? { ...place, name: null, sector: 'GOV' } : place;
}
