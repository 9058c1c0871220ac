// Every event the coder writes validates against the contract (section 2): the field set, the enums, the code
// formats, and evidence offsets that point at the evidence text. Checked on the seed, readout's own gold texts
// and the bundled examples, through the JSONL writer as a user gets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import { readInputs } from '../../src/read/index.js';
import { createWriter, validateEvent } from '../../src/output/index.js';
import type { Article } from '../../src/types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = loadLexicons();

async function articles(): Promise<Article[]> {
  const out: Article[] = [];
  const paths = [`${root}examples`];
  const seed = `${root}../shared/seed/000_f251993377f398fb.txt`;
  if (existsSync(seed)) paths.push(seed);
  for await (const a of readInputs(paths, { onError: (e) => assert.fail(`${e.origin}: ${e.message}`) })) out.push(a);
  for (const line of readFileSync(`${root}test/gold/readout.gold.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const g = JSON.parse(line) as { id: string; text: string; published: string; outlet: string | null };
    out.push({ id: g.id, text: g.text, published: g.published, outlet: g.outlet, url: null, title: null, language: 'en', origin: 'gold' });
  }
  return out;
}

test('every coded event, as written to JSONL, validates against the contract', async () => {
  const writer = createWriter('jsonl');
  let n = 0;
  for (const a of await articles()) {
    for (const e of codeArticle(a, lex)) {
      const line = writer.write(e);
      const back: unknown = JSON.parse(line);
      const problems = validateEvent(back, a.text);
      assert.deepEqual(problems, [], `${a.id} sentence ${e.evidence.sentence}: ${problems.join('; ')}`);
      n++;
    }
  }
  assert.ok(n > 100, `only ${n} events coded`);
});

test('ids are stable: the same input and coder version give the same ids, different events different ids', async () => {
  for (const a of await articles()) {
    const one = codeArticle(a, lex).map((e) => e.id);
    const two = codeArticle(a, lex).map((e) => e.id);
    assert.deepEqual(one, two);
    assert.equal(new Set(one).size, one.length, `${a.id}: duplicate ids`);
  }
});

test('events come in text order within an article', async () => {
  for (const a of await articles()) {
    const starts = codeArticle(a, lex).map((e) => e.evidence.start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y), a.id);
  }
});
