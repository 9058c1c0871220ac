import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

// dist/test/examples/x.test.js -> repo root is three levels up
const dir = new URL('../../../examples/', import.meta.url).pathname;
const files = readdirSync(dir).sort();

test('examples/ holds exactly the five demo articles in three formats', () => {
  assert.deepEqual(files.map((f) => f.slice(f.lastIndexOf('.'))), ['.txt', '.txt', '.txt', '.jsonl', '.html']);
});

test('each .txt example starts with a date YYYY-MM-DD prefix and has text after it', () => {
  for (const f of files.filter((x) => x.endsWith('.txt'))) {
    const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+(\S[\s\S]*)$/.exec(readFileSync(dir + f, 'utf8'));
    assert.ok(m, `${f}: no date prefix`);
    assert.ok(!Number.isNaN(Date.parse(m[1]!)), `${f}: bad date`);
    assert.ok(m[2]!.length > 200, `${f}: too short`);
  }
});

test('the .jsonl example has three complete articles with distinct ids', () => {
  const f = files.find((x) => x.endsWith('.jsonl'))!;
  const rows = readFileSync(dir + f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(rows.length, 3);
  for (const r of rows) {
    for (const k of ['id', 'text', 'published', 'outlet', 'url']) assert.equal(typeof r[k], 'string', `${String(r.id)}: ${k}`);
    assert.match(r.published as string, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.equal(new Set(rows.map((r) => r.id)).size, 3);
});

test('the .html example carries site name, publication time and title metadata', () => {
  const html = readFileSync(dir + files.find((x) => x.endsWith('.html'))!, 'utf8');
  assert.match(html, /<meta property="og:site_name" content="[^"]+">/);
  assert.match(html, /<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}T[^"]+">/);
  assert.match(html, /<title>[^<]+<\/title>/);
  assert.match(html, /<article>[\s\S]*<p>[\s\S]*<\/article>/);
});
