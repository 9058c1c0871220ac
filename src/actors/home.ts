// The country a story is about, so far: used where the text leaves a country implicit
// ("the interior ministry", "called for an investigation").
import type { Mention } from '../types.js';
import { isNonStateCode } from '../codes/sectors.js';
import { windowStart } from './window.js';

/** The country named most often in the lookback window up to `sentence` (inclusive; mentions in sentence order), if it
 * has at least two mentions and twice the next one's. */
export function homeCountry(mentions: readonly Mention[], sentence: number): string | null {
  const counts = new Map<string, number>();
  for (let k = windowStart(mentions, sentence); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.sent > sentence) break;
    // (a country adjective on a thing, "the Saudi border towns", says what the sentence is about, not whose story it is)
    if (!m.country || isNonStateCode(m.country) || m.how === 'adjective') continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0]![1] < 2) return null;
  if (ranked.length > 1 && ranked[1]![1] * 2 > ranked[0]![1]) return null;
  return ranked[0]![0];
}
