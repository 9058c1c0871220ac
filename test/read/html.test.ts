import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { collect, Fixtures } from './helpers.js';

const fx = new Fixtures();
after(() => fx.remove());

const filler = 'The delegations discussed border security, customs cooperation and the exchange of liaison officers at length. ';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Border talks | The Example Post</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border talks</h1>${body}</article>
<footer>Copyright Example Post. All rights reserved.</footer></body></html>`;
}

const BODY = `<p>Interior ministers met in <b>Ankara</b> on Monday — their “first” meeting since 2019. ${filler}</p>
<p>Jürgen Stock, the   Interpol chief,
attended. ${filler}</p><p>A third paragraph closes the story. ${filler}</p>`;

test('HTML: main text as paragraphs separated by blank lines, boilerplate left out, metadata read', async () => {
  const p = fx.write('story.html', page(`
    <meta property="og:site_name" content="The Example Post">
    <meta property="og:title" content="Border talks resume">
    <meta property="article:published_time" content="2023-10-02T18:45:00+03:00">
    <link rel="canonical" href="https://post.example/border-talks">`, BODY));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  const a = articles[0]!;
  assert.equal(a.id, 'story');
  assert.equal(a.published, '2023-10-02');
  assert.equal(a.outlet, 'The Example Post');
  assert.equal(a.title, 'Border talks resume');
  assert.equal(a.url, 'https://post.example/border-talks');
  assert.equal(a.language, 'en-GB');
  const paras = a.text.split('\n\n');
  assert.equal(paras.length, 3, a.text);
  assert.ok(paras[0]!.startsWith('Interior ministers met in Ankara on Monday — their “first” meeting since 2019.'));
  assert.ok(paras[1]!.startsWith('Jürgen Stock, the Interpol chief, attended.'));
  assert.doesNotMatch(a.text, /Copyright|Home/);
});

test('HTML: published from JSON-LD datePublished when no meta tag has it; a broken meta date is skipped', async () => {
  const p = fx.write('ld.htm', page(`<meta name="pubdate" content="not a date">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
      {"@type":"NewsArticle","datePublished":"2021-07-09T06:00:00Z","headline":"LD headline","publisher":{"@type":"Organization","name":"LD Wire"}}]}</script>`, BODY));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.equal(articles[0]!.published, '2021-07-09');
  assert.equal(articles[0]!.title, 'LD headline');
  assert.equal(articles[0]!.outlet, 'LD Wire');
});

test('HTML: published from <time datetime>; --outlet and --published override the page', async () => {
  const p = fx.write('time.html', page('<meta property="og:site_name" content="Page Name">', `<p><time datetime="2020-02-03">3 Feb</time></p>${BODY}`));
  const plain = await collect([p]);
  assert.equal(plain.articles[0]!.published, '2020-02-03');
  assert.equal(plain.articles[0]!.outlet, 'Page Name');
  const over = await collect([p], { outlet: 'Mine', published: '2020-01-01' });
  assert.equal(over.articles[0]!.published, '2020-01-01');
  assert.equal(over.articles[0]!.outlet, 'Mine');
});

test('HTML: a page declaring windows-1252 is decoded with that charset', async () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf\u00e9 talks \u2014 ${filler}</p></body></html>`;
  const p = fx.write('latin.html', Buffer.from(html.replace('\u2014', '\x97'), 'latin1'));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.match(articles[0]!.text, /^Café talks — The delegations/);
});

test('HTML: a short page still gives its text; a page without text is one error', async () => {
  const short = fx.write('short.html', '<html><body><p>Seoul protested.</p><p>Tokyo replied.</p></body></html>');
  const blank = fx.write('blank.html', '<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>');
  const { articles, errors } = await collect([short, blank]);
  assert.deepEqual(articles.map((a) => a.text), ['Seoul protested.\n\nTokyo replied.']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.origin, blank);
  assert.match(errors[0]!.message, /no readable text/);
});

test('HTML: a page whose only text is a BOM, a no-break space or a line separator is one error, not an empty article', async () => {
  const pages = ['<p>\ufeff</p>', '<html><body><p>\u00a0</p></body></html>', '<script>x</script>\u2028'].map((h, k) => fx.write(`space${k}.html`, h));
  const { articles, errors } = await collect(pages);
  assert.deepEqual(articles, []);
  assert.deepEqual(errors.map((e) => e.origin), pages);
  for (const e of errors) assert.match(e.message, /no readable text/);
});

test('HTML: a fragment without <html>/<body>, or plain text in a .html file, still gives its text', async () => {
  const frag = fx.write('frag.html', '<p>Kenya and Somalia agreed to reopen the border.</p><p>Talks continue.</p>');
  const plain = fx.write('plain.htm', 'Plain words &amp; no tags.');
  const { articles, errors } = await collect([frag, plain]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.text), ['Kenya and Somalia agreed to reopen the border.\n\nTalks continue.', 'Plain words & no tags.']);
});
