// Throughput of findDates on synthetic news sentences (not part of npm test; timings are machine-dependent).
// Run: npx tsc -p . && node dist/scripts/bench-time.js [--chrono]
import { findDates } from '../src/time/index.js';

const SUBJECTS = [
  'The foreign minister', 'Officials in the capital', 'The ruling coalition', 'Rebel commanders', 'The central bank',
  'A spokesman for the ministry', 'Border guards', 'The opposition leader', 'Human rights groups', 'The prime minister',
  'Negotiators from both sides', 'The defence ministry', 'Police in the northern province', 'The United Nations envoy',
];
const VERBS = [
  'held talks with', 'accused', 'signed an agreement with', 'criticised', 'met', 'rejected a proposal from',
  'pledged support for', 'called on', 'imposed sanctions on', 'announced new measures against', 'welcomed',
  'condemned the attack on', 'expressed concern about', 'agreed to cooperate with',
];
const OBJECTS = [
  'their counterparts in the region', 'the neighbouring government', 'the armed group', 'foreign investors',
  'the electoral commission', 'a delegation of diplomats', 'the security services', 'local authorities',
  'the country\'s largest trading partner', 'protesters in the capital', 'the regional bloc', 'the energy company',
];
const TAILS = [
  '', '', '', '', ', according to state media', ', a statement said', ' amid rising tensions', ' after weeks of stalemate',
  ', citing 12 unnamed sources', ' over the disputed 45-kilometre border', ', which employs 3,500 people', ' in a 20-minute call',
  ' despite objections from 53 member states', ' at a summit attended by 1,200 delegates',
];
const DATES = [
  'on Tuesday', 'last year', 'earlier this month', 'in 2022', 'on 5 March', 'last week', 'in March', 'two days ago',
  'since 2019', 'on Monday night', 'next month', 'in late 2021', 'on January 9, 2023', 'yesterday', 'this year',
];
const FRAMES = ['Last year, ', 'On Monday, ', 'In 2022, ', 'Earlier this week, ', '“In March, '];

/** Deterministic pseudo-random numbers (no Math.random: the bench text must be the same every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function benchText(n: number): { text: string; sentences: { start: number; end: number }[]; dated: number } {
  const r = lcg(42);
  const parts: string[] = [];
  const sentences: { start: number; end: number }[] = [];
  let pos = 0;
  let dated = 0;
  for (let i = 0; i < n; i++) {
    let s = `${pick(SUBJECTS, r)} ${pick(VERBS, r)} ${pick(OBJECTS, r)}`;
    const u = r();
    if (u < 0.1) {
      s = pick(FRAMES, r) + s[0]!.toLowerCase() + s.slice(1);
      dated++;
    } else if (u < 0.25) {
      s += ` ${pick(DATES, r)}`;
      dated++;
    }
    s += `${pick(TAILS, r)}.`;
    sentences.push({ start: pos, end: pos + s.length });
    parts.push(s);
    pos += s.length + 1;
  }
  return { text: parts.join(' '), sentences, dated };
}

async function main(): Promise<void> {
  const N = 5000;
  const { text, sentences, dated } = benchText(N);
  findDates(text, sentences, '2024-01-17'); // warm-up and one-time vocabulary load
  const rounds = 20;
  let found = 0;
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < rounds; k++) found = findDates(text, sentences, '2024-01-17').reduce((a, ms) => a + ms.length, 0);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`findDates: ${N} sentences (${dated} with a date phrase), ${found} mentions found`);
  console.log(`findDates: ${Math.round((N * rounds) / secs).toLocaleString('en')} sentences/s`);

  if (process.argv.includes('--chrono')) {
    const chrono = await import('chrono-node');
    const ref = new Date(Date.UTC(2024, 0, 17, 12));
    const sub = sentences.slice(0, 1000);
    const c0 = process.hrtime.bigint();
    let cf = 0;
    for (const s of sub) cf += chrono.en.parse(text.slice(s.start, s.end), ref).length;
    const cs = Number(process.hrtime.bigint() - c0) / 1e9;
    console.log(`chrono-node (for comparison): ${Math.round(sub.length / cs).toLocaleString('en')} sentences/s, ${cf} results in ${sub.length} sentences`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
