// Arguments from a shallow clause structure: who is the actor and who the recipient of a trigger.
// subject => actor, object / with- / to-phrase => recipient, passive by-agent => actor,
// coordinated mentions => one compound actor, possessives and compound modifiers of nominal triggers.
import type { Mention, Sentence, SyntaxToken, Token } from '../types.js';
import type { TriggerHit } from './triggers.js';
import { LOCATIVE_PREPOSITIONS as LOCATIVE_PREPS, POSSESSIVE_PRONOUNS } from '../lexicon/function-words.js';
import { isTimeHead, TIME_LEADS } from './time-phrases.js';
import type { WordClasses } from './word-classes.js';
import { agentOf, isPassiveTree, jointModifier, kidsOf, objectsOf, ownerOf, partiesOf, prepParties, subjectParties, type MentionsAt, type Tree } from './tree.js';

/** Mentions of one sentence, indexed by token. */
export interface SentenceView {
  tokens: Token[];
  s: Sentence;
  /** token index -> mentions covering it (several for "the two officials") */
  at: Map<number, Mention[]>;
  /** token index of a mention's last token -> the mentions ending there */
  endsAt: Map<number, Mention[]>;
  /** tokens where a reporting tail begins (", IRNA said"): arguments never cross them */
  barriers: Set<number>;
  /** reporting cue tokens ("said", "according"): a noun after them is not governed by them */
  cues: Set<number>;
  /** the open-class word lists (lexicons/events/word-classes.jsonl) */
  words: WordClasses;
  /** the article's dependency parse aligned with the tokens, when the parse models are loaded */
  tree?: Tree;
  /** the speaker a pronoun at this token refers to first, when it lies in a reported clause (src/attribution/frames.ts) */
  speakerOf?: (pron: number, kind: 'person' | 'other' | 'any') => Mention[];
}

export interface Args {
  actor: Mention[];
  recipient: Mention[];
  /** how the actor was found, for confidence */
  actorHow: 'subject' | 'passive' | 'possessor' | 'modifier' | 'governor' | 'between' | 'none';
}

const CONNECT = new Set([',', 'and', 'or', 'nor', '&', '-', 'as', 'well', 'along', 'together', 'including', 'both', 'his', 'her', 'its', 'their',
  'counterpart', 'counterparts', 'from', 'the', '[', ']', 'neither', 'either', 'also']);
const SUBJECT_SKIP_POS = new Set(['ADV', 'AUX', 'PART']);
const SUBJECT_SKIP = new Set(['also', 'not', "n't", 'never', 'then', 'jointly', 'reportedly', 'allegedly', 'both', 'all', 'have', 'has', 'had', 'will', 'would', 'to']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got', 'gets']);
const CLAUSE_STOP = new Set([';', ':', '.', '?', '!']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'once', 'because', 'while', 'when', 'although', 'though', 'unless', 'if']);
const PREPOSITIONS_BEFORE_NP = new Set(['with', 'to', 'of', 'from', 'in', 'on', 'at', 'by', 'for', 'against', 'about', 'into', 'toward', 'towards', 'between', 'among', 'over', 'under', 'than', 'like', 'including', 'via', 'after', 'before', 'during', 'despite']);

export function buildView(tokens: Token[], s: Sentence, mentions: Mention[], barriers: Set<number>, words: WordClasses, tree?: Tree): SentenceView {
  const at = new Map<number, Mention[]>();
  const endsAt = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.sent !== s.index) continue;
    for (let i = m.first; i < m.last; i++) {
      const l = at.get(i) ?? [];
      l.push(m);
      at.set(i, l);
    }
    const e = endsAt.get(m.last - 1) ?? [];
    e.push(m);
    endsAt.set(m.last - 1, e);
  }
  return tree ? { tokens, s, at, endsAt, barriers, cues: new Set(), words, tree } : { tokens, s, at, endsAt, barriers, cues: new Set(), words };
}

function uniq(ms: Mention[]): Mention[] {
  return [...new Set(ms)];
}

/** Words that make a run of mentions a coordinated list (commas alone do not: "with Wang, Radan said"). */
const COORDINATORS = new Set(['and', 'or', 'nor', '&', 'as', 'along', 'together', 'including', 'both', 'neither', 'either', '-']);

/**
 * The coordinated group of mentions that starts at token i (going right). Returns [mentions, end token].
 * Pieces joined only by commas are a list only when a coordinator joins some of them.
 */
export function groupRight(v: SentenceView, i: number, limit = v.s.last): [Mention[], number] {
  const pieces: Mention[][] = [];
  let coordinated = false;
  let j = i;
  let lastEnd = i;
  let firstPieceEnd = i;
  while (j < limit && !v.barriers.has(j)) {
    const ms = v.at.get(j);
    if (ms) {
      const first = ms[0]!;
      pieces.push(ms.filter((m) => m.first === first.first));
      j = Math.max(...ms.map((m) => m.last));
      lastEnd = j;
      if (pieces.length === 1) firstPieceEnd = j;
      continue;
    }
    const t = v.tokens[j]!;
    if (pieces.length > 0 && CONNECT.has(t.lower)) {
      if (COORDINATORS.has(t.lower)) coordinated = true;
      j++;
      continue;
    }
    break;
  }
  if (!coordinated && pieces.length > 1) return [uniq(pieces[0]!), firstPieceEnd];
  return [uniq(pieces.flat()), lastEnd];
}

