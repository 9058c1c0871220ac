// npm run eval: runs every suite with the real coder and rewrites docs/accuracy.md.
//   --floors FILE        exit 1 listing every figure below its floor (JSON: metric key ⇒ minimum)
//   --write-floors FILE  write the current figures as floors
//   --shared DIR         the shared folder (default: ../shared, else ../../shared)
//   --out FILE           where to write (default docs/accuracy.md); --no-write to leave it alone
//   --only NAME,…        run only suites whose name contains one of these
//   --polnear-max N      cap the PolNeAR documents
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { analyse, CODER_VERSION, codeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicons.js';
import type { Article } from '../src/types.js';
import { attributorFromLexicons } from '../src/eval/attributor.js';
import { checkFloors, coderErrors, metricsOf, parseFloors, renderAccuracy } from '../src/eval/markdown.js';
import { runSuites } from '../src/eval/suites.js';
import { isSkipped, type Coder } from '../src/eval/types.js';

interface Args {
  floors: string | null;
  writeFloors: string | null;
  shared: string | null;
  out: string | null;
  only: string[];
  polnearMax: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { floors: null, writeFloors: null, shared: null, out: 'docs/accuracy.md', only: [], polnearMax: undefined };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${k} needs a value`);
      return v;
    };
    if (k === '--floors') a.floors = val();
    else if (k === '--write-floors') a.writeFloors = val();
    else if (k === '--shared') a.shared = val();
    else if (k === '--out') a.out = val();
    else if (k === '--no-write') a.out = null;
    else if (k === '--only') a.only = val().split(',').filter(Boolean);
    else if (k === '--polnear-max') {
      const n = Number(val());
      if (!Number.isInteger(n) || n < 0) throw new Error('--polnear-max needs a non-negative integer');
      a.polnearMax = n;
    } else throw new Error(`unknown option ${k}`);
  }
  return a;
}

function shortHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval-all: ${(e as Error).message}\n`);
    return 2;
  }
  const found = args.shared ?? [resolve('../shared'), resolve('../../shared')].find((p) => existsSync(p)) ?? resolve('../shared');
  // relative paths keep docs/accuracy.md free of machine-specific prefixes
  const shared = relative(process.cwd(), found) || '.';
  const progress = process.stderr.isTTY ? (m: string) => process.stderr.write(m + '\n') : undefined;
  // the coder reads the dependency tree: the parse models are loaded once and shared with the parse suites
  const lex = loadLexicons({ parse: true });
  const coder: Coder = (a) => codeArticle(a, lex);
  const outcomes = runSuites({
    shared,
    ownGold: 'test/gold/readout.gold.jsonl',
    heldoutGold: 'test/gold/heldout.gold.jsonl',
    blindGold: 'test/gold/blind.gold.jsonl',
    blind3Gold: 'test/gold/blind3.gold.jsonl',
    stories: { gold: 'test/stories/stories.gold.jsonl', inputs: ['test/stories/articles.jsonl', 'examples'] },
    coder,
    analyse: (a: Article) => analyse(a, lex),
    parse: { models: lex.parse!, split: lex.segment },
    coderWith: (files: string[]) => {
      const extra = { ...loadLexicons({ user: files, parse: false }), ...(lex.parse ? { parse: lex.parse } : {}) };
      return (a: Article) => codeArticle(a, extra);
    },
    attributor: attributorFromLexicons(lex),
    ...(args.polnearMax === undefined ? {} : { polnearMaxDocs: args.polnearMax }),
    only: args.only,
    ...(progress ? { progress } : {}),
  });
  for (const o of outcomes) if (isSkipped(o)) process.stderr.write(`eval-all: skipped ${o.suite}: ${o.skipped}\n`);
  const md = renderAccuracy(outcomes, { date: new Date().toISOString().slice(0, 10), commit: shortHead(), coderVersion: CODER_VERSION });
  if (args.out) writeFileSync(args.out, md);
  else process.stdout.write(md);
  const metrics = metricsOf(outcomes);
  const crashes = coderErrors(outcomes);
  if (crashes.length > 0) {
    process.stderr.write(`eval-all: the coder threw on ${crashes.length} input(s):\n${crashes.slice(0, 20).map((c) => `  ${c}\n`).join('')}`);
    return 1;
  }
  if (args.writeFloors) writeFileSync(args.writeFloors, JSON.stringify(metrics, null, 2) + '\n');
  if (args.floors) {
    let floors: Record<string, number>;
    try {
      floors = parseFloors(readFileSync(args.floors, 'utf8'), args.floors);
    } catch (e) {
      process.stderr.write(`eval-all: ${(e as Error).message}\n`);
      return 2;
    }
    const { below, unmeasured } = checkFloors(metrics, floors);
    for (const u of unmeasured) process.stderr.write(`eval-all: floor not measured (suite skipped?): ${u}\n`);
    if (below.length > 0) {
      process.stderr.write(`eval-all: ${below.length} figure(s) below their floor:\n${below.map((b) => `  ${b}\n`).join('')}`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = main();
