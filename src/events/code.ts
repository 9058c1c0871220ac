// events: from triggers and resolved mentions to candidate events of one article (before dates and output).
import type { Mention, Sentence, Status, Token } from '../types.js';
import type { TriggerHit } from './triggers.js';
import { argumentsOf, buildView, governingVerbOrAux, type SentenceView } from './arguments.js';
import { inPrepPhrase, type Tree } from './tree.js';
import { findTriggers, type MentionKinds, type TriggerIndex } from './triggers.js';
import { anyGap, timeGaps, treeGaps } from './verb-gaps.js';
import { chainAt, findFrames, possessivesToSpeakers, resolvePronounSpeakers, speakerOfPronoun, type Frame, type ReportingCues } from '../attribution/frames.js';
import { cueStatus, type CueResult, type StatusCues } from '../attribution/status.js';
import { placesAsParties } from './places.js';
import type { WordClasses } from './word-classes.js';
import { CONTENT_TAKERS, DROPPED, FUTURE_TO_AGREE, PARTIES_IN_CONTENT, THREAT_CODE, THREAT_OF, type Candidate } from './candidate.js';
import { afterRelativePronoun, applyContent, contentParties, coverageScopes } from './content.js';
import { agreementsToAct, dedupe, objectHolder, evaluatedActs, isObjectOf, jointActivity, participles, purposes, purposeTalks, topicOfNoun, troopsArriving, weaponsWithoutTarget } from './same-event.js';
import { addressees, brokeredFor, speakerOwnedTarget, deniedActVictims, inheritMeetingCounterpart, mobilizeTarget, placeTarget, protestPlace, recipientsFromEventObjects, visitPlace } from './parties.js';
import { recentMentions } from '../actors/window.js';
import { measuredUpToMainAct } from '../time/span.js';

export type { Candidate } from './candidate.js';

export interface EventRules {
  triggers: TriggerIndex;
  reporting: ReportingCues;
  status: StatusCues;
  /** verbs of coverage: "X did not mention Y" is about the report, not an event of Y */
  coverage: Set<string>;
  /** open-class word lists (event nouns, journey verbs …) from lexicons/events/word-classes.jsonl and user files */
  words: WordClasses;
}

/**
 * Candidate events of an article, in text order. `triggerStarts`, when given, receives per sentence the start offset of
 * every trigger found, emitted or not: a date phrase after "a drone strike … last month" belongs to the strike even
 * when the strike names no actor.
 */
/** The sentences with at least one trigger: the only ones the coder reads, so the only ones worth parsing. */
export function triggerSentences(tokens: Token[], sentences: Sentence[], mentions: Mention[], rules: EventRules): Sentence[] {
  const kindsBySentence: MentionKinds[] = sentences.map(() => new Map());
  for (const m of mentions) {
    const kinds = kindsBySentence[m.sent];
    if (kinds) kinds.set(m.first, (kinds.get(m.first) ?? new Set()).add(m.kind));
  }
  // (any gap inside a phrasal verb: the parse decides which gaps count, so a sentence that may hold one is parsed)
  return sentences.filter((s) => findTriggers(tokens, s, rules.triggers, kindsBySentence[s.index]!, anyGap).length > 0);
}

