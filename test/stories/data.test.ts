// The story test data itself (test/stories/README.md): read with readout's own reader, every gold article exists,
// every article is in exactly one story, ids are unique, and every quote is an exact substring of one sentence of its
// article as readout's segmenter splits it (else no system event could ever be aligned to it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/read/index.js';
import { createSegmenter } from '../../src/segment/index.js';
import { readStoriesGold, type GoldStory } from '../../src/eval/stories-gold.js';
import { readArticlesSync } from '../../src/eval/stories-input.js';
import type { Article } from '../../src/types.js';

// dist/test/stories/x.test.js -> repo root is three levels up
const root = fileURLToPath(new URL('../../../', import.meta.url));
const inputs = [`${root}test/stories/articles.jsonl`, `${root}examples`];
const gold: GoldStory[] = readStoriesGold(`${root}test/stories/stories.gold.jsonl`);

async function readAll(): Promise<Article[]> {
  const errors: string[] = [];
  const out: Article[] = [];
  for await (const a of readInputs(inputs, { onError: (e) => errors.push(`${e.origin}: ${e.message}`) })) out.push(a);
  assert.deepEqual(errors, [], 'every input is accepted by readout ingest');
  return out;
}

test('story data: ids are unique, every article is in exactly one gold story and every gold article exists', async () => {
  const articles = await readAll();
  const ids = articles.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'article ids are unique');
  const inGold = gold.flatMap((s) => s.articles);
  assert.equal(new Set(inGold).size, inGold.length, 'no article is in two stories');
  assert.deepEqual([...inGold].sort(), [...ids].sort(), 'the gold stories cover exactly the articles read');
  assert.ok(articles.length >= 30 && articles.length <= 45, `${articles.length} articles`);
});

test('story data: the suite reads the same articles as readout ingest', async () => {
  const sync = readArticlesSync(inputs);
  assert.deepEqual(sync.errors, []);
  const strip = (a: Article) => ({ ...a, origin: '' });
  assert.deepEqual(sync.articles.map(strip), (await readAll()).map(strip));
});

test('story data: every quote occurs once in its article, inside one sentence', async () => {
  const byId = new Map((await readAll()).map((a) => [a.id, a]));
  const segment = createSegmenter();
  const problems: string[] = [];
  for (const s of gold) {
    for (const g of s.events) {
      for (const m of g.mentions) {
        const text = byId.get(m.article)!.text;
        const at = text.indexOf(m.quote);
        const where = `${g.id} in ${m.article}: "${m.quote}"`;
        if (at < 0) problems.push(`${where} is not in the article`);
        else if (text.indexOf(m.quote, at + 1) >= 0) problems.push(`${where} occurs twice`);
        else if (!segment(text).sentences.some((x) => x.start <= at && at + m.quote.length <= x.end)) problems.push(`${where} crosses a sentence boundary`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('story data: the cases issue #12 asks for are there', async () => {
  const articles = await readAll();
  const outlet = new Map(articles.map((a) => [a.id, a.outlet]));
  const written = articles.filter((a) => a.origin.includes('test/stories'));
  for (const a of written) {
    assert.ok(a.outlet && a.published && a.title && a.url, `${a.id}: outlet, published, title and url`);
    const words = a.text.split(/\s+/).length;
    assert.ok(words >= 40 && words <= 420, `${a.id}: ${words} words`);
  }
  const outlets = (s: GoldStory) => new Set(s.articles.map((id) => outlet.get(id) ?? id)).size;
  const multi = gold.filter((s) => s.story !== 'seed-radan-wang' && s.story !== 'baltic-cable' && outlets(s) >= 3);
  assert.ok(multi.length >= 6, `${multi.length} written stories with 3+ outlets`);
  assert.ok(gold.filter((s) => s.articles.length === 1).length >= 2, 'single-article stories');

  // the seed's meeting: the police-technology offer is IRNA's alone; the counterterrorism hope is Xinhua's alone
  const seed = gold.find((s) => s.story === 'seed-radan-wang')!;
  assert.deepEqual(seed.articles.map((id) => outlet.get(id)).sort(), ['IRNA', 'Xinhua']);
  const carriers = (group: string) => seed.events.find((g) => g.id === group)!.mentions.map((m) => outlet.get(m.article));
  assert.deepEqual(carriers('seed.tech-offer'), ['IRNA']);
  assert.deepEqual(carriers('seed.counterterrorism'), ['Xinhua']);
  assert.ok(carriers('seed.talks').length === 2 && carriers('seed.mou').length === 2);
  assert.ok(articles.some((a) => a.text.includes('according to a readout issued by Washington')));

  // the bundled Baltic-cable episode is one story, by reference to examples/
  const baltic = gold.find((s) => s.story === 'baltic-cable')!;
  assert.deepEqual(baltic.articles.filter((id) => !articles.find((a) => a.id === id)!.origin.includes('examples')), []);
  assert.equal(baltic.articles.length, articles.filter((a) => a.origin.includes('examples')).length);

  // statements about another outlet's coverage (not events)
  assert.ok(written.filter((a) => /did not mention|made no mention/.test(a.text)).length >= 2, 'coverage statements');
});
