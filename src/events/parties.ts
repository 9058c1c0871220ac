// events: recipients the clause leaves implicit: addressees, targets, hosts, mediators, accusers, the actor of an act referred to.
import type { Mention, PloverCategory } from '../types.js';
import { clauseEnd, groupRight, type SentenceView } from './arguments.js';
import { type Candidate } from './candidate.js';
import { homeCountry } from '../actors/home.js';
import { LOCATIVE_PREPOSITIONS as LOCATIVE } from '../lexicon/function-words.js';
import { governmentOfPlace, isPlace } from './places.js';
import { claimAppositive } from './content.js';
import { kidsOf, partiesOf, prepParties } from './tree.js';

/**
 * "Russia and Ukraine exchanged prisoners in a deal brokered by the UAE": the mediator consults with the parties of the
 * sentence's main event.
 */
export function brokeredFor(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.event !== 'CONSULT' || c.args.actorHow !== 'passive' || c.args.recipient.some((m) => m.country)) continue;
    const main = cands.find((o) => o !== c && o.hit.first < c.hit.first && o.args.actor.some((m) => m.country));
    if (!main) continue;
    const own = new Set(c.args.actor.map((m) => m.country));
    const parties = [...main.args.actor, ...main.args.recipient].filter((m) => m.country && !own.has(m.country));
    if (parties.length) c.args = { ...c.args, recipient: parties };
  }
}

/**
 * Whom a deployment or drill is aimed at when no object says so: "exercises along its border with Colombia", "forces
 * to monitor the Chinese vessels", "scrambled jets after Chinese drones flew …".
 */
export function mobilizeTarget(v: SentenceView, c: Candidate): void {
  if (c.event !== 'MOBILIZE' || c.args.recipient.some((m) => m.country)) return;
  const t = v.tokens;
  const own = new Set(c.args.actor.map((m) => m.country));
  const end = clauseEnd(v, c.hit.last);
  const party = (i: number) => (v.at.get(i) ?? []).filter((m) => m.country && !own.has(m.country) && m.kind !== 'city');
  // "mobilized reservists for a possible war against Iraq": an against-phrase on the verb or on its complements
  const tr = v.tree;
  const T = tr && c.hit.kind === 'verb' ? tr.toSyn[c.hit.first]! : -1;
  if (tr && T >= 0) {
    const against = [T, ...kidsOf(tr, T, COMPLEMENTS)].flatMap((j) => prepParties(tr, v.at, j, AGAINST)).filter((m) => m.country && !own.has(m.country) && m.kind !== 'city');
    if (against.length) { c.args = { ...c.args, recipient: against }; return; }
  }
  for (let i = c.hit.last; i < end; i++) {
    const w = t[i]!.lower;
    let found: Mention[] = [];
    // "border with Colombia"
    // ("border with neighbouring Colombia": over the premodifiers of the name)
    if (w === 'border' && t[i + 1]?.lower === 'with') {
      let k = i + 2;
      while (k < end && k <= i + 4 && !v.at.has(k) && (t[k]!.pos === 'ADJ' || t[k]!.pos === 'DET' || (t[k]!.pos === 'VERB' && /(ing|ed)$/.test(t[k]!.lower)))) k++;
      found = party(k);
    }
    // "to monitor / shadow / track / counter / deter the Chinese vessels"
    else if (w === 'to' && t[i]!.pos === 'PART' && v.words['watch-verbs'].has(t[i + 1]?.lemma ?? '')) {
      for (let k = i + 2; k < end && k <= i + 5 && found.length === 0; k++) found = party(k);
    }
    // "after two Chinese drones flew …", "in response to Russian incursions"
    else if (w === 'after' || (w === 'response' && t[i - 1]?.lower === 'in')) {
      for (let k = i + 1; k < end && k <= i + 5 && found.length === 0; k++) found = party(k);
    }
    if (found.length) {
      c.args = { ...c.args, recipient: found };
      return;
    }
  }
}

/**
 * "Amnesty called for an investigation", "Human Rights Watch accused the police …" in a story about one country:
 * a demand or accusation with no named addressee is addressed to that country's government.
 */
export function addressees(cands: Candidate[], mentions: Mention[], sentence: number): void {
  if (!cands.some((c) => (c.event === 'REQUEST' || c.event === 'ACCUSE') && !c.args.recipient.some((m) => m.country))) return;
  const home = homeCountry(mentions, sentence);
  if (!home) return;
  for (const c of cands) {
    if ((c.event !== 'REQUEST' && c.event !== 'ACCUSE') || c.args.recipient.some((m) => m.country)) continue;
    if (c.args.actor.some((m) => m.country === home)) continue;
    const place = mentions.find((m) => m.country === home && m.sent <= sentence && isPlace(m));
    if (place) c.args = { ...c.args, recipient: [{ ...governmentOfPlace(place), text: place.name ?? place.text, sector: 'GOV' }] };
  }
}

