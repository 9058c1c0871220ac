// The dependency tree under the coder: readout's own parse (Doc.syntax, src/parse) aligned with the coder's tokens,
// and the grammatical relations an event's arguments come from (subject, passive agent, object, prepositional
// complements, coordination, control). The parse has its own UD tokenisation; tokens are matched by character offset.
import type { Mention, Syntax, SyntaxToken, Token } from '../types.js';
import { MONTHS, WEEKDAYS } from '../lexicon/function-words.js';

/** A parse aligned with the coder's tokens. */
export interface Tree {
  syn: SyntaxToken[];
  /** coder token -> the parse token holding its first character (-1 when none) */
  toSyn: Int32Array;
  /** parse token -> the coder token holding its first character (-1 when none) */
  toWink: Int32Array;
  /** parse token -> its dependents, in text order */
  kids: number[][];
}

/** Align a parse with the coder's tokens (both in text order). */
export function alignTree(tokens: readonly Token[], syntax: Syntax): Tree {
  const syn = syntax.tokens;
  const toSyn = new Int32Array(tokens.length).fill(-1);
  const toWink = new Int32Array(syn.length).fill(-1);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (j < syn.length && syn[j]!.end <= t.start) j++;
    if (j < syn.length && syn[j]!.start < t.end) toSyn[i] = j;
  }
  let i = 0;
  for (let k = 0; k < syn.length; k++) {
    const s = syn[k]!;
    while (i < tokens.length && tokens[i]!.end <= s.start) i++;
    if (i < tokens.length && tokens[i]!.start < s.end) toWink[k] = i;
  }
  const kids: number[][] = syn.map(() => []);
  for (const s of syn) if (s.head >= 0) kids[s.head]!.push(s.i);
  return { syn, toSyn, toWink, kids };
}

/** Mentions of a sentence by coder token: what the argument rules look names up in. */
export type MentionsAt = ReadonlyMap<number, Mention[]>;

const base = (rel: string): string => {
  const k = rel.indexOf(':');
  return k < 0 ? rel : rel.slice(0, k);
};

/** The dependents of j with one of these relations (full labels, or their universal part when given without ':'). */
export function kidsOf(tr: Tree, j: number, rels: ReadonlySet<string>): number[] {
  return tr.kids[j]!.filter((k) => rels.has(tr.syn[k]!.deprel) || rels.has(base(tr.syn[k]!.deprel)));
}

/** The lower-cased preposition (case marker) of a nominal: "with" for "with Iran", "according to" for a fixed phrase. */
export function caseOf(tr: Tree, j: number): string | null {
  for (const k of tr.kids[j]!) {
    const s = tr.syn[k]!;
    if (s.deprel !== 'case' || k > j) continue;
    const fixed = tr.kids[k]!.filter((f) => tr.syn[f]!.deprel === 'fixed').map((f) => tr.syn[f]!.text.toLowerCase());
    return [s.text.toLowerCase(), ...fixed].join(' ');
  }
  return null;
}

/** The mentions on parse token j: the widest of each party covering it ("Australian and Indonesian naval vessels" is
 * both the Australian and the Indonesian vessels; "Russian Foreign Minister Sergei Lavrov" once, not also "Sergei Lavrov"). */
function mentionsOn(tr: Tree, at: MentionsAt, j: number): Mention[] {
  const w = tr.toWink[j]!;
  if (w < 0) return [];
  const ms = at.get(w);
  if (!ms || ms.length === 0) return [];
  const partyOf = (m: Mention): string => m.country ?? `-${m.text}`;
  const widest = new Map<string, number>();
  for (const m of ms) widest.set(partyOf(m), Math.min(widest.get(partyOf(m)) ?? m.first, m.first));
  return ms.filter((m) => m.first === widest.get(partyOf(m)));
}

/** A sector word alone, its country taken from the story ("officials", "troops"): a modifier naming a party says more. */
const bareSector = (tr: Tree, j: number, m: Mention): boolean => m.kind === 'agent' && m.first === tr.toWink[j] && m.last === m.first + 1;