export function codeSentences(tokens: Token[], sentences: Sentence[], mentions: Mention[], rules: EventRules, text: string, triggerStarts?: number[][], tree?: Tree): Candidate[] {
  const out: Candidate[] = [];
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sent]?.push(m);
  const gaps = tree ? treeGaps(tokens, tree) : timeGaps(tokens);
  for (const s of sentences) {
    const kinds: MentionKinds = new Map();
    for (const m of bySentence[s.index]!) kinds.set(m.first, (kinds.get(m.first) ?? new Set()).add(m.kind));
    const hits = findTriggers(tokens, s, rules.triggers, kinds, gaps);
    // (a noun that is another trigger's object is that trigger: "held talks … on Tuesday" dates the holding)
    if (triggerStarts) triggerStarts[s.index] = hits.filter((h) => !isObjectOf(tokens, h, hits)).map((h) => tokens[h.first]!.start);
    if (hits.length === 0) continue;
    const barriers = new Set<number>();
    const v = buildView(tokens, s, bySentence[s.index]!, barriers, rules.words, tree);
    const trigTokens = new Set<number>();
    for (const h of hits) for (let i = h.first; i < h.last; i++) trigTokens.add(i);
    for (const h of hits) if (h.object !== null) trigTokens.add(h.object);
    const { frames, barriers: bs } = findFrames(v, rules.reporting, text, trigTokens);
    for (const b of bs) barriers.add(b);
    for (const f of frames) for (let i = f.cueFirst; i < f.cueLast; i++) v.cues.add(i);
    const suppressed = coverageScopes(v, rules.coverage);
    // what the sentence's lookbacks (pronouns, the story's country) may reach: a bounded window, in text order
    const prior = recentMentions(mentions, s.index);
    resolvePronounSpeakers(frames, tokens, prior);
    possessivesToSpeakers(frames, tokens, bySentence[s.index]!);
    v.speakerOf = (pron, kind) => speakerOfPronoun(frames, pron, kind);
    const sentCands: Candidate[] = [];
    for (const h of hits) {
      if (suppressed.some(([a, b]) => h.first >= a && h.first < b)) continue;
      // an agreement noun that is the object of a signing verb is the same event
      // (not the object of a verb about another's act: "rejected … criticism by the United States" names the critic)
      const objectOf = objectHolder(h, hits);
      if (objectOf && !CONTENT_TAKERS.has(objectOf.spec.event)) continue;
      // "agreed to the IMF's conditions for a bailout": a noun inside the complement of a verb trigger's object is what
      // that object is about, not an event of its own
      if (inObjectComplement(tokens, h, hits)) continue;
      const args = placesAsParties(argumentsOf(v, h, prior), h.spec.event, h.spec.mode ?? null);
      // "“We will strengthen cooperation …,” Wang said": the first person in quoted speech is the speaker
      if (args.actor.length === 0 && firstPersonSubject(v, h.first)) {
        const speaker = innermostSource(frames, h.first);
        if (speaker.length) { args.actor = speaker; args.actorHow = 'subject'; }
      }
      if (h.spec.bySpeaker) {
        // "the US said the vote had been marred by restrictions": the speaker blames the subject; unreported, it is the
        // writer's own description and no event
        // (every body named in the speaker's phrase: "The United States and the European Union said …")
        const speaker = [...new Map(innermostSource(frames, h.first).flatMap((sp) => namedIn(v, sp)).map((m) => [m.country, m] as const)).values()];
        if (speaker.length === 0) continue;
        const own = new Set(speaker.map((m) => m.country));
        args.recipient = args.actor.filter((m) => m.country && !own.has(m.country));
        args.actor = speaker;
        args.actorHow = 'subject';
      }
      const cue = h.spec.negative ? { status: 'negated' as Status, modal: false } : statusOf(v, h.first, rules.status);
      let status: Status = cue?.status ?? 'asserted';
      const planned = status === 'future';
      let event = h.spec.event;
      let mode = h.spec.mode ?? null;
      let cameo = h.spec.cameo;
      // "handed over heavy weapons to the federal army": arms given to one's own state are a disarmament
      // (arms only, CAMEO 0873: "India evacuated its citizens" is help to its own people, not a disarmament)
      if (event === 'AID' && h.object !== null && rules.words['arms'].has(tokens[h.object]!.lemma) && args.recipient.length > 0 && args.recipient.every((m) => m.country !== null && args.actor.some((a) => a.country === m.country))) {
        [event, mode, cameo] = ['RETREAT', 'disarm', '0873'];
      }
      // "called on Prime Minister Modi in New Delhi": a call on a person with nothing asked of them is a visit
      if (event === 'REQUEST' && courtesyCall(v, h, args.recipient)) [event, mode, cameo] = ['CONSULT', 'visit', '042'];
      // "Japan protested the arrest of its citizen": a state's protest is a diplomatic one, an accusation (PLOVER
      // PROTEST is civil demonstration; marching, rallying or blocking roads stay demonstrations whoever is named)
      // (not people protesting somewhere, "protested outside the US embassy", nor a state word modifying them,
      // "Government supporters protested")
      if (event === 'PROTEST' && h.kind === 'verb' && tokens[h.first]!.lemma === 'protest' && args.actor.length > 0 &&
        args.actor.every((m) => (STATE_KINDS.has(m.kind) || m.sector === 'GOV') && tokens[m.last]?.pos !== 'NOUN') &&
        !PROTEST_PLACES.has(tokens[h.last]?.lower ?? '')) {
        [event, mode, cameo] = ['ACCUSE', 'disapprove', '111'];
      }
      if (status === 'future' && event === 'RETREAT' && mode !== 'resign') {
        // "would withdraw", "will hand over its weapons": an announced retreat is a CONCEDE (PLOVER manual)
        [event, mode, cameo, status] = ['CONCEDE', null, '080', 'asserted'];
      } else if (status === 'future' && FUTURE_TO_AGREE.has(event)) {
        // "will visit", "is due to meet": a future cooperative act is an agreement to it
        [event, mode, cameo, status] = ['AGREE', null, '030', 'asserted'];
      } else if ((status === 'future' || status === 'hypothetical') && THREAT_OF.has(event) && (event !== 'MOBILIZE' || args.recipient.some((m) => m.country))) {
        // (a deployment announced at nobody, "would send frigates to the Baltic", stays a future MOBILIZE)
        // "would impose sanctions if …": a conditional or announced coercive act is a threat
        [event, mode, cameo, status] = ['THREATEN', THREAT_OF.get(event)!, THREAT_CODE.get(event)!, 'asserted'];
      } else if (status === 'negated' && cue?.modal && (FUTURE_TO_AGREE.has(event) || event === 'AGREE' || event === 'CONCEDE')) {
        // "would not take part", "will not attend": a refusal
        [event, mode, cameo, status] = ['REJECT', null, '120', 'asserted'];
      }
      // (the criticism that was rejected is kept to name the critic, but is not an event of its own)
      if (objectOf) status = DROPPED;
      const cand: Candidate = {
        sentence: s, hit: h, event, mode, cameo, args, attribution: chainAt(frames, h.first), status,
        contexts: h.spec.contexts ?? [], subordinate: inRelativeClause(v, h.first), triggerLemma: tokens[h.first]!.lemma, planned,
      };
      speakerOwnedTarget(v, cand, innermostSource(frames, h.first));
      sentCands.push(cand);
    }
    purposeTalks(v, sentCands);
    agreementsToAct(v, sentCands);
    evaluatedActs(v, sentCands);
    brokeredFor(sentCands);
    participles(v, sentCands);
    addressees(sentCands, prior, s.index);
    purposes(v, sentCands);
    for (const c of sentCands) jointActivity(v, c);
    applyContent(v, sentCands);
    // "denied responsibility for the bombing", "denied the seizure was linked to US sanctions": an act named in a
    // prepositional phrase is what the denial presupposes, not what it denies
    // (not inside what the denial rejects: "denied reports of a massacre", "denied allegations of torture")
    for (const c of sentCands) {
      if (c.status !== 'denied' || c.hit.kind !== 'noun' || !v.tree) continue;
      const j = v.tree.toSyn[c.hit.last - 1]!;
      if (!inPrepPhrase(v.tree, j)) continue;
      const gov = v.tree.syn[j]!.head;
      const govLemma = gov >= 0 ? tokens[v.tree.toWink[gov]!]?.lemma ?? '' : '';
      if (rules.words['claim-nouns'].has(govLemma) || rules.reporting.nouns.has(govLemma)) continue;
      c.status = 'asserted';
    }
    inheritMeetingCounterpart(sentCands);
    recipientsFromEventObjects(v, sentCands, out, rules.reporting.nouns);
    deniedActVictims(sentCands);
    // parties named only inside the content ("the hope that China and Iran …"), once the event's object said nothing
    for (const c of sentCands) {
      if (c.args.recipient.length === 0 && (PARTIES_IN_CONTENT.has(c.hit.spec.event) || PARTIES_IN_CONTENT.has(c.event))) {
        c.args = { ...c.args, recipient: contentParties(v, c.hit, c.args.actor) };
      }
    }
    for (const c of sentCands) { weaponsWithoutTarget(v, c); troopsArriving(c); protestPlace(v, c); visitPlace(v, c); mobilizeTarget(v, c); placeTarget(v, c); }
    // "requests for comment on the militia's ceasefire", "a standoff over aid": what another noun is about is no event
    for (const c of sentCands) if (c.hit.kind === 'noun' && topicOfNoun(v, c.hit.first)) c.status = DROPPED;
    // "warned that the region risked disintegration": a warning at nobody about no act is no threat
    for (const c of sentCands) if (c.hit.spec.needsParty && !c.contentEvents && !c.args.recipient.some((m) => m.country)) c.status = DROPPED;
    out.push(...sentCands.filter((c) => c.status !== DROPPED && c.args.actor.some((m) => m.country !== null)));
  }
  return dedupe(out);
}