/** How far back an event noun ("the launches", "the allegations") looks for the event it refers to. */
export const EVENT_COREF_REACH = 5;

/**
 * "condemned the launches", "denied the allegations", "rejected criticism by the United States": a verbal event whose
 * object is an event noun is directed at that event's actor — named in the noun phrase, else the latest such event before.
 */
export function asClaimed(v: SentenceView, from: number): Mention[] {
  const t = v.tokens;
  // the subject of a claim verb marked by "as", whatever modifies it ("as senior Ukrainian officials had claimed")
  const tr = v.tree;
  for (let j = from; tr && j + 2 < v.s.last; j++) {
    const a = tr.toSyn[j]!;
    if (t[j]!.lower !== 'as' || a < 0 || tr.syn[a]!.deprel !== 'mark') continue;
    const claim = tr.syn[a]!.head;
    const cw = claim >= 0 ? tr.toWink[claim]! : -1;
    if (cw < 0 || !v.words['claim-verbs'].has(t[cw]!.lemma)) continue;
    const subj = kidsOf(tr, claim, SUBJECT)[0];
    const ms = subj === undefined ? [] : partiesOf(tr, v.at, subj).filter((m) => m.country);
    if (ms.length) return ms;
  }
  for (let j = from; j + 2 < v.s.last; j++) {
    if (t[j]!.lower !== 'as' || !v.at.has(j + 1)) continue;
    const [group, end] = groupRight(v, j + 1);
    let k = end;
    while (k < v.s.last && (t[k]!.pos === 'AUX' || t[k]!.pos === 'ADV')) k++;
    if (t[k] && v.words['claim-verbs'].has(t[k]!.lemma)) return group.filter((m) => m.country);
  }
  return [];
}

export function appositiveAccuser(v: SentenceView, c: Candidate, cands: Candidate[]): Mention[] {
  const t = v.tokens;
  for (let j = c.hit.first - 1; j > v.s.first && j >= c.hit.first - 6; j--) {
    if (t[j]!.text !== ',') continue;
    if (!claimAppositive(v, j + 1)) return [];
    const accusation = [...cands].reverse().find((o) => o.event === 'ACCUSE' && o.hit.first < j);
    const own = new Set(c.args.actor.map((m) => m.country));
    return accusation?.args.actor.filter((m) => m.country && !own.has(m.country)) ?? [];
  }
  return [];
}

