// events: from triggers and resolved mentions to candidate events of one article (before dates and output).
import type { Mention, PloverCategory, Sentence, Status, Token } from '../types.js';
import { argumentsOf, buildView, clauseEnd, governingVerbOrAux, groupRight, topicOf, TOPIC_PREPS, type Args, type SentenceView } from './arguments.js';
import { findTriggers, type MentionKinds, type TriggerHit, type TriggerIndex } from './triggers.js';
import { chainAt, findFrames, type Frame, type ReportingCues } from '../attribution/frames.js';
import { cueStatus, type CueResult, type StatusCues } from '../attribution/status.js';
import type { AttributionRef } from '../types.js';
import { homeCountry } from '../actors/home.js';
import { LOCATIVE_PREPOSITIONS as LOCATIVE } from '../lexicon/function-words.js';
import { governmentOfPlace, isCity, placesAsParties } from './places.js';
import type { WordClasses } from './word-classes.js';

export interface EventRules {
  triggers: TriggerIndex;
  reporting: ReportingCues;
  status: StatusCues;
  /** verbs of coverage: "X did not mention Y" is about the report, not an event of Y */
  coverage: Set<string>;
  /** open-class word lists (event nouns, journey verbs …) from lexicons/events/word-classes.jsonl and user files */
  words: WordClasses;
}

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
const PARTIES_IN_CONTENT = new Set<PloverCategory>(['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'PROTEST']);
/** Coercive acts that, announced or conditional, are threats of that kind (THREATEN modes). */
const THREAT_OF = new Map<PloverCategory, string | null>([['SANCTION', 'restrict'], ['COERCE', null], ['ASSAULT', 'violence'], ['MOBILIZE', 'violence']]);
const THREAT_CODE = new Map<PloverCategory, string>([['SANCTION', '1312'], ['COERCE', '130'], ['ASSAULT', '138'], ['MOBILIZE', '138']]);
/** Categories whose trigger introduces content that is not itself an event (a promise, a request, a threat …). */
const CONTENT_TAKERS = new Set<PloverCategory>(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);
/** A future-tense cooperative act is an AGREE (contract section 4). */
const FUTURE_TO_AGREE = new Set<PloverCategory>(['SUPPORT', 'CONSULT', 'COOPERATE', 'AID']);
const MEDIA = 'JRN';
/** marks an inner trigger whose event is the content of another (not emitted) */
const DROPPED = 'dropped' as Status;

/**
 * Candidate events of an article, in text order. `triggerStarts`, when given, receives per sentence the start offset of
 * every trigger found, emitted or not: a date phrase after "a drone strike … last month" belongs to the strike even
 * when the strike names no actor.
 */
export function codeSentences(tokens: Token[], sentences: Sentence[], mentions: Mention[], rules: EventRules, text: string, triggerStarts?: number[][]): Candidate[] {
  const out: Candidate[] = [];
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sent]?.push(m);
  for (const s of sentences) {
    const kinds: MentionKinds = new Map();
    for (const m of bySentence[s.index]!) kinds.set(m.first, (kinds.get(m.first) ?? new Set()).add(m.kind));
    const hits = findTriggers(tokens, s, rules.triggers, kinds);
    // (a noun that is another trigger's object is that trigger: "held talks … on Tuesday" dates the holding)
    if (triggerStarts) triggerStarts[s.index] = hits.filter((h) => !isObjectOf(tokens, h, hits)).map((h) => tokens[h.first]!.start);
    if (hits.length === 0) continue;
    const barriers = new Set<number>();
    const v = buildView(tokens, s, bySentence[s.index]!, barriers, rules.words);
    const trigTokens = new Set<number>();
    for (const h of hits) for (let i = h.first; i < h.last; i++) trigTokens.add(i);
    for (const h of hits) if (h.object !== null) trigTokens.add(h.object);
    const { frames, barriers: bs } = findFrames(v, rules.reporting, text, trigTokens);
    for (const b of bs) barriers.add(b);
    for (const f of frames) for (let i = f.cueFirst; i < f.cueLast; i++) v.cues.add(i);
    const suppressed = coverageScopes(v, rules.coverage);
    const sentCands: Candidate[] = [];
    for (const h of hits) {
      if (suppressed.some(([a, b]) => h.first >= a && h.first < b)) continue;
      // an agreement noun that is the object of a signing verb is the same event
      // (not the object of a verb about another's act: "rejected … criticism by the United States" names the critic)
      const objectOf = hits.find((o) => o !== h && o.object !== null && o.objectFirst! <= h.last - 1 && o.object >= h.first);
      if (objectOf && !CONTENT_TAKERS.has(objectOf.spec.event)) continue;
      const args = placesAsParties(argumentsOf(v, h, mentions), h.spec.event, h.spec.mode ?? null);
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
      if (event === 'AID' && args.recipient.length > 0 && args.recipient.every((m) => m.country !== null && args.actor.some((a) => a.country === m.country))) {
        [event, mode, cameo] = ['RETREAT', 'disarm', '0873'];
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
      sentCands.push({
        sentence: s, hit: h, event, mode, cameo, args, attribution: chainAt(frames, h.first), status,
        contexts: h.spec.contexts ?? [], subordinate: inRelativeClause(v, h.first), triggerLemma: tokens[h.first]!.lemma, planned,
      });
    }
    purposeTalks(v, sentCands);
    agreementsToAct(v, sentCands);
    evaluatedActs(v, sentCands);
    brokeredFor(sentCands);
    participles(v, sentCands);
    addressees(sentCands, mentions, s.index);
    purposes(v, sentCands);
    for (const c of sentCands) jointActivity(v, c);
    applyContent(v, sentCands, rules.reporting.nouns);
    inheritMeetingCounterpart(sentCands);
    recipientsFromEventObjects(v, sentCands, out, rules.reporting.nouns);
    // "denied that its artillery had shelled a bus, as Ukrainian officials had claimed": the accuser is the victim
    for (const c of sentCands) {
      const denial = c.deniedBy;
      if (!denial || c.args.recipient.some((m) => m.country)) continue;
      const own = new Set(c.args.actor.map((m) => m.country));
      const claimant = denial.args.recipient.filter((m) => m.country && !own.has(m.country));
      if (claimant.length) c.args = { ...c.args, recipient: claimant };
    }
    // parties named only inside the content ("the hope that China and Iran …"), once the event's object said nothing
    for (const c of sentCands) {
      if (c.args.recipient.length === 0 && (PARTIES_IN_CONTENT.has(c.hit.spec.event) || PARTIES_IN_CONTENT.has(c.event))) {
        c.args = { ...c.args, recipient: contentParties(v, c.hit, c.args.actor) };
      }
    }
    for (const c of sentCands) { weaponsWithoutTarget(v, c); troopsArriving(c); protestPlace(v, c); visitPlace(v, c); mobilizeTarget(v, c); }
    // "requests for comment on the militia's ceasefire", "a standoff over aid": what another noun is about is no event
    for (const c of sentCands) if (c.hit.kind === 'noun' && topicOfNoun(v, c.hit.first)) c.status = DROPPED;
    // "warned that the region risked disintegration": a warning at nobody about no act is no threat
    for (const c of sentCands) if (c.hit.spec.needsParty && !c.contentEvents && !c.args.recipient.some((m) => m.country)) c.status = DROPPED;
    out.push(...sentCands.filter((c) => c.status !== DROPPED && c.args.actor.some((m) => m.country !== null)));
  }
  return dedupe(out);
}

/** A noun trigger that is another trigger's object ("held talks", "ratified the agreement") is part of that event. */
function isObjectOf(tokens: Token[], h: TriggerHit, hits: TriggerHit[]): boolean {
  return hits.some((o) => {
    if (o === h) return false;
    if (o.object !== null) return o.objectFirst! <= h.last - 1 && o.object >= h.first;
    if (o.kind !== 'verb' || h.kind !== 'noun' || h.first < o.last || h.first - o.last > 3) return false;
    return tokens.slice(o.last, h.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM');
  });
}

function topicOfNoun(v: SentenceView, noun: number): boolean {
  if (!topicOf(v, noun)) return false;
  const t = v.tokens;
  let j = noun - 1;
  while (j > v.s.first && !TOPIC_PREPS.has(t[j]!.lower)) j--;
  // (the head noun before the preposition; "requests for comment on" tags "comment" as a bare verb)
  const head = t[j - 1];
  return head?.pos === 'NOUN' || (head?.pos === 'VERB' && head.lemma === head.lower && t[j - 2]?.lower === 'for');
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
  const covering = frames.filter((f) => token >= f.scope[0] && token < f.scope[1]);
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


/** Parties named in the content of a verbal event: "expressed the hope that China and Iran would …". */
function contentParties(v: SentenceView, h: TriggerHit, actor: Mention[]): Mention[] {
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
function coverageScopes(v: SentenceView, coverage: Set<string>): [number, number][] {
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
    if (media) out.push([i + 1, relativeClauseStart(v, i + 1)]);
  }
  return out;
}

/** A relative clause (", which …") makes its own assertion: coverage and content scopes end before it. */
function relativeClauseStart(v: SentenceView, from: number, claimNouns?: Set<string>): number {
  const end = clauseEnd(v, from);
  const t = v.tokens;
  for (let j = from; j + 1 < end; j++) {
    if (t[j]!.text === ',' && (RELATIVE_START.has(t[j + 1]!.lower) || ADVERBIAL_START.has(t[j + 1]!.lower))) return j;
    // ", a charge Islamabad denied": an appositive about the claim itself
    if (claimNouns && t[j]!.text === ',' && claimAppositive(v, j + 1, claimNouns)) return j;
  }
  return end;
}

/** Does a noun phrase headed by a claim noun start at i ("a charge", "an allegation", "claims")? */
function claimAppositive(v: SentenceView, i: number, claimNouns: Set<string>): boolean {
  const t = v.tokens;
  let j = i;
  if (t[j] && ['a', 'an', 'the'].includes(t[j]!.lower)) j++;
  return t[j] !== undefined && t[j]!.pos === 'NOUN' && claimNouns.has(t[j]!.lemma) && v.words['claim-nouns'].has(t[j]!.lemma);
}

/** "accused the police of X and called for Y": a coordinated verb after "and" is a predicate of its own, outside the content. */
function coordinatedPredicate(v: SentenceView, from: number, end: number): number {
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

const RELATIVE_START = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** ", after the junta ended …": an adverbial clause after a comma is not part of what is promised or requested. */
const ADVERBIAL_START = new Set(['after', 'before', 'since', 'while', 'when', 'because', 'although', 'though', 'whereas', 'following', 'amid']);

/**
 * Content of verbal events: what is promised, requested, threatened or refused is not an event of its own;
 * what is alleged or denied keeps its category with status alleged / denied.
 */
function applyContent(v: SentenceView, cands: Candidate[], claimNouns: Set<string>): void {
  for (const outer of cands) {
    if (!CONTENT_TAKERS.has(outer.hit.spec.event)) continue;
    // "the first of two (boats) pledged under an agreement that was signed …": a participle with no actor makes no
    // promise of its own, so what follows is not its content
    if (outer.args.actorHow === 'none' && !outer.args.actor.some((m) => m.country)) continue;
    const from = outer.hit.last;
    const to = coordinatedPredicate(v, from, relativeClauseStart(v, from, claimNouns));
    for (const inner of cands) {
      if (inner === outer || inner.status === DROPPED || inner.hit.first < from || inner.hit.first >= to) continue;
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
        }
      }
    }
  }
}

/** "In his meeting with Wang, Radan expressed Iran's willingness …": verbal events in a meeting take its counterpart as recipient. */
function inheritMeetingCounterpart(cands: Candidate[]): void {
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

/**
 * "will visit Islamabad next week for talks with Imran Khan", "are due to meet in Brussels for talks hosted by …": talks
 * that are the purpose of a visit or meeting are that meeting, which takes their counterpart if it has none.
 */
function purposeTalks(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (const n of cands) {
    if (n.hit.spec.event !== 'CONSULT') continue;
    // "for talks", or a participle on them: "for talks hosted by …"
    const forTalks = n.hit.kind === 'noun' ? t[n.hit.first - 1]?.lower === 'for'
      : t[n.hit.first - 2]?.lower === 'for' && t[n.hit.first - 1]!.pos === 'NOUN' && /ed$/.test(t[n.hit.first]!.lower);
    // "… will raise the matter with Trump when the two leaders meet in New York": the meeting in the when-clause
    const whenMeet = n.hit.kind === 'verb' && t.slice(v.s.first, n.hit.first).some((x, k, all) => x.lower === 'when' && k > 0 && all[k - 1]!.pos !== 'PUNCT') &&
      cands.some((c) => c !== n && c.hit.last <= n.hit.first && (c.hit.spec.event === 'CONSULT'));
    if (whenMeet) { n.status = DROPPED; continue; }
    if (!forTalks) continue;
    const verb = cands.find((c) => c !== n && c.hit.kind === 'verb' && c.hit.spec.event === 'CONSULT' && c.hit.last <= n.hit.first && clauseEnd(v, c.hit.last) > n.hit.first);
    if (!verb) continue;
    n.status = DROPPED;
    if (verb.args.recipient.length === 0) verb.args = { ...verb.args, recipient: n.args.recipient.filter((m) => !verb.args.actor.includes(m)) };
  }
}

/**
 * "Cairo's agreement with Riyadh in September to expand intelligence sharing": an agreement named with what it commits
 * to, and not as the object of a signing, is an agreement to act (AGREE), not a signature (SUPPORT).
 */
function agreementsToAct(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (const c of cands) {
    if (c.hit.kind !== 'noun' || c.event !== 'SUPPORT' || c.status === DROPPED) continue;
    const end = clauseEnd(v, c.hit.last);
    for (let j = c.hit.last; j < end && j < c.hit.last + 9; j++) {
      const w = t[j]!;
      if (w.text === ',' || (w.pos === 'VERB' && !(t[j - 1]?.lower === 'to'))) break;
      if (w.lower === 'to' && w.pos === 'PART' && t[j + 1]?.pos === 'VERB') {
        [c.event, c.mode, c.cameo] = ['AGREE', null, '030'];
        break;
      }
    }
  }
}

/**
 * "thanked Riyadh for the assistance", "praised Turkey's mediation efforts": an act named in the object of praise or
 * thanks was reported already (its actor is the recipient of the praise), it is not a new event.
 */
function evaluatedActs(v: SentenceView, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.event !== 'SUPPORT' || c.hit.kind !== 'verb' || c.hit.object !== null) continue;
    const end = clauseEnd(v, c.hit.last);
    for (const n of cands) {
      if (n.hit.kind !== 'noun' || n.hit.first < c.hit.last || n.hit.first >= end || n.hit.first - c.hit.last > 6) continue;
      // ("ratified an agreement with the EU": an agreement endorsed is the support itself)
      if (n.hit.spec.event === 'SUPPORT' || n.hit.spec.event === 'AGREE') continue;
      if (v.tokens.slice(c.hit.last, n.hit.first).some((t) => t.pos === 'VERB' || t.text === ',')) continue;
      n.status = DROPPED;
      if (!c.args.recipient.some((m) => m.country)) {
        const own = new Set(c.args.actor.map((m) => m.country));
        const doer = n.args.actor.filter((m) => m.country && !own.has(m.country));
        if (doer.length) c.args = { ...c.args, recipient: doer };
      }
    }
  }
}

/**
 * "Russia and Ukraine exchanged prisoners in a deal brokered by the UAE": the mediator consults with the parties of the
 * sentence's main event.
 */
function brokeredFor(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.event !== 'CONSULT' || c.args.actorHow !== 'passive' || c.args.recipient.some((m) => m.country)) continue;
    const main = cands.find((o) => o !== c && o.hit.first < c.hit.first && o.args.actor.some((m) => m.country));
    if (!main) continue;
    const own = new Set(c.args.actor.map((m) => m.country));
    const parties = [...main.args.actor, ...main.args.recipient].filter((m) => m.country && !own.has(m.country));
    if (parties.length) c.args = { ...c.args, recipient: parties };
  }
}

