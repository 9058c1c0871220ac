// time phrases between a verb and what completes it: "met on Friday with", "accused on Tuesday the ministry of",
// "called Monday for", "suspended earlier this week the aid". The coder's searches for a verb's object or particle
// step over them as they step over adverbs.
import type { Token } from '../types.js';
import { MONTHS, WEEKDAYS } from '../lexicon/function-words.js';

/** words that head a time phrase */
const TIME_HEADS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon',
  'evening', 'night', 'week', 'weekend', 'month', 'year', 'overnight']);
/** words that lead into a time phrase or sit inside one ("on", "last", "earlier this", "the following") */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'later', 'the', 'following', 'previous', 'over', 'past']);

/** Does token t head a time phrase ("Tuesday", "yesterday", "week", "March")? A month only capitalised: "may" is a modal. */
export function isTimeHead(t: Token): boolean {
  return MONTHS.includes(t.lower) ? /^[A-Z]/.test(t.text) : TIME_HEADS.has(t.lower);
}

/**
 * The token after the time phrase that starts at token j ("on Tuesday", "Tuesday morning", "earlier this week",
 * "on March 3"), or j when none starts there. A phrase ends at its last head word (or a day number after a month)
 * and is not a possessor ("last year's accord" stays).
 */
export function timePhraseEnd(tokens: readonly Token[], j: number, end: number): number {
  let after = j;
  let prevMonth = false;
  for (let k = j; k < end; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (isTimeHead(t)) { after = k + 1; prevMonth = MONTHS.includes(w); continue; }
    if (prevMonth && t.pos === 'NUM' && /^\d{1,2}$/.test(w)) { after = k + 1; prevMonth = false; continue; }
    prevMonth = false;
    // (a lead only continues the phrase before its head: "on the border" is no time phrase)
    if (TIME_LEADS.has(w) && after === j) continue;
    break;
  }
  if (after > j && (tokens[after]?.lower === "'s" || tokens[after]?.lower === "'")) return j;
  return after;
}

/** adverbial set phrases written as a preposition and a word: "conceded at last to", "agreed in principle to" */
const ADVERBIAL_PHRASES: readonly (readonly string[])[] = [['at', 'last'], ['at', 'length'], ['at', 'once'], ['in', 'principle'], ['in', 'turn'], ['once', 'again'], ['once', 'more']];

/** The first token at or after j that is neither an adverb nor inside a time phrase or an adverbial set phrase (at
 * most `end`). */
export function pastTimeAndAdverbs(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  while (k < end) {
    const after = timePhraseEnd(tokens, k, end);
    if (after > k) { k = after; continue; }
    const set = ADVERBIAL_PHRASES.find((ws) => k + ws.length <= end && ws.every((w, n) => tokens[k + n]!.lower === w));
    if (set) { k += set.length; continue; }
    if (tokens[k]!.pos === 'ADV') { k++; continue; }
    break;
  }
  return k;
}
