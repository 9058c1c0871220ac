import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { collect, Fixtures } from './helpers.js';
import { findDateToken, readArticleText, readContext } from '../../src/read/index.js';

const fx = new Fixtures();
after(() => fx.remove());

const NON_ASCII = 'Interpol chief “Jürgen Stock” met officials — and said China’s stance had “shifted”.\nSecond paragraph.\n';

test('a .txt file with a date token: published set, token and the whitespace after it removed', async () => {
  const p = fx.write('a/story-1.txt', ` date 2024-01-17\n\n${NON_ASCII}`);
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  const a = articles[0]!;
  assert.equal(a.id, 'story-1');
  assert.equal(a.origin, p);
  assert.equal(a.published, '2024-01-17');
  assert.equal(a.text, NON_ASCII);
  assert.equal(a.outlet, null);
  assert.equal(a.title, null);
});

test('non-ASCII text is preserved byte for byte', async () => {
  const p = fx.write('bytes.txt', NON_ASCII);
  const { articles } = await collect([p]);
  assert.ok(Buffer.from(articles[0]!.text, 'utf8').equals(Buffer.from(NON_ASCII, 'utf8')));
  assert.ok(articles[0]!.text.includes('Jürgen Stock'));
  assert.equal(articles[0]!.text.indexOf('—'), NON_ASCII.indexOf('—'));
});

test('without a date token the text is kept whole (leading whitespace and CRLF too) and published is null', async () => {
  const body = '  Date night in Paris was cancelled.\r\nThe minister left.\r\n';
  const p = fx.write('nodate.txt', body);
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.equal(articles[0]!.text, body);
  assert.equal(articles[0]!.published, null);
});

test('a file without extension is read as text', async () => {
  const p = fx.write('000_abc', 'date 2023-05-02 Talks resumed in Doha.');
  const { articles } = await collect([p]);
  assert.equal(articles[0]!.id, '000_abc');
  assert.equal(articles[0]!.published, '2023-05-02');
  assert.equal(articles[0]!.text, 'Talks resumed in Doha.');
});

test('an impossible date in the token rejects the article, naming the field', async () => {
  const p = fx.write('baddate.txt', 'date 2024-02-30\nText.');
  const { articles, errors } = await collect([p]);
  assert.equal(articles.length, 0);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, p);
  assert.match(errors[0]!.message, /field "date".*2024-02-30/);
});

test('--published and --outlet override the file; an overridden bad token is no error', async () => {
  const good = fx.write('o1.txt', 'date 2024-01-17 One.');
  const bad = fx.write('o2.txt', 'date 2024-13-01 Two.');
  const { articles, errors } = await collect([good, bad], { published: '2020-06-30T10:00:00Z', outlet: 'Wire' });
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => [a.text, a.published, a.outlet]), [['One.', '2020-06-30', 'Wire'], ['Two.', '2020-06-30', 'Wire']]);
});

test('a file holding only the date token is rejected', async () => {
  const p = fx.write('only.txt', ' date 2024-01-17 \n\n');
  const { articles, errors } = await collect([p]);
  assert.equal(articles.length, 0);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /no article text/);
});

test('findDateToken: only a leading date token counts', () => {
  assert.equal(findDateToken('date 2024-01-17 x')?.date, '2024-01-17');
  assert.equal(findDateToken('Date: 2024-01-17T08:00:00Z\nx')?.date, '2024-01-17');
  assert.equal(findDateToken('dated 2024-01-17 x'), null);
  assert.equal(findDateToken('The date 2024-01-17 x'), null);
  assert.equal(findDateToken('date 2024-01-170 x'), null);
});

test('readArticleText works on text in memory', () => {
  const r = readArticleText('date 2024-01-17 Hi.', 'x', 'mem', readContext({}));
  assert.ok(r.ok);
  assert.equal(r.article.text, 'Hi.');
});

const seed = '/work/shared/seed/000_f251993377f398fb.txt';
test('the seed article reads with its date and text', { skip: existsSync(seed) ? false : 'skipped: ../shared not present' }, async () => {
  const { articles, errors } = await collect([seed]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.published, '2024-01-17');
  assert.ok(articles[0]!.text.startsWith('Neither China'));
  assert.equal(articles[0]!.id, '000_f251993377f398fb');
});
