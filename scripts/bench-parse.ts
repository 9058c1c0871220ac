// The parse stage's speed, load time and memory, in a process of its own (so that its peak RSS is the stage's,
// not the coder benchmark's): tokenise + tag + parse + recognise over wire-style news, the article texts of
// readout's own gold sets (about 22 words a sentence), parsed over and over for at least 5 s. Prints JSON.
import { readFileSync } from 'node:fs';
import { createSegmenter } from '../src/segment/index.js';
import { loadParseModels, parseText } from '../src/parse/index.js';

const segment = createSegmenter();
const news = ['test/gold/readout.gold.jsonl', 'test/gold/heldout.gold.jsonl'].flatMap((f) =>
  readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
const spans = news.map((t) => segment(t).sentences);
const rssBefore = process.memoryUsage().rss / 1e6;
const t0 = performance.now();
const models = loadParseModels();
const loadMs = performance.now() - t0;
for (let k = 0; k < news.length; k++) parseText(models, news[k]!, spans[k]!);
let tokens = 0;
let sentences = 0;
let passes = 0;
const start = performance.now();
const cpu0 = process.cpuUsage();
while (performance.now() - start < 5000) {
  for (let k = 0; k < news.length; k++) {
    const syn = parseText(models, news[k]!, spans[k]!);
    tokens += syn.tokens.length;
    sentences += syn.sentences.length;
  }
  passes++;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(JSON.stringify({
  articles: news.length, passes, tokens, sentences, seconds, cpuSeconds, tokensPerCpuSecond: Math.round(tokens / cpuSeconds), loadMs,
  peakMb: process.resourceUsage().maxRSS / 1024, rssBeforeModelsMb: rssBefore,
}) + '\n');