function firstPersonSubject(v: SentenceView, trigger: number): boolean {
  const t = v.tokens;
  for (let j = trigger - 1; j >= v.s.first && j >= trigger - 5; j--) {
    const w = t[j]!;
    if (w.lower === 'we' || w.lower === 'i') return true;
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** The mentions with a country inside a speaker's phrase (the phrase itself when it is one mention). */
function namedIn(v: SentenceView, speaker: Mention): Mention[] {
  const inside: Mention[] = [];
  for (let i = speaker.first; i < speaker.last; i++) for (const m of v.at.get(i) ?? []) if (m.country && !inside.includes(m)) inside.push(m);
  return inside.length > 0 ? inside : [speaker];
}

/** The source of the smallest reporting frame that covers a token. */
function innermostSource(frames: Frame[], token: number): Mention[] {
  const covering = frames.filter((f) => token >= f.scope[0] && token < f.scope[1] && !f.reason);
  covering.sort((a, b) => (a.scope[1] - a.scope[0]) - (b.scope[1] - b.scope[0]));
  return covering[0]?.source.filter((m) => m.country) ?? [];
}

/** Status cues of a trigger; an infinitive ("will travel to Baku to meet") takes those of the verb that governs it. */
function statusOf(v: SentenceView, trigger: number, cues: StatusCues): CueResult | null {
  const own = cueStatus(v, trigger, cues);
  if (own) return own;
  const t = v.tokens;
  let j = trigger - 1;
  while (j >= v.s.first && t[j]!.pos === 'ADV') j--;
  if (j < v.s.first || t[j]!.lower !== 'to' || t[j]!.pos !== 'PART') return null;
  const gov = governingVerbOrAux(v, j);
  return gov === null ? null : cueStatus(v, gov, cues);
}

/** Is the trigger background to the sentence: in a relative clause (", which …") or a temporal one ("since …", "after …")? */
function inRelativeClause(v: SentenceView, i: number): boolean {
  if (afterRelativePronoun(v.tokens, v.s.first, i)) return true;
  // ("after more than five hours of talks": an act measured in hours or days runs up to the main act, src/time/span.ts)
  for (let j = v.s.first + 1; j < i; j++) if (TEMPORAL_SUBORDINATORS.has(v.tokens[j]!.lower) && !measuredUpToMainAct(v.tokens, j, i)) return true;
  return false;
}

/**
 * Is a noun trigger inside a prepositional complement of another verb trigger's object ("conditions | for a bailout",
 * "discussed the terms | of a ceasefire")? Only determiners, adjectives, numbers and possessives may come between.
 */
function inObjectComplement(tokens: Token[], h: TriggerHit, hits: TriggerHit[]): boolean {
  if (h.kind !== 'noun') return false;
  return hits.some((o) => {
    // (what a denial or accusation names keeps its category with that status: "dismissed reports of an attack"; the
    // content of a promise or request is handled as its content)
    if (o === h || o.kind !== 'verb' || o.spec.content || (o.object === null && CONTENT_TAKERS.has(o.spec.event))) return false;
    const object = o.object ?? plainObject(tokens, o.last, h.first);
    if (object === null || h.first <= object + 1 || h.first - object > 5) return false;
    if (!COMPLEMENT_PREPOSITIONS.has(tokens[object + 1]!.lower)) return false;
    return tokens.slice(object + 2, h.first).every(isFiller);
  });
}

/** The head noun of a plain object right after a verb ("discussed | the terms"), before token `before`. */
function plainObject(tokens: Token[], from: number, before: number): number | null {
  let j = from;
  while (j < before && j < from + 3 && isFiller(tokens[j]!)) j++;
  if (j >= before || tokens[j]!.pos !== 'NOUN') return null;
  while (j + 1 < before && tokens[j + 1]!.pos === 'NOUN') j++;
  return j;
}

const isFiller = (t: Token): boolean => COMPLEMENT_FILLER_POS.has(t.pos) || t.lower === "'s";

const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'on']);
const COMPLEMENT_FILLER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART']);

