// Event triggers (lexicons/events/triggers.jsonl): which verbs and nouns signal which PLOVER event.
// The loader checks every line against the PLOVER vocabulary (src/codes/plover.ts) and the CAMEO table.
//
// Matching rules the event stage applies (docs/lexicons.md):
// - `verb`/`noun` is a lemma or a lemma phrase; each word matches a token whose lemma or lower-case form
//   equals it ("talks" matches the token "talks" whatever its lemma), and a verb phrase's words are consecutive
//   ("call for", "crack down on", "be willing to").
// - `object`: the trigger fires only when (the head of) its object is one of these lemmas; for a noun trigger
//   the object is its of-complement or the noun it is compounded with ("signing of the agreement"). An object
//   of several words must match the last words of the object phrase ("joint exercise"). For a passive verb the
//   object is the subject ("troops were deployed"). A verb whose recipient is its object may hold the object in a
//   with-phrase after the recipient ("provided Ukraine with air defence systems").
// - When several triggers match the same words, the one with an `object` list, then the longest, wins.
import type { PloverCategory } from '../types.js';
import {
  FieldError, onlyFields, optionalBoolean, optionalString, parseUnique, phrase, requiredString, stringList, type Json,
} from '../lexicon/jsonl.js';
import { isModeOf, isPloverCategory, isPloverContext, MODE_CONTEXTS, modeProblem } from '../codes/plover.js';
import { loadCameo, type CameoTable } from '../codes/cameo.js';

/** Where a trigger's recipient is found: its object, or the object of one of these prepositions. */
export const RECIPIENT_SLOTS = [
  'object', 'with', 'to', 'on', 'upon', 'against', 'for', 'from', 'of', 'at', 'in', 'into', 'between', 'among',
  'toward', 'towards', 'over', 'about', 'behind', 'near', 'along', 'around',
] as const;
export type RecipientSlot = (typeof RECIPIENT_SLOTS)[number];

export type TriggerContent = 'alleged' | 'denied';

/** One line of triggers.jsonl, with defaults filled in. */
export interface TriggerEntry {
  event: PloverCategory;
  mode: string | null;
  cameo: string;
  /** exactly one of verb / noun, as in the file */
  verb?: string;
  noun?: string;
  /** derived: which of the two was given, and its words */
  pos: 'verb' | 'noun';
  words: string[];
  /** lemmas that must head the object; empty = any object or none */
  object: string[];
  recipient: RecipientSlot[];
  /** contexts the trigger implies (plus the context a mode brings, e.g. COERCE cyber) */
  contexts: string[];
  /** the status of the clause the trigger introduces (accusations: alleged, denials: denied) */
  content: TriggerContent | null;
  /** the trigger says the event did not happen ("postpone the visit") */
  negative: boolean;
  /** the syntactic subject is the recipient and the recipient slot holds the actor ("X hosted Y": Y visits X) */
  reverse: boolean;
  /** an event only with a recipient or an event in its content ("warned that the region risked …" is no threat) */
  needsParty: boolean;
  /** the reported speaker is the actor and the clause's subject the recipient ("said the shepherds had violated the
   * border", "said Libya must hand over the suspects"): no event when nobody reports it */
  bySpeaker: boolean;
  /** file:line */
  origin: string;
}

const FIELDS = ['event', 'mode', 'cameo', 'verb', 'noun', 'object', 'recipient', 'contexts', 'content', 'negative', 'reverse', 'needsParty', 'bySpeaker', 'note'] as const;
const SLOT_SET: ReadonlySet<string> = new Set(RECIPIENT_SLOTS);

