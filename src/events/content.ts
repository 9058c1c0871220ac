// events: what a verbal event says (a promise, a request, an accusation, a denial) and where that content ends.
import type { Mention, Token } from '../types.js';
import { clauseEnd, type SentenceView } from './arguments.js';
import type { TriggerHit } from './triggers.js';
import { CONTENT_TAKERS, DROPPED, THREAT_CODE, THREAT_OF, type Candidate } from './candidate.js';
import { LOCATIVE_PREPOSITIONS as LOCATIVE } from '../lexicon/function-words.js';
import { isCity } from './places.js';

export const MEDIA = 'JRN';

/** Parties named in the content of a verbal event: "expressed the hope that China and Iran would …". */
export function contentParties(v: SentenceView, h: TriggerHit, actor: Mention[]): Mention[] {
  const own = new Set(actor.map((m) => m.country));
  const out: Mention[] = [];
  const end = coordinatedPredicate(v, h.last, clauseEnd(v, h.last));
  for (let i = h.last; i < end; i++) {
    // "in Brussels", "at the border": places, not parties
    if (LOCATIVE.has(v.tokens[i - 1]!.lower) && v.at.get(i)?.some((m) => m.kind === 'capital')) continue;
    for (const m of v.at.get(i) ?? []) {
      if (m.first === i && m.country && !isCity(m) && !own.has(m.country) && !out.includes(m)) out.push(m);
    }
  }
  return out;
}

/** Spans that are the object of a coverage verb with a media subject ("Xinhua did not mention …"). */
export function coverageScopes(v: SentenceView, coverage: Set<string>): [number, number][] {
  const out: [number, number][] = [];
  const t = v.tokens;
  for (let i = v.s.first; i < v.s.last; i++) {
    if (!coverage.has(t[i]!.lemma) || t[i]!.pos !== 'VERB') continue;
    // the subject: media mentions before the verb in this clause
    let media = false;
    for (let j = i - 1; j >= v.s.first; j--) {
      const ms = v.at.get(j);
      if (ms) { media = ms.some((m) => m.sector === MEDIA); break; }
      if (t[j]!.text === ',' || t[j]!.text === ';') break;
    }
    if (media && !contentClauseAt(v, i + 1)) out.push([i + 1, relativeClauseStart(v, i + 1)]);
  }
  return out;
}

/**
 * Does a content clause start at i ("reported that Iran arrested …", "reported Iran arrested …")? Then the verb
 * reports an event (the outlet is its source), it does not describe coverage ("Xinhua did not mention the centre").
 */
