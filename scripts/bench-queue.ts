// Figures of the job queue (issue #13): articles/s with 1 and 2 `readout worker` processes on one queue, the scaling
// ratio, and queue latency (enqueued -> stored and completed), on a PostgreSQL store.
//   node dist/scripts/bench-queue.js [--db postgres://…] [--articles 300] [--sentences 10] [--batch 10] [--rounds 2] [--write docs/performance.md]
// Each run uses its own store schema (and queue schema), dropped afterwards. Workers are started and have loaded
// their lexicons before the articles are enqueued, so start-up is not counted.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { iterCorpus } from '../src/bench/corpus.js';
import { writeSection } from '../src/bench/doc-sections.js';
import { queueSink } from '../src/queue/sink.js';
import { queueTarget } from '../src/queue/target.js';
import type { Article } from '../src/types.js';

const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const BASE = opt('db') ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5433/h_q1';
const ARTICLES = Number(opt('articles') ?? 300);
const SENTENCES = Number(opt('sentences') ?? 10);
const BATCH = opt('batch') ?? '10';
const ROUNDS = Number(opt('rounds') ?? 2);
const BIN = new URL('../../bin/readout.js', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function corpus(seed: number, n: number): Article[] {
  return [...iterCorpus({ articles: n, sentencesPerArticle: SENTENCES, seed })].map((a) => ({
    id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: null, title: null, language: 'en', origin: 'bench',
  }));
}

function schemaUrl(schema: string): string {
  const u = new URL(BASE);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of the PostgreSQL backends serving this database (the workers' store and queue connections), sampled
 * from /proc while a run goes on: a backend that exits between samples loses at most one interval. The bench's own
 * connection is left out; the server's shared processes (WAL writer, checkpointer) are not counted.
 */
class BackendMeter {
  private readonly start = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: pg.Client) {}

  private async sample(): Promise<void> {
    const { rows } = await this.client.query(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    for (const { pid } of rows as { pid: number }[]) {
      let s: number;
      try { s = cpuSeconds(pid); } catch { continue; } // exited meanwhile
      if (!this.start.has(pid)) this.start.set(pid, this.timer === undefined ? s : 0);
      this.last.set(pid, s);
    }
  }

  /** Takes the first sample (backends already connected count from now, later ones from their start). */
  async begin(): Promise<void> {
    await this.sample();
    this.timer = setInterval(() => { this.sample().catch(() => undefined); }, 200);
  }

  /** CPU seconds used since begin(). */
  async end(): Promise<number> {
    clearInterval(this.timer);
    await this.sample();
    let t = 0;
    for (const [pid, s] of this.last) t += s - (this.start.get(pid) ?? 0);
    return t;
  }
}

interface Worker { proc: ChildProcess; last: string }

/** Start `n` workers and wait until each has loaded its lexicons; each keeps its last progress line. */
async function startWorkers(db: string, n: number): Promise<Worker[]> {
  const workers = Array.from({ length: n }, () => ({
    proc: spawn(process.execPath, [BIN, 'worker', '--db', db, '--batch', BATCH, '--progress'], { stdio: ['ignore', 'ignore', 'pipe'] }), last: '',
  }));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
    let err = '';
    w.proc.stderr!.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      const lines = err.trimEnd().split('\n');
      w.last = lines[lines.length - 1]!;
      if (err.includes('worker: ready')) resolve();
    });
    w.proc.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${err}`)));
  })));
  return workers;
}

interface Phases { coding: number; storing: number; stories: number; queue: number }

/** CPU seconds the workers spent coding, storing, assigning stories and on the queue, from their last progress lines. */
function phases(workers: Worker[]): Phases {
  const re = /of which coding \/ storing \/ stories \/ queue ([\d.]+) \/ ([\d.]+) \/ ([\d.]+) \/ ([\d.]+) s/;
  const sum = (i: number) => workers.reduce((t, w) => t + Number(re.exec(w.last)?.[i] ?? 0), 0);
  return { coding: sum(1), storing: sum(2), stories: sum(3), queue: sum(4) };
}

async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map(({ proc: w }) => new Promise<void>((resolve) => {
    if (w.exitCode !== null) return resolve();
    w.on('exit', () => resolve());
    w.kill('SIGTERM');
  })));
}

interface JobTimes { created: number; completed: number }

async function jobTimes(client: pg.Client, schema: string): Promise<JobTimes[]> {
  const { rows } = await client.query(
    `select extract(epoch from created_on) * 1000 as created, extract(epoch from completed_on) * 1000 as completed
     from ${schema}.job where name = 'articles' and state = 'completed'`);
  return rows.map((r: { created: string; completed: string }) => ({ created: Number(r.created), completed: Number(r.completed) }));
}

async function waitDone(client: pg.Client, schema: string, n: number): Promise<void> {
  for (;;) {
    const { rows } = await client.query(`select count(*)::int as n from ${schema}.job where name = 'articles' and state in ('completed', 'failed')`);
    if ((rows[0] as { n: number }).n >= n) return;
    await sleep(100);
  }
}

/** Waits until the store has no story-pending article (the workers' story step has caught up); returns that time. */
async function waitAssigned(client: pg.Client, storeSchema: string): Promise<number> {
  for (;;) {
    const { rows } = await client.query(`select count(*)::int as n from ${storeSchema}.story_pending`);
    if ((rows[0] as { n: number }).n === 0) return Date.now();
    await sleep(50);
  }
}

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]!; };

interface RunFigures {
  workers: number; perSecond: number; seconds: number; median: number; p95: number; load: number;
  /** worker CPU seconds per article, and the workers' CPU seconds per phase */
  cpuPerArticle: number; phases: Phases;
  /** worker and PostgreSQL CPU seconds per second of the drain: how many of the machine's cores the run kept busy */
  coresBusy: number;
  /** CPU seconds per article of the PostgreSQL backends serving the workers */
  serverCpuPerArticle: number;
}

/** All articles enqueued at once to `workers` running workers: throughput over the drain, and latency in a backlog. */
async function backlogRun(client: pg.Client, workers: number, tag: string): Promise<RunFigures> {
  const schema = `bench_q_${tag}_${workers}`;
  const db = schemaUrl(schema);
  const procs = await startWorkers(db, workers);
  try {
    const load = loadavg()[0]!;
    const meter = new BackendMeter(client);
    await meter.begin();
    const cpu0 = procs.map((w) => cpuSeconds(w.proc.pid!));
    const sink = await queueSink(db);
    await sink.put(corpus(7, ARTICLES));
    await sink.close();
    const q = queueTarget(db, 'bench').schema;
    await waitDone(client, q, ARTICLES);
    const assigned = await waitAssigned(client, schema);
    const cpu = procs.reduce((t, w, i) => t + cpuSeconds(w.proc.pid!) - cpu0[i]!, 0);
    const serverCpu = await meter.end();
    await sleep(300); // the last progress lines
    const times = await jobTimes(client, q);
    // the drain ends when the last job is completed and every stored article is in its story
    const seconds = (Math.max(assigned, ...times.map((t) => t.completed)) - Math.min(...times.map((t) => t.created))) / 1000;
    const lat = times.map((t) => t.completed - t.created);
    return { workers, perSecond: ARTICLES / seconds, seconds, median: quantile(lat, 0.5), p95: quantile(lat, 0.95), load,
      cpuPerArticle: cpu / ARTICLES, coresBusy: (cpu + serverCpu) / seconds, serverCpuPerArticle: serverCpu / ARTICLES, phases: phases(procs) };
  } finally {
    await stopWorkers(procs);
    await client.query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`);
  }
}

