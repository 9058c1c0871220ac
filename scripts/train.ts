// npm run train: reproduces every model in models/ from ../shared/corpora, deterministically (fixed seeds).
//   --shared DIR     the shared folder (default ../shared, else ../../shared)
//   --out DIR        where to write the models (default models)
//   --sweep          also print dev figures of the parser at several pruning levels (for tuning)
// Train splits only: EWT train + GUM train for the tagger and the parser, UNER EWT train for the recogniser.
// The dev splits are printed for tuning; test splits are only read by `npm run eval`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTreebank, type TreeSentence } from '../src/train/treebank.js';
import { trainTagger } from '../src/train/tagger.js';
import { jackknifedTags } from '../src/train/jackknife.js';
import { trainParser, type ParserExample } from '../src/train/parser.js';
import { trainingFingerprint } from '../src/train/sources.js';
import { evaluateRecogniser, readUner, trainRecogniser, type NerSentence } from '../src/train/ner.js';
import { decodeModel } from '../src/parse/model-file.js';
import { Tagger } from '../src/parse/tagger.js';
import { MOVES, Parser, uposIds } from '../src/parse/parser.js';
import { Recogniser } from '../src/parse/ner.js';
import { loadGazetteer } from '../src/parse/gazetteer.js';
import { loadClusters } from '../src/parse/clusters.js';
import { clusterIndex, tokenIds, type ClusterIndex } from '../src/parse/token-features.js';

const TREEBANKS = [
  'UD English EWT (UniversalDependencies/UD_English-EWT), train split: CC BY-SA 4.0',
  'GUM (UniversalDependencies/UD_English-GUM), train split, openly licensed genres: CC BY 4.0 annotations',
];
const UNER = ['UNER English-EWT (UniversalNER/UNER_English-EWT), train split: CC BY-SA 4.0'];
const LICENCE = 'CC BY-SA 4.0 (trained on UD English EWT / UNER English-EWT)';
const SEED = 20261204;
const TAGGER_EPOCHS = 7;
const PARSER_EPOCHS = 12;
const NER_EPOCHS = 8;
const JACKKNIFE_FOLDS = 4;
/** features corrected fewer times than this in training are left out of the model files */
const TAGGER_MIN_UPDATES = 2;
/** tagger weights below this share of the largest are dropped: faster, same accuracy on dev */
const TAGGER_MIN_RELATIVE = 1 / 512;
const PARSER_MIN_UPDATES = 5;
const NER_MIN_UPDATES = 2;
const LABELLER_MIN_UPDATES = 5;

interface Args { shared: string; out: string; sweep: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { shared: '', out: 'models', sweep: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    if (k === '--shared') a.shared = v();
    else if (k === '--out') a.out = v();
    else if (k === '--sweep') a.sweep = true;
    else throw new Error(`unknown option ${k}`);
  }
  if (!a.shared) a.shared = [resolve('../shared'), resolve('../../shared')].find((p) => existsSync(p)) ?? resolve('../shared');
  return a;
}

const log = (m: string): void => {
  process.stderr.write(m + '\n');
};
const pct = (x: number): string => (100 * x).toFixed(2);

function header(name: string, classes: string[], trainedWith: string, corpora: string[], meta: Record<string, unknown>) {
  return { name, classes, trainedWith, corpora, licence: LICENCE, meta };
}

