// events: a candidate event of one sentence, and the category conventions the coder's stages share.
import type { AttributionRef, PloverCategory, Sentence, Status } from '../types.js';
import type { Args } from './arguments.js';
import type { TriggerHit } from './triggers.js';

export interface Candidate {
  sentence: Sentence;
  hit: TriggerHit;
  event: PloverCategory;
  mode: string | null;
  cameo: string;
  args: Args;
  attribution: AttributionRef[];
  status: Status;
  contexts: string[];
  /** the trigger sits in a relative clause (background to the sentence's main event) */
  subordinate: boolean;
  /** triggers of the same event merged into this one ("defied a ban … and set up barricades … on Thursday") */
  mergedTriggers?: TriggerHit[];
  /** announced for later ("will visit", "would raise"): dated by its own words or the report, not by the episode before */
  planned?: boolean;
  /** the denial whose content this act is */
  deniedBy?: Candidate;
  /** lemma of the trigger's first word ("ban" for "banned"), to find the event an event noun refers to */
  triggerLemma: string;
  /** events found in its content (what was promised, requested, threatened …) */
  contentEvents?: number;
}

/** Verbal events whose recipients may be named only inside their content ("expressed the hope that China and Iran …"). */
export const PARTIES_IN_CONTENT = new Set<PloverCategory>(['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'PROTEST']);

/** Coercive acts that, announced or conditional, are threats of that kind (THREATEN modes). */
export const THREAT_OF = new Map<PloverCategory, string | null>([['SANCTION', 'restrict'], ['COERCE', null], ['ASSAULT', 'violence'], ['MOBILIZE', 'violence']]);

export const THREAT_CODE = new Map<PloverCategory, string>([['SANCTION', '1312'], ['COERCE', '130'], ['ASSAULT', '138'], ['MOBILIZE', '138']]);

/** Categories whose trigger introduces content that is not itself an event (a promise, a request, a threat …). */
export const CONTENT_TAKERS = new Set<PloverCategory>(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);

/** A future-tense cooperative act is an AGREE (contract section 4). */
export const FUTURE_TO_AGREE = new Set<PloverCategory>(['SUPPORT', 'CONSULT', 'COOPERATE', 'AID']);

/** marks an inner trigger whose event is the content of another (not emitted) */
export const DROPPED = 'dropped' as Status;
