// npm run bench: end-to-end coding speed on one core, from raw text to contract events, on a reproducible
// synthetic corpus (src/bench/corpus.ts). Reports sentences/s, articles/s, lexicon load time and peak RSS,
// and rewrites docs/performance.md.
//   node dist/scripts/bench.js [--articles 5000] [--sentences 20] [--seed 1] [--no-write]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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

// the corpus is generated before timing, so only coding is measured
const corpus: Article[] = [];
for (const a of iterCorpus({ articles, sentencesPerArticle: sentencesPer, seed })) {
  corpus.push({ id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: null, title: null, language: 'en', origin: 'bench' });
}
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

// warm up the JIT on a few articles, as a long-running coder would be
for (const a of corpus.slice(0, 50)) codeArticle(a, lex);

const writer = createWriter('jsonl');
let sentences = 0;
let events = 0;
let outBytes = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
for (let k = 0; k < corpus.length; k++) {
  const a = corpus[k]!;
  const evs = codeArticle(a, lex);
  events += evs.length;
  for (const e of evs) outBytes += writer.write(e).length;
  if (tty && k % 200 === 0) process.stderr.write(`\r${k}/${corpus.length} articles`);
}
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
if (tty) process.stderr.write('\r');
// sentence count (outside the timed loop)
for (const a of corpus) sentences += lex.segment(a.text).sentences.length;
const usage = process.resourceUsage();
const peakMb = usage.maxRSS / 1024;

const row = {
  articles: corpus.length,
  sentences,
  mb: bytes / 1e6,
  seconds: elapsed,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  sentencesPerSec: sentences / elapsed,
  articlesPerSec: corpus.length / elapsed,
  eventsOut: events,
  jsonlMb: outBytes / 1e6,
  loadMs,
  peakMb,
};

const commit = (() => {
  try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
})();
const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const table = [
  '| measure | value |',
  '| --- | --- |',
  `| corpus | ${f(row.articles)} articles, ${f(row.sentences)} sentences, ${f(row.mb, 1)} MB (seed ${seed}) |`,
  `| coding time (wall) | ${f(row.seconds, 2)} s (CPU ${f(row.cpuSeconds, 2)} s) |`,
  `| **sentences/s (one core)** | **${f(row.sentencesPerSec)}** |`,
  `| articles/s | ${f(row.articlesPerSec)} |`,
  `| events coded | ${f(row.eventsOut)} (${f(row.jsonlMb, 1)} MB of JSONL) |`,
  `| lexicon load | ${f(row.loadMs)} ms |`,
  `| peak RSS | ${f(row.peakMb)} MB |`,
].join('\n');

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

process.stdout.write(`${table}\n\n${parseTable}\n`);
if (write) {
  const md = `# Performance

Generated by \`npm run bench\` (\`scripts/bench.ts\`) on ${new Date().toISOString().slice(0, 10)} from commit \`${commit}\`,
coder ${CODER_VERSION}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (one core: the benchmark is single-threaded).
Do not edit by hand: run \`npm run bench\` again.

End to end from raw text: segmentation (wink-nlp), actor resolution, triggers, arguments, dates, attribution and
status, and JSONL serialisation. The corpus is synthetic text from \`src/bench/corpus.ts\`, generated before timing;
lexicon loading is measured separately.

${table}

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
  writeFileSync(new URL('../../docs/performance.md', import.meta.url), md);
}
