// The PostgreSQL server restarts under readout (a private cluster, stopped and started by the test):
// - an open store survives it: while the server is away its operations fail with StoreUnavailableError (the process
//   does not crash on the pool's dead connections), and once it is back the same store works again;
// - an ingest that loses its database ends with one line of error and a non-zero exit status, keeps what it
//   committed, and a re-run afterwards stores every article exactly once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODER_VERSION } from '../../src/pipeline.js';
import { openStore, StoreUnavailableError } from '../../src/store/index.js';
import type { Article } from '../../src/types.js';
import { coded } from '../store/helpers.js';
import { articleFolder, assertIngestOk, assertStoredOnce, committedOf, readout } from './helpers.js';
import { privateCluster, type Cluster } from './pg-cluster.js';

const setup = await privateCluster();
const cluster: Cluster | null = typeof setup === 'string' ? null : setup;

describe('PostgreSQL restarts (private cluster)', { skip: typeof setup === 'string' ? setup : false, timeout: 300_000 }, () => {
  let dir: string;
  let input: { path: string; articles: Article[] };
  let n = 0;
  const fresh = () => `${cluster!.url}?schema=restart_${n++}`;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-restart-'));
    input = await articleFolder(dir, 'in', 300, 21);
  });
  after(() => {
    cluster?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an open store fails with StoreUnavailableError while the server is away, and works again after', async () => {
    const db = fresh();
    const [first, second] = [input.articles.slice(0, 5), input.articles.slice(5, 10)];
    const store = await openStore(db, 'create');
    try {
      await store.putArticles(coded(first), CODER_VERSION);
      cluster!.stop();
      await assert.rejects(store.counts(), StoreUnavailableError);
      await assert.rejects(store.putArticles(coded(second), CODER_VERSION), StoreUnavailableError);
      cluster!.start();
      await store.putArticles(coded(second), CODER_VERSION);
    } finally {
      cluster!.start();
      await store.close();
    }
    await assertStoredOnce(db, [...first, ...second]);
  });

  test('an ingest that loses its database stops with one line and keeps what it committed', async () => {
    const db = fresh();
    let reported = 0;
    let stopped = false;
    const run = await readout(['ingest', input.path, '--db', db, '--batch', '10', '--progress'], {
      onStderrLine: (line) => {
        reported = Math.max(reported, committedOf(line) ?? 0);
        if (reported >= 30 && !stopped) {
          stopped = true;
          cluster!.stop();
        }
      },
    });
    cluster!.start();
    assert.ok(stopped, 'ingest finished before the database could be stopped');
    assert.notEqual(run.code, 0, 'ingest reports the lost database in its exit status');
    const lines = run.stderr.split('\n').filter((l) => l !== '' && committedOf(l) === null);
    assert.equal(lines.length, 1, `one line of error, no stack trace:\n${run.stderr}`);
    assert.match(lines[0]!, /^readout: .*unavailable/);

    const kept = await assertStoredOnce(db, input.articles, true);
    assert.ok(kept >= reported, `reported ${reported} committed, found ${kept}`);
    assertIngestOk(await readout(['ingest', input.path, '--db', db]), input.articles.length);
    await assertStoredOnce(db, input.articles);
  });
});
