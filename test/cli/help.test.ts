// Every command answers --help/-h with its own usage (exit 0); --version and `readout version` print the
// package version read from package.json and the coder version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CODER_VERSION } from '../../src/pipeline.js';
import { main } from '../../src/cli/main.js';
import { USAGES } from '../../src/cli/usage.js';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** main() in this process, with what it writes itself. */
async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { status, stdout, stderr };
}

for (const cmd of Object.keys(USAGES)) {
  test(`readout ${cmd} --help and -h print that command's usage, exit 0`, async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run(cmd, flag);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.ok(r.stdout.includes(USAGES[cmd]!.synopsis), r.stdout);
    }
  });
}

test('help after other options and arguments still wins', async () => {
  const r = await run('export', '--format', 'csv', '--actor', 'CHN', '--help');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /--out FILE/);
});

test('readout help COMMAND is the same as readout COMMAND --help; an unknown one is a usage error', async () => {
  assert.equal((await run('help', 'stats')).stdout, (await run('stats', '--help')).stdout);
  const bad = await run('help', 'frobnicate');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no command 'frobnicate'/);
});

test('the overview holds each command synopsis exactly once', async () => {
  const all = (await run('help')).stdout;
  for (const u of Object.values(USAGES)) assert.equal(all.split(u.synopsis).length - 1, 1, u.synopsis);
});

for (const args of [['--version'], ['version'], ['ingest', '--version']]) {
  test(`readout ${args.join(' ')} prints the package and coder versions`, async () => {
    const r = await run(...args);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `readout ${pkg.version} (coder ${CODER_VERSION})\n`);
  });
}

test('through bin/readout.js: serve -h answers (it parses its own options) and a value that looks like -h stays a value', () => {
  const serve = spawnSync(process.execPath, [bin, 'serve', '-h'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(serve.status, 0, serve.stderr);
  assert.ok(serve.stdout.includes(USAGES['serve']!.synopsis));
  const asValue = spawnSync(process.execPath, [bin, 'code', '--outlet', '-h', '/no/such/article.txt'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(asValue.status, 1, asValue.stderr);
  assert.match(asValue.stderr, /no\/such\/article\.txt: no such file/);
});
