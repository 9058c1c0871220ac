// Latency of the API under a bounded loopback load: p50/p95 of a filtered /api/events page and of /api/stats,
// with autocannon against a server on 127.0.0.1 over a given store; plus the web bundle's size.
//   node dist/scripts/bench-api.js --db readout.db [--duration 10] [--connections 10] [--events 'event=CONSULT'] [--stats 'by=quad&interval=month']
//   --examples instead of --db runs over the coded examples/ in memory (a smoke run).
//   --hostile: /api/events and /api/stats are loaded at the same time while a loop posts hostile texts to /api/code
//   (a 100,000-character word, a long run-on sentence), as issue #14 asks: 0 errors, p99 of the reads < 100 ms.
//   --write docs/performance.md puts the table into that file's "HTTP API under load" section.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeSection } from '../src/bench/doc-sections.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { buildServer, codingPool, defaultPoolSize } from '../src/api/index.js';
import { parseArgs, str, flag } from '../src/cli/args.js';
import { openStore } from '../src/store/index.js';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import type { Store } from '../src/store/types.js';
import { codeExamples, filled } from '../test/api/fixtures.js';


const WEB = fileURLToPath(new URL('../web', import.meta.url));

interface Measured { path: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number }

const ms = (x: number) => Math.round(x * 100) / 100;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(base: string, path: string, duration: number, connections: number): Promise<Measured> {
  const times: number[] = [];
  const run = autocannon({ url: base + path, duration, connections });
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const r = await run;
  times.sort((a, b) => a - b);
  return { path, requests: r.requests.total, rps: Math.round(r.requests.total / duration), p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), p99: ms(percentile(times, 99)), errors: r.errors, non2xx: r.non2xx };
}

function bundleSize(dir: string): { files: number; bytes: number; gzip: number } | null {
  try {
    statSync(dir);
  } catch {
    return null;
  }
  let files = 0, bytes = 0, gzip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const buf = readFileSync(p);
        files++;
        bytes += buf.length;
        gzip += gzipSync(buf, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { files, bytes, gzip };
}

/** Hostile POST /api/code requests, one after another on `parallel` loops, until `stop` is set: statuses counted. */
async function hostileLoop(base: string, parallel: number, stop: { done: boolean }): Promise<Map<number, number>> {
  const texts = ['x'.repeat(100_000), `${'Russia and Estonia and Finland '.repeat(3_000)}met.`];
  const statuses = new Map<number, number>();
  await Promise.all(Array.from({ length: parallel }, async (_, k) => {
    for (let i = k; !stop.done; i++) {
      const res = await fetch(`${base}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: texts[i % texts.length] }) })
        .catch(() => null);
      const status = res?.status ?? 0;
      await res?.arrayBuffer();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 503) await new Promise((r) => setTimeout(r, 100));
    }
  }));
  return statuses;
}

const SECTION = '## HTTP API under load';

async function main(): Promise<number> {
  const p = parseArgs(process.argv.slice(2), { db: 'string', duration: 'string', connections: 'string', events: 'string', stats: 'string', examples: 'boolean', hostile: 'boolean', write: 'string' });
  const duration = Math.min(60, Math.max(1, Number(str(p, 'duration') ?? '10')));
  const connections = Math.min(64, Math.max(1, Number(str(p, 'connections') ?? '10')));
  const db = str(p, 'db');
  if (!db && !flag(p, 'examples')) {
    process.stderr.write('bench-api: give --db FILE (a store to query) or --examples (the coded examples in memory)\n');
    return 2;
  }
  let store: Store;
  let label: string;
  if (db) {
    store = await openStore(db);
    label = db;
  } else {
    store = await filled(await openStore(join(mkdtempSync(join(tmpdir(), 'readout-bench-')), 'examples.db')), await codeExamples());
    label = 'examples/ in a temporary SQLite store';
  }
  const counts = await store.counts();
  // a filtered page: the busiest dyad unless the caller names a filter
  let eventsQuery = str(p, 'events');
  if (eventsQuery === undefined) {
    const top = await store.topDyads({}, 1);
    eventsQuery = top[0] ? `dyad=${top[0].key}` : 'event=CONSULT';
  }
  const statsQuery = str(p, 'stats') ?? 'by=quad&interval=month';
  const coder = codingPool({ lexicons: {} });
  await coder.ready();
  const app = buildServer({ store, coder });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const lines: string[] = [];
    const say = (t: string) => { lines.push(t); process.stdout.write(t); };
    say(`store: ${label} (${db ? store.backend : 'test double'}), ${counts.events.toLocaleString('en')} events in ${counts.articles.toLocaleString('en')} articles\n`);
    const reads = [`/api/events?limit=50&${eventsQuery}`, `/api/stats?${statsQuery}`];
    const hostile = flag(p, 'hostile');
    say(hostile
      ? `load: ${connections} connections for ${duration} s on each read endpoint at the same time, 127.0.0.1, while 2 loops post hostile texts to /api/code (coding pool of ${defaultPoolSize()} worker(s))\n\n`
      : `load: ${connections} connections for ${duration} s per endpoint, 127.0.0.1\n\n`);
    say('| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
    const row = (m: Measured) => say(`| \`${m.path}\` | ${m.requests} | ${m.rps} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.errors} | ${m.non2xx} |\n`);
    if (hostile) {
      const stop = { done: false };
      const attack = hostileLoop(base, 2, stop);
      const measured = await Promise.all(reads.map((path) => measure(base, path, duration, connections)));
      stop.done = true;
      const statuses = await attack;
      measured.forEach(row);
      say(`\nhostile POST /api/code answers by status: ${[...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(', ')}\n`);
    } else {
      for (const path of reads) row(await measure(base, path, duration, connections));
    }
    const write = str(p, 'write');
    if (write) {
      const note = `Generated by \`npm run bench:api -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores shared with other work.`;
      writeSection(write, SECTION, `${note}\n\n${lines.join('')}`);
    }
    const size = bundleSize(WEB);
    process.stdout.write(size ? `\nweb bundle (dist/web): ${size.files} files, ${size.bytes.toLocaleString('en')} bytes, ${size.gzip.toLocaleString('en')} bytes gzipped\n` : '\nweb bundle: dist/web not built\n');
    return 0;
  } finally {
    await app.close();
    await store.close();
    await coder.close();
  }
}

main().then((c) => process.exit(c), (err: unknown) => {
  process.stderr.write(`bench-api: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