/** The coordinated group of mentions that ends at token i (going left); see groupRight for lists. */
export function groupLeft(v: SentenceView, i: number, limit = v.s.first): [Mention[], number] {
  const pieces: Mention[][] = [];
  let coordinated = false;
  /** the gap before the nearest piece had a coordinator ("… and Tachira, Defence Minister X": it had only a comma) */
  let nearestJoined = false;
  let j = i;
  let firstTok = i + 1;
  let nearestFirst = i + 1;
  while (j >= limit && !v.barriers.has(j)) {
    const ms = v.endsAt.get(j) ?? (pieces.length > 0 ? v.at.get(j) : undefined);
    if (ms) {
      // a list ends "…, B and C": a last piece joined by a comma alone is not its last member
      if (pieces.length === 1 && !nearestJoined) break;
      pieces.unshift(ms);
      j = Math.min(...ms.map((m) => m.first)) - 1;
      firstTok = j + 1;
      if (pieces.length === 1) nearestFirst = firstTok;
      continue;
    }
    const t = v.tokens[j]!;
    if (pieces.length > 0 && CONNECT.has(t.lower)) {
      if (COORDINATORS.has(t.lower)) {
        coordinated = true;
        if (pieces.length === 1) nearestJoined = true;
      } else if (pieces.length === 1 && t.text !== ',') nearestJoined = true;
      j--;
      continue;
    }
    break;
  }
  if (pieces.length === 1) return [uniq(pieces[0]!), nearestFirst];
  if (!coordinated && pieces.length > 1) return [uniq(pieces[pieces.length - 1]!), nearestFirst];
  return [uniq(pieces.flat()), firstTok];
}

function isPassive(v: SentenceView, h: TriggerHit): { by: number | null; be: boolean } {
  const t = v.tokens;
  if (h.kind !== 'verb') return { by: null, be: false };
  const head = t[h.first]!;
  // (irregular participles too: "was shot dead", "were struck")
  if (!/(ed|en|wn|ght|id|ne|lt|un)$/.test(head.lower) && !(head.lemma !== head.lower && !/(ing|s)$/.test(head.lower))) return { by: null, be: false };
  let be = false;
  for (let j = h.first - 1; j >= v.s.first && j >= h.first - 3; j--) {
    if (BE.has(t[j]!.lower)) { be = true; break; }
    if (t[j]!.pos !== 'ADV' && t[j]!.lower !== 'not') break;
  }
  let by: number | null = null;
  for (let j = h.last; j < v.s.last && j <= h.last + 8; j++) {
    // ("discussed the incident by phone": a by-phrase of means names no agent)
    if (t[j]!.lower === 'by') { if (!v.words['means-after-by'].has(t[j + 1]?.lower ?? '')) by = j; break; }
    if (t[j]!.pos === 'VERB' || CLAUSE_STOP.has(t[j]!.text) || v.barriers.has(j) || (t[j]!.text === ',' && j > h.last)) break;
  }
  if (!be && by === null) return { by: null, be: false };
  // a reduced relative ("an MOU signed by") needs the by-phrase; a be-passive may omit it
  return { by, be };
}

