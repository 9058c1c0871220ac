// A stand-in for src/api/coding-worker.ts in the pool tests (the protocol without the 5 s lexicon load): a text
// "spin" keeps the worker busy forever, "fail" throws, anything else codes into no events.
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../src/api/coding-worker.js';

const port = parentPort!;
port.postMessage({ ready: true } satisfies FromWorker);
port.on('message', (m: ToWorker) => {
  if (m.articles.some((a) => a.text === 'spin')) for (;;) { /* a pathological text */ }
  if (m.articles.some((a) => a.text === 'fail')) {
    port.postMessage({ id: m.id, error: 'the coder threw' } satisfies FromWorker);
    return;
  }
  port.postMessage({ id: m.id, events: m.articles.map(() => []) } satisfies FromWorker);
});
