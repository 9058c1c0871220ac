// Shared data model of the pipeline. Every stage reads a `Doc` and adds its own layer;
// offsets always refer to `Article.text`.

/** An article as read (contract section 1). */
export interface Article {
  id: string;
  text: string;
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
  language: string | null;
  /** Where it came from, for messages: "path" or "path:line". */
  origin: string;
}

export interface Token {
  /** index in Doc.tokens */
  i: number;
  text: string;
  /** lower-cased text, with curly apostrophes normalised to ' */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP, ...). */
  pos: string;
  start: number;
  end: number;
  /** sentence index */
  sent: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** first token index (inclusive) */
  first: number;
  /** last token index (exclusive) */
  last: number;
}

export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export const PLOVER_CATEGORIES: readonly PloverCategory[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export type Status = 'asserted' | 'alleged' | 'denied' | 'negated' | 'future' | 'hypothetical';
export const STATUSES: readonly Status[] = ['asserted', 'alleged', 'denied', 'negated', 'future', 'hypothetical'];

/** What kind of thing an actor mention refers to ('city': a place that gives its country, never an actor by itself). */
export type ActorKind = 'country' | 'capital' | 'city' | 'igo' | 'ngo' | 'media' | 'org' | 'person' | 'agent' | 'group';

/** How a mention was resolved (shown by `readout actors`). */
export type Resolution =
  | 'lexicon'        // name found in a lexicon file
  | 'metonym'        // capital / seat of government => government
  | 'agent'          // sector word combined with a country ("China's foreign ministry")
  | 'adjective'      // country adjective on a thing the state owns or does ("an Indian proposal", "Israeli air raids")
  | 'appositive'     // role learned from a title or appositive in this article
  | 'officeholder'   // dated office-holder list
  | 'surname'        // later mention of a person introduced earlier
  | 'description'    // definite description ("the organisation")
  | 'pronoun'        // his / her / its / they
  | 'user';          // entry from a --lexicon file

/** An actor as it appears in events (contract section 2). */
export interface ActorRef {
  text: string;
  name: string | null;
  country: string | null;
  sector: string | null;
}

/** A resolved actor mention in the text. */
export interface Mention extends ActorRef {
  start: number;
  end: number;
  /** token span [first, last) */
  first: number;
  last: number;
  sent: number;
  kind: ActorKind;
  how: Resolution;
  /** for descriptions/pronouns/surnames: the mention it points back to */
  antecedent?: number;
  /** the organisation named with a person's title ("IAEA Director General Rafael Grossi"): "the agency" may point to it */
  affiliation?: { name: string; country: string; sector: string | null; kind: ActorKind };
}

export interface EventDate {
  value: string;
  granularity: 'year' | 'month' | 'day';
  text: string | null;
  basis: 'text' | 'published';
}

export interface AttributionRef extends ActorRef {
  cue: string;
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** One coded event (contract section 2). */
export interface ReadoutEvent {
  id: string;
  article: { id: string; outlet: string | null; url: string | null; published: string | null };
  event: PloverCategory;
  mode: string | null;
  contexts: string[];
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  actor: ActorRef[];
  recipient: ActorRef[];
  date: EventDate | null;
  location: { name: string; country: string | null } | null;
  attribution: AttributionRef[];
  status: Status;
  evidence: Evidence;
  confidence: number;
  /** extra detail for the table view and debugging: the trigger phrase. Not part of the contract's required set. */
  trigger?: { text: string; start: number; end: number };
}

/** The document that flows through the pipeline. */
/* The parse layer (src/parse): readout's own UD tokens, tags, trees and entities, offsets into Article.text. */
export interface SyntaxToken {
  /** index in Syntax.tokens */
  i: number;
  start: number;
  end: number;
  text: string;
  upos: string;
  xpos: string;
  /** index in Syntax.tokens of the head, -1 for the sentence's root */
  head: number;
  deprel: string;
  /** IOB2 entity tag: B-PER, I-ORG, O, ... */
  ne: string;
  sent: number;
}

export interface SyntaxSentence {
  index: number;
  start: number;
  end: number;
  /** token range [first, last) in Syntax.tokens */
  first: number;
  last: number;
}

export interface EntitySpan {
  type: string;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  sent: number;
}

export interface Syntax {
  tokens: SyntaxToken[];
  sentences: SyntaxSentence[];
  entities: EntitySpan[];
}

export interface Doc {
  article: Article;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** readout's own UD tokens, tags and dependency trees (src/parse), when the models are loaded: for the sentences
   * with a trigger only (every sentence with analyse(…, { parseAll: true })), without entity spans (the coder's
   * mentions come from the lexicons; `readout parse` runs the recogniser). Its sentence indices are its own: match
   * by character offsets (src/events/tree.ts alignTree). */
  syntax?: Syntax;
}
