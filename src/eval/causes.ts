// Why gold events are missed and predictions unmatched, as counts of the contract's failed clauses (section 3):
// a report that names no sentence, so that gold sets kept blind can still say where the coder loses.
import type { EvalReport } from './score.js';

/** Counts by cause, largest first. */
export type CauseCounts = [cause: string, count: number][];

export interface MissCauses {
  /** missed required gold events by the clauses their article's closest prediction fails ("category", "category+date",
   * "missing" for a missing party, …); "no prediction in the article" when there is none */
  missed: CauseCounts;
  /** of the misses failing on the category alone: "GOLD coded as PREDICTED" */
  categoryOnly: CauseCounts;
  /** unmatched predictions by the clauses they fail for their article's closest gold event */
  unmatched: CauseCounts;
}

/** The clause a mismatch reason of match.ts names: its first word ("category X ≠ Y" ⇒ "category"). */
export function clauseOf(reason: string): string {
  return reason.split(' ')[0]!.replace(/[^a-z]/g, '') || 'other';
}

const causeKey = (reasons: readonly string[]): string => [...new Set(reasons.map(clauseOf))].sort().join('+');

function sorted(m: Map<string, number>): CauseCounts {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function missCauses(r: Pick<EvalReport, 'missed' | 'unmatched'>): MissCauses {
  const missed = new Map<string, number>();
  const categoryOnly = new Map<string, number>();
  for (const m of r.missed) {
    const best = m.nearest[0];
    const key = best ? causeKey(best.reasons) : 'no prediction in the article';
    bump(missed, key);
    if (best && key === 'category') bump(categoryOnly, `${m.gold.event} coded as ${best.prediction.event}`);
  }
  const unmatched = new Map<string, number>();
  for (const u of r.unmatched) bump(unmatched, u.nearest ? causeKey(u.nearest.reasons) : 'no gold event in the article');
  return { missed: sorted(missed), categoryOnly: sorted(categoryOnly), unmatched: sorted(unmatched) };
}
