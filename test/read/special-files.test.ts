// Named pipes, sockets and devices in an input folder are reported by name and never opened (a pipe would wait
// for a writer forever); a named pipe given explicitly as PATH is read as a stream, like stdin.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { collect, Fixtures } from './helpers.js';

const fx = new Fixtures();
after(() => fx.remove());
const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}
const canFifo = mkfifo(fx.path('probe.fifo'));

test('a folder walk skips a named pipe, a socket and a device, naming each, and reads the rest', { skip: !canFifo && 'no mkfifo', timeout: 60_000 }, async () => {
  fx.write('mixed/a.txt', 'First article.');
  fx.write('mixed/z.txt', 'Last article.');
  mkfifo(fx.path('mixed/pipe.txt'));
  symlinkSync(fx.path('mixed/pipe.txt'), fx.path('mixed/link-to-pipe.jsonl'));
  if (existsSync('/dev/null')) symlinkSync('/dev/null', fx.path('mixed/null.txt'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(fx.path('mixed/socket'), resolve));
  try {
    const { articles, errors } = await collect([fx.path('mixed')]);
    assert.deepEqual(articles.map((a) => a.text), ['First article.', 'Last article.']);
    const reported = errors.map((e) => [e.origin.slice(fx.path('mixed/').length), e.message.split(',')[0]]);
    assert.deepEqual(reported, [
      ['link-to-pipe.jsonl', 'a named pipe'],
      ...(existsSync('/dev/null') ? [['null.txt', 'a character device']] : []),
      ['pipe.txt', 'a named pipe'],
      ['socket', 'a socket'],
    ]);
    assert.match(errors[0]!.message, /not a regular file: skipped/);
  } finally {
    server.close();
  }
});

test('readout ingest of a folder with a named pipe finishes and names the pipe on stderr', { skip: !canFifo && 'no mkfifo', timeout: 120_000 }, async () => {
  fx.write('cli/a.txt', 'date 2024-05-01 Russian officials met Finnish diplomats in Helsinki on Monday.');
  mkfifo(fx.path('cli/stuck.txt'));
  const r = spawnSync(process.execPath, [bin, 'ingest', '--db', fx.path('cli.db'), fx.path('cli')], { encoding: 'utf8', timeout: 100_000 });
  assert.equal(r.signal, null, 'ingest hung on the named pipe');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /cli\/stuck\.txt: a named pipe, not a regular file: skipped/);
  assert.match(r.stdout, /^stored 1 articles .*1 input rejected/);
});

test('a named pipe given as PATH is read as a stream, like stdin', { skip: !canFifo && 'no mkfifo', timeout: 120_000 }, async () => {
  const fifo = fx.path('explicit.txt');
  mkfifo(fifo);
  const child = spawn(process.execPath, [bin, 'code', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  createWriteStream(fifo).end('date 2024-05-01 Russian officials met Finnish diplomats in Helsinki on Monday.\n');
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 0, stderr);
  assert.match(stdout, /"article":\{"id":"explicit"/);
});
