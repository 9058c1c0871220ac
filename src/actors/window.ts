// How far back in an article a lookback reaches (the same body named before, the story's country, a pronoun's
// antecedent), and how to find that window without scanning every mention before it: mentions are kept in sentence
// order, so a window is found by binary search and each lookback costs at most the mentions of the window, however
// long the article.
import type { Mention } from '../types.js';

/** Sentences an article-level lookback reaches back over (the current one included): longer than any news article's
 * distance between a body and its second mention, and a bound on the work per mention in a document of any length. */
export const LOOKBACK_SENTENCES = 100;

/** The index of the first mention in sentence `sentence` or after it (mentions in sentence order). */
export function firstFrom(mentions: readonly Mention[], sentence: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.sent < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first mention a lookback from `sentence` may reach. */
export function windowStart(mentions: readonly Mention[], sentence: number): number {
  return firstFrom(mentions, sentence - LOOKBACK_SENTENCES + 1);
}

/** The mentions a lookback from `sentence` may reach: the window before it and the sentence itself, in order. */
export function recentMentions(mentions: readonly Mention[], sentence: number): Mention[] {
  return mentions.slice(windowStart(mentions, sentence), firstFrom(mentions, sentence + 1));
}
