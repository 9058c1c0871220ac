// Metamorphic robustness: rewrite the sentences of readout's own gold that the coder already codes right in ways
// that must not change the event (a date after the verb, a longer actor phrase, a modifier on the recipient, a
// reporting tail, a fronted adverbial, the passive, an apposition), code the rewritten article and count the events
// that survive. The transformations are pure functions of the text and its spans; the runner takes the coder and
// the analyser as plain functions, so both can be faked in tests.
import type { ActorKind, Article, Mention, ReadoutEvent, Resolution, Token } from '../types.js';
import type { GoldArticle, GoldEvent } from './gold.js';
import { countriesOf, missingParties } from './match.js';
import { pct, type Coder, type Span, type SuiteResult, rowsOf } from './types.js';

export const TRANSFORMATIONS = [
  'weekday-after-verb',
  'longer-actor',
  'object-modifier',
  'reporting-tail',
  'fronted-adverbial',
  'passive-by-agent',
  'apposition-after-actor',
] as const;

export type TransformationName = (typeof TRANSFORMATIONS)[number];

export const TRANSFORMATION_LABELS: Record<TransformationName, string> = {
  'weekday-after-verb': '" on Tuesday" after the verb trigger',
  'longer-actor': 'a longer actor phrase, same party',
  'object-modifier': 'a premodifier on the recipient phrase',
  'reporting-tail': '", officials said" before the full stop',
  'fronted-adverbial': '"On Tuesday, " (or "Meanwhile, ") in front',
  'passive-by-agent': 'active ⇒ passive with a by-agent',
  'apposition-after-actor': 'an apposition after the actor phrase',
};