const OWNER_RELS = new Set(['nmod:poss', 'compound', 'amod', 'flat', 'appos', 'nmod']);
/** "of" names an owner ("the government of Iraq", "families of the athletes"), "by" an agent ("the strike by Israeli
 * aircraft"), "for" whom a thing is ("a camp for Congolese refugees", "a spokesman for the Pentagon"); other nmods are
 * places or topics */
const OWNER_CASES = new Set(['of', 'from', 'by', 'for']);
/** heads of time expressions: "on Wednesday", "last week", "in March" name no party */
const TEMPORAL_HEADS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tomorrow', 'tonight', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'hour', 'hours', 'time']);

/** Is parse token j the head of a time expression? */
export function isTemporal(tr: Tree, j: number): boolean {
  const s = tr.syn[j]!;
  return TEMPORAL_HEADS.has(s.text.toLowerCase()) || s.deprel === 'obl:tmod' || (s.xpos === 'CD' && /^(1[89]|20)\d\d$/.test(s.text));
}

/** "the Iran-Russia MOU", "US-China talks": two parties joined by a hyphen before a noun make it joint, owned by neither */
export function jointModifier(tr: Tree, j: number): boolean {
  const named = tr.kids[j]!.filter((k) => k < j && (tr.syn[k]!.deprel === 'compound' || tr.syn[k]!.deprel === 'amod'));
  return named.some((k) => tr.kids[k]!.some((c) => tr.syn[c]!.deprel === 'conj') || tr.syn[k - 1]?.text === '-' || tr.syn[k + 1]?.text === '-');
}

/**
 * The parties a nominal names: the mention on its head word, else the owner named by a possessor, a modifier, an
 * apposition or an of-phrase ("Iran's police chief", "Chinese coast guard ship", "the government of Iraq"); plus every
 * conjunct ("Riot police and paramilitaries", "France, Spain and Ireland"). `depth` bounds the walk.
 */
export function partiesOf(tr: Tree, at: MentionsAt, j: number, depth = 0): Mention[] {
  if (isTemporal(tr, j)) return [];
  let own = mentionsOn(tr, at, j);
  if ((own.length === 0 || own.every((m) => m.country === null || bareSector(tr, j, m))) && depth < 2 && !jointModifier(tr, j)) {
    // (an apposition names the head itself, before any owner: "the group's spokesman, Zabihullah Mujahid")
    const kids = [...tr.kids[j]!].sort((a, b) => Number(tr.syn[b]!.deprel === 'appos') - Number(tr.syn[a]!.deprel === 'appos'));
    for (const k of kids) {
      const rel = tr.syn[k]!.deprel;
      if (!OWNER_RELS.has(rel)) continue;
      if (rel === 'nmod' && !OWNER_CASES.has(caseOf(tr, k) ?? '')) continue;
      // (a name's own parts are the same mention; only a modifier naming another party counts)
      const ms = partiesOf(tr, at, k, depth + 1).filter((m) => !own.includes(m));
      if (ms.some((m) => m.country !== null)) {
        own = ms;
        break;
      }
    }
  }
  const out = [...own];
  const add = (ms: Mention[]) => { for (const m of ms) if (!out.includes(m)) out.push(m); };
  for (const k of tr.kids[j]!) {
    if (tr.syn[k]!.deprel !== 'conj' || depth > 6) continue;
    add(partiesOf(tr, at, k, depth + 1));
  }
  // "the leaders of Mali, Burkina Faso and Niger": a mention that takes in an of-phrase takes in its conjuncts too
  for (const k of tr.kids[j]!) {
    const w = tr.toWink[k]!;
    if (depth > 6 || base(tr.syn[k]!.deprel) !== 'nmod' || !own.some((m) => m.first <= w && w < m.last)) continue;
    for (const c of tr.kids[k]!) if (tr.syn[c]!.deprel === 'conj') add(partiesOf(tr, at, c, depth + 1));
  }
  return out;
}

