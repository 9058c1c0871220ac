// stories: the shapes of merged events and of a story's coverage comparison, without code (the web explorer and
// src/store/types.ts import them; the modules that compute them use Node).
import type { ActorRef, AttributionRef, Evidence, PloverCategory, Status } from '../types.js';
import type { StorySummary } from '../store/types.js';

export interface MergedMention { eventId: string; articleId: string; outlet: string }

export interface MergedEvent {
  /** deterministic: from the earliest mention's event id (stable across re-runs) */
  id: string;
  /** the category most mentions give (ties: the earliest mention's) */
  event: PloverCategory;
  mode: string | null;
  contexts: string[];
  actor: ActorRef[];
  recipient: ActorRef[];
  /** the finest, then earliest, date value of the mentions */
  date: string | null;
  mentions: MergedMention[];
}

export interface ComparedMention {
  outlet: string; article: string; event_id: string; event: PloverCategory; contexts: string[];
  status: Status; attribution: AttributionRef[]; evidence: Evidence;
}

export interface ComparedEvent {
  id: string; event: PloverCategory; mode: string | null; contexts: string[];
  actor: ActorRef[]; recipient: ActorRef[]; date: string | null;
  mentions: ComparedMention[];
  /** outlets of the story with no mention of it */
  missing: string[];
  /** the one outlet that carries it, when only one of the story's several outlets does */
  only: string | null;
  /** its mentions disagree on category, mode or contexts */
  framing: boolean;
  /** statements about coverage linked to it */
  coverage: { outlet: string; article: string; text: string }[];
}

export interface Comparison {
  story: StorySummary;
  outlets: string[];
  events: ComparedEvent[];
}
