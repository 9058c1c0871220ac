// npm run eval:causes — why gold events are missed and predictions unmatched, as counts only.
//   node dist/scripts/miss-causes.js [GOLD.jsonl …]   (default: readout's own, held-out and blind gold files)
// For each missed required gold event the closest prediction of its article (fewest failed clauses of contract
// section 3) names the clauses it fails; for each unmatched prediction, the closest gold event of its article does.
// Only counts are printed, never sentences: the blind sets can be diagnosed without being read.
import { existsSync } from 'node:fs';
import { codeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicons.js';
import { readGoldFile } from '../src/eval/gold.js';
import { scoreGold } from '../src/eval/score.js';
import { missCauses, type CauseCounts } from '../src/eval/causes.js';

const DEFAULT_FILES = ['test/gold/readout.gold.jsonl', 'test/gold/heldout.gold.jsonl', 'test/gold/blind.gold.jsonl', 'test/gold/blind3.gold.jsonl'];

function table(title: string, rows: CauseCounts, total: number): string[] {
  return [`  ${title} (${total})`, ...rows.map(([k, n]) => `    ${String(n).padStart(4)}  ${(100 * n / Math.max(1, total)).toFixed(1).padStart(5)}%  ${k}`)];
}

function main(): number {
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
  const lex = loadLexicons({ parse: true });
  for (const f of files) {
    if (!existsSync(f)) {
      process.stdout.write(`${f}: not found, skipped\n`);
      continue;
    }
    const r = scoreGold(readGoldFile(f), (a) => codeArticle(a, lex));
    const c = missCauses(r);
    process.stdout.write(`${f}: F1 ${r.f1.toFixed(1)} (R ${r.recall.toFixed(1)}, P ${r.precision.toFixed(1)})\n`);
    for (const line of [
      ...table('missed required gold events, by the clauses the closest prediction fails', c.missed, r.missed.length),
      ...table('  of which only the category, gold ⇒ predicted', c.categoryOnly, c.missed.find(([k]) => k === 'category')?.[1] ?? 0),
      ...table('unmatched predictions, by the clauses they fail for the closest gold event', c.unmatched, r.unmatched.length),
    ]) process.stdout.write(line + '\n');
  }
  return 0;
}

process.exitCode = main();
