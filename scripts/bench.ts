// npm run bench: end-to-end coding speed on one core, from raw text to contract events, on a reproducible
// synthetic corpus (src/bench/corpus.ts). Reports sentences/s, articles/s, lexicon load time and peak RSS,
// and rewrites docs/performance.md.
//   node dist/scripts/bench.js [--articles 5000] [--sentences 20] [--seed 1] [--no-write]
import { ownedSections } from '../src/bench/doc-sections.js';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { iterCorpus } from '../src/bench/corpus.js';
import { loadLexicons } from '../src/lexicons.js';
import { builtinActorFiles, loadActorLexicon } from '../src/actors/load.js';
import { codeArticle, CODER_VERSION } from '../src/pipeline.js';
import { createWriter } from '../src/output/index.js';
import type { Article } from '../src/types.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) {
    process.stderr.write(`bench: --${name} needs a positive whole number\n`);
    process.exit(2);
  }
  return v;
}

const articles = arg('articles', 5000);
const sentencesPer = arg('sentences', 20);
const seed = arg('seed', 1);
const write = !process.argv.includes('--no-write');
const tty = process.stderr.isTTY === true;

const t0 = performance.now();
const lex = loadLexicons();
const loadMs = performance.now() - t0;

// wire-style news with real sentence lengths: the article texts of readout's own and held-out gold sets
const wire: Article[] = ['test/gold/readout.gold.jsonl', 'test/gold/heldout.gold.jsonl'].filter((file) => existsSync(new URL(`../../${file}`, import.meta.url))).flatMap((file) =>
  readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const g = JSON.parse(l) as { id: string; text: string; published?: string; outlet?: string };
    return { id: g.id, text: g.text, published: g.published ?? null, outlet: g.outlet ?? null, url: null, title: null, language: 'en', origin: 'bench' };
  }));

interface Run {
  articles: number; sentences: number; words: number; mb: number; seconds: number; cpuSeconds: number;
  sentencesPerSec: number; articlesPerSec: number; eventsOut: number; jsonlMb: number; passes: number;
}

/** Code the corpus over and over until `minSeconds` have passed (at least once), timing only the coding. */
function timeCoding(corpus: Article[], minSeconds: number): Run {
  // warm up the JIT on a few articles, as a long-running coder would be
  for (const a of corpus.slice(0, 50)) codeArticle(a, lex);
  const writer = createWriter('jsonl');
  let events = 0;
  let outBytes = 0;
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  do {
    for (let k = 0; k < corpus.length; k++) {
      const evs = codeArticle(corpus[k]!, lex);
      events += evs.length;
      for (const e of evs) outBytes += writer.write(e).length;
      if (tty && k % 200 === 0) process.stderr.write(`\r${k}/${corpus.length} articles, pass ${passes + 1}`);
    }
    passes++;
  } while (performance.now() - start < minSeconds * 1000);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (tty) process.stderr.write('\r');
  // sentence and word counts (outside the timed loop)
  let sentences = 0;
  let words = 0;
  for (const a of corpus) {
    const seg = lex.segment(a.text);
    sentences += seg.sentences.length;
    words += seg.tokens.filter((t) => /\w/.test(t.text)).length;
  }
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  return {
    articles: corpus.length, sentences, words, mb: bytes / 1e6, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, passes,
    sentencesPerSec: (sentences * passes) / seconds, articlesPerSec: (corpus.length * passes) / seconds,
    eventsOut: events / passes, jsonlMb: outBytes / passes / 1e6,
  };
}

// the wire-style run first, with nothing else in memory: its speed and peak RSS are the headline figures
const wireRun = timeCoding(wire, 10);
const peakMb = process.resourceUsage().maxRSS / 1024;
// then the synthetic corpus, generated before its own timing
const synthetic: Article[] = [];
for (const a of iterCorpus({ articles, sentencesPerArticle: sentencesPer, seed })) {
  synthetic.push({ id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: null, title: null, language: 'en', origin: 'bench' });
}
const syntheticRun = timeCoding(synthetic, 0);

const commit = (() => {
  try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
})();
const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const runTable = (r: Run, what: string): string => [
  '| measure | value |',
  '| --- | --- |',
  `| corpus | ${what}: ${f(r.articles)} articles, ${f(r.sentences)} sentences, **${f(r.words / r.sentences, 1)} words a sentence**, ${f(r.mb, 2)} MB${r.passes > 1 ? `; ${r.passes} passes` : ''} |`,
  `| coding time (wall) | ${f(r.seconds, 2)} s (CPU ${f(r.cpuSeconds, 2)} s) |`,
  `| **sentences/s (one core)** | **${f(r.sentencesPerSec)}** |`,
  `| articles/s | ${f(r.articlesPerSec)} |`,
  `| events coded per pass | ${f(r.eventsOut)} (${f(r.jsonlMb, 2)} MB of JSONL) |`,
].join('\n');
const table = [
  runTable(wireRun, 'wire-style news (the texts of test/gold/readout.gold.jsonl and heldout.gold.jsonl)'),
  `| lexicon and model load | ${f(loadMs)} ms |`,
  `| peak RSS (after the wire-style run) | ${f(peakMb)} MB |`,
].join('\n');
const syntheticTable = runTable(syntheticRun, `synthetic (src/bench/corpus.ts, seed ${seed})`);