function devParse(parser: Parser, tagger: Tagger, dev: TreeSentence[], clusters: ClusterIndex | null, goldTags: boolean): { uas: number; las: number } {
  const index = new Map(tagger.classes.map((c, i) => [c, i]));
  let uas = 0;
  let las = 0;
  let n = 0;
  for (const s of dev) {
    const ids = tokenIds(s.forms, clusters);
    const tags = goldTags ? Int32Array.from(s.tags, (t) => index.get(t) ?? 0) : tagger.tag(ids);
    const tree = parser.parse(ids, tags);
    for (let i = 0; i < s.forms.length; i++) {
      n++;
      if (tree.heads[i] !== s.heads[i]) continue;
      uas++;
      if (parser.labels[tree.labels[i]!] === s.deprels[i]) las++;
    }
  }
  return { uas: uas / n, las: las / n };
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    log(`train: ${(e as Error).message}`);
    return 2;
  }
  const corpora = join(args.shared, 'corpora');
  const path = {
    ewt: join(corpora, 'ud-english-ewt', 'en_ewt-ud-train.conllu'),
    ewtDev: join(corpora, 'ud-english-ewt', 'en_ewt-ud-dev.conllu'),
    gum: join(corpora, 'gum', 'en_gum-train.conllu'),
    uner: join(corpora, 'uner-english-ewt', 'en_ewt-ud-train.iob2'),
    unerDev: join(corpora, 'uner-english-ewt', 'en_ewt-ud-dev.iob2'),
  };
  for (const p of Object.values(path)) {
    if (!existsSync(p)) {
      log(`train: ${p} not found; the corpora live in ../shared/corpora (give --shared DIR)`);
      return 2;
    }
  }
  mkdirSync(args.out, { recursive: true });
  const trainedWith = trainingFingerprint(process.cwd());
  const clustersPath = join('models', 'clusters.txt');
  const clusters = existsSync(clustersPath) ? clusterIndex(loadClusters(clustersPath)) : null;
  const t0 = Date.now();
  const secs = (): string => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
  const train = [...readTreebank(path.ewt), ...readTreebank(path.gum)];
  const dev = readTreebank(path.ewtDev);
  log(`read ${train.length} training sentences (${secs()})`);
  const summary: string[] = [];
  const write = (file: string, bytes: Buffer): void => {
    writeFileSync(join(args.out, file), bytes);
    summary.push(`${file}: ${(bytes.length / 1e6).toFixed(2)} MB`);
  };

  // tagger
  const tg = trainTagger(train, clusters, { epochs: TAGGER_EPOCHS, seed: SEED, progress: (e, acc) => log(`tagger epoch ${e}: train accuracy ${pct(acc)} (${secs()})`) });
  const taggerBytes = tg.model.encode(header('tagger', tg.classes, trainedWith, TREEBANKS, { ...tg.meta, epochs: TAGGER_EPOCHS, seed: SEED }), { minUpdates: TAGGER_MIN_UPDATES, minRelative: TAGGER_MIN_RELATIVE });
  write('tagger.model', taggerBytes);
  const tagger = new Tagger(decodeModel(taggerBytes, 'tagger'));
  let right = 0;
  let words = 0;
  for (const s of dev) {
    const out = tagger.tag(tokenIds(s.forms, clusters));
    s.tags.forEach((t, i) => {
      words++;
      if (tagger.upos[out[i]!] === t.split('/')[0]) right++;
    });
  }
  summary.push(`  EWT dev UPOS ${pct(right / words)}`);

  // parser, on jackknifed tags
  const classes = [...tagger.classes];
  const tagsOf = jackknifedTags(train, clusters, { folds: JACKKNIFE_FOLDS, epochs: TAGGER_EPOCHS - 2, seed: SEED, minUpdates: TAGGER_MIN_UPDATES, classes, log });
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  const lindex = new Map(labels.map((l, i) => [l, i]));
  const uposOf = uposIds(classes);
  const examples: ParserExample[] = train.map((s, i) => ({
    ids: tokenIds(s.forms, clusters), tags: tagsOf[i]!, upos: Int32Array.from(tagsOf[i]!, (c) => uposOf[c]!), heads: s.heads, labels: Int32Array.from(s.deprels, (l) => lindex.get(l)!),
  }));
  const parser = trainParser(examples, labels, { epochs: PARSER_EPOCHS, seed: SEED, progress: (e, uas) => log(`parser epoch ${e}: train UAS ${pct(uas)} (${secs()})`) });
  const parserHeader = header('parser', MOVES, trainedWith, TREEBANKS, { tags: classes, epochs: PARSER_EPOCHS, seed: SEED });
  const labellerBytes = parser.labeller.encode(header('labeller', labels, trainedWith, TREEBANKS, { tags: classes, epochs: PARSER_EPOCHS, seed: SEED }), { minUpdates: LABELLER_MIN_UPDATES });
  const labeller = decodeModel(labellerBytes, 'labeller');
  if (args.sweep) {
    for (const k of [1, 2, 3, 5, 8]) {
      const bytes = parser.moves.encode(parserHeader, { minUpdates: k });
      const p = new Parser(decodeModel(bytes, 'parser'), labeller);
      const d = devParse(p, tagger, dev, clusters, false);
      const g = devParse(p, tagger, dev, clusters, true);
      log(`  moves minUpdates ${k}: ${(bytes.length / 1e6).toFixed(2)} MB, EWT dev UAS ${pct(d.uas)} LAS ${pct(d.las)} (gold tags: UAS ${pct(g.uas)} LAS ${pct(g.las)})`);
    }
    const moves = decodeModel(parser.moves.encode(parserHeader, { minUpdates: PARSER_MIN_UPDATES }), 'parser');
    for (const k of [1, 2, 3, 5]) {
      const bytes = parser.labeller.encode(header('labeller', labels, trainedWith, TREEBANKS, { tags: classes }), { minUpdates: k });
      const d = devParse(new Parser(moves, decodeModel(bytes, 'labeller')), tagger, dev, clusters, false);
      log(`  labeller minUpdates ${k}: ${(bytes.length / 1e6).toFixed(2)} MB, EWT dev LAS ${pct(d.las)}`);
    }
  }
  const parserBytes = parser.moves.encode(parserHeader, { minUpdates: PARSER_MIN_UPDATES });
  write('parser.model', parserBytes);
  write('labeller.model', labellerBytes);
  const d = devParse(new Parser(decodeModel(parserBytes, 'parser'), labeller), tagger, dev, clusters, false);
  summary.push(`  EWT dev UAS ${pct(d.uas)} LAS ${pct(d.las)}`);

  // recogniser: UNER's sentences are EWT's, so they take the same jackknifed tags
  const byForms = new Map<string, Int32Array>();
  train.forEach((s, i) => byForms.set(s.forms.join(' '), tagsOf[i]!));
  const withTags = (s: NerSentence): NerSentence => ({ ...s, pos: byForms.get(s.forms.join(' ')) ?? tagger.tag(tokenIds(s.forms, clusters)) });
  const unerTrain = readUner(path.uner).map(withTags);
  const gazetteer = loadGazetteer(join('lexicons', 'actors'));
  const ner = trainRecogniser(unerTrain, clusters, gazetteer, { epochs: NER_EPOCHS, seed: SEED, tags: true, progress: (e, acc) => log(`recogniser epoch ${e}: train accuracy ${pct(acc)} (${secs()})`) });
  const nerBytes = ner.model.encode(header('ner', ner.classes, trainedWith, UNER, { ...ner.meta, posClasses: classes, epochs: NER_EPOCHS, seed: SEED }), { minUpdates: NER_MIN_UPDATES });
  write('ner.model', nerBytes);
  const rec = new Recogniser(decodeModel(nerBytes, 'ner'), gazetteer);
  const unerDev = readUner(path.unerDev).map((s) => ({ ...s, pos: tagger.tag(tokenIds(s.forms, clusters)) }));
  const e = evaluateRecogniser(rec, unerDev, clusters);
  summary.push(`  UNER dev F1 ${pct(e.micro.f1)} (P ${pct(e.micro.precision)}, R ${pct(e.micro.recall)})`);
  log(`done in ${secs()}`);
  process.stdout.write(summary.join('\n') + '\n');
  return 0;
}

process.exitCode = main();
