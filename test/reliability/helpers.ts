// What the crash and concurrency checks share: a folder of synthetic articles, `readout ingest` as a child process,
// and the check that a store holds every given article exactly once, with exactly the events the coder gives it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleAsTxt, iterCorpus } from '../../src/bench/corpus.js';
import { codeArticle } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Article } from '../../src/types.js';
import { lex, plain, readAll } from '../store/helpers.js';

export const BIN = new URL('../../../bin/readout.js', import.meta.url).pathname;

/** Writes `count` synthetic articles (one .txt file each) to dir/name and reads them back as ingest will. */
export async function articleFolder(dir: string, name: string, count: number, seed: number): Promise<{ path: string; articles: Article[] }> {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const a of iterCorpus({ articles: count, sentencesPerArticle: 5, seed })) writeFileSync(join(path, `${name}-${a.id}.txt`), articleAsTxt(a));
  return { path, articles: await readAll([path]) };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `readout ARGS…` as a child process; onStderrLine sees each stderr line as it comes (the child is passed along). */
export function readout(args: string[], opts: { env?: NodeJS.ProcessEnv; onStderrLine?: (line: string, child: ChildProcess) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      partial += c;
      for (let nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n')) {
        opts.onStderrLine?.(partial.slice(0, nl), child);
        partial = partial.slice(nl + 1);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The "N/M articles committed" count of an `ingest --progress` line, else null. */
export function committedOf(line: string): number | null {
  const m = /^(\d+)\/\d+ articles committed/.exec(line);
  return m ? Number(m[1]) : null;
}

/** Asserts that a run exited 0 and reports stored + skipped == seen. */
export function assertIngestOk(run: Run, seen: number): void {
  assert.equal(run.code, 0, `ingest failed:\n${run.stderr}`);
  const m = /stored (\d+) articles \((\d+) skipped\)/.exec(run.stdout);
  assert.ok(m, run.stdout);
  assert.equal(Number(m[1]) + Number(m[2]), seen, run.stdout);
}

/**
 * The store at db holds some of `articles` (all of them unless `some`), each exactly once and with exactly the events
 * the coder gives it, and nothing else; returns how many it holds.
 */
export async function assertStoredOnce(db: string, articles: Article[], some = false): Promise<number> {
  const store = await openStore(db, 'read');
  try {
    let held = 0;
    let events = 0;
    for (const a of articles) {
      const got = await store.article(a.id);
      if (!got) continue;
      const want = plain(codeArticle(a, lex()));
      assert.deepEqual(got.events, want, `article ${a.id}`);
      held++;
      events += want.length;
    }
    if (!some) assert.equal(held, articles.length, 'every article is stored');
    assert.deepEqual(await store.counts(), { articles: held, events }, 'nothing else is stored');
    const page = await store.events({}, { limit: 10_000 });
    assert.equal(new Set(page.events.map((e) => `${e.article.id}/${e.id}`)).size, page.events.length, 'no event twice');
    return held;
  } finally {
    await store.close();
  }
}
