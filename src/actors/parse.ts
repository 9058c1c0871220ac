// Turns one parsed JSON line into a typed lexicon entry, checking every field (docs/lexicons.md).
import type { ActorKind } from '../types.js';
import {
  ACTOR_ENTRY_KINDS, AGENT_ENTRY_KINDS,
  type ActorEntry, type ActorEntryKind, type AgentEntry, type AgentEntryKind, type DescriptionEntry,
  type Origin, type PersonEntry, type PersonRole,
} from './entries.js';
import {
  FieldError, countryField, dateField, lowerTerms, onlyFields, optionalString, optionalBoolean, positiveInteger,
  requiredString, sectorField, stringList, type Json,
} from './fields.js';

export const ACTOR_FIELDS = ['kind', 'name', 'country', 'sector', 'aliases', 'adjectives', 'demonyms', 'type', 'base', 'iso', 'note'] as const;
const PERSON_FIELDS = ['kind', 'name', 'aliases', 'surname', 'roles', 'wikidata', 'note'] as const;
const ROLE_FIELDS = ['country', 'sector', 'title', 'start', 'end', 'note'] as const;
const AGENT_FIELDS = ['kind', 'terms', 'sector', 'country', 'note'] as const;
const DESCRIPTION_FIELDS = ['kind', 'terms', 'kinds', 'count', 'group', 'type', 'countries', 'note'] as const;

const MENTION_KINDS: readonly ActorKind[] = ['country', 'capital', 'city', 'igo', 'ngo', 'media', 'org', 'person', 'agent', 'group'];

export function isActorKind(kind: string): kind is ActorEntryKind {
  return (ACTOR_ENTRY_KINDS as readonly string[]).includes(kind);
}

export function isAgentKind(kind: string): kind is AgentEntryKind {
  return (AGENT_ENTRY_KINDS as readonly string[]).includes(kind);
}

/** `extraFields` lets a caller (the country generator's corrections) accept fields of its own, e.g. "remove". */
export function parseActor(obj: Json, origin: Origin, extraFields: readonly string[] = []): ActorEntry {
  onlyFields(obj, [...ACTOR_FIELDS, ...extraFields]);
  const kind = requiredString(obj, 'kind');
  if (!isActorKind(kind)) throw new FieldError('kind', `must be one of ${ACTOR_ENTRY_KINDS.join(', ')}, got "${kind}"`);
  const entry: ActorEntry = {
    kind,
    name: requiredString(obj, 'name'),
    country: countryField(obj, 'country', true)!,
    sector: sectorField(obj, 'sector', false),
    aliases: stringList(obj, 'aliases'),
    adjectives: stringList(obj, 'adjectives'),
    demonyms: stringList(obj, 'demonyms'),
    type: optionalString(obj, 'type'),
    base: countryField(obj, 'base', false),
    iso: countryField(obj, 'iso', false),
    origin,
  };
  if (kind !== 'country' && (entry.adjectives.length > 0 || entry.demonyms.length > 0)) {
    throw new FieldError(entry.adjectives.length > 0 ? 'adjectives' : 'demonyms', `is only for kind "country", not "${kind}"`);
  }
  if (entry.type !== null && entry.type !== entry.type.toLowerCase()) {
    throw new FieldError('type', `must be a lower-case common noun, got "${entry.type}"`);
  }
  return entry;
}

function parseRole(value: unknown, i: number): PersonRole {
  const field = `roles[${i}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FieldError(field, 'must be an object');
  const obj = value as Json;
  try {
    onlyFields(obj, ROLE_FIELDS);
    const role: PersonRole = {
      country: countryField(obj, 'country', true)!,
      sector: sectorField(obj, 'sector', true)!,
      title: requiredString(obj, 'title'),
      start: dateField(obj, 'start', false)!,
      end: dateField(obj, 'end', true),
    };
    if (role.end !== null && role.end.localeCompare(role.start) < 0 && !role.start.startsWith(role.end)) {
      throw new FieldError('end', `(${role.end}) is before start (${role.start})`);
    }
    return role;
  } catch (e) {
    if (e instanceof FieldError) throw new FieldError(`${field}.${e.field}`, e.detail);
    throw e;
  }
}

export function parsePerson(obj: Json, origin: Origin): PersonEntry {
  onlyFields(obj, PERSON_FIELDS);
  if (obj.kind !== undefined && obj.kind !== 'person') throw new FieldError('kind', `must be "person" (or absent) here, got ${JSON.stringify(obj.kind)}`);
  const roles = obj.roles;
  if (!Array.isArray(roles) || roles.length === 0) throw new FieldError('roles', 'must be a non-empty list of roles');
  const wikidata = optionalString(obj, 'wikidata');
  if (wikidata !== null && !/^Q\d+$/.test(wikidata)) throw new FieldError('wikidata', `must look like "Q123", got "${wikidata}"`);
  return {
    name: requiredString(obj, 'name'),
    aliases: stringList(obj, 'aliases'),
    surname: optionalString(obj, 'surname'),
    roles: roles.map(parseRole),
    wikidata,
    origin,
  };
}

export function parseAgent(obj: Json, origin: Origin): AgentEntry {
  onlyFields(obj, AGENT_FIELDS);
  const kind = requiredString(obj, 'kind');
  if (!isAgentKind(kind)) throw new FieldError('kind', `must be one of ${AGENT_ENTRY_KINDS.join(', ')}, got "${kind}"`);
  const country = countryField(obj, 'country', false);
  if (country !== null && kind !== 'descriptor') throw new FieldError('country', `is only for kind "descriptor" (an ${kind} takes its country from the context)`);
  // (a thing's sector is what the state acting through it is: "Israeli air raids" are the military's)
  const sector = sectorField(obj, 'sector', kind === 'thing');
  return { kind, terms: lowerTerms(obj, 'terms'), sector, country, origin };
}

/** An optional list of country codes ("the kingdom": the monarchies called kingdoms). */
function countryList(obj: Json, field: string): string[] | null {
  if (obj[field] === undefined) return null;
  const codes = stringList(obj, field, true);
  codes.forEach((c, i) => countryField({ [`${field}[${i}]`]: c }, `${field}[${i}]`, true));
  return codes;
}

export function parseDescription(obj: Json, origin: Origin): DescriptionEntry {
  onlyFields(obj, DESCRIPTION_FIELDS);
  if (obj.kind !== undefined && obj.kind !== 'description') throw new FieldError('kind', `must be "description" (or absent) here, got ${JSON.stringify(obj.kind)}`);
  const kinds = stringList(obj, 'kinds', true);
  kinds.forEach((k, i) => {
    if (!(MENTION_KINDS as readonly string[]).includes(k)) throw new FieldError(`kinds[${i}]`, `must be one of ${MENTION_KINDS.join(', ')}, got "${k}"`);
  });
  return {
    terms: lowerTerms(obj, 'terms'),
    kinds: kinds as ActorKind[],
    count: positiveInteger(obj, 'count', 1),
    group: optionalBoolean(obj, 'group'),
    type: Array.isArray(obj.type) ? stringList(obj, 'type', true) : optionalString(obj, 'type'),
    countries: countryList(obj, 'countries'),
    origin,
  };
}