/** "NATO peacekeeping troops have arrived in Bosnia": troops arriving are deployed, they do not visit. */
function troopsArriving(c: Candidate): void {
  if (c.event !== 'CONSULT' || c.mode !== 'visit' || c.args.actor.length === 0) return;
  if (!c.args.actor.every((m) => m.kind === 'agent' && m.sector === 'MIL')) return;
  [c.event, c.mode, c.cameo] = ['MOBILIZE', 'troops', '152'];
}

/**
 * Whom a deployment or drill is aimed at when no object says so: "exercises along its border with Colombia", "forces
 * to monitor the Chinese vessels", "scrambled jets after Chinese drones flew …".
 */
function mobilizeTarget(v: SentenceView, c: Candidate): void {
  if (c.event !== 'MOBILIZE' || c.args.recipient.some((m) => m.country)) return;
  const t = v.tokens;
  const own = new Set(c.args.actor.map((m) => m.country));
  const end = clauseEnd(v, c.hit.last);
  const party = (i: number) => (v.at.get(i) ?? []).filter((m) => m.country && !own.has(m.country) && m.kind !== 'city');
  for (let i = c.hit.last; i < end; i++) {
    const w = t[i]!.lower;
    let found: Mention[] = [];
    // "border with Colombia"
    if (w === 'border' && t[i + 1]?.lower === 'with') found = party(i + 2);
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
 * ", wounding two soldiers", ", sending warships": a participle after a comma continues the previous event — the same
 * event again when the category is the same, else a new one by the same actor.
 */
function participles(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    const head = t[c.hit.first]!;
    if (!head.lower.endsWith('ing') || t[c.hit.first - 1]?.text !== ',') continue;
    const prev = cands[k - 1]!;
    if (prev.event === c.event) { c.status = DROPPED; continue; }
    c.args = { ...c.args, actor: prev.args.actor, actorHow: prev.args.actorHow };
  }
}

/**
 * "gave Kenya 16 helicopters to support its operations", "proposed a fund to finance deliveries": an infinitive of
 * purpose after an object says what an act is for, not that a second act happened.
 */
function purposes(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (const c of cands) {
    const to = t[c.hit.first - 1];
    const before = t[c.hit.first - 2];
    if (c.hit.kind !== 'verb' || to?.lower !== 'to' || to.pos !== 'PART' || !before) continue;
    // "will travel to Baku next week to meet …": meeting is the point of a journey
    const gov = governingVerbOrAux(v, c.hit.first - 1);
    if (c.event === 'CONSULT' || c.event === 'AGREE') if (gov !== null && v.words['journey-verbs'].has(v.tokens[gov]!.lemma)) continue;
    if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM' || before.pos === 'PRON') c.status = DROPPED;
  }
}

/** Exercises or patrols held jointly ("a joint naval exercise", "Egypt and Saudi Arabia began exercises") are cooperation. */
function jointActivity(v: SentenceView, c: Candidate): void {
  if (c.event !== 'MOBILIZE') return;
  const countries = new Set(c.args.actor.map((m) => m.country).filter(Boolean));
  const span = v.tokens.slice(c.hit.first, (c.hit.object ?? c.hit.last - 1) + 1);
  if (countries.size < 2 && !span.some((t) => t.lower === 'joint')) return;
  c.event = 'COOPERATE';
  c.mode = null;
  c.cameo = '062';
}

/**
 * "Amnesty called for an investigation", "Human Rights Watch accused the police …" in a story about one country:
 * a demand or accusation with no named addressee is addressed to that country's government.
 */
function addressees(cands: Candidate[], mentions: Mention[], sentence: number): void {
  if (!cands.some((c) => (c.event === 'REQUEST' || c.event === 'ACCUSE') && !c.args.recipient.some((m) => m.country))) return;
  const home = homeCountry(mentions, sentence);
  if (!home) return;
  for (const c of cands) {
    if ((c.event !== 'REQUEST' && c.event !== 'ACCUSE') || c.args.recipient.some((m) => m.country)) continue;
    if (c.args.actor.some((m) => m.country === home)) continue;
    const place = mentions.find((m) => m.country === home && m.sent <= sentence && (m.kind === 'country' || m.kind === 'capital' || isCity(m)));
    if (place) c.args = { ...c.args, recipient: [{ ...governmentOfPlace(place), text: place.name ?? place.text, sector: 'GOV' }] };
  }
}

/** Is the trigger background to the sentence: in a relative clause (", which …") or a temporal one ("since …", "after …")? */
function inRelativeClause(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  for (let j = v.s.first + 1; j < i; j++) {
    if (RELATIVE_START.has(t[j]!.lower) && t[j - 1]!.text === ',') return true;
    if (TEMPORAL_SUBORDINATORS.has(t[j]!.lower)) return true;
  }
  return false;
}

const TEMPORAL_SUBORDINATORS = new Set(['since', 'after', 'before', 'following', 'until', 'amid']);

/** How far back an event noun ("the launches", "the allegations") looks for the event it refers to. */
const EVENT_COREF_REACH = 5;

/**
 * "condemned the launches", "denied the allegations", "rejected criticism by the United States": a verbal event whose
 * object is an event noun is directed at that event's actor — named in the noun phrase, else the latest such event before.
 */
function asClaimed(v: SentenceView, from: number): Mention[] {
  const t = v.tokens;
  for (let j = from; j + 2 < v.s.last; j++) {
    if (t[j]!.lower !== 'as' || !v.at.has(j + 1)) continue;
    const [group, end] = groupRight(v, j + 1);
    let k = end;
    while (k < v.s.last && (t[k]!.pos === 'AUX' || t[k]!.pos === 'ADV')) k++;
    if (t[k] && v.words['claim-verbs'].has(t[k]!.lemma)) return group.filter((m) => m.country);
  }
  return [];
}

function appositiveAccuser(v: SentenceView, c: Candidate, cands: Candidate[], reportNouns: Set<string>): Mention[] {
  const t = v.tokens;
  for (let j = c.hit.first - 1; j > v.s.first && j >= c.hit.first - 6; j--) {
    if (t[j]!.text !== ',') continue;
    if (!claimAppositive(v, j + 1, reportNouns)) return [];
    const accusation = [...cands].reverse().find((o) => o.event === 'ACCUSE' && o.hit.first < j);
    const own = new Set(c.args.actor.map((m) => m.country));
    return accusation?.args.actor.filter((m) => m.country && !own.has(m.country)) ?? [];
  }
  return [];
}

function objectNoun(v: SentenceView, from: number, ok: (lemma: string) => boolean, definite = false): boolean {
  for (let j = from; j < v.s.last && j <= from + 3; j++) {
    const t = v.tokens[j]!;
    // the head of a compound: "the prisoner releases"
    if (t.pos === 'NOUN' && v.tokens[j + 1]?.pos === 'NOUN') continue;
    if (t.pos === 'NOUN') return ok(t.lemma) && (!definite || ['the', 'this', 'these', 'that', 'those'].includes(v.tokens[from]!.lower));
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Categories of acts (not of words) that such a noun can refer to. */
const MATERIAL = new Set<PloverCategory>(['COOPERATE', 'AID', 'RETREAT', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'CONCEDE', 'SUPPORT']);

function recipientsFromEventObjects(v: SentenceView, cands: Candidate[], earlier: Candidate[], reportNouns: Set<string>): void {
  for (const c of cands) {
    // "denied that …, as Ukrainian officials had claimed": the claimant is who the denial answers
    if (c.event === 'REJECT' && !c.args.recipient.some((m) => m.country)) {
      const claimant = asClaimed(v, c.hit.last);
      if (claimant.length) { c.args = { ...c.args, recipient: claimant }; continue; }
      // "X accused Pakistan of …, a charge Islamabad denied": the denial answers the accuser
      const accuser = appositiveAccuser(v, c, cands, reportNouns);
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
function protestPlace(v: SentenceView, c: Candidate): void {
  if (c.event !== 'PROTEST' || c.args.recipient.length > 0) return;
  const end = clauseEnd(v, c.hit.last);
  for (let i = c.hit.last; i < end; i++) {
    const place = v.at.get(i)?.find((m) => (m.kind === 'capital' || m.kind === 'country' || isCity(m)) && LOCATIVE.has(v.tokens[i - 1]!.lower));
    if (place && !c.args.actor.some((m) => m.country === place.country)) {
      c.args = { ...c.args, recipient: [governmentOfPlace(place)] };
      return;
    }
  }
}

/** "… in Port Vila on Wednesday during a visit by Pat Conroy": a visit with no named host is hosted where it takes place. */
function visitPlace(v: SentenceView, c: Candidate): void {
  if (c.event !== 'CONSULT' || c.mode !== 'visit' || c.args.recipient.length > 0) return;
  const own = new Set(c.args.actor.map((m) => m.country));
  const end = clauseEnd(v, c.hit.last);
  for (let i = v.s.first + 1; i < end; i++) {
    if (v.barriers.has(i)) break;
    const place = v.at.get(i)?.find((m) => m.first === i && ['capital', 'city', 'country'].includes(m.kind) && LOCATIVE.has(v.tokens[i - 1]!.lower));
    if (place && place.country && !own.has(place.country)) {
      c.args = { ...c.args, recipient: [governmentOfPlace(place)] };
      return;
    }
  }
}

/** A missile or rocket launch with no target is a show of capability: MOBILIZE weapons, not ASSAULT. */
function weaponsWithoutTarget(v: SentenceView, c: Candidate): void {
  // (tear gas or water cannon on a crowd is force used, not a show of capability; "blew up power lines", "fired shells
  // at targets" are attacks: only a missile or rocket fired at no party named is a show of force)
  if (c.event !== 'ASSAULT' || c.hit.object === null || c.args.recipient.length > 0 || c.mode === 'crowd-control') return;
  if (!v.words['launched-weapons'].has(v.tokens[c.hit.object]!.lemma)) return;
  c.event = 'MOBILIZE';
  c.mode = 'weapons';
  c.cameo = '150';
}

/**
 * One event per act: two triggers of one category, status and actor in a sentence ("rallied … to protest") are one
 * event whose recipients are the union of theirs; recipients repeated under other names are listed once.
 */
function dedupe(cands: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of cands) {
    c.args = { ...c.args, recipient: uniqueRefs(c.args.recipient) };
    const key = [c.sentence.index, c.event, c.status, c.args.actor.map((m) => m.country).sort().join('+')].join('|');
    const first = byKey.get(key);
    const sameRecipients = first && first.args.recipient.map((m) => m.country).sort().join('+') === c.args.recipient.map((m) => m.country).sort().join('+');
    // a recipient-less repeat adds nothing; one with recipients the first lacks completes it
    if (first && (sameRecipients || c.args.recipient.length === 0 || first.args.recipient.length === 0)) {
      if (first.args.recipient.length === 0) first.args = { ...first.args, recipient: c.args.recipient };
      (first.mergedTriggers ??= []).push(c.hit);
      continue;
    }
    byKey.set(key, c);
    out.push(c);
  }
  return out;
}

function uniqueRefs(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.country}/${m.sector}/${m.name ?? m.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
