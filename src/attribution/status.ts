// status: asserted / negated / future / hypothetical from cues around a trigger; alleged / denied come from
// the content of accusation and denial triggers (decided by the event stage).
import type { Status, Token } from '../types.js';
import type { SentenceView } from '../events/arguments.js';

/** Status cues compiled from lexicons/cues/status.jsonl: phrases as lower-case token lists. */
export type StatusCues = Partial<Record<Status, string[][]>>;

const STOP_POS = new Set(['NOUN', 'PROPN', 'PUNCT']);
const WINDOW = 5;

function endsWith(tokens: Token[], end: number, phrase: string[], from: number): boolean {
  const n = phrase.length;
  if (end - n + 1 < from) return false;
  for (let k = 0; k < n; k++) {
    const t = tokens[end - n + 1 + k]!;
    const w = phrase[k]!;
    if (t.lower !== w && t.lemma !== w) return false;
  }
  return true;
}

const MODALS = new Set(['will', 'would', "'ll", 'shall', 'wo', 'wont']);

export interface CueResult {
  status: Status;
  /** a future modal (will, would) is among the cues: "would not take part" is a refusal */
  modal: boolean;
}

/** The status the cues before a trigger give it (null: no cue). Cues are searched in the verb group before the trigger. */
export function cueStatus(v: SentenceView, trigger: number, cues: StatusCues): CueResult | null {
  const t = v.tokens;
  const status = cueStatusOnly(v, trigger, cues);
  if (!status) return null;
  let modal = false;
  for (let j = trigger - 1, n = 0; j >= v.s.first && n < WINDOW; j--, n++) {
    if (MODALS.has(t[j]!.lower)) modal = true;
    if (v.at.has(j)) break;
  }
  return { status, modal };
}

function cueStatusOnly(v: SentenceView, trigger: number, cues: StatusCues): Status | null {
  const t = v.tokens;
  const from = v.s.first;
  let found: Status | null = null;
  for (let j = trigger - 1, n = 0; j >= from && n < WINDOW; j--, n++) {
    const tok = t[j]!;
    if (v.at.has(j) || (STOP_POS.has(tok.pos) && tok.text !== '-')) break;
    for (const status of ['negated', 'future', 'hypothetical'] as const) {
      for (const phrase of cues[status] ?? []) {
        if (endsWith(t, j, phrase, from)) { found = found === 'negated' ? found : status; }
      }
    }
    if (found === 'negated') return found;
  }
  if (found) return found;
  // a conditional clause: "if X imposes sanctions, …"
  for (let j = trigger - 1; j >= from; j--) {
    const tok = t[j]!;
    if (tok.text === ',' || tok.text === ';') break;
    for (const phrase of cues.hypothetical ?? []) {
      if (phrase.length === 1 && (phrase[0] === 'if' || phrase[0] === 'unless') && tok.lower === phrase[0]) return 'hypothetical';
    }
  }
  return null;
}