/** Articles enqueued one at a time at a steady rate well under capacity: the latency a live feed sees. */
async function pacedRun(client: pg.Client, tag: string, perSecond: number, n: number): Promise<{ median: number; p95: number }> {
  const schema = `bench_q_${tag}_paced`;
  const db = schemaUrl(schema);
  const procs = await startWorkers(db, 2);
  try {
    const sink = await queueSink(db);
    for (const a of corpus(11, n)) {
      await sink.put([a]);
      await sleep(1000 / perSecond);
    }
    await sink.close();
    const q = queueTarget(db, 'bench').schema;
    await waitDone(client, q, n);
    const lat = (await jobTimes(client, q)).map((t) => t.completed - t.created);
    return { median: quantile(lat, 0.5), p95: quantile(lat, 0.95) };
  } finally {
    await stopWorkers(procs);
    await client.query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`);
  }
}

const client = new pg.Client({ connectionString: BASE });
await client.connect();
const tag = Date.now().toString(36);
const load0 = loadavg()[0]!;
try {
  // alternate 1 and 2 workers, ROUNDS times each; keep each count's best run (the least disturbed by other load)
  const runs: RunFigures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of [1, 2]) {
      const r = await backlogRun(client, n, `${tag}_${round}`);
      runs.push(r);
      process.stderr.write(`${n} worker(s): ${r.perSecond.toFixed(1)} articles/s, ${r.coresBusy.toFixed(2)} cores busy, ${(r.cpuPerArticle * 1000).toFixed(1)} + ${(r.serverCpuPerArticle * 1000).toFixed(1)} ms CPU/article (workers + PostgreSQL), load ${r.load.toFixed(1)}\n`);
    }
  }
  const best = (n: number) => runs.filter((r) => r.workers === n).sort((a, b) => b.perSecond - a.perSecond)[0]!;
  const one = best(1);
  const two = best(2);
  const pacedRate = Math.max(1, Math.floor(one.perSecond / 3));
  const paced = await pacedRun(client, tag, pacedRate, 60);
  const f = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const ms = (n: number) => `${f(n / 1000, 2)} s`;
  const rows = [
    '| worker processes | articles/s | drain time | latency median (backlog) | latency p95 (backlog) | CPU per article: workers + PostgreSQL | worker CPU per article: coding / storing / stories / queue | cores busy | load average |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map((r) => `| ${r.workers} | ${f(r.perSecond)} | ${f(r.seconds)} s | ${ms(r.median)} | ${ms(r.p95)} | ${f(r.cpuPerArticle * 1000)} + ${f(r.serverCpuPerArticle * 1000)} ms | ` +
      `${[r.phases.coding, r.phases.storing, r.phases.stories, r.phases.queue].map((x) => f(x * 1000 / ARTICLES)).join(' / ')} ms | ` +
      `${f(r.coresBusy, 2)} | ${f(r.load, 1)} |`),
  ];
  const text = `${rows.join('\n')}\n\nScaling 1 -> 2 processes (best run of each): **${f(two.perSecond / one.perSecond, 2)}x**. ` +
    `Queue latency of a live trickle (${pacedRate} articles/s, one job at a time, 2 workers): median ${ms(paced.median)}, p95 ${ms(paced.p95)} ` +
    '(enqueued -> stored and completed; an idle worker polls every 0.5 s).\n';
  process.stdout.write(text);
  const write = opt('write');
  if (write !== undefined) {
    const note = `Generated by \`npm run bench:queue -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `PostgreSQL on the same 2-core machine (load average ${f(load0, 2)} at the start): ${ARTICLES} synthetic news articles of ${SENTENCES} sentences ` +
      `(src/bench/corpus.ts) enqueued at once with \`readout ingest --queue\`'s code, then coded and stored by \`readout worker --batch ${BATCH}\` processes ` +
      'started beforehand (lexicon loading not counted). Drain time: first enqueued to last completed and no article left story-pending; latency: a job\'s enqueue to its completion, which follows the store\'s commit. ' +
      'CPU per article: the worker processes\' CPU time (/proc, all threads) and that of the PostgreSQL backends serving them (sampled from /proc; ' +
      'the server\'s WAL writer and checkpointer not counted), over the articles; its split by phase comes from the workers\' own ' +
      'process.cpuUsage() (garbage collection included). Cores busy: that CPU time over the drain time (2 = both cores).';
    writeSection(write, '## Job queue', `${note}\n\n${text}`);
  }
} finally {
  await client.end();
}