/** Walk left from token i to the subject of the verb at i: the nearest mention group not inside a prepositional phrase. */
export function subjectOf(v: SentenceView, verb: number, depth = 0): Mention[] {
  const t = v.tokens;
  let j = verb - 1;
  // "issued a joint statement condemning …": a participle modifying the object shares the clause's subject
  if (t[verb]!.lower.endsWith('ing') && j >= v.s.first && t[j]!.pos === 'NOUN' && !v.endsAt.has(j) && depth < 3) {
    const gov = governingVerbOrAux(v, j);
    return gov === null ? [] : subjectOf(v, gov, depth + 1);
  }
  while (j >= v.s.first) {
    const tok = t[j]!;
    if (v.endsAt.has(j)) {
      const [group, first] = groupLeft(v, j);
      // "the families of 11 Israeli athletes killed …": a number or article does not hide the preposition
      let b = first - 1;
      while (b > v.s.first && (t[b]!.pos === 'NUM' || t[b]!.pos === 'DET') && !v.words['quantity-nouns'].has(t[b]!.lower)) b--;
      if (t[b]?.lower !== 'of') b = first - 1;
      const before = t[b];
      // "Thousands of teachers marched", "a group of protesters tried": the quantity's members act
      if (before?.lower === 'of' && v.words['quantity-nouns'].has(t[b - 1]?.lower ?? '')) return group;
      // "The government of German Chancellor Olaf Scholz has denied": the head's owner speaks for it
      if (before?.lower === 'of' && t[b - 1]?.pos === 'NOUN') {
        if (v.endsAt.has(b - 1)) return groupLeft(v, b - 1)[0];
        return group;
      }
      // "ECOWAS leaders meeting in Abuja on Sunday urged …": a place inside a participle phrase after the subject
      if (before && LOCATIVE_PREPS.has(before.lower) && depth < 3) {
        let k = first - 2;
        if (k >= v.s.first && t[k]!.lower.endsWith('ing')) k--;
        if (k >= v.s.first && v.endsAt.has(k)) return groupLeft(v, k)[0];
      }
      // "after Niger ended …", "since Mali left …": a subordinator, not a preposition, when a finite verb follows
      if (before && SUBORDINATORS.has(before.lower) && !t[verb]!.lower.endsWith('ing')) return group;
      if (before && PREPOSITIONS_BEFORE_NP.has(before.lower) && before.pos === 'ADP') return [];
      return group;
    }
    if (tok.lower === 'to' && tok.pos === 'PART' && depth < 3) {
      // "Berlin's decision (earlier this month) to order …": the possessor of the noun the infinitive completes
      for (let k = j - 1; k >= v.s.first && k >= j - 6; k--) {
        const w = t[k]!;
        if (w.pos === 'VERB' || w.pos === 'AUX' || CLAUSE_STOP.has(w.text) || w.text === ',') break;
        if (w.lower === "'s" && v.endsAt.has(k - 1) && t[k + 1]?.pos === 'NOUN') return groupLeft(v, k - 1)[0];
      }
      // "vowed to strengthen", "are due to meet", "travel to Baku to meet": the subject of the governing verb
      const gov = governingVerbOrAux(v, j);
      return gov === null ? [] : subjectOf(v, gov, depth + 1);
    }
    if (SUBJECT_SKIP_POS.has(tok.pos) || SUBJECT_SKIP.has(tok.lower)) { j--; continue; }
    // "British aircraft using precision guided missiles killed …": a participle phrase between subject and verb
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && depth < 3) {
      for (let k = j - 1; k > v.s.first && k >= j - 6; k--) {
        const w = t[k]!;
        const modifier = w.pos === 'VERB' && w.lower.endsWith('ed') && t[k + 1]?.pos === 'NOUN'; // "precision guided missiles"
        if (w.text === ',' || CLAUSE_STOP.has(w.text) || (w.pos === 'VERB' && !w.lower.endsWith('ing') && !modifier)) break;
        if (w.pos === 'VERB' && w.lower.endsWith('ing') && v.endsAt.has(k - 1)) return groupLeft(v, k - 1)[0];
      }
    }
    // "A Chinese coast guard ship rammed …": the body named before the head noun
    if (tok.pos === 'NOUN' && j - 1 >= v.s.first && v.endsAt.has(j - 1) && t[j + 1] && j + 1 === verb) return groupLeft(v, j - 1)[0];
    // "Police in Karachi arrested …": a place the gazetteer does not know, after the subject
    if (tok.pos === 'PROPN' && depth < 3) {
      let k = j;
      while (k > v.s.first && t[k - 1]!.pos === 'PROPN' && !v.endsAt.has(k - 1)) k--;
      if (LOCATIVE_PREPS.has(t[k - 1]?.lower ?? '') && v.endsAt.has(k - 2)) return groupLeft(v, k - 2)[0];
    }
    // "Israel on Thursday accused …", "The German government today welcomed …"
    if (isTimeHead(tok)) { j--; while (j >= v.s.first && (TIME_LEADS.has(t[j]!.lower) || isTimeHead(t[j]!))) j--; continue; }
    // "The Asia-Pacific Economic Cooperation (APEC) forum has agreed": an acronym in brackets and the organisation's type noun
    if (tok.text === ')' ) { let k = j - 1; while (k > v.s.first && t[k]!.text !== '(') k--; if (t[k]?.text === '(') { j = k - 1; continue; } }
    if (tok.pos === 'NOUN' && v.words['org-heads'].has(tok.lemma) && j - 1 >= v.s.first && (v.endsAt.get(j - 1)?.some((m) => m.kind !== 'person' && m.kind !== 'country') || t[j - 1]!.text === ')')) { j--; continue; }
    if (RELATIVE.has(tok.lower)) {
      // "…, who visited": the antecedent before the relative pronoun (not a place: "a bombing in the capital that killed")
      let k = j - 1;
      if (t[k]?.text === ',') k--;
      if (k >= v.s.first && v.endsAt.has(k)) {
        const [g, first] = groupLeft(v, k);
        const before = t[first - 1];
        return before && PREPOSITIONS_BEFORE_NP.has(before.lower) && before.pos === 'ADP' ? [] : g;
      }
      return [];
    }
    if (SUBJECT_PRONOUNS.has(tok.lower) && depth < 3) {
      // "Taiwan's defence ministry said it had dispatched …": the nearest fitting mention before, in this sentence
      return pronounAntecedent(v, j, tok.lower === 'he' || tok.lower === 'she');
    }
    if (tok.text === ',' && depth < 3) {
      // a parenthetical between subject and verb: "The RSF, which controls Darfur, has been accused",
      // "Jürgen Stock, secretary general of Interpol, said"
      const open = parentheticalStart(v, j);
      // "the group's spokesman, Zabihullah Mujahid, announced": the name between the commas is the speaker
      if (open !== null && !v.endsAt.has(open - 1) && v.endsAt.has(j - 1)) {
        const [inner, innerFirst] = groupLeft(v, j - 1);
        if (innerFirst === open + 1) return inner;
      }
      if (open !== null && v.endsAt.has(open - 1)) {
        const [group, first] = groupLeft(v, open - 1);
        const before = t[first - 1];
        if (!(before && PREPOSITIONS_BEFORE_NP.has(before.lower) && before.pos === 'ADP')) return group;
        // "The US commander in Iraq, General …, held talks": the head before the prepositional phrase
        if (v.endsAt.has(first - 2)) return groupLeft(v, first - 2)[0];
      }
    }
    if ((tok.lower === 'and' || tok.lower === 'but' || tok.lower === ',') && depth < 3) {
      // a coordinated verb phrase shares the subject of the first verb: "Radan noted … and announced …"
      for (let k = j - 1; k >= v.s.first; k--) {
        const tk = t[k]!;
        if (tk.pos === 'VERB' && !/ing$/.test(tk.lower)) {
          const subj = subjectOf(v, k, depth + 1);
          if (subj.length > 0) return subj;
        }
      }
      return [];
    }
    return [];
  }
  return [];
}

/** For a comma at `close`, the comma that opens a parenthetical before it (a relative clause or an appositive), if any. */
function parentheticalStart(v: SentenceView, close: number): number | null {
  const t = v.tokens;
  for (let j = close - 1; j > v.s.first && j >= close - 14; j--) {
    if (t[j]!.text === ',') {
      const next = t[j + 1]!.lower;
      if (RELATIVE.has(next) || next === 'whose' || next === 'where') return j;
      // an appositive: a noun phrase without a finite verb ("secretary general of Interpol")
      for (let k = j + 1; k < close; k++) if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return null;
      return j;
    }
    if (CLAUSE_STOP.has(t[j]!.text)) return null;
  }
  return null;
}

/** The nearest verb or auxiliary to the left of i within the clause ("are" in "are due to meet"). */
export function governingVerbOrAux(v: SentenceView, i: number): number | null {
  const t = v.tokens;
  for (let j = i - 1; j >= v.s.first; j--) {
    const tok = t[j]!;
    if (CLAUSE_STOP.has(tok.text) || v.barriers.has(j)) return null;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return j;
  }
  return null;
}

