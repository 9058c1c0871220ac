// readout demo ends by serving the explorer over the demo store and printing its URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;

test('readout demo stores the examples, then serves them until stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-demo-'));
  const child = spawn(process.execPath, [bin, 'demo', '--db', join(dir, 'demo.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no Explorer line in: ${out}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Explorer: (http:\/\/\S+)\//.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]!); }
      });
      child.on('exit', (code) => reject(new Error(`demo exited ${code}: ${out}`)));
    });
    const info = await (await fetch(`${url}/api/info`)).json() as { articles: number; events: number };
    assert.equal(info.articles, 7);
    assert.ok(info.events > 0);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>readout/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});
