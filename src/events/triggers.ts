// predicates: compiles the trigger lexicon and finds verbal and nominal event triggers in a sentence.
import type { PloverCategory, Sentence, Status, Token } from '../types.js';
import { timePhraseEnd } from './time-phrases.js';
import { gapWord, MAX_GAP, timeGaps, type GapCheck } from './verb-gaps.js';

/** A trigger as written in lexicons/events/triggers.jsonl (see docs/lexicons.md). */
export interface TriggerSpec {
  event: PloverCategory;
  mode?: string | null;
  cameo: string;
  verb?: string;
  noun?: string;
  object?: string[];
  recipient?: string[];
  contexts?: string[];
  content?: Status | null;
  negative?: boolean;
  /** the subject is the recipient and the recipient slot holds the actor ("X hosted Y": Y visits X) */
  reverse?: boolean;
  /** emitted only with a recipient or an event in its content */
  needsParty?: boolean;
  /** the reported speaker is the actor, the clause's subject the recipient */
  bySpeaker?: boolean;
}

interface Compiled {
  spec: TriggerSpec;
  kind: 'verb' | 'noun';
  words: string[];
  /** object phrases by their head (last) word: "joint exercise" => exercise -> [["joint", "exercise"]] */
  object: Map<string, string[][]> | null;
  /** every word of the object phrases that is not their head ("ban", "on" of "ban on demonstrations") */
  objectWords: Set<string> | null;
}

export interface TriggerIndex {
  byFirst: Map<string, Compiled[]>;
  /** set phrases that are not events, by first word */
  nonEvents: Map<string, string[][]>;
}

export interface TriggerHit {
  spec: TriggerSpec;
  kind: 'verb' | 'noun';
  /** token span of the trigger phrase [first, last) */
  first: number;
  last: number;
  /** the object noun that licensed a light-verb trigger, if any */
  object: number | null;
  /** first token of the object phrase ("ban" in "a ban on demonstrations"); equals `object` for one-word objects */
  objectFirst: number | null;
}

export function compileTriggers(specs: TriggerSpec[], nonEvents: Map<string, string[][]> = new Map()): TriggerIndex {
  const byFirst = new Map<string, Compiled[]>();
  for (const spec of specs) {
    const phrase = spec.verb ?? spec.noun;
    if (!phrase) continue;
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    // a multi-word object ("joint exercise") must appear whole, ending at its head noun
    let object: Map<string, string[][]> | null = null;
    for (const o of spec.object ?? []) {
      const ws = o.toLowerCase().split(/\s+/);
      object ??= new Map();
      const head = ws[ws.length - 1]!;
      object.set(head, [...(object.get(head) ?? []), ws]);
    }
    const objectWords = object ? new Set([...object.values()].flat().flatMap((ws) => ws.slice(0, -1))) : null;
    const c: Compiled = { spec, kind: spec.verb ? 'verb' : 'noun', words, object, objectWords };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(c);
    byFirst.set(words[0]!, list);
  }
  // longer phrases first, and those with an object constraint before those without
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || (b.object ? 1 : 0) - (a.object ? 1 : 0));
  return { byFirst, nonEvents };
}

/** Tokens of a sentence inside a non-event set phrase. */
function blockedTokens(tokens: Token[], s: Sentence, nonEvents: Map<string, string[][]>): Set<number> {
  const out = new Set<number>();
  if (nonEvents.size === 0) return out;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    for (const ws of nonEvents.get(t.lower) ?? nonEvents.get(t.lemma) ?? []) {
      if (ws.every((w, k) => i + k < s.last && wordAt(tokens[i + k]!, w))) for (let k = 0; k < ws.length; k++) out.add(i + k);
    }
  }
  return out;
}

