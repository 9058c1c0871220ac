// time: "after more than five hours of talks" — an act whose span ends where the sentence's main act happens.
// An event in an "after"/"following" phrase is background, dated apart from the main act ("signed the accord on Monday
// after months of talks"), except when the phrase measures it in hours or days: then it ran up to the main act and
// shares its date ("failed to reach agreement on Monday after more than five hours of talks": the talks were on Monday).
import type { Token } from '../types.js';

/** Prepositions that put an act before the main one. */
const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'following']);
/** Units short enough that the measured act ends on the main act's day (or runs up to it). */
const SHORT_UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'night', 'minute']);
/** Words of the quantity before the unit: "more than five", "nearly two", "a", "several". */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['more', 'than', 'less', 'nearly', 'almost', 'about', 'around', 'over', 'some', 'just', 'at', 'least',
  'a', 'an', 'several', 'few', 'two', 'the', '-', 'long', 'all']);
/** How many tokens the phrase may hold between the preposition and the act's word. */
const REACH = 10;

/**
 * Is the trigger at token `trigger` the act of an "after"/"following" phrase starting at token `prep` that measures it
 * in hours or days ("after more than five hours of EU-mediated talks", "following a two-day meeting", "after an
 * all-night session")? Such an act runs up to the main act: it is not background.
 */
export function measuredUpToMainAct(tokens: readonly Token[], prep: number, trigger: number): boolean {
  if (!AFTER_WORDS.has(tokens[prep]?.lower ?? '') || trigger <= prep + 1 || trigger - prep > REACH) return false;
  let unit = false;
  for (let k = prep + 1; k < trigger; k++) {
    const t = tokens[k]!;
    if (SHORT_UNITS.has(t.lemma) || SHORT_UNITS.has(t.lower.replace(/s$/, ''))) { unit = true; continue; }
    // ("of EU-mediated": what the unit measures, with its modifiers, up to the act's word)
    if (unit && (t.lower === 'of' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-' || t.pos === 'NOUN')) continue;
    if (!unit && (t.pos === 'NUM' || QUANTITY_WORDS.has(t.lower) || /^\d/.test(t.text))) continue;
    return false;
  }
  return unit;
}
