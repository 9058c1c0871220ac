// Time taken on hostile sizes (issue #14: reading must be linear in token and document length): one process per case,
// from raw text to contract events, so that each case's peak RSS is its own. Prints a Markdown table.
//   node dist/scripts/bench-size.js [--scale 0.1] [--case news]
//   (--scale multiplies every size: 0.1 and 1 show whether the time grows linearly)
import { execFileSync } from 'node:child_process';
import { HOSTILE_CASES } from '../src/bench/hostile.js';
import { loadLexicons } from '../src/lexicons.js';
import { codeArticle } from '../src/pipeline.js';

const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

const child = opt('run');
if (child !== undefined) {
  // one case, in this process: print its figures as JSON
  const c = HOSTILE_CASES.find((x) => x.name === child)!;
  const chars = Number(opt('chars'));
  const lex = loadLexicons();
  const text = c.text(chars);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const events = codeArticle({ id: c.name, text, published: '2025-02-10', outlet: null, url: null, title: null, language: 'en', origin: 'bench' }, lex);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${JSON.stringify({ chars: text.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, events: events.length, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
} else {
  const scale = Number(opt('scale') ?? '1');
  const only = opt('case');
  const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const rows = ['| case | characters | coding time (wall) | CPU | per MB (CPU) | events | peak RSS |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const c of HOSTILE_CASES) {
    if (only !== undefined && c.name !== only) continue;
    const chars = Math.max(1000, Math.round(c.chars * scale));
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--run', c.name, '--chars', String(chars)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as { chars: number; seconds: number; cpuSeconds: number; events: number; peakMb: number };
    rows.push(`| ${c.name}: ${c.what} | ${f(r.chars)} | ${f(r.seconds, 2)} s | ${f(r.cpuSeconds, 2)} s | ${f(r.cpuSeconds / (r.chars / 1e6), 2)} s | ${f(r.events)} | ${f(r.peakMb)} MB |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}
