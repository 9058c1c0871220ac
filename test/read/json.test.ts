import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { collect, Fixtures } from './helpers.js';

const fx = new Fixtures();
after(() => fx.remove());

test('a .json object is one article; its id defaults to the file name', async () => {
  const p = fx.write('one.json', JSON.stringify({ text: 'Ankara protested.', published: '2022-11-05', title: 'T' }, null, 2));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  assert.deepEqual([articles[0]!.id, articles[0]!.published, articles[0]!.title, articles[0]!.origin], ['one', '2022-11-05', 'T', p]);
});

test('a .json array gives one article per item; a bad item is reported as path[i] and the others are kept', async () => {
  const p = fx.write('many.json', JSON.stringify([{ id: 'x', text: 'One.' }, { text: 'Two.' }, { title: 'no text' }, { text: 'Four.', id: 4 }]));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(articles.map((a) => [a.id, a.origin]), [['x', `${p}[0]`], ['many:2', `${p}[1]`], ['4', `${p}[3]`]]);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, `${p}[2]`);
  assert.match(errors[0]!.message, /field "text" is missing/);
});

test('broken JSON, an empty array and a non-object each give one message', async () => {
  const broken = fx.write('broken.json', '{"text": "a",}');
  const emptyArr = fx.write('empty.json', '[]');
  const num = fx.write('num.json', '42');
  const { articles, errors } = await collect([broken, emptyArr, num]);
  assert.equal(articles.length, 0);
  assert.deepEqual(errors.map((e) => e.origin), [broken, emptyArr, num]);
  assert.match(errors[0]!.message, /^invalid JSON: /);
  assert.match(errors[1]!.message, /empty JSON array/);
  assert.match(errors[2]!.message, /expected a JSON object/);
});