const VERBAL_POS = new Set(['VERB', 'AUX']);
/** Nouns of time that may follow an event noun without being its head ("a hunger strike yesterday"). */
const TIME_NOUNS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
// (SYM: a currency sign before an amount, "pledged $50 million")
const OBJECT_SKIP = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'PART', 'ADV', 'PROPN', 'PUNCT', 'NOUN', 'CCONJ', 'SYM']);

function wordAt(t: Token, w: string): boolean {
  if (t.lemma === w || t.lower === w) return true;
  return t.lower.length > w.length && t.lower.startsWith(w.slice(0, -1)) && pluralBases(t).includes(w);
}

/**
 * Singular forms of a plural noun the lemmatiser left as written: compounds it does not know ("airstrikes",
 * "airdrops") would otherwise miss the singular entry ("airstrike").
 */
export function pluralBases(t: Pick<Token, 'lemma' | 'lower' | 'pos'>): string[] {
  const w = t.lower;
  if (t.pos !== 'NOUN' || t.lemma !== w || w.length < 5 || !/[^su]s$/.test(w)) return [];
  if (w.endsWith('ies')) return [w.slice(0, -3) + 'y', w.slice(0, -1)];
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return [w.slice(0, -2), w.slice(0, -1)];
  return [w.slice(0, -1)];
}

function verbLike(t: Token): boolean {
  if (VERBAL_POS.has(t.pos)) return true;
  // wink sometimes tags participles and -ing forms as ADJ/NOUN
  return (t.pos === 'ADJ' || t.pos === 'NOUN') && /(ed|en|ing)$/.test(t.lower);
}

/** Candidate base forms of an -ing / -ed form: opening => open, making => make, setting => set, carried => carry. */
export function verbStems(w: string): string[] {
  const out: string[] = [];
  const m = /^(.*?)(ing|ied|ed)$/.exec(w);
  if (!m || m[1]!.length < 2) return out;
  const base = m[1]!;
  if (m[2] === 'ied') return [base + 'y'];
  out.push(base, base + 'e');
  if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  return out;
}

/** Find where an object noun of a light-verb trigger is: to the right (active) or just to the left (a reduced relative: "an MOU signed by"). */

/** Token index -> kinds of the actor mentions that start there ("igo" for "the Economic Community of …"). */
export type MentionKinds = Map<number, Set<string>>;

/**
 * Length of the longest object phrase of `c` that ends at token j (0: none). An object written "@igo" is any mention
 * of that kind starting at j ("leave ECOWAS", "quit the African Union").
 */
function objectLength(tokens: Token[], c: Compiled, j: number, kinds?: MentionKinds): number {
  const here = kinds?.get(j);
  if (here && c.object) for (const k of here) if (c.object.has('@' + k)) return 1;
  const t = tokens[j]!;
  // an object is a noun ("to monitor the vessels" has no object "monitor"); the tagger may call a plural a verb ("talks")
  // and an amount a number ("$50 million": an object list may name "million")
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'VERB' && /[^s]s$/.test(t.lower)) && t.pos !== 'ADJ' && t.pos !== 'NUM') return 0;
  const phrases = c.object?.get(t.lemma) ?? c.object?.get(t.lower) ?? pluralBases(t).map((b) => c.object?.get(b)).find((p) => p !== undefined) ?? [];
  let best = 0;
  for (const ws of phrases) {
    if (ws.every((w, k) => { const tok = tokens[j - (ws.length - 1 - k)]; return tok !== undefined && (k === ws.length - 1 || tok.lower === w || tok.lemma === w); })) best = Math.max(best, ws.length);
  }
  return best;
}