export function objectNoun(v: SentenceView, from: number, ok: (lemma: string) => boolean, definite = false): boolean {
  // the verb's object in the tree, wherever an adverbial puts it ("rejected on Tuesday any suggestion that …")
  const tr = v.tree;
  const verb = tr && from - 1 >= v.s.first ? tr.toSyn[from - 1]! : -1;
  const obj = tr && verb >= 0 ? kidsOf(tr, verb, OBJECT)[0] : undefined;
  if (tr && obj !== undefined && obj > verb) {
    const w = tr.toWink[obj]!;
    const dets = kidsOf(tr, obj, DETERMINER).map((d) => tr.syn[d]!.text.toLowerCase());
    if (w >= 0 && ok(v.tokens[w]!.lemma) && (!definite || dets.some((d) => DEFINITE.has(d)))) return true;
  }
  for (let j = from; j < v.s.last && j <= from + 3; j++) {
    const t = v.tokens[j]!;
    // the head of a compound: "the prisoner releases"
    if (t.pos === 'NOUN' && v.tokens[j + 1]?.pos === 'NOUN') continue;
    if (t.pos === 'NOUN') return ok(t.lemma) && (!definite || DEFINITE.has(v.tokens[from]!.lower));
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

const OBJECT: ReadonlySet<string> = new Set(['obj']);
const SUBJECT: ReadonlySet<string> = new Set(['nsubj']);
const COMPLEMENTS: ReadonlySet<string> = new Set(['obj', 'obl']);
const AGAINST: ReadonlySet<string> = new Set(['against']);
const DETERMINER: ReadonlySet<string> = new Set(['det']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'these', 'that', 'those']);

/** Categories of acts (not of words) that such a noun can refer to. */
export const MATERIAL = new Set<PloverCategory>(['COOPERATE', 'AID', 'RETREAT', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'CONCEDE', 'SUPPORT']);

export function recipientsFromEventObjects(v: SentenceView, cands: Candidate[], earlier: Candidate[], reportNouns: Set<string>): void {
  for (const c of cands) {
    // "denied that …, as Ukrainian officials had claimed": the claimant is who the denial answers
    if (c.event === 'REJECT' && !c.args.recipient.some((m) => m.country)) {
      const claimant = asClaimed(v, c.hit.last);
      if (claimant.length) { c.args = { ...c.args, recipient: claimant }; continue; }
      // "X accused Pakistan of …, a charge Islamabad denied": the denial answers the accuser
      const accuser = appositiveAccuser(v, c, cands);
      if (accuser.length) { c.args = { ...c.args, recipient: accuser }; continue; }
    }
    if (c.args.recipient.some((m) => m.country) || c.hit.kind !== 'verb') continue;
    const noun = cands.find((n) => n !== c && n.hit.kind === 'noun' && n.hit.first >= c.hit.last && n.hit.first <= c.hit.last + 5 && !v.at.has(n.hit.first));
    const nounHit = noun ?? null;
    // "denied the claim / the allegations": a report of an accusation
    const claim = c.event === 'REJECT' && objectNoun(v, c.hit.last, (w) => reportNouns.has(w));
    // "condemned the launches", "called the incident a violation": a definite event noun refers to the latest act
    const anaphor = !nounHit && !claim && objectNoun(v, c.hit.last, (w) => v.words['event-nouns'].has(w), true);
    const category = nounHit?.hit.spec.event ?? (claim ? 'ACCUSE' : anaphor ? 'ANY' : undefined);
    if (!category) continue;
    let target = nounHit && nounHit.args.actor.some((m) => m.country) && nounHit.args.actorHow !== 'governor' ? nounHit.args.actor : null;
    if (!target) {
      for (let k = earlier.length - 1; k >= 0; k--) {
        const e = earlier[k]!;
        if (c.sentence.index - e.sentence.index > EVENT_COREF_REACH) break;
        const sameWord = nounHit !== null && e.hit.kind === 'verb' && v.tokens[nounHit.hit.first]!.lemma === e.triggerLemma;
        const anyAct = category === 'ANY' && MATERIAL.has(e.event);
        if (e.event === category || sameWord || anyAct || (category === 'ASSAULT' && e.event === 'MOBILIZE')) { target = e.args.actor; break; }
      }
    }
    if (!target) continue;
    const own = new Set(c.args.actor.map((m) => m.country));
    const rec = target.filter((m) => m.country && !own.has(m.country));
    if (rec.length) c.args = { ...c.args, recipient: rec };
  }
}

/** "staged a protest in Beijing": a protest with no named target is directed at the government of the place. */
export function protestPlace(v: SentenceView, c: Candidate): void {
  if (c.event !== 'PROTEST' || c.args.recipient.length > 0) return;
  const end = clauseEnd(v, c.hit.last);
  for (let i = c.hit.last; i < end; i++) {
    const place = v.at.get(i)?.find((m) => isPlace(m) && LOCATIVE.has(v.tokens[i - 1]!.lower));
    if (place && !c.args.actor.some((m) => m.country === place.country)) {
      c.args = { ...c.args, recipient: [governmentOfPlace(place)] };
      return;
    }
  }
}

/** "… in Port Vila on Wednesday during a visit by Pat Conroy": a visit with no named host is hosted where it takes place. */
export function visitPlace(v: SentenceView, c: Candidate): void {
  if (c.event !== 'CONSULT' || c.mode !== 'visit' || c.args.recipient.length > 0) return;
  const own = new Set(c.args.actor.map((m) => m.country));
  const end = clauseEnd(v, c.hit.last);
  for (let i = v.s.first + 1; i < end; i++) {
    if (v.barriers.has(i)) break;
    const place = v.at.get(i)?.find((m) => m.first === i && isPlace(m) && LOCATIVE.has(v.tokens[i - 1]!.lower));
    if (place && place.country && !own.has(place.country)) {
      c.args = { ...c.args, recipient: [governmentOfPlace(place)] };
      return;
    }
  }
}

/** "In his meeting with Wang, Radan expressed Iran's willingness …": verbal events in a meeting take its counterpart as recipient. */
export function inheritMeetingCounterpart(cands: Candidate[]): void {
  const meeting = cands.find((c) => c.event === 'CONSULT' && c.args.recipient.length > 0);
  if (!meeting) return;
  for (const c of cands) {
    if (c === meeting || c.args.recipient.length > 0) continue;
    if (c.event !== 'AGREE' && c.event !== 'REQUEST' && c.event !== 'SUPPORT' && c.event !== 'REJECT') continue;
    const actorCountries = new Set(c.args.actor.map((m) => m.country));
    const counterpart = meeting.args.recipient.filter((m) => !actorCountries.has(m.country)).length
      ? meeting.args.recipient : meeting.args.actor.filter((m) => !actorCountries.has(m.country));
    c.args = { ...c.args, recipient: counterpart };
  }
}

/** "denied that its artillery had shelled a bus, as Ukrainian officials had claimed": a denied act's victim is its accuser. */
export function deniedActVictims(cands: Candidate[]): void {
  for (const c of cands) {
    const denial = c.deniedBy;
    if (!denial || c.args.recipient.some((m) => m.country)) continue;
    const own = new Set(c.args.actor.map((m) => m.country));
    const claimant = denial.args.recipient.filter((m) => m.country && !own.has(m.country));
    if (claimant.length) c.args = { ...c.args, recipient: claimant };
  }
}

const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);
/** what may stand between a recipient preposition and the pronoun owning its noun: "on three of its positions" */
const BEFORE_OWNER: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/**
 * "The peacekeeping force said Israeli troops fired on three of its positions": in what a source reports, a possessive
 * pronoun on the act's target that no mention resolves stands for the source, when the source is a body (not a person)
 * of another country than the actor's. `source`: the innermost source's parties.
 */
