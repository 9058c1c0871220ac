// events: which triggers of a sentence are one event (an object, a purpose, a participle, a repeat) and which are none.
import type { Mention, Token } from '../types.js';
import { clauseEnd, governingVerbOrAux, topicOf, type SentenceView } from './arguments.js';
import type { TriggerHit } from './triggers.js';
import { DROPPED, type Candidate } from './candidate.js';

/** The trigger whose licensing object phrase contains `h` ("signed" for "an agreement" in "signed an agreement"). */
export function objectHolder(h: TriggerHit, hits: TriggerHit[]): TriggerHit | undefined {
  return hits.find((o) => o !== h && o.object !== null && o.objectFirst! <= h.last - 1 && o.object >= h.first);
}

/**
 * A noun trigger that is another trigger's object ("held talks", "ratified the agreement") is part of that event: its
 * licensing object, or a noun right after a verb with only determiners and adjectives between.
 */
export function isObjectOf(tokens: Token[], h: TriggerHit, hits: TriggerHit[]): boolean {
  if (objectHolder(h, hits)) return true;
  if (h.kind !== 'noun') return false;
  return hits.some((o) => o !== h && o.object === null && o.kind === 'verb' && h.first >= o.last && h.first - o.last <= 3 &&
    tokens.slice(o.last, h.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM'));
}

/** "requests for comment on the militia's ceasefire", "a standoff over aid": a noun that another noun is about. */
export function topicOfNoun(v: SentenceView, noun: number): boolean {
  const prep = topicOf(v, noun);
  if (prep < 0) return false;
  const t = v.tokens;
  // (the head noun before the preposition; "requests for comment on" tags "comment" as a bare verb)
  const head = t[prep - 1];
  return head?.pos === 'NOUN' || (head?.pos === 'VERB' && head.lemma === head.lower && t[prep - 2]?.lower === 'for');
}

/**
 * "will visit Islamabad next week for talks with Imran Khan", "are due to meet in Brussels for talks hosted by …": talks
 * that are the purpose of a visit or meeting are that meeting, which takes their counterpart if it has none.
 */
export function purposeTalks(v: SentenceView, cands: Candidate[]): void {
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
export function agreementsToAct(v: SentenceView, cands: Candidate[]): void {
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
export function evaluatedActs(v: SentenceView, cands: Candidate[]): void {
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
 * ", wounding two soldiers", ", sending warships": a participle after a comma continues the previous event — the same
 * event again when the category is the same, else a new one by the same actor.
 */
export function participles(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    const head = t[c.hit.first]!;
    if (!head.lower.endsWith('ing') || t[c.hit.first - 1]?.text !== ',') continue;
    // ("carried out airstrikes against rebels, hitting fuel depots": the strikes are one event however many triggers
    // name them before the participle)
    if (cands.slice(0, k).some((p) => p.event === c.event)) { c.status = DROPPED; continue; }
    const prev = cands[k - 1]!;
    c.args = { ...c.args, actor: prev.args.actor, actorHow: prev.args.actorHow };
  }
}

/**
 * "gave Kenya 16 helicopters to support its operations", "proposed a fund to finance deliveries": an infinitive of
 * purpose after an object says what an act is for, not that a second act happened.
 */
export function purposes(v: SentenceView, cands: Candidate[]): void {
  const t = v.tokens;
  for (const c of cands) {
    const to = t[c.hit.first - 1];
    const before = t[c.hit.first - 2];
    if (c.hit.kind !== 'verb' || to?.lower !== 'to' || to.pos !== 'PART' || !before) continue;
    // "will travel to Baku next week to meet …": meeting is the point of a journey
    const gov = governingVerbOrAux(v, c.hit.first - 1);
    const journey = (c.event === 'CONSULT' || c.event === 'AGREE') && gov !== null && v.words['journey-verbs'].has(v.tokens[gov]!.lemma);
    if (journey) continue;
    // "agreed on Monday to ban …": the infinitive of a promise is what is promised (content.ts decides what that makes
    // the promise), not a purpose
    if (gov !== null && cands.some((o) => o !== c && o.status !== DROPPED && o.hit.kind === 'verb' && o.hit.first <= gov && gov < o.hit.last && o.hit.spec.event === 'AGREE')) continue;
    if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM' || before.pos === 'PRON') c.status = DROPPED;
  }
}

/** Exercises or patrols held jointly ("a joint naval exercise", "Egypt and Saudi Arabia began exercises") are cooperation. */
export function jointActivity(v: SentenceView, c: Candidate): void {
  if (c.event !== 'MOBILIZE') return;
  const countries = new Set(c.args.actor.map((m) => m.country).filter(Boolean));
  const span = v.tokens.slice(c.hit.first, (c.hit.object ?? c.hit.last - 1) + 1);
  if (countries.size < 2 && !span.some((t) => t.lower === 'joint')) return;
  c.event = 'COOPERATE';
  c.mode = null;
  c.cameo = '062';
}

/** "NATO peacekeeping troops have arrived in Bosnia": troops arriving are deployed, they do not visit. */
export function troopsArriving(c: Candidate): void {
  if (c.event !== 'CONSULT' || c.mode !== 'visit' || c.args.actor.length === 0) return;
  if (!c.args.actor.every((m) => m.kind === 'agent' && m.sector === 'MIL')) return;
  [c.event, c.mode, c.cameo] = ['MOBILIZE', 'troops', '152'];
}

/** A missile or rocket launch with no target is a show of capability: MOBILIZE weapons, not ASSAULT. */
export function weaponsWithoutTarget(v: SentenceView, c: Candidate): void {
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
export function dedupe(cands: Candidate[]): Candidate[] {
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

export function uniqueRefs(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.country}/${m.sector}/${m.name ?? m.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