function contentClauseAt(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (t[i]?.lower === 'that') return true;
  const end = Math.min(clauseEnd(v, i), i + 12);
  for (let j = i + 1; j < end; j++) {
    const w = t[j]!;
    if (w.text === ',' || w.text === ';') return false;
    if ((w.pos !== 'VERB' && w.pos !== 'AUX') || /ing$/.test(w.lower)) continue;
    const before = t[j - 1]!;
    if (before.lower !== 'to' && (v.endsAt.has(j - 1) || before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON')) return true;
  }
  return false;
}

/** A relative clause (", which …") makes its own assertion: coverage and content scopes end before it. */
export function relativeClauseStart(v: SentenceView, from: number, stopAtClaims = false): number {
  const end = clauseEnd(v, from);
  const t = v.tokens;
  for (let j = from; j + 1 < end; j++) {
    if (t[j]!.text === ',' && (RELATIVE_START.has(t[j + 1]!.lower) || ADVERBIAL_START.has(t[j + 1]!.lower))) return j;
    // ", a charge Islamabad denied": an appositive about the claim itself
    if (stopAtClaims && t[j]!.text === ',' && claimAppositive(v, j + 1)) return j;
  }
  return end;
}

/** Does a noun phrase headed by a claim noun start at i ("a charge", "an allegation", "claims")? */
export function claimAppositive(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  let j = i;
  if (t[j] && ['a', 'an', 'the'].includes(t[j]!.lower)) j++;
  return t[j] !== undefined && t[j]!.pos === 'NOUN' && v.words['claim-nouns'].has(t[j]!.lemma);
}

/** "accused the police of X and called for Y": a coordinated verb after "and" is a predicate of its own, outside the content. */
export function coordinatedPredicate(v: SentenceView, from: number, end: number): number {
  const t = v.tokens;
  for (let j = from; j + 1 < end; j++) {
    const next = t[j + 1]!;
    if ((t[j]!.lower === 'and' || t[j]!.lower === 'but') && next.pos === 'VERB' && (/(ed|s)$/.test(next.lower) || (next.lemma !== next.lower && !next.lower.endsWith('ing')))) return j;
    // "defied a ban … and set up barricades": after a plain object (no "to …", no "that …") a verb after "and" is a predicate
    if ((t[j]!.lower === 'and' || t[j]!.lower === 'but') && next.pos === 'VERB' && !next.lower.endsWith('ing') &&
      !t.slice(from, j).some((x) => (x.lower === 'to' && x.pos === 'PART') || x.lower === 'that' || x.pos === 'VERB')) return j;
    // ", and Iranian Foreign Minister Abbas Araghchi discussed …": a new clause with its own subject
    if (t[j]!.text === ',' && (next.lower === 'and' || next.lower === 'but') && v.at.has(j + 2) && !v.at.has(j - 1)) return j;
  }
  return end;
}

export const RELATIVE_START = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Does a non-restrictive relative clause (", which …", ", who …") open in the sentence before token `i`? */
export function afterRelativePronoun(tokens: readonly Token[], sentenceFirst: number, i: number): boolean {
  for (let j = sentenceFirst + 1; j < i; j++) if (RELATIVE_START.has(tokens[j]!.lower) && tokens[j - 1]!.text === ',') return true;
  return false;
}

/** ", after the junta ended …": an adverbial clause after a comma is not part of what is promised or requested. */
export const ADVERBIAL_START = new Set(['after', 'before', 'since', 'while', 'when', 'because', 'although', 'though', 'whereas', 'following', 'amid']);

/**
 * A proposed meeting is an offer to meet when the proposer is to take part ("Hanoi proposed holding talks with Beijing",
 * as "proposed talks", AGREE 036), and a request to meet when others are to meet ("Turkey proposed that Russia and
 * Ukraine hold talks", REQUEST 026).
 */
function proposedMeeting(outer: Candidate, inner: Candidate): void {
  if (outer.event !== 'REQUEST' || outer.status !== 'asserted') return;
  const own = new Set(outer.args.actor.map((m) => m.country).filter((c) => c !== null));
  const takesPart = inner.args.actor.length === 0 || inner.args.actor.some((m) => m.country !== null && own.has(m.country));
  [outer.event, outer.mode, outer.cameo] = takesPart ? ['AGREE', null, '036'] : ['REQUEST', 'meet', '026'];
  // (the meeting's counterpart is the one the proposal is for)
  if (outer.args.recipient.length === 0) {
    const others = [...inner.args.actor, ...inner.args.recipient].filter((m) => m.country !== null && !own.has(m.country));
    outer.args = { ...outer.args, recipient: others };
  }
}

/** Is the first verb of the clause [from, to) finite and inflected ("attacked", "is", "has"), not bare or modal? */
function indicativeClause(v: SentenceView, from: number, to: number): boolean {
  const t = v.tokens;
  for (let j = from; j < to; j++) {
    const w = t[j]!;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    if (t[j - 1]?.lower === 'to') return false;
    return w.lower !== w.lemma && !w.lower.endsWith('ing');
  }
  return false;
}

/** Verbs of a collective decision: what is agreed or decided is done ("agreed to ban Belarusian airlines"). */
const DECISION_VERBS = new Set(['agree', 'decide', 'vote']);

/**
 * Is the trigger at `inner` the infinitive of a verb ending at `from` ("agreed to | ban", "vowed | to recover",
 * "agreed on Monday to ban": a time phrase may come between)?
 */
function infinitiveOf(tokens: readonly Token[], from: number, inner: number): boolean {
  if (inner === from) return tokens[from - 1]?.lower === 'to';
  if (inner - from > 5 || tokens[inner - 1]!.lower !== 'to') return false;
  for (let j = from; j < inner - 1; j++) if (!TIME_PHRASE_POS.has(tokens[j]!.pos)) return false;
  return true;
}

/** Parts of speech of an adverbial between a verb and its infinitive ("on Monday", "late on Sunday", "again"). */
const TIME_PHRASE_POS = new Set(['ADV', 'ADP', 'PROPN', 'NOUN', 'NUM', 'DET', 'ADJ']);

/**
 * The act an AGREE promises decides what it is (called with the first act of its content): a decided sanction is that
 * sanction, asserted ("EU leaders agreed to ban …", contract 4.1); another promised coercive act or use of force is a
 * threat ("vowed to crush the rebels", "is prepared to impose martial law"). A promised deployment stays an AGREE
 * ("pledged to send troops to Mali" is help).
 */
export function promisedCoercion(outer: Candidate, inner: Candidate): void {
  if (outer.event !== 'AGREE' || outer.status !== 'asserted' || inner.hit.kind !== 'verb' || inner.event === 'MOBILIZE') return;
  if (!THREAT_OF.has(inner.event)) return;
  if (inner.event === 'SANCTION' && DECISION_VERBS.has(outer.triggerLemma)) [outer.event, outer.mode, outer.cameo] = [inner.event, inner.mode, inner.cameo];
  else [outer.event, outer.mode, outer.cameo] = ['THREATEN', THREAT_OF.get(inner.event)!, THREAT_CODE.get(inner.event)!];
}

/**
 * Content of verbal events: what is promised, requested, threatened or refused is not an event of its own;
 * what is alleged or denied keeps its category with status alleged / denied.
 */
export function applyContent(v: SentenceView, cands: Candidate[]): void {
  for (const outer of cands) {
    if (!CONTENT_TAKERS.has(outer.hit.spec.event)) continue;
    // "the first of two (boats) pledged under an agreement that was signed …": a participle with no actor makes no
    // promise of its own, so what follows is not its content
    if (outer.args.actorHow === 'none' && !outer.args.actor.some((m) => m.country)) continue;
    const from = outer.hit.last;
    const to = coordinatedPredicate(v, from, relativeClauseStart(v, from, true));
    // "images suggest that Russia attacked …": a proposal verb with an indicative clause reports
    // (what follows keeps its own status), it proposes nothing
    if (v.words['proposal-verbs'].has(outer.triggerLemma) && indicativeClause(v, from, to)) { outer.status = DROPPED; continue; }
    for (const inner of cands) {
      if (inner === outer || inner.status === DROPPED || inner.hit.first < from || inner.hit.first >= to) continue;
      const first = (outer.contentEvents ?? 0) === 0;
      outer.contentEvents = (outer.contentEvents ?? 0) + 1;
      const content = outer.hit.spec.content;
      // "denied the allegations": the noun's actor would only be borrowed from the outer verb; "accused X of violating …":
      // the violation is what the accusation says, not a second accusation
      if (inner.args.actorHow === 'governor' || inner.hit.spec.bySpeaker) inner.status = DROPPED;
      else if (content === 'alleged' || content === 'denied') {
        inner.status = content;
        if (content === 'denied') inner.deniedBy = outer;
        // "X accused Y of attacking …": the accused is the actor of the alleged act, the accuser its target
        if (content === 'alleged' && !inner.args.actor.some((m) => m.country) && !outer.args.recipient.some((m) => inner.args.recipient.includes(m))) {
          inner.args = { ...inner.args, actor: outer.args.recipient, actorHow: 'governor' };
          if (inner.args.recipient.length === 0) inner.args = { ...inner.args, recipient: outer.args.actor };
        }
      } else {
        inner.status = DROPPED;
        // "agreed to pull its troops out", "promised to lift the curfew": a promised retreat or concession is a
        // CONCEDE (PLOVER manual: announcements of future retreats), not an AGREE
        if (outer.event === 'AGREE' && outer.status === 'asserted' && (inner.event === 'RETREAT' || inner.event === 'CONCEDE')) {
          [outer.event, outer.mode, outer.cameo] = ['CONCEDE', inner.mode, inner.cameo];
        } else if (first && v.words['proposal-verbs'].has(outer.triggerLemma) && inner.hit.spec.event === 'CONSULT') proposedMeeting(outer, inner);
        else if (first && infinitiveOf(v.tokens, outer.hit.last, inner.hit.first)) promisedCoercion(outer, inner);
      }
    }
  }
}
