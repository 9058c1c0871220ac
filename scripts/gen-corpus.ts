// Writes a reproducible synthetic news corpus for benchmarks:
//   node dist/scripts/gen-corpus.js --articles 5000 --sentences 20 --seed 1 --out corpus.jsonl
//   node dist/scripts/gen-corpus.js --articles 200 --out corpus-dir/      (a folder of .txt files with date prefixes)
// JSONL when --out ends in .jsonl or .ndjson, otherwise a folder (created if missing).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { articleAsTxt, iterCorpus } from '../src/bench/corpus.js';

const USAGE = 'usage: gen-corpus --out FILE.jsonl|DIR [--articles N=1000] [--sentences N=20] [--seed N=1] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

interface Args { out: string; articles: number; sentences: number; seed: number; from?: string; to?: string }

function fail(message: string): never {
  process.stderr.write(`gen-corpus: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(flag: string, v: string): number {
  if (!/^-?\d+$/.test(v)) fail(`${flag} needs a whole number, got '${v}'`);
  return Number(v);
}

function parseArgs(argv: string[]): Args {
  const a: Partial<Args> = { articles: 1000, sentences: 20, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) fail(`${flag} needs a value`);
    i++;
    switch (flag) {
      case '--out': a.out = v; break;
      case '--articles': a.articles = wholeNumber(flag, v); break;
      case '--sentences': a.sentences = wholeNumber(flag, v); break;
      case '--seed': a.seed = wholeNumber(flag, v); break;
      case '--from': a.from = v; break;
      case '--to': a.to = v; break;
      default: fail(`unknown option '${flag}'`);
    }
  }
  if (!a.out) fail('--out is required');
  return a as Args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const opts = { articles: args.articles, sentencesPerArticle: args.sentences, seed: args.seed, from: args.from, to: args.to };
  const asJsonl = /\.(jsonl|ndjson)$/i.test(args.out);
  let fd: number | null = null;
  let count = 0;
  try {
    const corpus = iterCorpus(opts);
    if (asJsonl) fd = openSync(args.out, 'w');
    else mkdirSync(args.out, { recursive: true });
    for (const art of corpus) {
      if (fd !== null) writeSync(fd, `${JSON.stringify(art)}\n`);
      else {
        const f = openSync(join(args.out, `${art.id}.txt`), 'w');
        writeSync(f, articleAsTxt(art));
        closeSync(f);
      }
      count++;
    }
  } catch (e) {
    fail((e as Error).message);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  process.stderr.write(`gen-corpus: wrote ${count} articles to ${args.out}\n`);
}

main();