export function speakerOwnedTarget(v: SentenceView, c: Candidate, source: Mention[]): void {
  if (c.hit.kind !== 'verb' || c.args.recipient.length > 0 || c.args.actor.length === 0) return;
  const preps = new Set(c.hit.spec.recipient ?? []);
  const bodies = source.filter((m) => m.country !== null && m.kind !== 'person');
  const actors = new Set(c.args.actor.map((m) => m.country));
  if (bodies.length === 0 || bodies.some((m) => actors.has(m.country))) return;
  const t = v.tokens;
  const end = clauseEnd(v, c.hit.last);
  let j = c.hit.last;
  // (the preposition after the verb, or ending the trigger itself: "fired on", or the verb's object)
  if (preps.has(t[j]?.lower ?? '')) j++;
  else if (!preps.has(t[c.hit.last - 1]!.lower) && !preps.has('object')) return;
  for (let n = 0; j < end && n < 4 && !OWNING_PRONOUNS.has(t[j]!.lower); j++, n++) {
    if (!BEFORE_OWNER.has(t[j]!.pos) && t[j]!.lower !== 'of') return;
  }
  if (j >= end || !OWNING_PRONOUNS.has(t[j]!.lower) || v.at.has(j)) return;
  c.args = { ...c.args, recipient: bodies };
}

/** Acts of force whose target may be a place, an act done there being done to the place's state or people (PLOVER),
 * and the easing of one ("lifted the curfew in …"). */
const PLACE_ACTS: ReadonlySet<PloverCategory> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'CONCEDE']);
/** what may stand between a locative preposition and the place it names: "in the town of Cizre", "in central Baghdad" */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * "imposed a curfew in the town of Cizre", "shelled targets in Jericho", "were killed in a bombing in central Baghdad":
 * an act of force with no named target, done at a place after the trigger, is done to that place's country: its
 * people when the actor is of that country (a state acting at home), else its government.
 */
export function placeTarget(v: SentenceView, c: Candidate): void {
  // (a threat of such an act, "threatened to impose a curfew in Algiers", keeps its trigger's category)
  if (!(PLACE_ACTS.has(c.event) || PLACE_ACTS.has(c.hit.spec.event)) || c.args.recipient.some((m) => m.country)) return;
  const t = v.tokens;
  const end = clauseEnd(v, c.hit.last);
  let located = false;
  for (let i = c.hit.last; i < end; i++) {
    const ms = v.at.get(i);
    if (ms) {
      const place = ms.find((m) => m.first === i && isPlace(m) && m.country !== null);
      if (located && place) {
        const home = c.args.actor.some((m) => m.country === place.country);
        c.args = { ...c.args, recipient: [home ? { ...place, name: null, sector: 'CVL' } : governmentOfPlace(place)] };
        return;
      }
      located = false;
      i = Math.max(...ms.map((m) => m.last)) - 1;
      continue;
    }
    const w = t[i]!;
    if (LOCATIVE.has(w.lower) && w.pos === 'ADP') located = true;
    else if (located && !BEFORE_PLACE.has(w.pos) && w.lower !== 'of') located = false;
  }
}
