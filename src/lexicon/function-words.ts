// Closed-class words the stages share (grammar, not knowledge about the world: that lives in lexicons/).

/** Prepositions that put a place after them ("in Bogota", "across Kenya", "outside the consulate"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'through', 'around']);

/** Nouns of means after "by" ("discussed by phone", "elected by vote"): such a by-phrase names no agent. */
export const MEANS_AFTER_BY: ReadonlySet<string> = new Set(['phone', 'telephone', 'video', 'videoconference', 'videolink', 'email', 'letter',
  'decree', 'force', 'hand', 'land', 'sea', 'air', 'road', 'rail', 'plane', 'car', 'bus', 'ship', 'boat', 'helicopter', 'train', 'vote',
  'majority', 'consensus', 'mail', 'post', 'satellite', 'radio', 'mistake', 'accident', 'default', 'law']);
