// A coding worker thread: loads the lexicons once, then codes the batches the pool sends (src/api/coding-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicons, type LoadOptions } from '../lexicons.js';
import { codeArticle } from '../pipeline.js';
import type { Article } from '../types.js';

export type ToWorker = { id: number; articles: Article[] };
export type FromWorker = { ready: true } | { id: number; events: unknown[][] } | { id: number; error: string };

const port = parentPort!;
const lexicons = loadLexicons((workerData as { lexicons: LoadOptions }).lexicons);
port.postMessage({ ready: true } satisfies FromWorker);
port.on('message', (m: ToWorker) => {
  try {
    port.postMessage({ id: m.id, events: m.articles.map((a) => codeArticle(a, lexicons)) } satisfies FromWorker);
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies FromWorker);
  }
});
