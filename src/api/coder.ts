// Who codes the texts of POST /api/code and POST /api/articles: a pool of worker threads in `readout serve`
// (src/api/coding-pool.ts), so that a long text cannot stall the event loop; or the calling thread (tests, tools).
import { codeArticle, type Lexicons } from '../pipeline.js';
import type { Article, ReadoutEvent } from '../types.js';

export interface Coder {
  /** the events of each article, in order; rejects with CoderBusy or CoderTimeout when over budget */
  code(articles: Article[]): Promise<ReadoutEvent[][]>;
  close(): Promise<void>;
}

/** Every worker is busy and the queue is full: try again later (503 with Retry-After). */
export class CoderBusy extends Error {
  constructor(readonly retryAfter: number) {
    super('the coder is busy with other requests; retry shortly');
    this.name = 'CoderBusy';
  }
}

/** Coding one request took longer than the budget; its worker was stopped and replaced. */
export class CoderTimeout extends Error {
  constructor(readonly ms: number) {
    super(`coding this request took longer than ${ms / 1000} s, this server's budget per request`);
    this.name = 'CoderTimeout';
  }
}

/** Codes on the calling thread: no budget (for tests and tools that own their event loop). */
export function inlineCoder(lexicons: Lexicons): Coder {
  return {
    code: async (articles) => articles.map((a) => codeArticle(a, lexicons)),
    close: async () => {},
  };
}
