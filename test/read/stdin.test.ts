import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunks, collect } from './helpers.js';

test('stdin plain text is one article "stdin" with its date token read', async () => {
  const { articles, errors } = await collect(['-'], { stdin: chunks(' date 2024-01-17\n', 'Neither “side” — spoke.\n') });
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin, a.published, a.text]), [['stdin', 'stdin', '2024-01-17', 'Neither “side” — spoke.\n']]);
});

test('stdin starting with "{" (after blank lines) is JSONL, bad lines reported as stdin:LINE', async () => {
  const input = '\n  {"text":"One."}\n{"text":\n{"id":"z","text":"Three."}\n';
  const { articles, errors } = await collect(['-'], { stdin: chunks(input.slice(0, 2), input.slice(2, 9), input.slice(9)) });
  assert.deepEqual(articles.map((a) => [a.id, a.origin]), [['stdin:2', 'stdin:2'], ['z', 'stdin:4']]);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, 'stdin:3');
  assert.match(errors[0]!.message, /invalid JSON/);
});

test('stdin text that starts with "[" stays text', async () => {
  const { articles } = await collect(['-'], { stdin: chunks('[Reuters] Talks ended.') });
  assert.equal(articles[0]!.text, '[Reuters] Talks ended.');
});

test('empty, binary and oversized stdin each give one message', async () => {
  const empty = await collect(['-'], { stdin: chunks() });
  assert.deepEqual(empty.errors, [{ origin: 'stdin', message: 'empty input' }]);
  const binary = await collect(['-'], { stdin: chunks(Buffer.from([0x41, 0x00, 0x42])) });
  assert.equal(binary.errors.length, 1);
  assert.match(binary.errors[0]!.message, /binary data/);
  const big = await collect(['-'], { stdin: chunks('a'.repeat(60), 'b'.repeat(60)), maxBytes: 100 });
  assert.equal(big.articles.length, 0);
  assert.equal(big.errors.length, 1);
  assert.match(big.errors[0]!.message, /over the/);
});