/** a depth past both of partiesOf's walks: the mention on the word itself */
const OWNER_ONLY = 7;

/**
 * The party a nominal belongs to, not the nominal itself: a mention that reaches left of the head over a modifier
 * ("the Russian ambassador", "India's high commissioner"), else what a possessor, a modifier or an of/by/from-phrase
 * names ("Ugandan opposition candidates", "the passports of Iranian diplomats"). A mention of the head word alone
 * ("fighter jets") names no owner.
 */
export function ownerOf(tr: Tree, at: MentionsAt, j: number): Mention[] {
  if (isTemporal(tr, j) || jointModifier(tr, j)) return [];
  const w = tr.toWink[j]!;
  // (a sector word's country taken from the story, "fighter jets", is no owner named here)
  const own = mentionsOn(tr, at, j).filter((m) => m.first < w && m.country !== null && (m.kind !== 'agent' || m.how === 'agent'));
  if (own.length > 0) return own;
  for (const k of tr.kids[j]!) {
    const rel = tr.syn[k]!.deprel;
    if (!OWNER_RELS.has(rel) || rel === 'appos') continue;
    if (rel === 'nmod' && !OWNER_CASES.has(caseOf(tr, k) ?? '')) continue;
    // (a modifier inside the head's own mention is part of its name: "fighter jets"; a possessive pronoun, "recalled
    // its ambassador", "the tanker and its crew", points back rather than naming an owner)
    // (the owner itself, not its own owners or conjuncts: "the release of the tanker and its crew" names no owner)
    const ms = partiesOf(tr, at, k, OWNER_ONLY).filter((m) => !(m.first <= w && w < m.last) && m.how !== 'pronoun');
    if (ms.some((m) => m.country !== null)) return ms;
  }
  return [];
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'capital']);
const SUBJECT = new Set(['nsubj', 'nsubj:outer']);
const PASSIVE_SUBJECT = new Set(['nsubj:pass']);
const AGENT = new Set(['obl:agent']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

/** Is the verb at j passive: a passive subject or auxiliary, or a past participle modifying a noun ("troops deployed")? */
export function isPassiveTree(tr: Tree, j: number): boolean {
  if (tr.kids[j]!.some((k) => tr.syn[k]!.deprel === 'nsubj:pass' || tr.syn[k]!.deprel === 'aux:pass')) return true;
  // a reduced relative ("troops deployed near the border"), not a content clause with its own subject ("a report that
  // Beijing had offered")
  const s = tr.syn[j]!;
  // (nor a verb with an object of its own the parser hung on its subject: "border guards detained an Armenian man")
  return s.xpos === 'VBN' && base(s.deprel) === 'acl' && !tr.kids[j]!.some((k) => ['nsubj', 'aux', 'mark', 'obj'].includes(tr.syn[k]!.deprel));
}

/** The agent of a passive: "by X" (obl:agent, or an obl with "by" when the parser left it unmarked). */
export function agentOf(tr: Tree, at: MentionsAt, j: number): Mention[] | null {
  for (const k of tr.kids[j]!) {
    const rel = tr.syn[k]!.deprel;
    if (AGENT.has(rel) || (base(rel) === 'obl' && caseOf(tr, k) === 'by')) return partiesOf(tr, at, k);
  }
  return null;
}

/**
 * The subject parties of the predicate at j, following the tree where the clause has none of its own: control
 * ("urged Iran to release": Iran; "vowed to strengthen": the vower), coordination ("noted … and announced"), relative
 * clauses ("the RSF, which attacked"), participle clauses (", killing four": the main clause's subject).
 * null when the tree does not say.
 */
/** `objectControl(j)`: does the verb at parse token j pass its object to its infinitive ("urged Iran to …")? */
export function subjectParties(tr: Tree, at: MentionsAt, j: number, objectControl: (j: number) => boolean, depth = 0): Mention[] | null {
  if (depth > 4) return null;
  const s = tr.syn[j]!;
  // a "verb" inside a name the parser mistagged ("his visiting U.S. counterpart John Kerry") has no subject to give
  const w = tr.toWink[j]!;
  if (w >= 0 && (at.get(w) ?? []).some((m) => m.last - m.first > 1 && m.kind !== 'agent')) return null;
  const subj = kidsOf(tr, j, SUBJECT)[0] ?? kidsOf(tr, j, PASSIVE_SUBJECT)[0];
  if (subj !== undefined) {
    const st = tr.syn[subj]!;
    if (RELATIVE_PRONOUNS.has(st.text.toLowerCase()) && base(s.deprel) === 'acl' && s.head >= 0) {
      // "a bombing in the capital that killed …": a place is not what acts
      const ante = partiesOf(tr, at, s.head);
      return ante.length > 0 && ante.every((m) => !PLACE_KINDS.has(m.kind)) ? ante : null;
    }
    const ms = partiesOf(tr, at, subj);
    // an unresolved pronoun or a description the lexicons do not know: the tree has no name to offer
    return ms.length > 0 ? ms : null;
  }
  if (s.head < 0) return null;
  const rel = s.deprel;
  const head = s.head;
  if (rel === 'xcomp') {
    const obj = kidsOf(tr, head, new Set(['obj', 'iobj']))[0];
    if (obj !== undefined && objectControl(head)) {
      const ms = partiesOf(tr, at, obj);
      return ms.length > 0 ? ms : null;
    }
    return subjectParties(tr, at, head, objectControl, depth + 1);
  }
  if (rel === 'conj' && isPredicate(tr.syn[head]!)) return subjectParties(tr, at, head, objectControl, depth + 1);
  if (base(rel) === 'acl') {
    // "protesters demanding …": the noun is the subject; "forces deployed …" is passive and handled by the caller
    const ms = partiesOf(tr, at, head);
    return ms.length > 0 ? ms : null;
  }
  if (rel === 'advcl' && s.xpos === 'VBG' && !tr.kids[j]!.some((k) => tr.syn[k]!.deprel === 'mark')) {
    return subjectParties(tr, at, head, objectControl, depth + 1);
  }
  return null;
}

const isPredicate = (s: SyntaxToken): boolean => s.upos === 'VERB' || s.upos === 'AUX';

/** Nominal complements of j introduced by one of `preps` ("with Iran", "to Taiwan", "against the rebels"); only those
 * after token `after` when given. */
export function prepParties(tr: Tree, at: MentionsAt, j: number, preps: ReadonlySet<string>, depth = 0, after = -1): Mention[] {
  const out: Mention[] = [];
  for (const k of tr.kids[j]!) {
    if (k <= after) continue;
    const rel = base(tr.syn[k]!.deprel);
    // "to neighbouring Israel" read as a participle clause with a preposition: the phrase is its object's
    if ((rel === 'advcl' || rel === 'acl') && /^VB[GN]$/.test(tr.syn[k]!.xpos) && preps.has(caseOf(tr, k) ?? '')) {
      const o = kidsOf(tr, k, new Set(['obj']))[0];
      if (o !== undefined && o === k + 1) for (const m of partiesOf(tr, at, o)) if (!out.includes(m)) out.push(m);
      continue;
    }
    if (rel !== 'obl' && rel !== 'nmod') continue;
    const c = caseOf(tr, k);
    // (through an of-phrase the parser attached the complement to: "exports of sand to Taiwan")
    if (c === 'of' && rel === 'nmod' && depth === 0 && !preps.has('of')) {
      for (const m of prepParties(tr, at, k, preps, depth + 1)) if (!out.includes(m)) out.push(m);
      continue;
    }
    if (c === null || !preps.has(c)) continue;
    for (const m of partiesOf(tr, at, k)) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** The objects of j: direct, then indirect. */
export function objectsOf(tr: Tree, j: number): { obj: number | null; iobj: number | null } {
  return { obj: kidsOf(tr, j, new Set(['obj']))[0] ?? null, iobj: kidsOf(tr, j, new Set(['iobj']))[0] ?? null };
}

/** Is the nominal at j inside a prepositional phrase (an obl or nmod with its own case marker: "for the bombing")? */
export function inPrepPhrase(tr: Tree, j: number): boolean {
  if (j < 0) return false;
  const rel = base(tr.syn[j]!.deprel);
  return (rel === 'obl' || rel === 'nmod') && caseOf(tr, j) !== null;
}

/** Dependents before a phrase's head that are not part of the phrase the head names (parser attachments of a
 * sentence adverbial, a fronted clause or time, a conjunction or a preposition). */
const NOT_IN_PHRASE_LEFT: ReadonlySet<string> = new Set(['advcl', 'obl', 'obl:tmod', 'obl:unmarked', 'nmod:tmod', 'nmod:unmarked', 'advmod', 'cc', 'mark', 'case', 'punct', 'parataxis', 'discourse', 'dislocated']);

/**
 * [start, end) character span of the phrase headed by j: its subtree without what the parser hung on its left that
 * is no part of it ("Last week Hope Hicks" → "Hope Hicks"), and without edge punctuation — except the comma that
 * closes an apposition or a relative clause inside it ("Mr. Trump's campaign manager, Kellyanne Conway,"), which
 * attribution corpora count as part of the source.
 */
export function subtreeSpan(tr: Tree, j: number): { start: number; end: number } {
  const inside: number[] = [j];
  const stack = tr.kids[j]!.filter((k) => !(k < j && NOT_IN_PHRASE_LEFT.has(tr.syn[k]!.deprel)));
  while (stack.length > 0) {
    const k = stack.pop()!;
    inside.push(k);
    for (const c of tr.kids[k]!) stack.push(c);
  }
  inside.sort((a, b) => a - b);
  let a = 0;
  let b = inside.length - 1;
  while (a < b && tr.syn[inside[a]!]!.upos === 'PUNCT') a++;
  while (b > a && tr.syn[inside[b]!]!.upos === 'PUNCT' && !(tr.syn[inside[b]!]!.text === ',' && tr.syn[inside[b]!]!.head !== j && inside[b - 1] === inside[b]! - 1)) b--;
  return { start: tr.syn[inside[a]!]!.start, end: tr.syn[inside[b]!]!.end };
}

/**
 * Whether a date phrase dates a reporting verb rather than an event: "Iran said on Monday that its navy had seized a
 * tanker on Sunday" (contract 4.1: the report's date is not its content's). Returns -1 when the phrase hangs on a
 * reporting verb that is not also an announcement of the act, else undefined: which event it dates is left to the
 * position rules, which newswire attachment errors ("accused … of opening fire on its positions … on Thursday") would
 * mislead more often than they help.
 */
export function dateOwner(tr: Tree, tokens: readonly Token[], sentence: { first: number; last: number }, phrase: { start: number; end: number }, reporting: (lemma: string) => boolean): -1 | undefined {
  // the phrase's head: its word whose head lies outside the phrase
  for (let w = sentence.first; w < sentence.last; w++) {
    const t = tokens[w]!;
    if (t.end <= phrase.start) continue;
    if (t.start >= phrase.end) break;
    const j = tr.toSyn[w]!;
    if (j < 0) return undefined;
    const h = tr.syn[j]!.head;
    if (h >= 0 && tr.syn[h]!.end > phrase.start && tr.syn[h]!.start < phrase.end) continue;
    if (h < 0 || tr.syn[h]!.upos !== 'VERB') return undefined;
    const hw = tr.toWink[h]!;
    return hw >= 0 && reporting(tokens[hw]!.lemma) ? -1 : undefined;
  }
  return undefined;
}

/** Is the verb at j in the past perfect ("had released", "had been detained")? */
export function isPluperfect(tr: Tree, j: number): boolean {
  return j >= 0 && tr.kids[j]!.some((k) => base(tr.syn[k]!.deprel) === 'aux' && tr.syn[k]!.text.toLowerCase() === 'had');
}