function findObject(tokens: Token[], c: Compiled, first: number, last: number, s: Sentence, kinds?: MentionKinds): number | null {
  for (let j = last, n = 0; j < s.last && n < 8; j++, n++) {
    const t = tokens[j]!;
    // "suspended on Tuesday some aid programmes": a time phrase between the verb and its object
    const afterTime = c.kind === 'verb' ? timePhraseEnd(tokens, j, s.last) : j;
    if (afterTime > j) { j = afterTime - 1; continue; }
    if (objectLength(tokens, c, j, kinds) > 0) {
      // "a military cooperation accord": the head of the compound, when it is an object too
      while (j + 1 < s.last && tokens[j + 1]!.pos === 'NOUN' && objectLength(tokens, c, j + 1, kinds) > 0) j++;
      return j;
    }
    // "its remaining troops", "the detained journalists": a participle modifying the object noun
    const participle = t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[j + 1]?.pos ?? '') && j > last;
    // "defied a ban on demonstrations": a preposition inside one of the trigger's object phrases
    const inPhrase = c.objectWords?.has(t.lower) === true;
    // "provided Ukraine with air defence systems", "threatened China with tariffs": a verb whose recipient is its
    // object names the thing given in a with-phrase after that object
    const withThing = t.lower === 'with' && j > last && c.kind === 'verb' && c.spec.recipient?.includes('object') === true;
    if (!OBJECT_SKIP.has(t.pos) && !participle && !inPhrase && !withThing && t.text !== '…' && t.text !== '“' && t.text !== '"' && t.lower !== 'of') break;
    // a comma inside a list of modifiers ("naval, air and ground forces") does not end the object
    if (t.text === ';' || (t.text === ',' && !['ADJ', 'NOUN'].includes(tokens[j + 1]?.pos ?? ''))) break;
  }
  // to the left: a reduced relative ("an MOU signed by") or a passive ("sanctions were imposed")
  for (let j = first - 1, n = 0; j >= s.first && n < 5; j--, n++) {
    const t = tokens[j]!;
    if (objectLength(tokens, c, j) > 0) return j;
    // "a pact, which Ankara signed": the antecedent of a relative pronoun, over the subject in between
    // ("that" only after a noun: after a verb it introduces a clause, "demanded that Manila withdraw")
    if (t.lower === 'which' || (t.lower === 'that' && NOMINAL_POS.has(tokens[j - 1]?.pos ?? ''))) { n = Math.max(0, n - 3); continue; }
    if (t.text === ',' && (tokens[j + 1]?.lower === 'which' || tokens[j + 1]?.lower === 'that')) continue;
    if (!NOMINAL_POS.has(t.pos) && t.pos !== 'ADJ' && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return null;
}

/**
 * All trigger hits of one sentence, left to right, non-overlapping (longest first). `gaps` says which words may stand
 * between a phrasal verb and the rest of its phrase (verb-gaps.ts); by default time phrases and adverbs.
 */
export function findTriggers(tokens: Token[], s: Sentence, index: TriggerIndex, kinds?: MentionKinds, gaps: GapCheck = timeGaps(tokens)): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const blocked = blockedTokens(tokens, s, index.nonEvents);
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (blocked.has(i)) continue;
    const byLemma = index.byFirst.get(t.lemma);
    const byForm = t.lower !== t.lemma ? index.byFirst.get(t.lower) : undefined;
    let cands = byLemma && byForm ? [...byForm, ...byLemma] : byLemma ?? byForm;
    if (!cands) cands = pluralBases(t).map((b) => index.byFirst.get(b)).find((c) => c !== undefined);
    if (!cands && t.pos !== 'AUX' && verbLike(t)) {
      // a participle the tagger took for a noun or adjective ("opening fire", "wounded"), or a past form the lemmatiser
      // cut wrong ("staged" => "stag"): try its verb stems
      for (const stem of verbStems(t.lower)) {
        const c = index.byFirst.get(stem)?.filter((x) => x.kind === 'verb');
        if (c && c.length) { cands = c; break; }
      }
    }
    if (!cands) continue;
    let best: { hit: TriggerHit; score: number } | null = null;
    for (const c of cands) {
      if (c.kind === 'verb' && !verbLike(t)) continue;
      let ok = true;
      let j = i + 1;
      let skipped = false;
      for (let w = 1; w < c.words.length; w++, j++) {
        // one adverb may sit inside a phrasal verb: "travel on to", "called again for"
        if (c.kind === 'verb' && !skipped && j < s.last && tokens[j]!.pos === 'ADV' && !wordAt(tokens[j]!, c.words[w]!) && j + 1 < s.last && wordAt(tokens[j + 1]!, c.words[w]!)) { j++; skipped = true; }
        if (j >= s.last || !wordAt(tokens[j]!, c.words[w]!)) { ok = false; break; }
      }
      if (!ok && c.kind === 'verb' && c.words.length > 1) {
        j = splitMatch(tokens, s, c, i, gaps, index);
        ok = j > 0;
      }
      if (!ok) continue;
      // a nominal trigger is headed by its last word, which must be a noun here ("talks", not "he talks")
      const head = tokens[j - 1]!;
      if (c.kind === 'noun' && !NOMINAL_POS.has(head.pos) && !(head.pos === 'VERB' && /s$/.test(head.lower) && j - 1 > i)) continue;
      // … and head its noun phrase: "aid" in "aid convoys" or "attack" in "attack helicopters" is a modifier
      if (c.kind === 'noun' && j < s.last && tokens[j]!.pos === 'NOUN' && tokens[j - 1]!.pos !== 'PROPN' && !TIME_NOUNS.has(tokens[j]!.lower)) continue;
      let object: number | null = null;
      if (c.object) {
        object = findObject(tokens, c, i, j, s, kinds);
        if (object === null || blocked.has(object)) continue;
      }
      // among triggers of the same words, the one with the most specific object wins ("air strike" over "strike")
      // (more words of the phrase, then the shorter span: "spoke on Tuesday by phone with" is "speak by phone")
      const score = c.words.length * 1000 - (j - i) + (object !== null ? 100 + objectLength(tokens, c, object, kinds) : 0);
      const objectFirst = object !== null ? object - objectLength(tokens, c, object, kinds) + 1 : null;
      if (!best || score > best.score) best = { hit: { spec: c.spec, kind: c.kind, first: i, last: j, object, objectFirst }, score };
    }
    if (best) {
      hits.push(best.hit);
      i = best.hit.last - 1;
    }
  }
  return hits;
}

