// EWT dev figures of the committed parse models, for choosing features before a retrain (never the test split):
// UPOS, UAS and LAS with the tagger's tags and with the treebank's gold tags (the gap is what tagging errors cost
// the parser and the labeller), and the commonest label confusions on arcs whose head is right.
//   node dist/scripts/parse-dev.js [--shared DIR] [--models DIR] [--top N]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/parse/conllu.js';
import { loadParseModels } from '../src/parse/index.js';
import { tokenIds } from '../src/parse/token-features.js';

interface Args { shared: string; models: string | undefined; top: number }

function readArgs(argv: string[]): Args {
  const { values } = parseArgs({ args: argv, strict: true, options: { shared: { type: 'string' }, models: { type: 'string' }, top: { type: 'string' } } });
  const top = values.top === undefined ? 20 : Number(values.top);
  if (!Number.isInteger(top) || top < 0) throw new Error('--top needs a whole number');
  const shared = values.shared ?? [resolve('../shared'), resolve('../../shared')].find((p) => existsSync(p)) ?? resolve('../shared');
  return { shared, models: values.models, top };
}

function main(): number {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`parse-dev: ${(e as Error).message} (options: --shared DIR, --models DIR, --top N)\n`);
    return 2;
  }
  const path = join(args.shared, 'corpora', 'ud-english-ewt', 'en_ewt-ud-dev.conllu');
  if (!existsSync(path)) {
    process.stderr.write(`parse-dev: ${path} not found; the corpora live in ../shared/corpora (give --shared DIR)\n`);
    return 2;
  }
  const m = loadParseModels(args.models);
  const sentences = parseConllu(readFileSync(path, 'utf8'), path);
  const classIndex = new Map(m.tagger.classes.map((c, i) => [c, i]));
  const confusions = new Map<string, number>();
  const lines: string[] = [];
  for (const gold of [false, true]) {
    let words = 0, upos = 0, uas = 0, las = 0;
    for (const s of sentences) {
      const ids = tokenIds(s.tokens.map((t) => t.form), m.clusters);
      const predicted = m.tagger.tag(ids);
      // a gold tag the tagger never saw as a class keeps the tagger's own guess
      const tags = gold ? Int32Array.from(s.tokens, (t, i) => classIndex.get(`${t.upos}/${t.xpos}`) ?? predicted[i]!) : predicted;
      const tree = m.parser.parse(ids, tags);
      s.tokens.forEach((t, i) => {
        words++;
        if (m.tagger.upos[predicted[i]!] === t.upos) upos++;
        if (tree.heads[i] !== t.head - 1) return;
        uas++;
        const label = m.parser.labels[tree.labels[i]!]!;
        if (label === t.deprel) las++;
        else if (!gold) confusions.set(`${t.deprel} -> ${label}`, (confusions.get(`${t.deprel} -> ${label}`) ?? 0) + 1);
      });
    }
    const pct = (x: number): string => (100 * x / words).toFixed(2);
    const tagging = gold ? 'gold tags    ' : `tagger's tags (UPOS ${pct(upos)})`;
    lines.push(`EWT dev, ${tagging.padEnd(28)}: UAS ${pct(uas)}  LAS ${pct(las)}  (${words} words)`);
  }
  lines.push(`label errors on right heads (gold -> predicted, tagger's tags):`);
  for (const [k, c] of [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, args.top)) lines.push(`  ${String(c).padStart(4)}  ${k}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

process.exitCode = main();
