// The compiled form of the actor lexicon that the resolver works with.
// (Files and their validation: load.ts; formats: docs/lexicons.md.)
import type { ActorKind } from '../types.js';

export interface NamedActor {
  kind: Exclude<ActorKind, 'person' | 'agent' | 'group'>;
  name: string;
  country: string;
  sector: string | null;
  /** every surface form: name, aliases */
  forms: string[];
  /** country adjectives ("Iranian", "U.S.") */
  adjectives: string[];
  /** plural people nouns ("Iranians") */
  demonyms: string[];
  /** common noun for descriptions ("news agency") */
  type: string | null;
}

export interface Role {
  country: string;
  sector: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
}

export interface Person {
  name: string;
  forms: string[];
  surname: string;
  roles: Role[];
}

export interface SectorTerm {
  /** thing: a noun for what a state owns or does ("proposal", "air raids"): a country adjective on it names the state */
  kind: 'agent' | 'title' | 'descriptor' | 'thing';
  terms: string[];
  sector: string | null;
  /** descriptors give a country code of their own (NGO, IGO …) */
  country: string | null;
}

export interface Description {
  terms: string[];
  kinds: ActorKind[];
  count: number;
  /** the latest coordinated list of at least `count` countries, however long */
  group: boolean;
  /** the antecedent's lexicon type must be this ("the alliance" => an entry of type alliance) or one of these, when set */
  type: string | string[] | null;
  /** the antecedent's country must be one of these, when set; a single one needs no antecedent ("the Jewish state") */
  countries: string[] | null;
}

export interface ActorLexicon {
  actors: NamedActor[];
  persons: Person[];
  sectors: SectorTerm[];
  descriptions: Description[];
}

/** The role a person holds on a date (YYYY[-MM[-DD]]), or their latest role when date is null. */
export function roleAt(p: Person, date: string | null): Role | null {
  if (p.roles.length === 0) return null;
  if (date === null) return latest(p.roles);
  const inForce = p.roles.filter((r) => (r.start === null || r.start <= date) && (r.end === null || date <= r.end + '\uffff'));
  if (inForce.length > 0) return latest(inForce);
  return null;
}

function latest(roles: Role[]): Role {
  return roles.reduce((a, b) => ((b.start ?? '') > (a.start ?? '') ? b : a));
}

/** Kinds of mention that name a place: a country, a capital, a city or region. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'city']);
