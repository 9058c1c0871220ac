import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { collect, chunks, Fixtures } from './helpers.js';
import { splitLines } from '../../src/read/lines.js';

const fx = new Fixtures();
after(() => fx.remove());

const line = (o: unknown): string => JSON.stringify(o);

test('JSONL: ids given, numeric or defaulted; all fields carried; origin path:line', async () => {
  const p = fx.write('feed.jsonl', [
    line({ id: 'a1', text: 'China and Iran signed a pact.', published: '2024-01-17T09:00:00+08:00', outlet: 'Xinhua', url: 'https://x.example/1', title: 'Pact', language: 'en' }),
    line({ id: 42, text: 'Second “quoted” — text.' }),
    '',
    line({ text: 'No id here.', outlet: null }),
  ].join('\n') + '\n');
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin]), [['a1', `${p}:1`], ['42', `${p}:2`], ['feed:4', `${p}:4`]]);
  assert.deepEqual(
    { ...articles[0]!, origin: '' },
    { id: 'a1', text: 'China and Iran signed a pact.', published: '2024-01-17', outlet: 'Xinhua', url: 'https://x.example/1', title: 'Pact', language: 'en', origin: '' },
  );
  assert.equal(articles[1]!.text, 'Second “quoted” — text.');
});

test('JSONL: each bad line gets one message naming file:line; the other lines are still read', async () => {
  const p = fx.write('mixed.ndjson', [
    line({ id: 'ok1', text: 'Fine.' }),
    '{"id": "broken", "text": "unterminated',
    line({ id: 'notext', body: 'x' }),
    line({ id: 'numtext', text: 7 }),
    line({ id: 'baddate', text: 'x', published: '2024-02-31' }),
    '[1, 2]',
    line({ id: { a: 1 }, text: 'x' }),
    line({ id: 'ok2', text: 'Also fine.', published: null }),
  ].join('\r\n'));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(articles.map((a) => a.id), ['ok1', 'ok2']);
  assert.deepEqual(errors.map((e) => e.origin), [2, 3, 4, 5, 6, 7].map((n) => `${p}:${n}`));
  assert.match(errors[0]!.message, /^invalid JSON: /);
  assert.match(errors[1]!.message, /field "text" is missing/);
  assert.match(errors[2]!.message, /field "text" must be a string/);
  assert.match(errors[3]!.message, /field "published".*2024-02-31/);
  assert.match(errors[4]!.message, /expected a JSON object/);
  assert.match(errors[5]!.message, /field "id"/);
});

test('JSONL: an invalid published is no error when --published overrides it', async () => {
  const p = fx.write('ov.jsonl', line({ text: 'x', published: 'soon', outlet: 'A' }));
  const { articles, errors } = await collect([p], { published: '2021-03-04', outlet: 'B' });
  assert.deepEqual(errors, []);
  assert.equal(articles[0]!.published, '2021-03-04');
  assert.equal(articles[0]!.outlet, 'B');
});

test('JSONL: invalid UTF-8 in one line rejects only that line', async () => {
  const good = Buffer.from(line({ id: 'g', text: 'Jürgen' }) + '\n');
  const bad = Buffer.concat([Buffer.from('{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  const p = fx.write('enc.jsonl', Buffer.concat([good, bad, good]));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(articles.map((a) => a.text), ['Jürgen', 'Jürgen']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, `${p}:2`);
  assert.match(errors[0]!.message, /invalid UTF-8 at byte 21/);
});

test('JSONL: a line over maxBytes is skipped with one message, the rest is read', async () => {
  const p = fx.write('long.jsonl', [line({ text: 'short' }), line({ text: 'x'.repeat(500) }), line({ text: 'short too' })].join('\n'));
  const { articles, errors } = await collect([p], { maxBytes: 100 });
  assert.deepEqual(articles.map((a) => a.text), ['short', 'short too']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, `${p}:2`);
  assert.match(errors[0]!.message, /over the 100-byte limit/);
});

test('JSONL: maxBytes limits lines, not the file, so large JSONL files stream through', async () => {
  const p = fx.write('many.jsonl', Array.from({ length: 50 }, (_, i) => line({ text: `Article ${i}.` })).join('\n'));
  const { articles, errors } = await collect([p], { maxBytes: 100 });
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 50);
  assert.equal(articles[49]!.id, 'many:50');
});

test('JSONL: binary data gives one message for the file; empty and blank-only files one each', async () => {
  const bin = fx.write('bin.jsonl', Buffer.from([0x7b, 0x0a, 0x00, 0x01, 0x0a, 0xff, 0x0a, 0x00, 0x0a]));
  const empty = fx.write('empty.jsonl', '');
  const blank = fx.write('blank.jsonl', '\n  \n\n');
  const { articles, errors } = await collect([bin, empty, blank]);
  assert.equal(articles.length, 0);
  assert.deepEqual(errors.map((e) => e.origin), [bin, empty, blank]);
  assert.match(errors[0]!.message, /binary data/);
  assert.match(errors[1]!.message, /empty file/);
  assert.match(errors[2]!.message, /empty file/);
});

test('splitLines: lines split across chunks, multi-byte characters across chunk edges, CRLF and a last line without newline', async () => {
  const text = Buffer.from('ab“c\r\n\nd—e\nlast');
  const parts = [text.subarray(0, 3), text.subarray(3, 7), text.subarray(7, 8), text.subarray(8, 12), text.subarray(12)];
  const out: Array<[number, string | null]> = [];
  for await (const l of splitLines(chunks(...parts), 1000)) out.push([l.line, l.bytes && l.bytes.toString('utf8')]);
  assert.deepEqual(out, [[1, 'ab“c'], [2, ''], [3, 'd—e'], [4, 'last']]);
});

test('splitLines: a line over the cap is dropped but counted, and numbering goes on', async () => {
  const out: Array<[number, string | null, number]> = [];
  for await (const l of splitLines(chunks('short\n', 'x'.repeat(10), 'y'.repeat(10), '\nok\n'), 15)) {
    out.push([l.line, l.bytes && l.bytes.toString(), l.size]);
  }
  assert.deepEqual(out, [[1, 'short', 5], [2, null, 20], [3, 'ok', 2]]);
});