export function parseTrigger(obj: Json, where: string, cameo: CameoTable): TriggerEntry {
  onlyFields(obj, FIELDS);
  const event = requiredString(obj, 'event');
  if (!isPloverCategory(event)) throw new FieldError('event', `"${event}" is not one of the 16 PLOVER categories`);
  const mode = optionalString(obj, 'mode');
  if (mode !== null && !isModeOf(event, mode)) throw new FieldError('mode', modeProblem(event, mode));
  const code = requiredString(obj, 'cameo');
  const known = cameo.lookup(code);
  if (!known) throw new FieldError('cameo', `"${code}" is not in the CAMEO table`);
  if (!cameo.allows(code, event)) {
    throw new FieldError('cameo', `"${code}" (${known.name}) stands for ${known.plover ?? 'no PLOVER category'}, not ${event}`);
  }
  const verb = optionalString(obj, 'verb');
  const noun = optionalString(obj, 'noun');
  if ((verb === null) === (noun === null)) throw new FieldError(verb === null ? 'verb' : 'noun', 'exactly one of "verb" and "noun" must be given');
  const pos = verb !== null ? 'verb' : 'noun';
  const words = phrase((verb ?? noun)!, pos);
  const object = stringList(obj, 'object');
  object.forEach((o, i) => phrase(o, `object[${i}]`));
  if (new Set(object).size !== object.length) throw new FieldError('object', 'lists a lemma twice');
  const recipient = stringList(obj, 'recipient').map((r, i) => {
    if (!SLOT_SET.has(r)) throw new FieldError(`recipient[${i}]`, `"${r}" is not "object" or a known preposition (${RECIPIENT_SLOTS.join(', ')})`);
    return r as RecipientSlot;
  });
  if (new Set(recipient).size !== recipient.length) throw new FieldError('recipient', 'lists a slot twice');
  const contexts = stringList(obj, 'contexts').map((c, i) => {
    if (!isPloverContext(c)) throw new FieldError(`contexts[${i}]`, `"${c}" is not a PLOVER context (lower case, e.g. "illegal_drugs")`);
    return c;
  });
  const implied = mode !== null ? MODE_CONTEXTS[event]?.[mode] : undefined;
  if (implied !== undefined && !contexts.includes(implied)) contexts.push(implied);
  const content = optionalString(obj, 'content');
  if (content !== null && content !== 'alleged' && content !== 'denied') {
    throw new FieldError('content', `must be "alleged" or "denied", got "${content}"`);
  }
  optionalString(obj, 'note');
  const entry: TriggerEntry = {
    event, mode, cameo: code, pos, words, object, recipient, contexts, content,
    negative: optionalBoolean(obj, 'negative'), reverse: optionalBoolean(obj, 'reverse'), needsParty: optionalBoolean(obj, 'needsParty'), bySpeaker: optionalBoolean(obj, 'bySpeaker'), origin: where,
  };
  if (verb !== null) entry.verb = verb;
  else entry.noun = noun!;
  return entry;
}

/** Identity of a trigger: the same words with the same object list (a later file replaces an earlier entry). */
export function triggerKey(t: Pick<TriggerEntry, 'pos' | 'words' | 'object'>): string {
  return `${t.pos}:${t.words.join(' ')}|${[...t.object].sort().join(',')}`;
}

/** Built-in trigger files (compiled code lives in dist/src/events/). */
export function builtinEventFiles(): string[] {
  return [new URL('../../../lexicons/events/triggers.jsonl', import.meta.url).pathname];
}

/**
 * Load trigger files in order. Within one file a trigger may appear once; an entry in a later file
 * replaces the earlier one with the same words and object list (user files override built-ins).
 */
export function loadTriggers(files: readonly string[] = builtinEventFiles(), cameo: CameoTable = loadCameo()): TriggerEntry[] {
  return parseUnique(files, (obj, where) => parseTrigger(obj, where, cameo), triggerKey, (t) => [
    t.pos, `"${t.words.join(' ')}"${t.object.length ? ` with object [${t.object.join(', ')}]` : ''}`,
  ]);
}

/** Triggers grouped by their first word, for matchers that walk tokens. */
export function indexTriggers(entries: readonly TriggerEntry[]): Map<string, TriggerEntry[]> {
  const index = new Map<string, TriggerEntry[]>();
  for (const t of entries) {
    const list = index.get(t.words[0]!);
    if (list) list.push(t);
    else index.set(t.words[0]!, [t]);
  }
  return index;
}
