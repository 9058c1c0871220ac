// A store URL's password and token parameters never reach the terminal, whatever fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;
const example = new URL('../../../examples/01-helsinki-wire.txt', import.meta.url).pathname;

test('ingest into an unreachable PostgreSQL: one line, the password and a password parameter masked', () => {
  const url = 'postgres://readout:sekret1@127.0.0.1:1/events?password=sekret2&application_name=readout';
  const r = spawnSync(process.execPath, [bin, 'ingest', '--db', url, example], { encoding: 'utf8', timeout: 120_000 });
  assert.notEqual(r.status, 0);
  assert.doesNotMatch(r.stdout + r.stderr, /sekret/);
  assert.match(r.stderr, /postgres:\/\/readout:\*\*\*@127\.0\.0\.1:1\/events\?password=\*\*\*&application_name=readout/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
});