/** Mentions right after a preposition within the clause: "meetings with X", "visit to X". */
function prepositional(v: SentenceView, from: number, preps: Set<string>, until: number): Mention[] {
  const t = v.tokens;
  for (let j = from; j < until; j++) {
    if (v.barriers.has(j) || CLAUSE_STOP.has(t[j]!.text)) break;
    if (t[j]!.pos === 'VERB' && j > from + 1 && !/ing$|ed$/.test(t[j]!.lower)) break;
    if (preps.has(t[j]!.lower)) {
      // allow determiners, adjectives and a title word before the group
      for (let k = j + 1; k < until && k <= j + 6; k++) {
        if (v.at.has(k)) return groupRight(v, k, until)[0];
        const p = t[k]!.pos;
        // "against the aerospace unit of Iran's Revolutionary Guards": a head noun and its of-phrase
        if (t[k]!.lower === 'of' && t[k - 1]!.pos === 'NOUN') continue;
        if (nounPhraseLead(v, k)) continue;
        if (t[k]!.text === ',') break;
        if (p !== 'DET' && p !== 'ADJ' && p !== 'PRON' && p !== 'NUM' && p !== 'PUNCT' && p !== 'NOUN' && p !== 'PROPN') break;
      }
    }
  }
  return [];
}

/** comparators that make a number a quantity ("more than 100 Palestinians", "at least 12 Syrian soldiers") */
const COMPARATOR_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['than', new Set(['more', 'fewer', 'less'])], ['at', new Set()], ['to', new Set(['up'])]]);

/**
 * Is token k a word that leads into a noun phrase without ending it: a participle premodifying a nominal ("proposed
 * Israeli changes", "to neighbouring Israel", "the occupied West Bank"), or the preposition inside a quantity ("more
 * than 100 Palestinians", "at least 12 soldiers", "up to 16 advisers")?
 */