/** A token of the sentence: offsets into the article text and its universal POS tag. */
export interface TokenInfo {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** A party mention with offsets into the article text. */
export interface PartyMention {
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  how?: Resolution;
  country: string | null;
}

/** Everything a transformation reads: the article text, one sentence of it and the event's spans in it. */
export interface SentenceContext {
  text: string;
  sentence: Span;
  /** the sentence's tokens in text order */
  tokens: TokenInfo[];
  /** every party mention of the sentence */
  mentions: PartyMention[];
  trigger: Span | null;
  actor: PartyMention | null;
  recipient: PartyMention | null;
}

export interface Variant {
  transformation: TransformationName;
  /** the whole article text with the sentence rewritten */
  text: string;
  /** the rewritten sentence's span in `text` */
  sentence: Span;
  original: string;
  rewritten: string;
}

export type TransformResult = { variant: Variant } | { skip: string };

interface Edit {
  start: number;
  end: number;
  insert: string;
}

const skip = (reason: string): TransformResult => ({ skip: reason });

// ---------------------------------------------------------------------------------------------------------------
// helpers on the sentence

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;
const MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December|(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|May(?= \d|,? \d{4}))\b/;
const RELATIVE_DAY = /\b(yesterday|today|tomorrow|tonight|overnight|weekend|since|(last|next|this|earlier|later|same) (week|month|year|day|morning|evening|night)|\d{4}|(days?|weeks?|months?|years?|hours?) (ago|earlier|later|before|after))\b/i;

/** Does the sentence already name a day, a date or a time? */
export function hasDateWord(s: string): boolean {
  return WEEKDAY.test(s) || MONTH.test(s) || RELATIVE_DAY.test(s);
}

const REPORTING = /\b(said|says|say|told|tells|reported|reports|according to|quoted|added|stated|claimed|reportedly)\b/i;
const QUOTES = /["“”«»]|(^|\s)['‘]/;

function sentenceText(c: SentenceContext): string {
  return c.text.slice(c.sentence.start, c.sentence.end);
}

function tokenIndexAt(c: SentenceContext, start: number): number {
  return c.tokens.findIndex((t) => t.start === start);
}

/** The last token ending at or before `offset`. */
function tokenBefore(c: SentenceContext, offset: number): TokenInfo | undefined {
  let out: TokenInfo | undefined;
  for (const t of c.tokens) if (t.end <= offset) out = t;
  return out;
}

/** The first token starting at or after `offset`. */
function tokenAfter(c: SentenceContext, offset: number): TokenInfo | undefined {
  return c.tokens.find((t) => t.start >= offset);
}

const isPossessive = (t: TokenInfo | undefined) => !!t && /^['’]s?$/.test(t.text);
const isThe = (t: TokenInfo | undefined) => !!t && /^the$/i.test(t.text);
const isPronounMention = (m: PartyMention) => m.how === 'pronoun' || m.how === 'description';
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Words that wink tags PROPN at the start of a sentence but that are common: quantifiers and the heads of groups. */
const COMMON_CAPITALISED = new Set([
  'thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'several', 'many', 'some', 'most', 'both', 'all', 'few', 'each',
  'police', 'security', 'authorities', 'government', 'officials', 'troops', 'forces', 'soldiers', 'military', 'army', 'navy',
  'rebels', 'militants', 'fighters', 'protesters', 'demonstrators', 'residents', 'witnesses', 'lawmakers', 'leaders', 'diplomats',
]);

const CLOSED_CLASSES = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV', 'NUM']);

/** Demonyms and other proper adjectives ("Iranian", "Chinese", "Israeli", "Turkish", "French"). */
const PROPER_ADJECTIVE = /^\p{Lu}\p{L}*(an|ese|i|ish|ch|ic)$|^(Arab|Greek|Swiss|Thai|Welsh|Kurdish)$/u;

/**
 * Is this capitalised word at the start of the sentence a proper noun or a proper adjective (so that it keeps its
 * capital after a fronted phrase)? Acronyms are; a word the article writes capitalised where no sentence starts is;
 * a name mention (not a group of people, a description or a pronoun) is; a word the article writes in lower case
 * elsewhere is not; then known common words are not, demonyms are, and other words are when tagged PROPN (wink tags
 * many capitalised sentence openers so).
 */
export function isProperAtStart(c: SentenceContext, t: TokenInfo): boolean {
  if (t.text === 'I' || /^\p{Lu}{2,}$/u.test(t.text)) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (CLOSED_CLASSES.has(t.pos)) return false;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t.text)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of c.text.matchAll(word)) {
    if (m.index === t.start) continue;
    const before = c.text.slice(0, m.index).trimEnd();
    // not at the start of the text, a sentence, a paragraph or a quotation
    if (before !== '' && !/[.!?:;"“”'‘’(\n]$/.test(before)) return true;
  }
  const m = c.mentions.find((x) => x.start === t.start);
  if (m && m.kind !== 'agent' && !isPronounMention(m)) return true;
  const lower = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(lowerFirst(t.text))}(?![\\p{L}\\p{N}])`, 'u');
  if (lower.test(c.text)) return false;
  if (COMMON_CAPITALISED.has(t.text.toLowerCase())) return false;
  if (PROPER_ADJECTIVE.test(t.text) && (t.pos === 'ADJ' || t.pos === 'PROPN')) return true;
  return t.pos === 'PROPN';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apply edits inside the sentence, check the result reads cleanly, and build the variant. */
function rewrite(c: SentenceContext, name: TransformationName, edits: Edit[]): TransformResult {
  const s = c.sentence;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let at = s.start;
  let rewritten = '';
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > s.end) return skip('edits overlap or leave the sentence');
    rewritten += c.text.slice(at, e.start) + e.insert;
    at = e.end;
  }
  rewritten += c.text.slice(at, s.end);
  const original = sentenceText(c);
  const problem = cleanliness(original, rewritten);
  if (problem) return skip(problem);
  const text = c.text.slice(0, s.start) + rewritten + c.text.slice(s.end);
  return { variant: { transformation: name, text, sentence: { start: s.start, end: s.start + rewritten.length }, original, rewritten } };
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** Why a rewritten sentence is not clean, or null: new double spaces, stray punctuation, doubled words. */
export function cleanliness(original: string, rewritten: string): string | null {
  if (rewritten === original) return 'the rewrite changes nothing';
  const checks: [RegExp, string][] = [
    [/ {2,}/g, 'a double space'],
    [/\s[,.;:!?]/g, 'a space before punctuation'],
    [/[,;:]\s*[,.;:!?]/g, 'doubled punctuation'],
    [/\b(\p{L}+) \1\b/giu, 'a doubled word'],
  ];
  for (const [re, what] of checks) if (count(rewritten, re) > count(original, re)) return `the rewrite leaves ${what}`;
  if (/^\p{Lu}/u.test(original) && !/^\p{Lu}/u.test(rewritten)) return 'the rewrite does not start with a capital';
  if (original.slice(-1) !== rewritten.slice(-1)) return 'the rewrite changes the final punctuation';
  return null;
}

/** The phrase of a mention with a directly preceding "the" (the article is outside most country mentions). */
function withArticle(c: SentenceContext, m: PartyMention): Span {
  const prev = tokenBefore(c, m.start);
  return isThe(prev) && prev!.end + 1 === m.start && c.text[prev!.end] === ' ' ? { start: prev!.start, end: m.end } : { start: m.start, end: m.end };
}

/** The mention stands for a whole noun phrase: no possessive, noun or name after it, no coordination around it. */
function wholePhrase(c: SentenceContext, m: PartyMention, span: Span): string | null {
  const next = tokenAfter(c, span.end);
  const prev = tokenBefore(c, span.start);
  if (isPossessive(next) || (next && c.text.slice(span.end, next.start) === '' && /^['’]/.test(next.text))) return 'the mention is a possessor';
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM')) return 'the mention modifies a following noun';
  if (next?.pos === 'CCONJ' || prev?.pos === 'CCONJ') return 'the mention is coordinated';
  const first = c.tokens.find((t) => t.start === m.start);
  if (first?.pos === 'ADJ') return 'the mention is an adjective';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// the transformations

const PARTICLES = new Set(['out', 'up', 'off', 'down', 'over', 'back', 'away', 'about', 'around', 'aside', 'forward', 'through', 'apart']);
const OBJECT_START = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);

const NP_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** A heavy object: four or more words of noun phrase (with "of" phrases), or a noun phrase with a relative clause. */
function heavyObject(c: SentenceContext, from: number): boolean {
  let i = from;
  let words = 0;
  while (i < c.tokens.length) {
    const t = c.tokens[i]!;
    // a determiner after a noun opens a second phrase ("called the incident a violation")
    if (t.pos === 'DET' && words > 0 && ['NOUN', 'PROPN'].includes(c.tokens[i - 1]!.pos)) break;
    if (NP_POS.has(t.pos) || isPossessive(t)) {
      words++;
      i++;
    } else if (/^of$/i.test(t.text) && NP_POS.has(c.tokens[i + 1]?.pos ?? '')) {
      words++;
      i++;
    } else break;
  }
  return words >= 4 || /^(who|which|that|whom)$/i.test(c.tokens[i]?.text ?? '');
}

/** 1. " on Tuesday" right after a verb trigger that a preposition or a (heavy) object follows. */
export function weekdayAfterVerb(c: SentenceContext): TransformResult {
  if (!c.trigger) return skip('no trigger span');
  if (hasDateWord(sentenceText(c))) return skip('the sentence already names a day or date');
  const tr = c.trigger;
  const k = c.tokens.findIndex((t) => t.start >= tr.start && t.end <= tr.end && t.pos === 'VERB');
  if (k < 0) return skip('the trigger has no verb');
  const verb = c.tokens[k]!;
  if (/ing$/i.test(verb.text)) return skip('the verb is a gerund or participle of an ongoing act');
  const next = c.tokens[k + 1];
  if (!next || c.text.slice(verb.end, next.start) !== ' ') return skip('nothing follows the verb');
  // a present perfect does not take a past day ("has delivered on Tuesday")
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const t = c.tokens[i]!;
    if (/^(has|have|'ve|’ve)$/i.test(t.text)) return skip('the verb is a present perfect');
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  const lower = next.text.toLowerCase();
  if (next.pos === 'ADP' || (next.pos === 'PART' && lower === 'to')) {
    if (PARTICLES.has(lower)) return skip('the verb takes a particle');
  } else if (OBJECT_START.has(next.pos)) {
    // an adverbial before a direct object reads well only when the object is heavy (heavy-NP shift)
    if (!heavyObject(c, k + 1)) return skip('the object is too light to follow the adverbial');
  } else return skip('neither a preposition nor an object follows the verb');
  return rewrite(c, 'weekday-after-verb', [{ start: verb.end, end: verb.end, insert: ' on Tuesday' }]);
}

const ARMED_HEADS = new Set(['forces', 'troops', 'soldiers', 'guards', 'fighters', 'militants', 'police', 'warships', 'jets', 'rebels', 'militias', 'gunmen']);
const SENIOR_HEADS = new Set(['officials', 'leaders', 'diplomats', 'ministers', 'lawmakers', 'negotiators', 'envoys', 'delegates', 'commanders', 'generals', 'officers', 'prosecutors', 'authorities']);
const INSTITUTION_HEADS = new Set(['government', 'ministry', 'embassy', 'department', 'parliament', 'council', 'cabinet', 'administration', 'presidency', 'military', 'army', 'navy', 'court', 'agency', 'office', 'regime', 'junta']);

/**
 * A premodifier inside the phrase of an agent or a person, or null when none fits: "senior" / "heavily armed"
 * before a plural group ("Russian border guards"), "powerful" after the determiner or possessor of an institution
 * ("Afghanistan's powerful interior ministry"), "veteran" before a person's title.
 */
function premodifier(c: SentenceContext, m: PartyMention): Edit | string {
  const inside = c.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  if (inside.length === 0) return 'the mention has no tokens';
  const cut = inside.findIndex((t) => t.pos === 'ADP');
  const core = cut > 0 ? inside.slice(0, cut) : inside;
  const head = core[core.length - 1]!.text.toLowerCase();
  const phrase = withArticle(c, m);
  const prev = tokenBefore(c, phrase.start);
  if (m.kind === 'agent' || m.kind === 'group') {
    if (ARMED_HEADS.has(head) || SENIOR_HEADS.has(head)) {
      if (phrase.start !== m.start || (prev && (prev.pos === 'DET' || prev.pos === 'PRON' || isPossessive(prev)))) return 'the group has a determiner';
      const first = inside[0]!;
      const word = ARMED_HEADS.has(head) ? 'heavily armed' : 'senior';
      return atPhraseStart(c, first, word);
    }
    if (INSTITUTION_HEADS.has(head)) {
      if (phrase.start !== m.start) return { start: m.start, end: m.start, insert: 'powerful ' };
      const poss = inside.findIndex(isPossessive);
      if (poss >= 0 && poss + 1 < inside.length) return { start: inside[poss + 1]!.start, end: inside[poss + 1]!.start, insert: 'powerful ' };
      if (isThe(inside[0]) && inside.length > 1) return { start: inside[1]!.start, end: inside[1]!.start, insert: 'powerful ' };
      if (prev && (isThe(prev) || isPossessive(prev) || (prev.pos === 'PRON' && /^(its|their|his|her)$/i.test(prev.text)))) {
        return { start: m.start, end: m.start, insert: 'powerful ' };
      }
      return 'the institution has no determiner';
    }
    return 'no premodifier fits this group';
  }
  if (m.kind === 'person') {
    const after = tokenAfter(c, m.end);
    if (isPossessive(after) || (after && after.start === m.end && /^['’]/.test(after.text))) return 'the person is a possessor';
    // extend left over a title written before the mention ("Russian foreign ministry spokeswoman Maria Zakharova")
    let k = c.tokens.findIndex((t) => t.start === m.start);
    if (k < 0) return 'the mention does not start on a token';
    while (k > 0) {
      const t = c.tokens[k - 1]!;
      if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') || c.text.slice(t.end, c.tokens[k]!.start) !== ' ') break;
      k--;
    }
    const first = c.tokens[k]!;
    const titled = first.start < m.start || inside.length > 2 || inside.some((t) => /^\p{Ll}/u.test(t.text));
    const before = c.tokens[k - 1];
    if (before && (before.pos === 'DET' || isPossessive(before))) return titled ? atPhraseStart(c, first, 'veteran') : 'the name has a determiner';
    if (!titled && before?.text === ',') return 'the name is an apposition';
    return atPhraseStart(c, first, titled ? 'veteran' : 'veteran politician');
  }
  return `no premodifier for a ${m.kind}`;
}

/** Insert a premodifier before `first`, moving the capital of a sentence-initial common word onto it. */
function atPhraseStart(c: SentenceContext, first: TokenInfo, word: string): Edit {
  if (first.start === c.sentence.start) {
    const keep = isProperAtStart(c, first);
    return { start: first.start, end: first.end, insert: `${upperFirst(word)} ${keep ? first.text : lowerFirst(first.text)}` };
  }
  return { start: first.start, end: first.start, insert: `${word} ` };
}

/** 2. A longer actor phrase naming the same party ("Iran" ⇒ "The government of Iran"). */
export function longerActor(c: SentenceContext): TransformResult {
  const m = c.actor;
  if (!m) return skip('no actor mention');
  if (isPronounMention(m)) return skip('the actor is a pronoun or description');
  if (m.kind === 'country' || m.kind === 'capital') {
    const span = withArticle(c, m);
    if (m.kind === 'capital' && (span.start < m.start || /^the\b/i.test(m.text))) return skip('the seat of government has an article ("the White House")');
    const whole = wholePhrase(c, m, span);
    if (whole) return skip(whole);
    const phrase = c.text.slice(span.start, span.end);
    const np = span.start < m.start ? lowerFirst(phrase) : phrase;
    const head = m.kind === 'country' ? 'the government of' : 'the government in';
    const insert = span.start === c.sentence.start ? `${upperFirst(head)} ${np}` : `${head} ${np}`;
    return rewrite(c, 'longer-actor', [{ start: span.start, end: span.end, insert }]);
  }
  const e = premodifier(c, m);
  if (typeof e === 'string') return skip(e);
  return rewrite(c, 'longer-actor', [e]);
}

/** 3. A premodifier before the recipient phrase's head ("accused neighbouring Pakistan"). */
export function objectModifier(c: SentenceContext): TransformResult {
  const m = c.recipient;
  if (!m) return skip('no recipient mention');
  if (isPronounMention(m)) return skip('the recipient is a pronoun or description');
  if (m.kind === 'country') {
    const span = withArticle(c, m);
    const whole = wholePhrase(c, m, span);
    if (whole && whole !== 'the mention is a possessor') return skip(whole);
    const prev = tokenBefore(c, span.start);
    if (prev && (prev.pos === 'ADJ' || prev.pos === 'NOUN' || prev.pos === 'PROPN')) return skip('the recipient already has a premodifier');
    if (m.start === c.sentence.start) return rewrite(c, 'object-modifier', [{ start: m.start, end: m.start, insert: 'Neighbouring ' }]);
    return rewrite(c, 'object-modifier', [{ start: m.start, end: m.start, insert: 'neighbouring ' }]);
  }
  const e = premodifier(c, m);
  if (typeof e === 'string') return skip(e);
  return rewrite(c, 'object-modifier', [e]);
}

/** 4. ", officials said" before the final full stop of a sentence with no reporting frame or quotation. */
export function reportingTail(c: SentenceContext): TransformResult {
  const s = sentenceText(c);
  const last = c.tokens[c.tokens.length - 1];
  if (!last || last.text !== '.' || last.end !== c.sentence.end) return skip('the sentence does not end with a full stop');
  if (QUOTES.test(s)) return skip('the sentence quotes');
  if (REPORTING.test(s)) return skip('the sentence already has a reporting frame');
  const prev = c.tokens[c.tokens.length - 2];
  if (!prev || prev.end !== last.start || prev.pos === 'PUNCT') return skip('the full stop does not close a word');
  return rewrite(c, 'reporting-tail', [{ start: last.start, end: last.start, insert: ', officials said' }]);
}

/** 5. "On Tuesday, " in front of the sentence ("Meanwhile, " when the sentence has a date or a present perfect). */
export function frontedAdverbial(c: SentenceContext): TransformResult {
  const first = c.tokens[0];
  if (!first || first.start !== c.sentence.start) return skip('no first token');
  if (first.pos === 'PUNCT' || QUOTES.test(first.text)) return skip('the sentence opens with punctuation or a quotation');
  if (first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'CCONJ') return skip('the sentence already opens with an adverbial or a conjunction');
  if (c.tokens[1]?.text === ',') return skip('the sentence already opens with a fronted phrase');
  // "On Tuesday" would clash with a date of the sentence or a present perfect: a neutral adverbial then
  const perfect = c.tokens.some((t) => t.pos === 'AUX' && /^(has|have)$/i.test(t.text));
  const lead = hasDateWord(sentenceText(c)) || perfect ? 'Meanwhile, ' : 'On Tuesday, ';
  const word = isProperAtStart(c, first) ? first.text : lowerFirst(first.text);
  return rewrite(c, 'fronted-adverbial', [{ start: first.start, end: first.end, insert: lead + word }]);
}

const PLURAL_KINDS = new Set<ActorKind>(['agent', 'group', 'org', 'ngo', 'media']);

/** Is the phrase plural (for was/were)? Only groups can be: "Taliban fighters", "the Revolutionary Guards". */
function pluralPhrase(c: SentenceContext, m: PartyMention, span: Span): boolean {
  if (!PLURAL_KINDS.has(m.kind)) return false;
  const inside = c.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const cut = inside.findIndex((t) => t.pos === 'ADP');
  const core = cut > 0 ? inside.slice(0, cut) : inside;
  const head = core[core.length - 1]?.text ?? '';
  return /[^su]s$/i.test(head) || /^(police|people|taliban)$/i.test(head);
}

/** 6. "ACTOR VERBed RECIPIENT …" ⇒ "RECIPIENT was VERBed by ACTOR …" for a regular past-tense verb. */
export function passiveByAgent(c: SentenceContext): TransformResult {
  const a = c.actor;
  const r = c.recipient;
  if (!a || !r || !c.trigger) return skip('needs an actor, a recipient and a trigger');
  if (a.how === 'pronoun' || r.how === 'pronoun') return skip('a party is a pronoun');
  const k = tokenIndexAt(c, c.trigger.start);
  const verb = c.tokens[k];
  if (!verb || verb.end !== c.trigger.end) return skip('the trigger is not one word');
  if (verb.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(verb.text)) return skip('the trigger is not a regular past-tense verb');
  const aSpan = withArticle(c, a);
  const rSpan = withArticle(c, r);
  if (aSpan.end > verb.start || c.text.slice(aSpan.end, verb.start) !== ' ') return skip('the actor is not directly before the verb');
  if (rSpan.start < verb.end || c.text.slice(verb.end, rSpan.start) !== ' ') return skip('the recipient is not directly after the verb');
  const before = tokenBefore(c, aSpan.start);
  if (before && before.text !== ',') return skip('the actor phrase does not open the clause');
  const aWhole = c.tokens.filter((t) => t.start >= aSpan.start && t.end <= aSpan.end);
  if (aWhole.length === 0 || aWhole[0]!.start !== aSpan.start) return skip('the actor phrase does not start on a token');
  const rWhole = wholePhrase(c, r, rSpan);
  if (rWhole) return skip(rWhole);
  const afterR = tokenAfter(c, rSpan.end);
  if (afterR?.text === ',') return skip('an apposition or clause follows the recipient');
  // "X accused Y of … and demanded …": the second verb phrase would take the new subject
  const rest = c.tokens.filter((t) => t.start >= rSpan.end);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i]!.pos !== 'CCONJ') continue;
    let j = i + 1;
    while (rest[j]?.pos === 'ADV') j++;
    if (rest[j]?.pos === 'VERB' || rest[j]?.pos === 'AUX') return skip('the actor is the subject of a coordinated verb phrase too');
  }
  const atStart = aSpan.start === c.sentence.start;
  let actorText = c.text.slice(aSpan.start, aSpan.end);
  if (atStart && !isProperAtStart(c, aWhole[0]!)) actorText = lowerFirst(actorText);
  let recipientText = c.text.slice(rSpan.start, rSpan.end);
  if (atStart) recipientText = upperFirst(recipientText);
  const be = pluralPhrase(c, r, rSpan) ? 'were' : 'was';
  return rewrite(c, 'passive-by-agent', [{ start: aSpan.start, end: rSpan.end, insert: `${recipientText} ${be} ${verb.text} by ${actorText}` }]);
}

/** 7. An apposition after the actor phrase that names no other party. */
export function appositionAfterActor(c: SentenceContext): TransformResult {
  const m = c.actor;
  if (!m) return skip('no actor mention');
  if (isPronounMention(m)) return skip('the actor is a pronoun or description');
  const text = m.kind === 'country' || m.kind === 'capital' ? ', a key regional player,' : m.kind === 'person' ? ', who took office last year,' : null;
  if (!text) return skip(`no apposition for a ${m.kind}`);
  const span = withArticle(c, m);
  const next = tokenAfter(c, span.end);
  if (!next || c.text.slice(span.end, next.start) !== ' ') return skip('nothing follows the actor');
  if (!(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return skip('the actor is not directly before its verb');
  const prev = tokenBefore(c, span.start);
  if (prev?.pos === 'CCONJ' || isPossessive(next)) return skip('the actor is coordinated or a possessor');
  if (prev && ['NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM'].includes(prev.pos)) return skip('the actor is inside a larger phrase');
  if (m.kind === 'capital' && (span.start < m.start || /^the\b/i.test(m.text))) return skip('the seat of government has an article');
  return rewrite(c, 'apposition-after-actor', [{ start: span.end, end: span.end, insert: text }]);
}

export const TRANSFORM: Record<TransformationName, (c: SentenceContext) => TransformResult> = {
  'weekday-after-verb': weekdayAfterVerb,
  'longer-actor': longerActor,
  'object-modifier': objectModifier,
  'reporting-tail': reportingTail,
  'fronted-adverbial': frontedAdverbial,
  'passive-by-agent': passiveByAgent,
  'apposition-after-actor': appositionAfterActor,
};

// ---------------------------------------------------------------------------------------------------------------
// from a coded event to a sentence context

/** What the runner needs of the analysed article: its tokens and its resolved mentions. */
export interface DocLike {
  tokens: Pick<Token, 'start' | 'end' | 'text' | 'pos'>[];
  mentions: Pick<Mention, 'start' | 'end' | 'text' | 'kind' | 'how' | 'country'>[];
}

export type Analyser = (a: Article) => DocLike;

/**
 * The event's sentence, trigger and party mentions as offsets. Returns a reason instead when the event's evidence
 * does not lie in the text (bad input is skipped, never a crash).
 */
export function contextFor(text: string, doc: DocLike, e: ReadoutEvent): SentenceContext | string {
  const ev = e.evidence;
  if (!ev || !Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.end > text.length || ev.start >= ev.end) {
    return `evidence offsets ${ev?.start}–${ev?.end} lie outside the article text (length ${text.length})`;
  }
  if (typeof ev.text === 'string' && text.slice(ev.start, ev.end) !== ev.text) return `evidence text does not match the article at ${ev.start}–${ev.end}`;
  const sentence = { start: ev.start, end: ev.end };
  const inside = (x: Span) => x.start >= sentence.start && x.end <= sentence.end;
  const tokens = doc.tokens.filter(inside).map((t) => ({ start: t.start, end: t.end, text: t.text, pos: t.pos }));
  if (tokens.length === 0) return 'the analyser found no tokens in the evidence sentence';
  const mentions: PartyMention[] = doc.mentions.filter(inside).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, how: m.how, country: m.country }));
  const trigger = e.trigger && inside(e.trigger) ? { start: e.trigger.start, end: e.trigger.end } : null;
  const at = trigger?.start ?? sentence.start;
  const pick = (refs: ReadoutEvent['actor'], before: boolean): PartyMention | null => {
    if (refs.length !== 1) return null;
    const ref = refs[0]!;
    const same = mentions.filter((m) => m.text === ref.text && m.country === ref.country);
    const pre = same.filter((m) => m.end <= at);
    const post = same.filter((m) => m.start >= (trigger?.end ?? at));
    return (before ? (pre[pre.length - 1] ?? post[0]) : (post[0] ?? pre[pre.length - 1])) ?? null;
  };
  return { text, sentence, tokens, mentions, trigger, actor: pick(e.actor, true), recipient: pick(e.recipient, false) };
}

// ---------------------------------------------------------------------------------------------------------------
// the runner

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Does the coder get this event right by the gold: same category, every party named and no party outside them? */
export function matchesGold(e: ReadoutEvent, gold: GoldEvent[]): boolean {
  const cs = [...countriesOf(e.actor), ...countriesOf(e.recipient)];
  const set = new Set(cs);
  return gold.some((g) => g.event === e.event && missingParties(set, g.parties).length === 0 && cs.every((c) => g.parties.some((p) => p.includes(c))));
}

/** An event of `events` in `span` with the base event's category, actor countries and recipient countries. */
export function keeps(events: ReadoutEvent[], base: ReadoutEvent, span: Span): boolean {
  const actors = countriesOf(base.actor);
  const recipients = countriesOf(base.recipient);
  return events.some(
    (e) =>
      e.event === base.event &&
      e.evidence.start < span.end &&
      e.evidence.end > span.start &&
      sameSet(countriesOf(e.actor), actors) &&
      sameSet(countriesOf(e.recipient), recipients),
  );
}

const eventKey = (e: ReadoutEvent) =>
  [e.evidence.sentence, e.evidence.start, e.event, countriesOf(e.actor).sort().join('+'), countriesOf(e.recipient).sort().join('+')].join('|');

const showEvent = (e: ReadoutEvent) => `${e.event} ${countriesOf(e.actor).join('+') || '?'} → ${countriesOf(e.recipient).join('+') || '-'}`;

export interface TransformationStats {
  transformation: TransformationName;
  /** variants built and coded */
  generated: number;
  kept: number;
  /** kept share, percent */
  share: number;
  /** base events the transformation did not apply to (precondition or clean-text check failed) */
  notApplicable: number;
}

export interface MetamorphicFailure {
  articleId: string;
  transformation: TransformationName;
  /** the base event, e.g. "ACCUSE AFG → PAK" */
  event: string;
  original: string;
  rewritten: string;
  /** what the coder gave in the rewritten sentence instead */
  got: string[];
}

export interface MetamorphicReport {
  articles: number;
  /** distinct events the coder gets right by the gold, before the article cut */
  baseEvents: number;
  /** base events the cut article (up to the sentence) does not reproduce: left out */
  needLaterContext: number;
  transformations: TransformationStats[];
  generated: number;
  kept: number;
  share: number;
  failures: MetamorphicFailure[];
  /** base events whose evidence or spans do not fit the text: skipped */
  invalid: { articleId: string; reason: string }[];
  /** inputs the coder or the analyser threw on */
  errors: { articleId: string; message: string }[];
}

export interface MetamorphicOptions {
  coder: Coder;
  analyse: Analyser;
  transformations?: readonly TransformationName[];
  /**
   * Cut the article after the rewritten sentence (default true): earlier sentences stay as they are, later ones
   * cannot change how the sentence is coded except by rare forward references, and the cut original is coded as
   * the control. Halves the coding time.
   */
  cut?: boolean;
}

/** Code every gold article, rewrite the sentences of the events it gets right, and count the events kept. */
export function runMetamorphic(gold: GoldArticle[], o: MetamorphicOptions): MetamorphicReport {
  const names = o.transformations ?? TRANSFORMATIONS;
  const cut = o.cut ?? true;
  const stats = new Map<TransformationName, TransformationStats>(
    names.map((n) => [n, { transformation: n, generated: 0, kept: 0, share: 0, notApplicable: 0 }]),
  );
  const report: MetamorphicReport = {
    articles: gold.length, baseEvents: 0, needLaterContext: 0, transformations: [], generated: 0, kept: 0, share: 0,
    failures: [], invalid: [], errors: [],
  };
  for (const g of gold) {
    const article = g.article;
    let events: ReadoutEvent[];
    let doc: DocLike;
    try {
      events = o.coder(article);
      doc = o.analyse(article);
    } catch (e) {
      report.errors.push({ articleId: article.id, message: (e as Error).message });
      continue;
    }
    const seen = new Set<string>();
    const base = events.filter((e) => {
      if (!matchesGold(e, g.events)) return false;
      const k = eventKey(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    report.baseEvents += base.length;
    // every distinct text is coded once (several events of one sentence give the same variant)
    const cache = new Map<string, ReadoutEvent[] | Error>();
    const code = (text: string): ReadoutEvent[] | Error => {
      let r = cache.get(text);
      if (r === undefined) {
        try {
          r = o.coder({ ...article, text });
        } catch (e) {
          r = e as Error;
          report.errors.push({ articleId: article.id, message: r.message });
        }
        cache.set(text, r);
      }
      return r;
    };
    for (const e of base) {
      const c = contextFor(article.text, doc, e);
      if (typeof c === 'string') {
        report.invalid.push({ articleId: article.id, reason: `${showEvent(e)}: ${c}` });
        continue;
      }
      const tail = (text: string, span: Span) => (cut ? text.slice(0, span.end) : text);
      if (cut) {
        const control = code(tail(article.text, c.sentence));
        // (a coder that throws is already reported in `errors`)
        if (control instanceof Error) continue;
        if (!keeps(control, e, c.sentence)) {
          report.needLaterContext++;
          continue;
        }
      }
      for (const name of names) {
        const st = stats.get(name)!;
        const r = TRANSFORM[name](c);
        if ('skip' in r) {
          st.notApplicable++;
          continue;
        }
        const v = r.variant;
        const out = code(tail(v.text, v.sentence));
        st.generated++;
        if (!(out instanceof Error) && keeps(out, e, v.sentence)) {
          st.kept++;
          continue;
        }
        const got = out instanceof Error ? [`error: ${out.message}`] : out.filter((x) => x.evidence.start < v.sentence.end && x.evidence.end > v.sentence.start).map(showEvent);
        report.failures.push({ articleId: article.id, transformation: name, event: showEvent(e), original: v.original, rewritten: v.rewritten, got });
      }
    }
  }
  report.transformations = names.map((n) => {
    const st = stats.get(n)!;
    return { ...st, share: pct(st.kept, st.generated) };
  });
  report.generated = report.transformations.reduce((s, t) => s + t.generated, 0);
  report.kept = report.transformations.reduce((s, t) => s + t.kept, 0);
  report.share = pct(report.kept, report.generated);
  return report;
}

/** The report as a suite: `metamorphic.kept` overall and `metamorphic.<transformation>.kept`. */
export function metamorphicSuite(suite: string, title: string, r: MetamorphicReport, examplesPer = 3): SuiteResult<MetamorphicReport> {
  const row = rowsOf(suite);
  const examples: string[][] = [];
  for (const t of r.transformations) {
    for (const f of r.failures.filter((x) => x.transformation === t.transformation).slice(0, examplesPer)) {
      examples.push([f.transformation, f.event, f.rewritten, f.got.join('; ') || 'no event']);
    }
  }
  return {
    suite,
    title,
    report: r,
    rows: [
      row('kept', 'events kept under meaning-preserving rewrites (all transformations)', r.share, r.generated),
      ...r.transformations.map((t) => row(`${t.transformation}.kept`, `events kept: ${TRANSFORMATION_LABELS[t.transformation]}`, t.share, t.generated)),
    ],
    tables: [
      {
        title: 'per transformation',
        header: ['transformation', 'variants', 'kept', 'kept %', 'not applicable'],
        rows: r.transformations.map((t) => [t.transformation, t.generated, t.kept, t.share, t.notApplicable].map(String)),
      },
      {
        title: `variants the coder codes differently (up to ${examplesPer} per transformation)`,
        header: ['transformation', 'event', 'rewritten sentence', 'coded in the rewritten sentence'],
        rows: examples,
      },
    ],
    notes: [
      `${r.articles} article(s), ${r.baseEvents} base events (coded with the gold's category and parties), ` +
        `${r.needLaterContext} left out because the article cut after their sentence does not reproduce them, ${r.invalid.length} with unusable spans.`,
      'Each base event\'s sentence is rewritten where the transformation applies, put back in its article (cut after the sentence) and coded again; ' +
        'the event is kept when the rewritten sentence has an event with the same category, actor countries and recipient countries.',
    ],
  };
}
