// The job queue on a real PostgreSQL (TEST_DATABASE_URL): `readout ingest --queue` then `readout worker` processes
// store what a plain `readout ingest` stores; a worker killed with SIGKILL mid-run loses and duplicates nothing; a job
// that cannot be coded ends failed with its error and can be retried; enqueuing twice adds nothing. Each test has its
// own store schema (and so its own queue schema, NAME_queue).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBoss } from '../../src/queue/boss.js';
import { queueTarget } from '../../src/queue/target.js';
import { openStore } from '../../src/store/index.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import { articleFolder, assertStoredOnce, readout, type Run } from '../reliability/helpers.js';
import { PG_SKIP, postgresDb, storyMembership } from '../store/helpers.js';

interface QueueJson {
  queued: number;
  active: number;
  done: number;
  failed: number;
  retried?: number;
  failedJobs: { id: string; articleId: string | null; retries: number; error: string }[];
}

async function queueState(db: string, ...more: string[]): Promise<QueueJson> {
  const run = await readout(['queue', '--db', db, '--json', ...more]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as QueueJson;
}

function ok(run: Run, what: string): Run {
  assert.equal(run.code, 0, `${what} failed (${run.code ?? run.signal}):\n${run.stderr}`);
  return run;
}

async function allEvents(db: string): Promise<ReadoutEvent[]> {
  const store = await openStore(db, 'read');
  try {
    const out: ReadoutEvent[] = [];
    for await (const e of store.streamEvents({})) out.push(e);
    return out.sort((a, b) => `${a.article.id}/${a.id}`.localeCompare(`${b.article.id}/${b.id}`));
  } finally {
    await store.close();
  }
}

/** Every article -> its story; fails when an article is left story-pending or is in two stories. */
async function storiesOf(db: string): Promise<Map<string, string>> {
  const store = await openStore(db, 'read');
  try {
    assert.equal(await store.storyPending(), 0, 'no article is left story-pending');
    return await storyMembership(store);
  } finally {
    await store.close();
  }
}

describe('job queue (postgres)', { skip: PG_SKIP, timeout: 600_000 }, () => {
  const tdb = postgresDb();
  let dir: string;
  let input: { path: string; articles: Article[] };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-queue-'));
    input = await articleFolder(dir, 'in', 160, 13);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await tdb.cleanup();
  });

  test('two workers store what one plain ingest stores (same event ids); enqueuing twice adds nothing', async () => {
    const plain = tdb.fresh();
    ok(await readout(['ingest', input.path, '--db', plain]), 'plain ingest');
    const db = tdb.fresh();
    const first = ok(await readout(['ingest', '--queue', input.path, '--db', db]), 'ingest --queue');
    assert.match(first.stdout, /^queued 160 articles \(0 already queued\)/);
    const again = ok(await readout(['ingest', '--queue', input.path, '--db', db]), 'ingest --queue again');
    assert.match(again.stdout, /^queued 0 articles \(160 already queued\)/);
    assert.deepEqual((await queueState(db)).queued, 160);

    const runs = await Promise.all([1, 2].map(() => readout(['worker', '--db', db, '--drain', '--batch', '10'])));
    runs.forEach((r) => ok(r, 'worker'));
    const jobs = runs.map((r) => Number(/worker: (\d+) jobs/.exec(r.stdout)?.[1]));
    assert.equal(jobs[0]! + jobs[1]!, 160, runs.map((r) => r.stdout).join(''));
    assert.ok(jobs.every((n) => n > 0), `both workers took jobs: ${jobs.join(', ')}`);
    // the CPU split bench:queue reads: coding took some, and the phases add up to no more than the process's CPU
    for (const r of runs) {
      const m = /CPU ([\d.]+) s, of which coding \/ storing \/ stories \/ queue ([\d.]+) \/ ([\d.]+) \/ ([\d.]+) \/ ([\d.]+) s/.exec(r.stdout);
      assert.ok(m, `the worker's CPU split is in its summary: ${r.stdout}`);
      const [total, ...split] = m.slice(1).map(Number) as [number, ...number[]];
      assert.ok(split[0]! > 0 && split.reduce((a, b) => a + b, 0) <= total + 0.1, r.stdout);
    }

    const state = await queueState(db);
    assert.deepEqual([state.queued, state.active, state.done, state.failed], [0, 0, 160, 0]);
    await assertStoredOnce(db, input.articles);
    assert.deepEqual(await allEvents(db), await allEvents(plain));
    // every article is in one story once the workers are done (which one may differ from the plain ingest's: docs/stories.md)
    assert.deepEqual([...(await storiesOf(db)).keys()].sort(), [...(await storiesOf(plain)).keys()].sort());
  });

  test('a worker killed with SIGKILL mid-run: another one finishes, same counts, nothing twice', async () => {
    const db = tdb.fresh();
    // a short job timeout, so that the dead worker's jobs are handed out again within the test
    ok(await readout(['ingest', '--queue', input.path, '--db', db, '--job-timeout', '2']), 'ingest --queue');
    let batches = 0;
    const killed = await readout(['worker', '--db', db, '--batch', '10', '--concurrency', '2', '--progress'], {
      onStderrLine: (line, child) => {
        if (!line.startsWith('worker: ') || line.includes('ready')) return;
        if (++batches === 3) setTimeout(() => child.kill('SIGKILL'), 100);
      },
    });
    assert.equal(killed.signal, 'SIGKILL', `the worker ended before it was killed:\n${killed.stdout}${killed.stderr}`);
    const mid = await queueState(db);
    assert.ok(mid.active > 0, `the killed worker held jobs: ${JSON.stringify(mid)}`);
    assert.ok(mid.done < 160, 'work was left');
    await assertStoredOnce(db, input.articles, true);

    const rest = ok(await readout(['worker', '--db', db, '--drain', '--batch', '10']), 'second worker');
    assert.match(rest.stdout, / 0 failed/);
    const end = await queueState(db);
    assert.deepEqual([end.queued, end.active, end.done, end.failed], [0, 0, 160, 0]);
    await assertStoredOnce(db, input.articles);
    assert.equal((await storiesOf(db)).size, 160, 'what the killed worker left story-pending was assigned');
  });

  test('SIGTERM stops a worker cleanly: the batch in hand is stored and completed, none is left active', async () => {
    const db = tdb.fresh();
    ok(await readout(['ingest', '--queue', input.path, '--db', db]), 'ingest --queue');
    let signalled = false;
    const run = await readout(['worker', '--db', db, '--batch', '10', '--progress'], {
      onStderrLine: (line, child) => {
        if (signalled || !/^worker: \d+ jobs/.test(line)) return;
        signalled = true;
        child.kill('SIGTERM');
      },
    });
    assert.equal(run.code, 0, `${run.signal ?? ''}\n${run.stderr}`);
    assert.match(run.stderr, /stopping after the batches in hand/);
    const jobs = Number(/worker: (\d+) jobs/.exec(run.stdout)?.[1]);
    const state = await queueState(db);
    assert.deepEqual([state.active, state.done, state.queued], [0, jobs, 160 - jobs]);
    assert.equal(await assertStoredOnce(db, input.articles, true), jobs);
  });

  test('a job that cannot be coded ends failed with its error, shown by readout queue; --retry-failed queues it again', async () => {
    const db = tdb.fresh();
    const good = input.articles.slice(0, 5);
    ok(await readout(['ingest', '--queue', join(input.path, `${good[0]!.id}.txt`), '--db', db]), 'ingest --queue');
    // a job written by something other than readout: its article has no text; one retry after 1 s
    const target = queueTarget(db, 'test');
    const boss = await openBoss(target, { max: 1 });
    try {
      await boss.send('articles', { article: { id: 'broken-1', text: 42 } }, { retryLimit: 1, retryDelay: 1 });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
    const run = await readout(['worker', '--db', db, '--drain']);
    assert.equal(run.code, 1, `a failed job makes the worker exit 1:\n${run.stdout}${run.stderr}`);
    // the broken job is tried twice (one retry), and fails both times
    assert.match(run.stdout, /worker: 3 jobs, stored 1 articles .* 2 failed/);

    const state = await queueState(db);
    assert.deepEqual([state.queued, state.active, state.done, state.failed], [0, 0, 1, 1]);
    assert.equal(state.failedJobs.length, 1);
    assert.equal(state.failedJobs[0]!.articleId, 'broken-1');
    assert.equal(state.failedJobs[0]!.retries, 1, 'it was retried once before failing');
    assert.match(state.failedJobs[0]!.error, /article broken-1: article\.text must be a string/);
    const text = ok(await readout(['queue', '--db', db]), 'queue');
    assert.match(text.stdout, /failed 1\n/);
    assert.match(text.stdout, /failed broken-1 \(job [0-9a-f-]+, 1 retries\): job data: article broken-1: article\.text must be a string/);

    const retried = await queueState(db, '--retry-failed');
    assert.equal(retried.retried, 1);
    assert.deepEqual([retried.queued, retried.failed], [1, 0]);
    await assertStoredOnce(db, [good[0]!]);
  });
});

