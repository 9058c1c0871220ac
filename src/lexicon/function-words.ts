// Closed-class words the stages share (grammar, not knowledge about the world: that lives in lexicons/).

/** Prepositions that put a place after them ("in Bogota", "across Kenya", "outside the consulate"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'through', 'around']);

/** Possessive pronouns: "its troops", "his spokesman", "their positions". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** Weekday and month names, lower case: times, never names ("Yasser Arafat Wednesday", "Israel on Thursday accused"). */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
