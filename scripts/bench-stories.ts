// Story clustering measurements for docs/performance.md (a script, not a test):
//   node dist/scripts/bench-stories.js [--articles 100000] [--ingest 3000] [--write]
// 1. clusterInMemory over N synthetic news-like articles (~400 words, seeded episodes told by several outlets) on one
//    core: wall time (features and assignment), and B-cubed F1 against the generator's episodes;
// 2. putArticles into a fresh SQLite store, in batches of 200, with and without story assignment (events given, so
//    coding is not measured), and the coder's time for the same articles from a sample, to put the cost in proportion
//    to a whole ingest. --write puts the figures into docs/performance.md ("## Story clustering").
import { rmSync } from 'node:fs';
import { iterStoryCorpus, bcubed, type StoryCorpusItem } from '../src/bench/stories-corpus.js';
import { writeSection } from '../src/bench/doc-sections.js';
import { clusterInMemory } from '../src/stories/index.js';
import { loadLexicons } from '../src/lexicons.js';
import { codeArticle, CODER_VERSION } from '../src/pipeline.js';
import { openSqlite } from '../src/store/sqlite.js';
import { migrate } from '../src/store/migrations.js';
import { putArticles } from '../src/store/put.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const N = Number(arg('articles', '100000'));
const INGEST = Number(arg('ingest', '3000'));
const SEED = 12;
const log = (s: string) => process.stdout.write(`${s}\n`);
const secs = (t0: number) => (performance.now() - t0) / 1000;
/** CPU seconds (user + system) of this process since `c0`: what the work costs when other processes share the cores. */
const cpu = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; };

/** putArticles throughput in articles per CPU second (better-sqlite3 runs in this thread). */
async function storeRate(items: StoryCorpusItem[], stories: boolean): Promise<number> {
  const file = `/tmp/readout-bench-stories-${stories ? 'on' : 'off'}.db`;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const db = openSqlite(file);
  await migrate(db, 'sqlite');
  const c0 = process.cpuUsage();
  for (let i = 0; i < items.length; i += 200) await putArticles(db, items.slice(i, i + 200), CODER_VERSION, 'sqlite', { stories: stories ? 'now' : 'off' });
  const rate = items.length / cpu(c0);
  await db.destroy();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return rate;
}

async function main(): Promise<void> {
  const items = [...iterStoryCorpus({ articles: N, seed: SEED })];
  const words = items.reduce((n, x) => n + x.article.text.split(/\s+/).length, 0) / items.length;
  log(`${items.length} articles, ${Math.round(words)} words on average, ${new Set(items.map((x) => x.episode)).size} episodes`);

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const got = clusterInMemory(items);
  const clusterCpu = cpu(c0);
  const clusterSecs = secs(t0);
  const gold = new Map(items.map((x) => [x.article.id, x.episode]));
  const q = bcubed(gold, got);
  log(`clusterInMemory: ${clusterSecs.toFixed(1)} s wall, ${clusterCpu.toFixed(1)} s CPU (${Math.round(items.length / clusterCpu)} articles per CPU second), ${new Set(got.values()).size} stories; ` +
    `B-cubed P ${q.precision.toFixed(3)} R ${q.recall.toFixed(3)} F1 ${q.f1.toFixed(3)}`);

  const sample = items.slice(0, INGEST);
  const off = await storeRate(sample, false);
  const on = await storeRate(sample, true);
  const storeFall = 1 - on / off;
  log(`store ${sample.length} articles (batches of 200, SQLite): ${Math.round(off)} articles per CPU second without stories, ${Math.round(on)} with (falls ${(100 * storeFall).toFixed(1)}%)`);

  const lex = loadLexicons();
  const coded = sample.slice(0, 100);
  const c1 = process.cpuUsage();
  for (const x of coded) codeArticle(x.article, lex);
  const codeRate = coded.length / cpu(c1);
  const whole = (r: number) => 1 / (1 / codeRate + 1 / r);
  const ingestFall = 1 - whole(on) / whole(off);
  log(`coding: ${codeRate.toFixed(1)} articles per CPU second; whole ingest (code + store): ${whole(off).toFixed(1)} -> ${whole(on).toFixed(1)} articles/s (falls ${(100 * ingestFall).toFixed(1)}%)`);

  if (process.argv.includes('--write')) {
    writeSection('docs/performance.md', '## Story clustering', [
      `\`npm run bench:stories -- --write\` (scripts/bench-stories.ts; seeded synthetic corpus, src/bench/stories-corpus.ts: episodes told by`,
      'several outlets as wire copy, near-duplicate rewrites, independent tellings and follow-ups, among background sentences; one core).',
      'Times are CPU seconds of the one process (the machine was shared when they were taken; wall time is shown beside).',
      '',
      '| measure | figure |',
      '|---|---|',
      `| articles (mean words) | ${items.length} (${Math.round(words)}) |`,
      `| clusterInMemory, features + assignment | ${clusterCpu.toFixed(1)} s CPU (${clusterSecs.toFixed(1)} s wall on a shared machine) |`,
      `| B-cubed F1 against the generator's episodes | ${q.f1.toFixed(3)} (P ${q.precision.toFixed(3)}, R ${q.recall.toFixed(3)}) |`,
      `| putArticles, SQLite, ${sample.length} articles: without / with stories | ${Math.round(off)} / ${Math.round(on)} articles per CPU second (−${(100 * storeFall).toFixed(1)}%) |`,
      `| whole ingest (coding ${codeRate.toFixed(1)} articles per CPU second + store): without / with stories | ${whole(off).toFixed(1)} / ${whole(on).toFixed(1)} articles/s (−${(100 * ingestFall).toFixed(1)}%) |`,
    ].join('\n'));
    log('wrote docs/performance.md ## Story clustering');
  }
}

await main();
