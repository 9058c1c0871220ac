// readout demo: stores the bundled example articles in a demo store and prints a summary from store queries.
// (--no-serve is accepted for the web explorer, which serves the same store.)
import { fileURLToPath } from 'node:url';
import { readInputs } from '../read/index.js';
import { loadLexicons } from '../lexicons.js';
import { openStore, resolveDb, type Store } from '../store/index.js';
import type { Article, ReadoutEvent } from '../types.js';
import { serveCommand } from './serve.js';
import { flag, parseArgs, str } from './args.js';
import { ingestBatch } from './ingest.js';
import { maskUrl } from '../output/mask.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));
export const DEMO_DB = './readout-demo.db';

const parties = (xs: ReadoutEvent['actor']) => (xs.length ? xs.map((x) => x.country ?? x.text).join('+') : '(none)');

export function describeEvent(e: ReadoutEvent): string {
  const source = e.attribution.length ? e.attribution.map((a) => a.name ?? a.text).join(' < ') : 'the article itself';
  const when = e.date ? e.date.value : 'date unknown';
  return `  ${e.event}${e.mode ? `/${e.mode}` : ''} ${parties(e.actor)} -> ${parties(e.recipient)}  ${when}  ${e.status}  ` +
    `(${e.article.outlet ?? e.article.id}; according to ${source})\n    "${e.evidence.text}"\n`;
}

async function summary(store: Store, db: string): Promise<string> {
  const lines: string[] = [];
  const { articles, events } = await store.counts();
  lines.push(`The demo store ${maskUrl(db)} holds ${articles} articles and ${events} events.\n`);
  lines.push('Top dyads (first actor -> first recipient):');
  for (const r of await store.topDyads({}, 8)) lines.push(`  ${String(r.count).padStart(4)}  ${r.key.replace('-', ' -> ')}`);
  lines.push('\nTop actors:');
  for (const r of await store.topActors({}, 8)) lines.push(`  ${String(r.count).padStart(4)}  ${r.key}`);
  const byCategory = new Map<string, number>();
  for (const r of await store.stats('event', 'year', {})) byCategory.set(r.key, (byCategory.get(r.key) ?? 0) + r.count);
  lines.push('\nEvent categories:');
  for (const [k, n] of [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  ${String(n).padStart(4)}  ${k}`);
  const page = await store.events({}, { limit: 6 });
  lines.push(`\nThe first ${page.events.length} of ${page.total} events, with evidence and sources:\n`);
  return lines.join('\n') + '\n' + page.events.map(describeEvent).join('');
}

export async function demoCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { 'no-serve': 'boolean', db: 'string', port: 'string', host: 'string' });
  const db = str(p, 'db') ?? DEMO_DB;
  const t0 = performance.now();
  const lex = loadLexicons();
  let failed = 0;
  const batch: Article[] = [];
  for await (const a of readInputs([EXAMPLES_DIR], { onError: (e) => { failed++; process.stderr.write(`readout: ${e.origin}: ${e.message}\n`); } })) batch.push(a);
  const store = await openStore(resolveDb(db), 'create');
  try {
    const r = await ingestBatch(store, lex, batch);
    const out = process.stdout;
    out.write(`readout demo: ${batch.length} example articles from ${EXAMPLES_DIR}\n`);
    out.write(`stored ${r.stored} articles (${r.skipped} already stored), ${r.events} events in ${(performance.now() - t0).toFixed(0)} ms\n\n`);
    out.write(await summary(store, db));
    const shown = maskUrl(db);
    out.write(`\nNext: readout events --db ${shown} --format table --actor RUS   ·   readout stats --db ${shown} --by event\n`);
    out.write('      readout ingest YOUR-ARTICLES/   ·   readout export --format csv --out events.csv   ·   readout help\n');
  } finally {
    await store.close();
  }
  if (flag(p, 'no-serve')) return failed > 0 ? 1 : 0;
  // the main job ends in the explorer over the demo store (Ctrl-C stops it); a busy port falls back to a free one
  const host = str(p, 'host') ?? '127.0.0.1';
  const port = str(p, 'port') ?? '8080';
  process.stdout.write(`\nOpening the explorer over ${maskUrl(db)} (Ctrl-C to stop; --no-serve to skip)…\n`);
  try {
    return await serveCommand(['--db', db, '--host', host, '--port', port], (url) => process.stdout.write(`Explorer: ${url}/\n`));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || str(p, 'port') !== undefined) throw e;
    return serveCommand(['--db', db, '--host', host, '--port', '0'], (url) => process.stdout.write(`Explorer: ${url}/\n`));
  }
}