describe('queue usage errors', () => {
  test('--queue, worker and queue on a SQLite store are usage errors naming the option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-queue-usage-'));
    try {
      const file = join(dir, 'store.db');
      const ingest = await readout(['ingest', '--queue', dir, '--db', file]);
      assert.equal(ingest.code, 2);
      assert.match(ingest.stderr, /--queue needs a PostgreSQL store \(--db postgres:\/\/…\); .*store\.db is a SQLite file/);
      const worker = await readout(['worker', '--db', file]);
      assert.equal(worker.code, 2);
      assert.match(worker.stderr, /readout worker needs a PostgreSQL store/);
      const queue = await readout(['queue', '--db', file]);
      assert.equal(queue.code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('bad option values are usage errors', async () => {
    const url = 'postgres://nobody@127.0.0.1:1/none';
    for (const [args, message] of [
      [['worker', '--db', url, '--concurrency', '0'], /--concurrency: "0" must be a whole number from 1/],
      [['worker', '--db', url, '--batch', 'x'], /--batch: "x" must be a whole number/],
      [['ingest', '--queue', '--db', url, '--retries', '-1', 'x.txt'], /unknown option '-1'|--retries/],
      [['ingest', '--queue', '--db', url, '--job-timeout', '0', 'x.txt'], /--job-timeout: "0" must be a whole number from 1/],
      [['ingest', '--db', url, '--retries', '2', 'x.txt'], /--retries and --job-timeout need --queue/],
      [['ingest', '--queue', '--db', url, '--batch', '5', 'x.txt'], /--batch is the worker's with --queue/],
    ] as const) {
      const run = await readout([...args]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });
});