function nounPhraseLead(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  const w = t[k]!;
  const next = t[k + 1];
  if (!next || k + 1 >= v.s.last) return false;
  if (w.pos === 'VERB' && /(ing|ed|en)$/.test(w.lower) && (v.at.has(k + 1) || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
  const before = COMPARATOR_HEADS.get(w.lower);
  if (!before) return false;
  if (w.lower === 'at') return next.lower === 'least' || next.lower === 'most';
  return before.has(t[k - 1]?.lower ?? '') && (next.pos === 'NUM' || next.lower === 'a' || next.lower === 'two');
}

/** The direct object group: the first mention group shortly after the verb. */
function objectOf(v: SentenceView, from: number, until: number): Mention[] {
  const t = v.tokens;
  for (let k = from; k < until && k <= from + 4; k++) {
    if (v.at.has(k)) return groupRight(v, k, until)[0];
    const p = t[k]!.pos;
    // "met his counterparts from Russia, …": a relational noun whose from/of-phrase names the party
    if ((t[k]!.lower === 'from' || t[k]!.lower === 'of') && k > from && v.words['relational-nouns'].has(t[k - 1]!.lemma)) continue;
    // "shelled positions of the Palestinian security forces": the owner named in the object's of-phrase
    if (t[k]!.lower === 'of' && k > from && t[k - 1]!.pos === 'NOUN') continue;
    if (nounPhraseLead(v, k)) continue;
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'ADV' && !(p === 'PRON' && POSSESSIVE_PRONOUNS.has(t[k]!.lower)) && !v.words['relational-nouns'].has(t[k]!.lemma) && !(p === 'NOUN' && t[k + 1]?.lower === 'of')) break;
  }
  return [];
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

function pronounAntecedent(v: SentenceView, pron: number, person: boolean): Mention[] {
  const nearest = nearestAntecedent(v, pron, person);
  // "X said that after meeting Y he would …": in a reported clause the speaker first, if the two agree in kind
  // (the nearest group when it is the speaker: "The three countries announced that they …" keeps all three)
  const speaker = v.speakerOf?.(pron, person ? 'person' : v.tokens[pron]!.lower === 'it' ? 'other' : 'any') ?? [];
  return speaker.length > 0 && !speaker.some((m) => nearest.some((n) => n.first === m.first && n.last === m.last)) ? speaker : nearest;
}

function nearestAntecedent(v: SentenceView, pron: number, person: boolean): Mention[] {
  for (let k = pron - 1; k >= v.s.first; k--) {
    const ms = v.endsAt.get(k);
    if (!ms) continue;
    const fit = ms.filter((m) => (person ? m.kind === 'person' : m.kind !== 'person') && m.country);
    if (fit.length) return groupLeft(v, k)[0].filter((m) => fit.includes(m) || !person);
  }
  return [];
}

/** Resolve a possessive pronoun before a nominal trigger. */
function pronounReferent(v: SentenceView, pron: number, prior: Mention[]): Mention[] {
  const t = v.tokens;
  // cataphora: "In his meeting with Wang, Radan expressed …" => the subject of the main clause
  if (pron - 1 === v.s.first || (pron - 2 >= v.s.first && t[v.s.first]!.pos === 'ADP' && pron - v.s.first <= 2)) {
    for (let j = pron + 1; j < v.s.last; j++) {
      if (t[j]!.text === ',') {
        const [g] = groupRight(v, j + 1);
        if (g.length > 0) return g;
        break;
      }
    }
  }
  const wantPerson = t[pron]!.lower === 'his' || t[pron]!.lower === 'her';
  // nearest previous mention of the right kind, in this sentence then before
  for (let k = prior.length - 1; k >= 0; k--) {
    const m = prior[k]!;
    if (m.start >= t[pron]!.start) continue;
    if (wantPerson ? m.kind === 'person' : m.kind !== 'person') return [m];
  }
  return [];
}

/** What the tree says of a trigger's arguments: null where it says nothing (no parse, no relation, no name). */
interface TreeArgs {
  actor: Mention[] | null;
  recipient: Mention[] | null;
  how: Args['actorHow'];
}

/** prepositions whose complement on a verb's object names the party the act is aimed at */
const OBJECT_COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['to', 'with', 'against', 'toward', 'towards', 'from', 'at', 'on']);
const NO_TREE: TreeArgs = { actor: null, recipient: null, how: 'none' };
const NOMINAL_OWNERS = new Set(['nmod:poss', 'amod', 'compound']);
const nonEmpty = (ms: Mention[] | null): Mention[] | null => (ms && ms.some((m) => m.country !== null || m.kind === 'person') ? ms : null);

/** categories whose recipient is the partner, not the target of what is agreed or done together */
const CONTENT_WITH_PARTNER: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
const isPredicate = (s: SyntaxToken): boolean => s.upos === 'VERB' || s.upos === 'AUX';

/** Whom the act of the verb at j is aimed at: its object (or indirect object), else a to/with/against/at/on/toward/from
 * complement of the verb or of its object. null when the tree names none. */
function actedOn(tr: Tree, at: MentionsAt, j: number): Mention[] | null {
  const { obj, iobj } = objectsOf(tr, j);
  return (obj !== null ? nonEmpty(partiesOf(tr, at, obj)) : null) ?? (iobj !== null ? nonEmpty(partiesOf(tr, at, iobj)) : null) ??
    nonEmpty(prepParties(tr, at, j, OBJECT_COMPLEMENT_PREPS)) ?? (obj !== null ? nonEmpty(prepParties(tr, at, obj, OBJECT_COMPLEMENT_PREPS)) : null);
}

/** A trigger word inside a name ("the Collective Security Treaty Organization", "Ban Ki-moon") is no act. */
function insideName(v: SentenceView, h: TriggerHit): boolean {
  return (v.at.get(h.first) ?? []).some((m) => m.kind !== 'agent' && m.how !== 'adjective' && (m.first < h.first || m.last > h.last) && m.last - m.first > h.last - h.first);
}

/**
 * Arguments from the dependency tree. Verbs: the subject (nsubj) or a passive's agent (obl:agent) is the actor, the
 * passive subject or the object (obj, iobj) and the complements with the trigger's prepositions — on the verb, on its
 * object ("suspended exports of sand to Taiwan") or on a light verb's noun ("held talks … with") — the recipient.
 * Nouns: a possessor or modifier ("Iran's strike", "US sanctions"), a by-phrase, or the subject of the verb the noun
 * is the object of ("issued a warning to").
 */
function treeArguments(v: SentenceView, h: TriggerHit, recPreps: ReadonlySet<string>, wantsObject: boolean): TreeArgs {
  const tr = v.tree;
  if (!tr || insideName(v, h)) return NO_TREE;
  const at = v.at;
  const lemmaOf = (j: number): string => v.tokens[tr.toWink[j]!]?.lemma ?? tr.syn[j]!.text.toLowerCase();
  const objectControl = (j: number): boolean => v.words['object-control-verbs'].has(lemmaOf(j));
  const T = tr.toSyn[h.kind === 'verb' ? h.first : h.last - 1]!;
  if (T < 0) return NO_TREE;
  const rec = (j: number): Mention[] => {
    const out: Mention[] = [];
    for (const m of prepParties(tr, at, j, recPreps)) if (!out.includes(m)) out.push(m);
    return out;
  };
  if (h.kind === 'verb') {
    const light = h.object !== null ? tr.toSyn[h.object]! : -1;
    if (isPassiveTree(tr, T)) {
      const patientTok = kidsOf(tr, T, new Set(['nsubj:pass']))[0] ?? (tr.syn[T]!.deprel.startsWith('acl') ? tr.syn[T]!.head : undefined);
      const patient = patientTok === undefined ? null : nonEmpty(partiesOf(tr, at, patientTok));
      return { actor: nonEmpty(agentOf(tr, at, T)), recipient: patient ?? nonEmpty(rec(T)), how: 'passive' };
    }
    const actor = nonEmpty(subjectParties(tr, at, T, objectControl));
    let recipient: Mention[] | null = null;
    const { obj, iobj } = objectsOf(tr, T);
    if (wantsObject) {
      const io = iobj === null ? null : nonEmpty(partiesOf(tr, at, iobj));
      // "banned Ugandan opposition candidates", "expelled India's high commissioner": when the object is the trigger's
      // own object noun, whoever it belongs to (its possessor, modifier or of-phrase) is the party acted on
      const o = obj === null ? null : nonEmpty(partiesOf(tr, at, obj));
      recipient = o && o.some((m) => m.country) ? o : io ?? o;
    }
    // "demanded that President Mnangagwa resign": a request is addressed to the subject of what it asks for
    if (!recipient && h.spec.event === 'REQUEST') {
      const content = kidsOf(tr, T, new Set(['ccomp']))[0];
      const subj = content === undefined ? undefined : kidsOf(tr, content, new Set(['nsubj', 'nsubj:pass']))[0];
      if (subj !== undefined) recipient = nonEmpty(partiesOf(tr, at, subj));
    }
    if (!recipient && recPreps.size > 0) {
      recipient = nonEmpty(rec(T)) ?? (obj !== null ? nonEmpty(rec(obj)) : null) ?? (light >= 0 && light !== obj ? nonEmpty(rec(light)) : null);
    }
    // "recalled its ambassador to Israel", "suspended exports of sand to Taiwan", "cut ties with Israel": whatever
    // prepositions the trigger lists for itself, a to/with/against/at/on complement of its object (or of the noun it
    // names) is the party the act is aimed at
    const noun = obj ?? (light >= 0 ? light : null);
    if (!recipient && noun !== null) recipient = nonEmpty(prepParties(tr, at, noun, OBJECT_COMPLEMENT_PREPS));
    // (the same complement hung on the verb after the object noun: "recalled its ambassador to neighbouring Israel")
    if (!recipient && light >= 0 && light === obj) recipient = nonEmpty(prepParties(tr, at, T, OBJECT_COMPLEMENT_PREPS, 0, light));
    // "banned Ugandan opposition candidates", "expelled India's high commissioner": the trigger's own object noun
    // belongs to the party acted on (its possessor, a modifier naming a party, its of-phrase)
    if (!recipient && light >= 0 && (light === obj || tr.syn[light]!.head === T)) recipient = nonEmpty(ownerOf(tr, at, light));
    // "refused to meet Jordan's king", "threatened to cut off electricity to Nakhichevan": a verb that passes its own
    // subject to an infinitive (no object of its own) is aimed at whom that infinitive's act is; not an agreement,
    // whose other party is who it is made with ("agreeing to step up pressure on Pyongyang": agreed with Trump)
    if (!recipient && obj === null && !CONTENT_WITH_PARTNER.has(h.spec.event)) {
      const inf = kidsOf(tr, T, new Set(['xcomp'])).find((x) => isPredicate(tr.syn[x]!));
      if (inf !== undefined) recipient = actedOn(tr, at, inf);
    }
    return { actor, recipient, how: actor ? 'subject' : 'none' };
  }
  // a nominal trigger
  let actor: Mention[] | null = null;
  let how: Args['actorHow'] = 'none';
  for (const k of jointModifier(tr, T) ? [] : tr.kids[T]!) {
    if (k > T || !NOMINAL_OWNERS.has(tr.syn[k]!.deprel)) continue;
    const ms = nonEmpty(partiesOf(tr, at, k));
    if (ms) { actor = ms; how = tr.syn[k]!.deprel === 'nmod:poss' ? 'possessor' : 'modifier'; }
  }
  if (!actor) {
    const by = prepParties(tr, at, T, new Set(['by']));
    if (nonEmpty(by)) { actor = by; how = 'passive'; }
  }
  const between = nonEmpty(prepParties(tr, at, T, new Set(['between', 'among'])));
  if (between && between.length >= 2) { actor = between; how = 'between'; }
  const s = tr.syn[T]!;
  const gov = s.head;
  if (!actor && gov >= 0 && s.deprel === 'obj' && !v.words['topic-verbs'].has(lemmaOf(gov))) {
    actor = nonEmpty(subjectParties(tr, at, gov, objectControl));
    if (actor) how = 'governor';
  }
  let recipient = recPreps.size > 0 ? nonEmpty(rec(T)) : null;
  if (!recipient && recPreps.size > 0 && gov >= 0 && s.deprel === 'obj') recipient = nonEmpty(rec(gov));
  return { actor, recipient, how };
}

/**
 * Find the actor and recipient of a trigger. `prior` holds every mention of the article, in text order. The clause
 * scan below gives each argument first; where it finds none, the dependency tree (when parsed) fills it in: a subject
 * past an adverbial or a long actor phrase, a passive's agent, a recipient behind a modifier on the object.
 */
export function argumentsOf(v: SentenceView, h: TriggerHit, prior: Mention[]): Args {
  const shallow = shallowArguments(v, h, prior);
  if (!v.tree) return shallow;
  // (a recipient with no country, "providing intelligence to Macedonia" read as an agent "intelligence", names nobody)
  const unnamedRecipient = shallow.recipient.every((m) => m.country === null);
  // (the tree only fills what the scan left empty: nothing to read when it found an actor and a named recipient
  // other than that actor)
  if (shallow.actor.length > 0 && !unnamedRecipient && notActor(shallow.actor, shallow.recipient).length > 0) return shallow;
  const recPreps = new Set((h.spec.recipient ?? []).filter((r) => r !== 'object'));
  const wantsObject = (h.spec.recipient ?? []).includes('object');
  const tree = treeArguments(v, h, recPreps, wantsObject);
  // "… visited Moscow on Monday. He signed …": a subject pronoun with no antecedent in its sentence is the previous
  // sentence's subject (its first fitting party)
  if (tree.actor === null && shallow.actor.length === 0 && h.kind === 'verb') tree.actor = pronounSubject(v, h, prior);
  const [ta, tr] = h.spec.reverse ? [tree.recipient, tree.actor] : [tree.actor, tree.recipient];
  // (a list the parser broke up, "envoys of the EU, the UN and the OSCE": the scan's reading of the same list, taking
  // in every party the tree found, is the whole of it)
  const listOf = (t: Mention[], scan: Mention[]): Mention[] => (scan.length > t.length && t.every((m) => scan.includes(m)) ? scan : t);
  const treeActor = ta === null ? [] : listOf(ta, shallow.actor).filter((m) => m.country !== null || m.kind === 'person');
  const useActor = treeActor.length > 0 && shallow.actor.length === 0;
  const actor = useActor ? treeActor : shallow.actor;
  // (a recipient is never the actor itself: "Washington's support for Guyana" read as Washington's own act)
  const treeRecipient = tr === null ? [] : notActor(actor, listOf(tr, shallow.recipient));
  const scanRecipient = notActor(actor, shallow.recipient);
  const useRecipient = treeRecipient.length > 0 && (scanRecipient.length === 0 || (unnamedRecipient && treeRecipient.some((m) => m.country !== null)));
  if (!useActor && !useRecipient) return shallow;
  const recipient = useRecipient ? treeRecipient : scanRecipient;
  return { actor: uniq(actor), recipient: uniq(recipient), actorHow: useActor ? tree.how : shallow.actorHow };
}

/** The parties of ms that are not the actor: not one of its mentions, nor of the same country and sector. */
function notActor(actor: readonly Mention[], ms: readonly Mention[]): Mention[] {
  const keys = new Set(actor.map((m) => `${m.country}/${m.sector}`));
  return ms.filter((m) => !actor.includes(m) && !keys.has(`${m.country}/${m.sector}`));
}

const PLACE_LEAD: ReadonlySet<string> = new Set([...LOCATIVE_PREPS, 'to', 'from', 'into', 'via', 'toward', 'towards']);
const PERSONAL: ReadonlyMap<string, 'person' | 'other' | 'any'> = new Map([['he', 'person'], ['she', 'person'], ['it', 'other'], ['they', 'any']]);

/** The previous sentence's first party of the pronoun's kind, for a trigger whose tree subject is a bare pronoun. */
function pronounSubject(v: SentenceView, h: TriggerHit, prior: Mention[]): Mention[] | null {
  const tr = v.tree!;
  const T = tr.toSyn[h.first]!;
  if (T < 0) return null;
  let j = T;
  // (through control and coordination: "He vowed to …", "He arrived and signed …")
  for (let k = 0; k < 3 && !tr.kids[j]!.some((c) => tr.syn[c]!.deprel === 'nsubj') && (tr.syn[j]!.deprel === 'xcomp' || tr.syn[j]!.deprel === 'conj') && tr.syn[j]!.head >= 0; k++) j = tr.syn[j]!.head;
  const subj = tr.kids[j]!.find((c) => tr.syn[c]!.deprel === 'nsubj');
  const kind = subj === undefined ? undefined : PERSONAL.get(tr.syn[subj]!.text.toLowerCase());
  if (kind === undefined) return null;
  // an antecedent in the same sentence is the clause scan's to find
  if (prior.some((m) => m.sent === v.s.index && m.end <= tr.syn[subj!]!.start && m.country !== null)) return null;
  // (not a place the previous sentence happened in: "Fighting resumed in Khartoum. They shelled …")
  const place = (m: Mention) => m.kind === 'city' || (m.kind === 'capital' && PLACE_LEAD.has(v.tokens[m.first - 1]?.lower ?? ''));
  const fits = (m: Mention) => m.sent === v.s.index - 1 && m.country !== null && !place(m) && (kind === 'any' || (kind === 'person') === (m.kind === 'person'));
  const m = prior.find(fits);
  return m ? [m] : null;
}

function shallowArguments(v: SentenceView, h: TriggerHit, prior: Mention[]): Args {
  const t = v.tokens;
  const recPreps = new Set((h.spec.recipient ?? []).filter((r) => r !== 'object'));
  const wantsObject = (h.spec.recipient ?? []).includes('object');
  const end = clauseEnd(v, h.last);
  let actor: Mention[] = [];
  let recipient: Mention[] = [];
  let actorHow: Args['actorHow'] = 'none';

  if (h.kind === 'verb') {
    // ("Japan protested the arrest … by Chinese authorities": a verb with a subject of its own in the tree is active,
    // whatever by-phrase follows)
    const T = v.tree ? v.tree.toSyn[h.first]! : -1;
    const active = v.tree !== undefined && T >= 0 && !isPassiveTree(v.tree, T) && kidsOf(v.tree, T, new Set(['nsubj'])).length > 0;
    const pass = active ? { by: null, be: false } : isPassive(v, h);
    if (pass.by !== null) {
      actor = groupRight(v, firstMentionAfter(v, pass.by + 1, end), end)[0];
      actorHow = 'passive';
      if (pass.be) recipient = subjectOf(v, firstAux(v, h.first));
      // a reduced relative: "11 Israeli athletes killed by gunmen" — the noun before is the patient
      else if (v.endsAt.has(h.first - 1)) recipient = groupLeft(v, h.first - 1)[0];
    } else if (pass.be) {
      recipient = subjectOf(v, firstAux(v, h.first));
    } else {
      actor = subjectOf(v, h.first);
      actorHow = actor.length ? 'subject' : 'none';
      if (wantsObject) {
        const inObject = h.object !== null ? v.at.get(h.object) : undefined;
        // "gave Kenya 16 helicopters": a mention between the verb and its object noun is the indirect object
        const indirect = h.object !== null && h.object > h.last ? objectOf(v, h.last, h.object) : [];
        // (an object that is equipment with no country: "gave Kenya 16 helicopters" goes to the indirect object)
        recipient = inObject && (inObject.some((m) => m.country) || indirect.length === 0) ? groupRight(v, inObject[0]!.first, end)[0]
          : indirect.length ? indirect : objectOf(v, h.object !== null && h.object > h.last ? h.object + 1 : h.last, end);
      }
    }
    if (recipient.length === 0 && recPreps.size > 0) recipient = prepositional(v, h.object !== null && h.object > h.last ? h.object + 1 : h.last, recPreps, end);
    // "demanded that President Faure Gnassingbe step down": a request is addressed to whoever it asks to act (the
    // subjunctive clause the tagger often misreads, so read from the words)
    if (recipient.length === 0 && h.spec.event === 'REQUEST' && pass.by === null && !pass.be) {
      let j = h.last;
      while (j < end && t[j]!.pos === 'ADV') j++;
      if (t[j]?.lower === 'that' && v.at.has(j + 1) || (t[j]?.lower === 'that' && t[j + 1]?.pos === 'DET' && v.at.has(j + 2))) recipient = groupRight(v, v.at.has(j + 1) ? j + 1 : j + 2, end)[0];
    }
    if (recipient.length === 0 && pass.by === null && t[h.last - 1]!.pos === 'ADP' && h.last - 1 > h.first) recipient = objectOf(v, h.last, end);
    if (actor.length === 0 && h.object !== null && h.object > h.last) {
      // "expressed Iran's willingness": the possessor of the object noun speaks for the subject
      actor = possessorOf(v, h.object, prior).group;
      if (actor.length) actorHow = 'possessor';
    }
  } else {
    const poss = possessorOf(v, h.first, prior);
    if (poss.group.length) { actor = poss.group; actorHow = poss.how; }
    // "talks between X and Y": both sides are a compound actor
    if (t[h.last]?.lower === 'between') {
      const g = groupRight(v, firstMentionAfter(v, h.last + 1, end), end)[0];
      if (g.length >= 2) { actor = g; actorHow = 'between'; }
    }
    const by = byAfterNoun(v, h.last, end);
    if (actor.length === 0 && by !== null) { actor = groupRight(v, firstMentionAfter(v, by + 1, end), end)[0]; actorHow = 'passive'; }
    if (actor.length === 0) {
      // the subject of the verb that governs the noun phrase: "Wang held video meetings with …", "promoted exchanges in
      // meetings with …"; but not of a verb that merely takes the event as its object ("challenged the ban")
      const gov = topicOf(v, h.first) >= 0 ? null : governingVerb(v, h.first);
      if (gov !== null) {
        const viaPrep = t.slice(gov + 1, h.first).some((x) => x.pos === 'ADP');
        // "thanked Riyadh for the assistance", "accused X of …": the object of the verb did the act of the PP
        const forObject = viaPrep && ['for', 'of'].includes(t[h.first - 1]?.lower ?? t[h.first - 2]?.lower ?? '') ? objectOf(v, gov + 1, h.first) : [];
        if (forObject.length) { actor = forObject; actorHow = 'governor'; }
        else if (viaPrep || !v.words['topic-verbs'].has(t[gov]!.lemma)) { actor = subjectOf(v, gov); actorHow = actor.length ? 'governor' : 'none'; }
      }
    }
    if (actor.length === 0) {
      // "At a summit in Accra last month, ECOWAS leaders warned …": a noun in a fronted phrase is the main subject's
      actor = frontedSubject(v, h);
      if (actor.length) actorHow = 'governor';
    }
    if (recPreps.size > 0) recipient = prepositional(v, h.last, recPreps, end);
  }
  if (h.spec.reverse) [actor, recipient] = [recipient, actor];
  actor = actor.filter((m) => m.country !== null || m.kind === 'person');
  const actorSet = new Set(actor);
  const actorKeys = new Set(actor.map((m) => `${m.country}/${m.sector}`));
  recipient = recipient.filter((m) => !actorSet.has(m) && !actorKeys.has(`${m.country}/${m.sector}`));
  return { actor: uniq(actor), recipient: uniq(recipient), actorHow };
}

/**
 * "a standoff over humanitarian aid", "talks about the exchange": the noun is what something is about, not an act of the
 * subject. Returns the topic preposition's token, or -1.
 */
export function topicOf(v: SentenceView, noun: number): number {
  const t = v.tokens;
  let j = noun - 1;
  // (over possessors too: "requests for comment on the militia's ceasefire")
  while (j > v.s.first && (['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t[j]!.pos) || t[j]!.lower === "'s" || POSSESSIVE_PRONOUNS.has(t[j]!.lower))) j--;
  return j >= v.s.first && TOPIC_PREPS.has(t[j]!.lower) ? j : -1;
}

const TOPIC_PREPS: ReadonlySet<string> = new Set(['over', 'about', 'regarding', 'concerning', 'on']);

/** The subject after the comma that closes a sentence-initial prepositional phrase holding the noun at h. */
function frontedSubject(v: SentenceView, h: TriggerHit): Mention[] {
  const t = v.tokens;
  if (t[v.s.first]!.pos !== 'ADP' || h.first - v.s.first > 3) return [];
  for (let j = v.s.first + 1; j < h.first; j++) if (!['DET', 'ADJ', 'NOUN', 'NUM', 'PRON'].includes(t[j]!.pos)) return [];
  for (let j = h.last; j < v.s.last && j < h.last + 12; j++) {
    if (CLAUSE_STOP.has(t[j]!.text) || t[j]!.pos === 'VERB') return [];
    if (t[j]!.text === ',') {
      const [g] = groupRight(v, j + 1);
      return g.filter((m) => m.country);
    }
  }
  return [];
}

/** "a visit to Jakarta by Australian Trade Minister Don Farrell": a by-phrase after the noun's own PPs. */
function byAfterNoun(v: SentenceView, from: number, end: number): number | null {
  const t = v.tokens;
  for (let j = from; j < end && j <= from + 6; j++) {
    if (t[j]!.lower === 'by') return j;
    if (t[j]!.pos === 'VERB' || t[j]!.text === ',') return null;
  }
  return null;
}

function firstMentionAfter(v: SentenceView, from: number, end: number): number {
  for (let k = from; k < end && k <= from + 4; k++) if (v.at.has(k)) return k;
  return end;
}

function firstAux(v: SentenceView, verb: number): number {
  let j = verb;
  while (j - 1 >= v.s.first && (BE.has(v.tokens[j - 1]!.lower) || v.tokens[j - 1]!.pos === 'ADV' || v.tokens[j - 1]!.pos === 'AUX' || v.tokens[j - 1]!.lower === 'not')) j--;
  return j;
}

function possessorOf(v: SentenceView, noun: number, prior: Mention[]): { group: Mention[]; how: Args['actorHow'] } {
  const t = v.tokens;
  // walk left over adjectives and noun modifiers: "Radan's first official visit", "the Iran-Russia MOU"
  let j = noun - 1;
  while (j >= v.s.first && !v.endsAt.has(j) && (t[j]!.pos === 'ADJ' || (t[j]!.pos === 'NOUN' && !POSSESSIVE_PRONOUNS.has(t[j]!.lower)) || t[j]!.pos === 'NUM' || (t[j]!.text === '-' && j > v.s.first && t[j - 1]!.pos !== 'PROPN'))) j--;
  if (j < v.s.first) return { group: [], how: 'none' };
  const tok = t[j]!;
  if (tok.lower === "'s" || tok.lower === "'") {
    if (v.endsAt.has(j - 1)) return { group: groupLeft(v, j - 1)[0], how: 'possessor' };
    return { group: [], how: 'none' };
  }
  if (POSSESSIVE_PRONOUNS.has(tok.lower)) return { group: pronounReferent(v, j, prior), how: 'possessor' };
  if (v.endsAt.has(j)) {
    const [g, first] = groupLeft(v, j);
    const before = t[first - 1];
    // "sanctions on Iran" is a recipient, not a modifier; a modifier sits right before the noun
    if (!before || before.pos !== 'ADP') return { group: g, how: 'modifier' };
  }
  return { group: [], how: 'none' };
}

/** The nearest verb to the left whose object or prepositional phrase contains the noun at i. */
function governingVerb(v: SentenceView, i: number): number | null {
  const t = v.tokens;
  for (let j = i - 1; j >= v.s.first; j--) {
    const tok = t[j]!;
    if (CLAUSE_STOP.has(tok.text) || v.barriers.has(j)) return null;
    if (tok.text === ',' && j < i - 1) return null;
    // ("announced similar measures against …": announcing takes the act as its object; "said the attack …" does not)
    if (v.cues.has(j) && !v.words['announcing-verbs'].has(tok.lemma)) return null;
    if (tok.pos === 'VERB') return j;
  }
  return null;
}

/** Where the clause of a trigger ends for argument search: sentence end, a reporting tail, or ; */
export function clauseEnd(v: SentenceView, from: number): number {
  for (let j = from; j < v.s.last; j++) {
    if (v.barriers.has(j) || CLAUSE_STOP.has(v.tokens[j]!.text) && v.tokens[j]!.text !== ':') return j;
  }
  return v.s.last;
}

