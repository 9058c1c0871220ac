// Tokenisation figures for src/parse/tokenise.ts against UD English EWT and GUM.
//
// For each sentence, the raw text is its `# text` comment; gold word spans are found by placing the forms (the
// syntactic words, so "don't" is "do" + "n't") in it in order. The tokeniser is run on the sentence text and a
// predicted token is correct when its [start, end) span equals a gold word's span.
//
//   node dist/scripts/eval-tokenise.js [--shared DIR] [--split test|dev|train] [--errors N] [--bench]
//
// Exits 0 with a message when the corpora are absent (looks in --shared, then ../shared beside the package).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flag, parseArgs, str, UsageError } from '../src/cli/args.js';
import { packageRoot } from '../src/actors/load.js';
import { parseConllu } from '../src/parse/conllu.js';
import { goldDocuments } from '../src/parse/align.js';
import { tokenise } from '../src/parse/tokenise.js';

const USAGE = 'usage: node dist/scripts/eval-tokenise.js [--shared DIR] [--split test|dev|train] [--errors N] [--bench]';

interface Args {
  shared: string | null;
  split: string;
  errors: number;
  bench: boolean;
}

function readArgs(argv: string[]): Args {
  const p = parseArgs(argv, { shared: 'string', split: 'string', errors: 'string', bench: 'boolean' });
  const errors = Number(str(p, 'errors') ?? 0);
  if (!Number.isInteger(errors) || errors < 0) throw new UsageError('--errors needs a whole number');
  return { shared: str(p, 'shared') ?? null, split: str(p, 'split') ?? 'test', errors, bench: flag(p, 'bench') };
}

function findShared(explicit: string | null): string | null {
  const candidates = explicit ? [resolve(explicit)] : [join(packageRoot(), '..', 'shared'), resolve('../shared'), resolve('../../shared')];
  for (const c of candidates) if (existsSync(join(c, 'corpora'))) return c;
  return null;
}

interface Counts {
  gold: number;
  pred: number;
  correct: number;
  sentences: number;
  chars: number;
}

function evalFile(path: string, errors: Map<string, number> | null): Counts {
  const sents = parseConllu(readFileSync(path, 'utf8'), path);
  const c: Counts = { gold: 0, pred: 0, correct: 0, sentences: 0, chars: 0 };
  for (const s of sents) {
    // one sentence at a time: its text alone is the raw text
    const docs = goldDocuments([{ ...s, comments: s.comments.filter((x) => !/^#\s*newdoc/.test(x)) }]);
    const doc = docs[0]!;
    const gs = doc.sentences[0]!;
    const text = doc.text;
    const gold = new Set(gs.tokens.map((t) => `${t.start}:${t.end}`));
    const pred = tokenise(text);
    c.sentences++;
    c.chars += text.length;
    c.gold += gold.size;
    c.pred += pred.length;
    let ok = 0;
    for (const p of pred) if (gold.has(`${p.start}:${p.end}`)) ok++;
    c.correct += ok;
    if (errors && (ok !== gold.size || ok !== pred.length)) {
      // group mismatching stretches: gold tokens vs predicted tokens over the same characters
      const predSet = new Set(pred.map((t) => `${t.start}:${t.end}`));
      const gt = gs.tokens.map((t) => ({ start: t.start, end: t.end }));
      let i = 0;
      let j = 0;
      while (i < gt.length || j < pred.length) {
        const g = gt[i];
        const p = pred[j];
        if (g && predSet.has(`${g.start}:${g.end}`)) {
          i++;
          while (pred[j] && pred[j]!.end <= g.end) j++;
          continue;
        }
        if (p && gold.has(`${p.start}:${p.end}`) && (!g || p.start < g.start)) {
          j++;
          continue;
        }
        // mismatch region: extend until both sides end at the same offset
        const startAt = Math.min(g ? g.start : Infinity, p ? p.start : Infinity);
        let endAt = Math.max(g ? g.end : -1, p ? p.end : -1);
        const gs2: string[] = [];
        const ps2: string[] = [];
        for (;;) {
          let grew = false;
          while (gt[i] && gt[i]!.start < endAt) {
            gs2.push(text.slice(gt[i]!.start, gt[i]!.end));
            endAt = Math.max(endAt, gt[i]!.end);
            i++;
            grew = true;
          }
          while (pred[j] && pred[j]!.start < endAt) {
            ps2.push(text.slice(pred[j]!.start, pred[j]!.end));
            endAt = Math.max(endAt, pred[j]!.end);
            j++;
            grew = true;
          }
          if (!grew) break;
        }
        if (gs2.length === 0 && ps2.length === 0) break;
        void startAt;
        const key = `gold ${JSON.stringify(gs2)}  pred ${JSON.stringify(ps2)}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  }
  return c;
}

function pct(x: number): string {
  return (100 * x).toFixed(2);
}

function main(): void {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval-tokenise: ${(e as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const shared = findShared(args.shared);
  if (!shared) {
    console.log('eval-tokenise: skipped, the shared corpora folder (../shared, or give --shared DIR) is absent.');
    return;
  }
  const files: Array<[string, string]> = [
    ['EWT', join(shared, 'corpora', 'ud-english-ewt', `en_ewt-ud-${args.split}.conllu`)],
    ['GUM', join(shared, 'corpora', 'gum', `en_gum-${args.split}.conllu`)],
  ];
  console.log(`tokenisation against gold words (${args.split}); a token is correct when its span equals a gold word's span`);
  console.log('corpus  sentences    gold    pred  correct  precision  recall     F1');
  for (const [name, path] of files) {
    if (!existsSync(path)) {
      console.log(`${name}: ${path} is absent; skipped`);
      continue;
    }
    const errors = args.errors > 0 ? new Map<string, number>() : null;
    const c = evalFile(path, errors);
    const p = c.pred ? c.correct / c.pred : 0;
    const r = c.gold ? c.correct / c.gold : 0;
    const f = c.gold + c.pred ? (2 * c.correct) / (c.gold + c.pred) : 0;
    console.log(
      `${name.padEnd(6)} ${String(c.sentences).padStart(10)} ${String(c.gold).padStart(7)} ${String(c.pred).padStart(7)} ${String(c.correct).padStart(8)}  ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct(f).padStart(6)}`,
    );
    if (errors) {
      const top = [...errors.entries()].sort((a, b) => b[1] - a[1]).slice(0, args.errors);
      for (const [k, n] of top) console.log(`  ${String(n).padStart(4)}  ${k}`);
    }
  }
  if (args.bench) {
    const texts: string[] = [];
    for (const [, path] of files) {
      if (!existsSync(path)) continue;
      for (const s of parseConllu(readFileSync(path, 'utf8'), path)) if (s.text) texts.push(s.text);
    }
    const doc = texts.join(' ');
    let big = doc;
    while (big.length < 5_000_000) big += ' ' + doc;
    tokenise(big.slice(0, 100_000));
    const t0 = process.hrtime.bigint();
    const toks = tokenise(big);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`speed: ${big.length} chars, ${toks.length} tokens in ${ms.toFixed(0)} ms = ${((big.length / ms) * 1000 / 1e6).toFixed(2)} M chars/s`);
  }
}

main();