/**
 * "called on Indian Prime Minister Modi": "call on" with people as its object and no "to …" or "for …" asking them
 * anything is a courtesy call, a visit ("called on Japan to release …" stays a request).
 */
function courtesyCall(v: SentenceView, h: TriggerHit, recipient: Mention[]): boolean {
  const t = v.tokens;
  if (h.last - h.first !== 2 || t[h.first]!.lemma !== 'call' || t[h.first + 1]!.lower !== 'on') return false;
  if (recipient.length === 0 || !recipient.every((m) => m.kind === 'person' || m.kind === 'agent')) return false;
  for (let j = h.last; j < v.s.last; j++) {
    const w = t[j]!;
    if (w.text === ';' || w.text === '.') break;
    if ((w.lower === 'to' && t[j + 1]?.pos === 'VERB') || w.lower === 'for' || w.lower === 'that') return false;
  }
  return true;
}

/** words after "protested" that put the protest in a place: a demonstration */
const PROTEST_PLACES: ReadonlySet<string> = new Set(['outside', 'in', 'at', 'near', 'before', 'across', 'around', 'through', 'on']);
/** actors that are a state: a protest by one is diplomatic */
const STATE_KINDS: ReadonlySet<string> = new Set(['country', 'capital']);

const TEMPORAL_SUBORDINATORS = new Set(['since', 'after', 'before', 'following', 'until', 'amid']);
