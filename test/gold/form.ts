// Form checks shared by the tests of the blind gold sets (heldout-format.test.ts, blind-format.test.ts,
// blind3-format.test.ts): they look at a set's form, read with the scorer's own reader, never at what a coder outputs
// on it.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGoldFile, type GoldArticle } from '../../src/eval/gold.js';
import { roughSentences } from '../../src/eval/score.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';

export interface FormRules {
  minSentences: number;
  maxSentences: number;
  /** first and last publication date allowed (YYYY-MM-DD), when the set is bound to a period */
  period?: [string, string];
  /** also every event has a note and a PLOVER category, and the article a required event */
  eventFields?: boolean;
}

/** Every way one article breaks the set's form rules, as readable messages (empty when it is fine). */
export function formProblems({ article: a, events }: GoldArticle, rules: FormRules): string[] {
  const problems: string[] = [];
  const published = a.published ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) problems.push(`${a.id}: no publication date`);
  else if (rules.period && (published < rules.period[0] || published > rules.period[1])) problems.push(`${a.id}: published ${published}, outside ${rules.period.join(' to ')}`);
  if (typeof a.outlet !== 'string' || a.outlet.trim() === '') problems.push(`${a.id}: no outlet`);
  const n = roughSentences(a.text).length;
  if (n < rules.minSentences || n > rules.maxSentences) problems.push(`${a.id}: ${n} sentences`);
  if (rules.eventFields && !events.some((e) => e.required)) problems.push(`${a.id}: no required event`);
  for (const e of events) {
    if (rules.eventFields && !(PLOVER_CATEGORIES as readonly string[]).includes(e.event)) problems.push(`${a.id} ${e.id}: ${e.event} is not a PLOVER category`);
    if (rules.eventFields && (typeof e.note !== 'string' || e.note.trim() === '')) problems.push(`${a.id} ${e.id}: no note`);
    if (e.date !== null && published !== '' && e.date > published.slice(0, e.date.length)) problems.push(`${a.id} ${e.id}: ${e.date} after ${published}`);
  }
  return problems;
}

/**
 * What a whole set lacks: PLOVER categories with fewer than `minRequired` required events, and statuses that no
 * required event uses.
 */
export function coverageProblems(articles: GoldArticle[], minRequired: number, statuses: readonly string[]): string[] {
  const problems: string[] = [];
  const required = articles.flatMap((g) => g.events.filter((e) => e.required));
  for (const c of PLOVER_CATEGORIES) {
    const n = required.filter((e) => e.event === c).length;
    if (n < minRequired) problems.push(`${c}: ${n} required events`);
  }
  const used = new Set<string>(required.map((e) => e.status));
  for (const s of statuses) if (!used.has(s)) problems.push(`no required ${s} event`);
  return problems;
}

/** Writes lines to a fresh temporary gold file, reads it back with the scorer's reader and cleans up. */
export function readLines(lines: string[]): GoldArticle[] {
  const dir = mkdtempSync(join(tmpdir(), 'gold-form-'));
  try {
    const p = join(dir, 'g.gold.jsonl');
    writeFileSync(p, lines.join('\n') + '\n');
    return readGoldFile(p);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { roughSentences };
