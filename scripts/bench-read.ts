// Throughput of the read stage: writes 10,000 small .txt articles (plus one JSONL file of the same
// articles and 1,000 HTML pages) to a temp folder, reads them with readInputs and prints articles/s and MB/s.
// Usage: npx tsc -p . && node dist/scripts/bench-read.js [count]
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readInputs, type ReadError } from '../src/read/index.js';

const ACTORS = ['Iran’s foreign minister', 'The Chinese government', 'Brazil', 'Officials in Nairobi', 'The UN envoy', 'Turkey’s president'];
const ACTS = ['met counterparts from', 'signed a trade pact with', 'accused', 'protested to', 'offered aid to', 'rejected demands by'];
const OTHERS = ['Pakistan', 'the European Union', 'Japan', 'Ukraine', 'the African Union', 'Mexico'];
const TAILS = ['on Tuesday, “after weeks of talks”, officials said.', 'in a statement — its first this year.', 'earlier this month, state media reported.'];

function article(i: number): string {
  const sentences: string[] = [];
  for (let s = 0; s < 12; s++) {
    const k = i * 7 + s * 13;
    sentences.push(`${ACTORS[k % 6]} ${ACTS[(k >> 1) % 6]} ${OTHERS[(k >> 2) % 6]} ${TAILS[k % 3]}`);
  }
  return `${sentences.slice(0, 6).join(' ')}\n\n${sentences.slice(6).join(' ')}\n`;
}

function html(i: number): string {
  const [a, b] = article(i).split('\n\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${i}</title>
<meta property="og:site_name" content="Bench Daily"><meta property="article:published_time" content="2024-03-0${(i % 9) + 1}T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Story ${i}</h1><p>${a}</p><p>${b}</p></article><footer>© Bench Daily</footer></body></html>`;
}

async function time(label: string, paths: string[], bytes: number): Promise<void> {
  const errors: ReadError[] = [];
  let n = 0;
  const t0 = performance.now();
  for await (const a of readInputs(paths, { onError: (e) => errors.push(e) })) n += a.text.length > 0 ? 1 : 0;
  const s = (performance.now() - t0) / 1000;
  const mb = bytes / (1024 * 1024);
  console.log(`${label.padEnd(28)} ${n} articles, ${mb.toFixed(1)} MB in ${s.toFixed(2)} s: ${Math.round(n / s)} articles/s, ${(mb / s).toFixed(1)} MB/s${errors.length ? `, ${errors.length} errors` : ''}`);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10000);
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-read-'));
  try {
    let txtBytes = 0;
    const lines: string[] = [];
    mkdirSync(join(dir, 'txt'));
    for (let i = 0; i < count; i++) {
      const body = `date 2024-01-${String((i % 28) + 1).padStart(2, '0')}\n${article(i)}`;
      txtBytes += Buffer.byteLength(body);
      writeFileSync(join(dir, 'txt', `a${String(i).padStart(5, '0')}.txt`), body);
      lines.push(JSON.stringify({ id: `a${i}`, text: article(i), published: '2024-01-17', outlet: 'Bench' }));
    }
    const jsonl = lines.join('\n') + '\n';
    writeFileSync(join(dir, 'all.jsonl'), jsonl);
    const htmlCount = Math.min(1000, count);
    let htmlBytes = 0;
    mkdirSync(join(dir, 'html'));
    for (let i = 0; i < htmlCount; i++) {
      const page = html(i);
      htmlBytes += Buffer.byteLength(page);
      writeFileSync(join(dir, 'html', `p${i}.html`), page);
    }
    await time(`${count} .txt files`, [join(dir, 'txt')], txtBytes);
    await time(`1 JSONL file, ${count} lines`, [join(dir, 'all.jsonl')], Buffer.byteLength(jsonl));
    await time(`${htmlCount} .html files`, [join(dir, 'html')], htmlBytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
