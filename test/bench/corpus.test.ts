import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { genCorpus, iterCorpus, articleAsTxt } from '../../src/bench/corpus.js';
import { createRng } from '../../src/bench/prng.js';

const script = new URL('../../scripts/gen-corpus.js', import.meta.url).pathname;

/** Counting only: end punctuation, whitespace, then a capital letter. */
function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim() !== '').length;
}

test('same seed gives identical output', () => {
  const a = genCorpus({ articles: 40, sentencesPerArticle: 12, seed: 42 });
  const b = genCorpus({ articles: 40, sentencesPerArticle: 12, seed: 42 });
  assert.deepEqual(a, b);
});

test('different seeds give different output', () => {
  const a = genCorpus({ articles: 20, sentencesPerArticle: 10, seed: 1 });
  const b = genCorpus({ articles: 20, sentencesPerArticle: 10, seed: 2 });
  assert.notDeepEqual(a.map((x) => x.text), b.map((x) => x.text));
  assert.ok(a.filter((x, i) => x.text === b[i]!.text).length === 0, 'no article should repeat across seeds');
});

test('a prefix of a larger corpus equals the smaller corpus (articles are generated in order)', () => {
  assert.deepEqual(genCorpus({ articles: 5, sentencesPerArticle: 6, seed: 9 }), genCorpus({ articles: 8, sentencesPerArticle: 6, seed: 9 }).slice(0, 5));
});

test('requested article count is honoured, ids are unique, every field is filled', () => {
  for (const n of [0, 1, 137]) {
    const corpus = genCorpus({ articles: n, sentencesPerArticle: 5, seed: 3 });
    assert.equal(corpus.length, n);
    assert.equal(new Set(corpus.map((a) => a.id)).size, n);
    for (const a of corpus) {
      assert.ok(a.text.trim().length > 0, `${a.id}: empty text`);
      assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(a.published >= '2018-01-01' && a.published <= '2025-12-31', a.published);
      assert.ok(a.outlet.length > 0);
    }
  }
});

test('publication dates stay inside a requested range', () => {
  for (const a of genCorpus({ articles: 50, sentencesPerArticle: 3, seed: 5, from: '2024-02-27', to: '2024-03-02' })) {
    assert.ok(a.published >= '2024-02-27' && a.published <= '2024-03-02', a.published);
  }
});

test('roughly the requested number of sentences per article', () => {
  for (const n of [3, 8, 20]) {
    const corpus = genCorpus({ articles: 60, sentencesPerArticle: n, seed: 11 });
    const counts = corpus.map((a) => sentences(a.text));
    for (const c of counts) assert.ok(c >= Math.floor(0.75 * n) && c <= Math.ceil(1.25 * n), `n=${n}: article with ${c} sentences`);
    const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
    assert.ok(Math.abs(mean - n) <= 0.1 * n + 0.5, `n=${n}: mean ${mean}`);
  }
  assert.ok(genCorpus({ articles: 10, sentencesPerArticle: 1, seed: 1 }).every((a) => sentences(a.text) === 1));
});

test('sentence shapes are varied: attribution, passive, lists, relative dates, negation, non-events', () => {
  const all = genCorpus({ articles: 200, sentencesPerArticle: 15, seed: 123 }).map((a) => a.text).join('\n');
  for (const cue of ['according to', 'reported', 'were imposed on', 'was accused by', ' and ', 'did not sign', 'if the attacks',
    'earlier this month', 'last year', 'next week', 'spoke by phone', 'according to state media', 'readout issued by',
    'did not give further details', 'billion dollars']) {
    assert.ok(all.includes(cue), `no sentence with '${cue}'`);
  }
});

test('bad options are rejected with a message', () => {
  assert.throws(() => genCorpus({ articles: -1, sentencesPerArticle: 5, seed: 1 }), /articles/);
  assert.throws(() => genCorpus({ articles: 2.5, sentencesPerArticle: 5, seed: 1 }), /articles/);
  assert.throws(() => genCorpus({ articles: 2, sentencesPerArticle: 0, seed: 1 }), /sentencesPerArticle/);
  assert.throws(() => genCorpus({ articles: 2, sentencesPerArticle: 5, seed: 0.5 }), /seed/);
  assert.throws(() => genCorpus({ articles: 2, sentencesPerArticle: 5, seed: 1, from: '2024-02-30' }), /from/);
  assert.throws(() => genCorpus({ articles: 2, sentencesPerArticle: 5, seed: 1, from: '2024-05-01', to: '2024-04-01' }), /before/);
  assert.throws(() => iterCorpus({ articles: -1, sentencesPerArticle: 5, seed: 1 }), /articles/, 'iterCorpus checks eagerly');
});

test('createRng is deterministic and stays in range', () => {
  const a = createRng(77), b = createRng(77), c = createRng(78);
  const xs = Array.from({ length: 50 }, () => a.next());
  assert.deepEqual(xs, Array.from({ length: 50 }, () => b.next()));
  assert.notDeepEqual(xs, Array.from({ length: 50 }, () => c.next()));
  const r = createRng(1);
  for (let i = 0; i < 1000; i++) {
    const k = r.int(7);
    assert.ok(Number.isInteger(k) && k >= 0 && k < 7);
  }
  assert.throws(() => createRng(1).pick([]), /empty/);
});

test('articleAsTxt starts with the date prefix readout reads', () => {
  const [a] = genCorpus({ articles: 1, sentencesPerArticle: 3, seed: 1 });
  assert.ok(articleAsTxt(a!).startsWith(`date ${a!.published}\n`));
});

test('CLI writes JSONL or a folder of .txt files, and rejects bad flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-corpus-'));
  try {
    const file = join(dir, 'c.jsonl');
    let r = spawnSync(process.execPath, [script, '--articles', '7', '--sentences', '4', '--seed', '5', '--out', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    assert.equal(lines.length, 7);
    assert.deepEqual(lines, genCorpus({ articles: 7, sentencesPerArticle: 4, seed: 5 }));

    const folder = join(dir, 'txt');
    r = spawnSync(process.execPath, [script, '--articles', '3', '--sentences', '4', '--out', folder], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = readdirSync(folder);
    assert.equal(files.length, 3);
    assert.match(readFileSync(join(folder, files[0]!), 'utf8'), /^date \d{4}-\d{2}-\d{2}\n\S/);

    r = spawnSync(process.execPath, [script, '--articles', '3', '--frobnicate', '1', '--out', file], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown option '--frobnicate'/);
    r = spawnSync(process.execPath, [script, '--articles', '3'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out is required/);
    r = spawnSync(process.execPath, [script, '--articles', 'many', '--out', file], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /whole number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
