// Cost of `readout watch` on a local feed server: one --once run over F feeds of N items each (robots.txt, feed,
// every page fetched, read, coded, stored), then a second run where every feed answers 304. Host delay 0: this measures
// readout, not politeness. Prints items/s of the first run and the seconds of each run (the CLI's start-up included).
// Usage: npx tsc -p . && node dist/scripts/bench-watch.js [feeds] [items-per-feed] [--db postgres://…]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { page, rss, serve, startServer, story } from '../test/watch/server.js';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const pgUrl = dbAt >= 0 ? args.splice(dbAt, 2)[1] : undefined;
const [feedCount = 4, perFeed = 50] = args.map(Number);
const bin = new URL('../../bin/readout.js', import.meta.url).pathname;

function run(argv: string[]): Promise<{ secs: number; out: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve({ secs: (performance.now() - t0) / 1000, out }) : reject(new Error(`exit ${code}`))));
  });
}

const srv = await startServer();
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-watch-'));
try {
  const feeds: string[] = [];
  for (let f = 0; f < feedCount; f++) {
    const items = Array.from({ length: perFeed }, (_, i) => {
      const n = f * perFeed + i;
      srv.routes.set(`/p/${n}`, serve(page(`Story ${n}`, story(n)), 'text/html'));
      return { title: `Story ${n}`, link: `${srv.base}/p/${n}`, guid: `g${n}`, date: '2024-03-01' };
    });
    srv.routes.set(`/f/${f}`, serve(rss(`Feed ${f}`, items), 'application/rss+xml', { etag: `"f${f}"` }));
    feeds.push(`${srv.base}/f/${f}`);
  }
  const db = pgUrl ?? join(dir, 'watch.db');
  const argv = ['watch', '--once', '--host-delay', '0', '--db', db, ...feeds];
  const first = await run(argv);
  const second = await run(argv);
  const items = feedCount * perFeed;
  process.stdout.write(`first run: ${items} items from ${feedCount} feeds in ${first.secs.toFixed(1)} s = ${(items / first.secs).toFixed(1)} items/s\n  ${first.out}` +
    `second run (all 304): ${second.secs.toFixed(1)} s\n  ${second.out}`);
} finally {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
