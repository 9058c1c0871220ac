import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { truncateSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { collect, Fixtures } from './helpers.js';

const fx = new Fixtures();
after(() => fx.remove());

test('folders are walked recursively in sorted order; hidden entries and unknown extensions are skipped', async () => {
  fx.write('tree/b.txt', 'B.');
  fx.write('tree/a.txt', 'A.');
  fx.write('tree/sub/c.jsonl', '{"text":"C1."}\n{"text":"C2."}\n');
  fx.write('tree/sub/d.json', '{"text":"D."}');
  fx.write('tree/e', 'E.');
  fx.write('tree/.hidden.txt', 'hidden');
  fx.write('tree/.git/config.txt', 'hidden too');
  fx.write('tree/notes.md', 'markdown');
  fx.write('tree/photo.png', Buffer.from([0x89, 0x50, 0x00]));
  symlinkSync(fx.path('tree'), fx.path('tree/sub/loop'));
  const { articles, errors } = await collect([fx.path('tree')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.text), ['A.', 'B.', 'E.', 'C1.', 'C2.', 'D.']);
  assert.deepEqual(articles.map((a) => a.id), ['a', 'b', 'e', 'c:1', 'c:2', 'd']);
});

test('a file named explicitly is read as text whatever its extension', async () => {
  const p = fx.write('named.md', 'date 2024-01-17 Named.');
  const { articles } = await collect([p]);
  assert.equal(articles[0]!.text, 'Named.');
});

test('bad inputs: one message each, in order, and the good inputs around them are still read', async () => {
  const good1 = fx.write('bad/good1.txt', 'First good.');
  const missing = fx.path('bad/missing.txt');
  const binary = fx.write('bad/binary.txt', Buffer.concat([Buffer.from('looks like text'), Buffer.from([0, 1, 2, 3, 0, 0])]));
  const latin1 = fx.write('bad/latin1.txt', Buffer.from('Line one\nCaf\xe9 talks\n', 'latin1'));
  const empty = fx.write('bad/empty.txt', '');
  const blank = fx.write('bad/blank.txt', ' \n\t\n');
  const emptyDir = fx.path('bad/emptydir');
  mkdirSync(emptyDir);
  const good2 = fx.write('bad/good2.txt', 'Second good.');
  const { articles, errors } = await collect([good1, missing, binary, latin1, empty, blank, emptyDir, good2]);
  assert.deepEqual(articles.map((a) => a.text), ['First good.', 'Second good.']);
  assert.deepEqual(errors.map((e) => e.origin), [missing, binary, latin1, empty, blank, emptyDir]);
  assert.match(errors[0]!.message, /no such file or directory/);
  assert.match(errors[1]!.message, /binary data \(NUL byte at byte 15\)/);
  assert.match(errors[2]!.message, /invalid UTF-8 at byte 12 \(line 2\)/);
  assert.match(errors[3]!.message, /empty file/);
  assert.match(errors[4]!.message, /empty file/);
  assert.match(errors[5]!.message, /no article files/);
});

test('a file over maxBytes is refused from its size alone (default limit 50 MB)', async () => {
  const big = fx.path('big/huge.txt');
  mkdirSync(fx.path('big'));
  writeFileSync(big, 'x');
  truncateSync(big, 51 * 1024 * 1024); // sparse: nothing is written to disk
  const small = fx.write('big/small.txt', 'y'.repeat(2000));
  const json = fx.write('big/small.json', JSON.stringify({ text: 'y'.repeat(2000) }));
  const byDefault = await collect([big]);
  assert.equal(byDefault.articles.length, 0);
  assert.equal(byDefault.errors.length, 1);
  assert.match(byDefault.errors[0]!.message, /file is 51\.0 MB, over the 50\.0 MB limit/);
  const capped = await collect([small, json], { maxBytes: 1000 });
  assert.deepEqual(capped.errors.map((e) => e.origin), [small, json]);
  assert.match(capped.errors[0]!.message, /over the .* limit/);
});

test('a UTF-16 file is refused with a hint', async () => {
  const p = fx.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]));
  const { errors } = await collect([p]);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /UTF-16/);
});

test('a UTF-8 BOM is not part of the text', async () => {
  const p = fx.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2024-01-17 With BOM.')]));
  const { articles } = await collect([p]);
  assert.equal(articles[0]!.text, 'With BOM.');
  assert.equal(articles[0]!.published, '2024-01-17');
});

test('the same folder listed twice is read twice (inputs are independent)', async () => {
  fx.write('twice/x.txt', 'X.');
  const { articles } = await collect([fx.path('twice'), join(fx.dir, 'twice')]);
  assert.equal(articles.length, 2);
});

test('a broken symlink in a folder is one message; the rest of the folder is read', async () => {
  fx.write('links/a.txt', 'A.');
  symlinkSync(fx.path('links/nowhere.txt'), fx.path('links/b.txt'));
  fx.write('links/c.txt', 'C.');
  const { articles, errors } = await collect([fx.path('links')]);
  assert.deepEqual(articles.map((a) => a.text), ['A.', 'C.']);
  assert.deepEqual(errors, [{ origin: fx.path('links/b.txt'), message: 'no such file or directory' }]);
});