// what the lexicons hold (the README points here rather than typing counts that go stale)
const actors = loadActorLexicon(builtinActorFiles());
const byKind = new Map<string, number>();
for (const a of actors.actors) {
  const k = a.kind === 'city' && a.type === 'region' ? 'region' : a.kind;
  byKind.set(k, (byKind.get(k) ?? 0) + 1);
}
const triggerCount = [...lex.rules.triggers.byFirst.values()].reduce((n, l) => n + l.length, 0);
const sizes = [
  '| lexicon | entries |',
  '| --- | --- |',
  ...['country', 'capital', 'city', 'region', 'igo', 'ngo', 'media', 'org'].map((k) => `| actors: ${k} | ${f(byKind.get(k) ?? 0)} |`),
  `| actors: office holders | ${f(actors.persons.length)} |`,
  `| actors: agent, title and descriptor words | ${f(actors.agents.length)} entries |`,
  `| event triggers | ${f(triggerCount)} |`,
].join('\n');

// the parse stage, measured in a process of its own (scripts/bench-parse.ts)
if (tty) process.stderr.write('parse stage …\r');
const pb = JSON.parse(execFileSync(process.execPath, [new URL('./bench-parse.js', import.meta.url).pathname], { encoding: 'utf8' })) as {
  articles: number; passes: number; tokens: number; sentences: number; seconds: number; loadMs: number; peakMb: number; rssBeforeModelsMb: number;
};
const parseTable = [
  '| measure | value |',
  '| --- | --- |',
  `| text | ${pb.articles} wire-style articles, ${f(pb.sentences / pb.passes)} sentences, ${f(pb.tokens / pb.sentences, 1)} tokens a sentence; ${pb.passes} passes |`,
  `| **tokens/s, tokenise + tag + parse + recognise (one core)** | **${f(pb.tokens / pb.seconds)}** |`,
  `| sentences/s | ${f(pb.sentences / pb.seconds)} |`,
  `| model load (tagger, parser, labeller, recogniser, clusters, gazetteer) | ${f(pb.loadMs)} ms |`,
  `| peak RSS of the parse process, all models loaded | ${f(pb.peakMb)} MB (${f(pb.rssBeforeModelsMb)} MB before loading them) |`,
].join('\n');

process.stdout.write(`${table}\n\n${syntheticTable}\n\n${parseTable}\n`);
if (write) {
  const md = `# Performance

Generated by \`npm run bench\` (\`scripts/bench.ts\`) on ${new Date().toISOString().slice(0, 10)} from commit \`${commit}\`,
coder ${CODER_VERSION}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (one core: the benchmark is single-threaded).
Do not edit by hand: run \`npm run bench\` again.

End to end from raw text: segmentation (wink-nlp), actor resolution, triggers, parsing of the sentences that hold a
trigger (readout's own tagger and dependency parser), arguments from the tree, dates, attribution and status, and JSONL
serialisation, on one core. The corpus is wire-style news with real sentence lengths (the article texts of readout's own
and held-out gold sets, coded over and over for at least 10 s); lexicon and model loading are measured separately.
Goal (issue #11): ≥ 2,000 sentences/s, peak RSS < 500 MB.

${table}

The synthetic corpus of \`src/bench/corpus.ts\` (generated before timing) has short sentences; it is kept for
comparison with earlier runs:

${syntheticTable}

## Parse stage

readout's own models (\`models/\`): UD tokenisation, tagging, dependency parsing and named-entity recognition on
one core, over the article texts of readout's own gold sets (wire-style news, real sentence lengths; the synthetic
corpus above has short sentences). Goals: ≥ 50,000 tokens/s, model load < 1 s, peak RSS < 400 MB.

${parseTable}

## Lexicon sizes

${sizes}

For reference (published figures, not measured here): PETRARCH2 with its CoreNLP parse codes 2–5 sentences/s,
TABARI 1,000–2,000.
`;
  // the sections that bench-api and bench-size write (--write) are theirs: keep them
  const file = new URL('../../docs/performance.md', import.meta.url).pathname;
  const kept = ownedSections(file);
  writeFileSync(file, kept === '' ? md : `${md.trimEnd()}\n\n${kept}\n`);
}
