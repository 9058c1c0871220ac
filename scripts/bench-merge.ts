// Time mergeStory on synthetic stories (issue #12): N articles of one episode, each telling 5 of the episode's
// real events in its own words, plus events of its own. Prints a Markdown table of CPU time per story size;
// --write also puts it into docs/stories.md (between its bench-merge markers, in the "Cost" paragraph of merged events).
//   node dist/scripts/bench-merge.js [--sizes 10,50,200,500,1000] [--write]
import { cpus } from 'node:os';
import { writeBlock } from '../src/bench/doc-sections.js';
import { createRng } from '../src/bench/prng.js';
import { mergeStory, type StoryInput } from '../src/stories/merge.js';
import type { ActorRef, PloverCategory, ReadoutEvent } from '../src/types.js';

const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const sizeList = opt('sizes') ?? '10,50,200,500,1000';
const sizes = sizeList.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected positive integers separated by commas, got "${sizeList}"`);
const COUNTRIES = ['IRN', 'CHN', 'RUS', 'USA', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'TUR'];
const CATEGORIES: PloverCategory[] = ['CONSULT', 'AGREE', 'COOPERATE', 'ACCUSE', 'SANCTION', 'ASSAULT', 'COERCE', 'REQUEST'];
// a news vocabulary: a few hundred content words (evidence sentences of different events share few of them)
const SYLLABLES = ['ba', 'ko', 'ri', 'tan', 'mel', 'su', 'dor', 'vi', 'quen', 'pal', 'ste', 'mor', 'lin', 'gra', 'fu'];
const WORDS = Array.from({ length: 400 }, (_, k) => `${SYLLABLES[k % 15]}${SYLLABLES[Math.floor(k / 15) % 15]}${SYLLABLES[Math.floor(k / 225)]}`);

function storyOf(articles: number, seed: number): StoryInput[] {
  const r = createRng(seed);
  const actor = (c: string): ActorRef => ({ text: c, name: c, country: c, sector: 'GOV' });
  const real = Array.from({ length: 12 }, (_, k) => ({
    event: r.pick(CATEGORIES), a: r.pick(COUNTRIES), b: r.pick(COUNTRIES), day: 1 + r.int(10),
    words: Array.from({ length: 10 }, () => r.pick(WORDS)), k,
  }));
  return Array.from({ length: articles }, (_, i) => {
    const id = `a${i}`;
    const published = `2024-03-${String(1 + r.int(12)).padStart(2, '0')}`;
    const article = { id, text: '', published, outlet: `Outlet ${i % 7}`, url: null, title: null, language: 'en', origin: 'bench' };
    const events: ReadoutEvent[] = Array.from({ length: 5 }, (_, j) => {
      const e = r.chance(0.8) ? r.pick(real) : { event: r.pick(CATEGORIES), a: r.pick(COUNTRIES), b: r.pick(COUNTRIES), day: 1 + r.int(20), words: [r.pick(WORDS)], k: -1 };
      const text = [...e.words.filter(() => r.chance(0.7)), r.pick(WORDS), 'officials'].join(' ');
      return {
        id: `${id}-${j}`, article: { id, outlet: article.outlet, url: null, published }, event: e.event, mode: null, contexts: [],
        cameo: '040', quad: 1, goldstein: 1, actor: [actor(e.a)], recipient: [actor(e.b)],
        date: { value: `2024-03-${String(e.day).padStart(2, '0')}`, granularity: 'day', text: null, basis: 'text' },
        location: null, attribution: [], status: 'asserted', evidence: { sentence: j, start: j * 100, end: j * 100 + text.length, text }, confidence: 0.8,
      };
    });
    return { article, events };
  });
}

const rows = ['| articles | mentions | merged events | CPU |', '| --- | --- | --- | --- |'];
for (const n of sizes) {
  const story = storyOf(n, n);
  const cpu0 = process.cpuUsage();
  const merged = mergeStory(story);
  const cpu = process.cpuUsage(cpu0);
  rows.push(`| ${n} | ${n * 5} | ${merged.length} | ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms |`);
}
process.stdout.write(`${rows.join('\n')}\n`);
if (process.argv.includes('--write')) {
  const when = new Date().toISOString().slice(0, 10);
  writeBlock('docs/stories.md', 'bench-merge', [
    `Printed by \`node dist/scripts/bench-merge.js --sizes ${sizeList} --write\` on ${when} (${cpus().length} cores, one used):`,
    '',
    ...rows,
  ].join('\n'));
}