/**
 * A phrasal verb trigger with words between its verb (and any words that follow it at once) and the rest of the
 * phrase: "spoke on Tuesday by phone with", "lashed out on Wednesday at". Returns the token after the phrase, or 0.
 * The gap is the nearest that `gaps` allows, and holds no word that starts a nominal trigger (an act of its own).
 */
function splitMatch(tokens: Token[], s: Sentence, c: Compiled, i: number, gaps: GapCheck, index: TriggerIndex): number {
  for (let w = 1; w < c.words.length; w++) {
    // the words before the gap stand together after the verb
    if (w > 1 && (i + w - 1 >= s.last || !wordAt(tokens[i + w - 1]!, c.words[w - 1]!))) return 0;
    const gapFirst = i + w;
    for (let g = gapFirst + 1; g <= gapFirst + MAX_GAP && g < s.last; g++) {
      const t = tokens[g - 1]!;
      if (!gapWord(t) || startsNoun(t, index)) break;
      const tail = c.words.slice(w);
      if (g + tail.length > s.last || !tail.every((x, k) => wordAt(tokens[g + k]!, x))) continue;
      // (the preposition of a time phrase is not the verb's: "agreed in principle on Saturday to")
      if (timePhraseEnd(tokens, g, s.last) > g) continue;
      if (gaps(i, gapFirst, g, g)) return g + tail.length;
    }
  }
  return 0;
}

function startsNoun(t: Token, index: TriggerIndex): boolean {
  return [index.byFirst.get(t.lemma), index.byFirst.get(t.lower)].some((cs) => cs?.some((c) => c.kind === 'noun' && c.words.length === 1) === true);
}
