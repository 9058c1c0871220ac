// readout demo: codes the bundled example articles and prints a short, readable summary.
import { fileURLToPath } from 'node:url';
import { createWriter } from '../output/index.js';
import { readInputs } from '../read/index.js';
import { codeArticle } from '../pipeline.js';
import { loadLexicons } from '../lexicons.js';
import type { ReadoutEvent } from '../types.js';
import { parseArgs } from './args.js';
import { summarise } from './summary.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export async function demoCommand(argv: string[]): Promise<number> {
  parseArgs(argv, { 'no-serve': 'boolean' });
  const t0 = performance.now();
  const lex = loadLexicons();
  const t1 = performance.now();
  const events: ReadoutEvent[] = [];
  let articles = 0;
  let failed = 0;
  for await (const a of readInputs([EXAMPLES_DIR], { onError: (e) => { failed++; process.stderr.write(`readout: ${e.origin}: ${e.message}\n`); } })) {
    articles++;
    events.push(...codeArticle(a, lex));
  }
  const t2 = performance.now();
  const out = process.stdout;
  out.write(`readout demo: ${articles} example articles from ${EXAMPLES_DIR}\n`);
  out.write(`coded ${events.length} events in ${(t2 - t1).toFixed(0)} ms (lexicons loaded in ${(t1 - t0).toFixed(0)} ms)\n\n`);
  out.write(summarise(events));
  out.write('\nAll events (readout code examples/ --format table):\n\n');
  const w = createWriter('table', { color: process.stdout.isTTY === true });
  out.write((w.header?.() ?? '') + events.map((e) => w.write(e)).join('') + (w.footer?.() ?? ''));
  out.write('\nNext: readout code YOUR-ARTICLES/ > events.jsonl   ·   readout actors FILE   ·   readout help\n');
  return failed > 0 ? 1 : 0;
}
