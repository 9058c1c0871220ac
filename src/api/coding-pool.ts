// A small pool of coding worker threads with a budget: each request's texts are coded on a worker, never on the event
// loop; a request that runs past the timeout has its worker terminated and replaced; when every worker is busy and
// the queue is full, new requests are refused at once (CoderBusy => 503 with Retry-After) instead of waiting.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadOptions } from '../lexicons.js';
import type { Article, ReadoutEvent } from '../types.js';
import { CoderBusy, CoderTimeout, type Coder } from './coder.js';
import type { FromWorker, ToWorker } from './coding-worker.js';

export interface PoolOptions {
  /** what each worker loads (the same --lexicon files as the server) */
  lexicons: LoadOptions;
  /** workers (default: available cores - 1, at least 1) */
  size?: number;
  /** budget per request, from the moment a worker takes it (default 20 s) */
  timeoutMs?: number;
  /** requests that may wait for a worker (default 4 per worker); more are refused */
  queue?: number;
  /** heap limit of a worker in MB: a text that needs more fails alone (default 1536) */
  maxHeapMb?: number;
  /** the worker script (default ./coding-worker.js) */
  script?: URL;
}

export const DEFAULT_CODE_TIMEOUT_MS = 20_000;
const RETRY_AFTER_SECONDS = 2;

export const defaultPoolSize = () => Math.max(1, availableParallelism() - 1);

interface Job {
  articles: Article[];
  resolve(events: ReadoutEvent[][]): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: (Job & { id: number; timer: NodeJS.Timeout }) | null;
}

export interface CodingPool extends Coder {
  /** resolves when a worker has loaded the lexicons; rejects when loading fails (a bad --lexicon file) */
  ready(): Promise<void>;
  /** workers, how many are coding, and requests waiting */
  load(): { workers: number; busy: number; waiting: number };
}

export function codingPool(opts: PoolOptions): CodingPool {
  const size = Math.max(1, opts.size ?? defaultPoolSize());
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CODE_TIMEOUT_MS;
  const maxWaiting = opts.queue ?? 4 * size;
  const script = opts.script ?? new URL('./coding-worker.js', import.meta.url);
  const slots = new Set<Slot>();
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;
  let broken: Error | null = null;
  let readyWaiters: { resolve(): void; reject(e: Error): void }[] = [];

  function spawn(): void {
    const worker = new Worker(script, {
      workerData: { lexicons: opts.lexicons },
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 1536 },
    });
    const slot: Slot = { worker, ready: false, running: null };
    slots.add(slot);
    worker.on('message', (m: FromWorker) => onMessage(slot, m));
    worker.on('error', (err) => gone(slot, err));
    worker.on('exit', (code) => gone(slot, new Error(`coding worker stopped (exit code ${code})`)));
  }

  function onMessage(slot: Slot, m: FromWorker): void {
    if ('ready' in m) {
      slot.ready = true;
      for (const w of readyWaiters) w.resolve();
      readyWaiters = [];
    } else if (slot.running && m.id === slot.running.id) {
      const job = slot.running;
      clearTimeout(job.timer);
      slot.running = null;
      if ('error' in m) job.reject(new Error(`coding failed: ${m.error}`));
      else job.resolve(m.events as ReadoutEvent[][]);
    }
    pump();
  }

  /** A worker ended (crashed, ran out of heap, or was terminated): its request fails alone and a new worker starts. */
  function gone(slot: Slot, err: Error): void {
    if (!slots.delete(slot)) return;
    if (slot.running) {
      clearTimeout(slot.running.timer);
      slot.running.reject(err);
    }
    if (closed) return;
    if (!slot.ready) {
      // it could not even load the lexicons: starting another would fail the same way
      broken = new Error(`the coding workers cannot start: ${err.message}`);
      for (const w of readyWaiters) w.reject(broken);
      readyWaiters = [];
      for (const job of waiting.splice(0)) job.reject(broken);
      return;
    }
    spawn();
  }

  function pump(): void {
    for (const slot of slots) {
      if (waiting.length === 0) return;
      if (!slot.ready || slot.running) continue;
      const job = waiting.shift()!;
      const id = nextId++;
      const timer = setTimeout(() => {
        // over budget: stop the worker (there is no other way to interrupt synchronous code) and start a fresh one
        slots.delete(slot);
        slot.running = null;
        void slot.worker.terminate();
        job.reject(new CoderTimeout(timeoutMs));
        if (!closed) spawn();
        pump();
      }, timeoutMs);
      slot.running = { ...job, id, timer };
      slot.worker.postMessage({ id, articles: job.articles } satisfies ToWorker);
    }
  }

  for (let i = 0; i < size; i++) spawn();

  return {
    code(articles) {
      if (articles.length === 0) return Promise.resolve([]);
      if (closed) return Promise.reject(new Error('the coding pool is closed'));
      if (broken) return Promise.reject(broken);
      const idle = [...slots].some((s) => s.ready && !s.running);
      if (!idle && waiting.length >= maxWaiting) return Promise.reject(new CoderBusy(RETRY_AFTER_SECONDS));
      return new Promise<ReadoutEvent[][]>((resolve, reject) => {
        waiting.push({ articles, resolve, reject });
        pump();
      });
    },
    ready() {
      if (broken) return Promise.reject(broken);
      if ([...slots].some((s) => s.ready)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => readyWaiters.push({ resolve, reject }));
    },
    load() {
      return { workers: slots.size, busy: [...slots].filter((s) => s.running).length, waiting: waiting.length };
    },
    async close() {
      closed = true;
      const stopped = new Error('the server is shutting down');
      for (const job of waiting.splice(0)) job.reject(stopped);
      await Promise.all([...slots].map((s) => s.worker.terminate()));
      slots.clear();
    },
  };
}
