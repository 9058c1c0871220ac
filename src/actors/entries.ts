// Types of the actor lexicon entries (docs/lexicons.md), as loaded and validated by ./load.ts.
import type { ActorKind } from '../types.js';

/** Kinds of named actors (actors/*.jsonl other than officeholders and descriptions). */
export type ActorEntryKind = 'country' | 'capital' | 'city' | 'igo' | 'ngo' | 'media' | 'org';
export const ACTOR_ENTRY_KINDS: readonly ActorEntryKind[] = ['country', 'capital', 'city', 'igo', 'ngo', 'media', 'org'];

/** Kinds of sector words and role nouns (actors/agents.jsonl). */
export type AgentEntryKind = 'agent' | 'title' | 'descriptor' | 'thing';
export const AGENT_ENTRY_KINDS: readonly AgentEntryKind[] = ['agent', 'title', 'descriptor', 'thing'];

/** Where an entry came from, for messages: "path:line". */
export type Origin = string;

export interface ActorEntry {
  kind: ActorEntryKind;
  /** canonical name (output `name`) */
  name: string;
  /** ISO 3166-1 alpha-3 or a PLOVER non-state code */
  country: string;
  sector: string | null;
  aliases: string[];
  /** adjectival forms ("Iranian", "U.S."): countries only */
  adjectives: string[];
  /** plural people nouns ("Iranians"): countries only */
  demonyms: string[];
  /** a common noun for the entity ("news agency"), for definite descriptions */
  type: string | null;
  /** country of the headquarters (information only) */
  base: string | null;
  /** the entity's own ISO 3166-1 alpha-3 code when `country` differs (dependencies folded into their state) */
  iso: string | null;
  origin: Origin;
}

export interface PersonRole {
  country: string;
  sector: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  start: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null while still in office */
  end: string | null;
}

export interface PersonEntry {
  name: string;
  aliases: string[];
  /** explicit surname ("Xi", "bin Salman"); null: the last token of the name */
  surname: string | null;
  roles: PersonRole[];
  /** Wikidata id ("Q15031"), information only */
  wikidata: string | null;
  origin: Origin;
}

export interface AgentEntry {
  kind: AgentEntryKind;
  /** lower-case surface forms, singular and plural written out */
  terms: string[];
  /** null: the sector comes from the context (e.g. "spokesperson") */
  sector: string | null;
  /** descriptors only: the country code the introduced name gets (e.g. NGO); null: from the context */
  country: string | null;
  origin: Origin;
}

export interface DescriptionEntry {
  /** lower-case surface forms ("the organisation", "both men") */
  terms: string[];
  /** kinds of antecedent mentions it may point back to */
  kinds: ActorKind[];
  /** how many antecedents it refers to */
  count: number;
  /** the latest coordinated list of at least `count` countries ("the juntas" after "Mali, Burkina Faso and Niger") */
  group: boolean;
  /** when set, the antecedent's lexicon `type` must equal it ("news agency"), or be one of a list ("the insurgents") */
  type: string | string[] | null;
  /** when set, the antecedent's country must be one of these ("the kingdom", "the islamic republic") */
  countries: string[] | null;
  origin: Origin;
}

export interface ActorLexiconData {
  actors: ActorEntry[];
  persons: PersonEntry[];
  agents: AgentEntry[];
  descriptions: DescriptionEntry[];
}
