// Property-based tests (fast-check, fixed seeds, bounded runs): any Unicode text in — emoji, CJK, right-to-left
// scripts, combining marks, lone surrogates, NUL and other controls, CRLF, very long lines — and reading never throws,
// segmentation and parse offsets are exact, and coding gives contract-valid events whose spans point at the right
// characters, in every output format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readArticleText, readContext } from '../../src/read/index.js';
import { readStdin } from '../../src/read/stdin.js';
import { readArticleHtml } from '../../src/read/html.js';
import { createSegmenter } from '../../src/segment/index.js';
import { MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS } from '../../src/segment/limits.js';
import { parseText } from '../../src/parse/index.js';
import { loadLexicons } from '../../src/lexicons.js';
import { analyse, eventsOf } from '../../src/pipeline.js';
import { createWriter, OUTPUT_FORMATS, validateEvent, writeAll } from '../../src/output/index.js';
import { exampleBodies } from '../../src/bench/hostile.js';
import type { Article } from '../../src/types.js';
import type { ReadResult } from '../../src/read/types.js';
import { checkSegmented } from '../segment/check.js';

const HANG_GUARD = { timeout: 300_000 };
// fixed seeds and bounded runs; for a deeper search, PROPERTY_RUNS_SCALE=10 runs ten times as many cases and
// PROPERTY_SEED=n adds n to every seed (a failure prints its seed and path, to replay it)
const SCALE = Math.max(1, Number(process.env['PROPERTY_RUNS_SCALE'] ?? '1') || 1);
const SEED_SHIFT = Number(process.env['PROPERTY_SEED'] ?? '0') || 0;
const run = (seed: number, numRuns: number) => ({ seed: seed + SEED_SHIFT, numRuns: Math.round(numRuns * SCALE), endOnFailure: true });

// ---- texts: news sentences mixed with every kind of Unicode trouble -------------------------------------------------
const sentences = exampleBodies().flatMap((b) => b.split(/(?<=\.)\s+/)).filter((s) => s.length > 0);
const TROUBLE = [
  '\r\n', '\n\n', '\r', '\u0000', '\u0007', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2028', '\u00a0', '\t', ' ',
  '😀', '👍🏽', '👨‍👩‍👧', '🇫🇮', 'e\u0301', '\u0301', '中国外交部', 'العربية', 'עברית', 'Ελλάδα', '“', '”', '’s', '—', '...',
  '\ud800', '\udc00', '\udbff\udfff', 'U.S.', 'Mr.', '3.5', 'http://example.org/x?y=1', '#tag', '@user',
];
/** any single UTF-16 code unit: lone surrogates, NUL and controls included */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const longLine = fc.tuple(fc.constantFrom('a', 'Finland', '😀', '中', 'א', 'e\u0301', '.', ',', '-', '\ud800', 'a.'), fc.integer({ min: 50, max: 1500 }))
  .map(([c, n]) => c.repeat(n));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sentences) },
  { weight: 2, arbitrary: fc.constantFrom(...TROUBLE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 20 }) },
  { weight: 1, arbitrary: longLine },
);
const anyText = fc.tuple(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '', '\n', '\r\n', '\n\n'))
  .map(([ps, sep]) => ps.join(sep));

const article = (text: string): Article => ({ id: 'prop', text, published: '2025-02-10', outlet: null, url: null, title: null, language: 'en', origin: 'property' });

// ---- reading ----------------------------------------------------------------------------------------------------------
const ctx = readContext({});
const noThrowResult = (r: ReadResult, origin: string): void => {
  if (r.ok) assert.ok(r.article.text.trim() !== '', 'an article with no text');
  else { assert.ok(r.error.origin.startsWith(origin)); assert.ok(r.error.message.length > 0); }
};
async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let k = 0; k < bytes.length; k += size) yield bytes.subarray(k, k + size);
}
const collect = async (it: AsyncIterable<ReadResult>): Promise<ReadResult[]> => { const out: ReadResult[] = []; for await (const r of it) out.push(r); return out; };

test('reading: a plain text keeps its body exactly, or is refused with a message', HANG_GUARD, () => {
  fc.assert(fc.property(anyText, fc.boolean(), (body, dated) => {
    const text = dated ? `date 2025-02-10\n${body}` : body;
    const r = readArticleText(text, 'a', 'a.txt', ctx);
    noThrowResult(r, 'a.txt');
    if (r.ok) assert.ok(text.endsWith(r.article.text), 'the article text is not the end of the input');
  }), run(1401, 300));
});

test('reading: JSONL lines of any text give back that text exactly (lone surrogates too); any bytes never throw', HANG_GUARD, async () => {
  await fc.assert(fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 64 }), async (texts, size) => {
    const input = Buffer.from(texts.map((text, k) => JSON.stringify({ id: `n${k}`, text })).join('\n'), 'utf8');
    const results = await collect(readStdin(chunksOf(input, size), ctx));
    assert.equal(results.length, texts.length);
    results.forEach((r, k) => {
      noThrowResult(r, 'stdin');
      if (r.ok) assert.equal(r.article.text, texts[k]);
      else assert.equal(texts[k]!.trim(), '', `line ${k + 1} refused: ${r.error.message}`);
    });
  }), run(1402, 150));
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
    for (const r of await collect(readStdin(chunksOf(bytes, size), ctx))) noThrowResult(r, 'stdin');
  }), run(1403, 300));
});

test('reading: any markup as HTML never throws', HANG_GUARD, () => {
  const markup = fc.tuple(fc.array(fc.oneof(anyText, fc.constantFrom('<p>', '</p>', '<article>', '<script>', '<br>', '<h1>', '&amp;', '&#0;', '<')), { maxLength: 12 }))
    .map(([ps]) => ps.join(''));
  fc.assert(fc.property(markup, (html) => noThrowResult(readArticleHtml(html, 'p', 'p.html', ctx), 'p.html')), run(1404, 100));
});

// ---- segmentation and parsing -----------------------------------------------------------------------------------------
const segment = createSegmenter();

test('segmentation: every token and sentence offset is exact, within the caps, for any text', HANG_GUARD, () => {
  fc.assert(fc.property(anyText, (text) => {
    const seg = segment(text);
    checkSegmented(text, seg);
    for (const t of seg.tokens) assert.ok(t.end - t.start <= MAX_TOKEN_CHARS + 1);
    for (const s of seg.sentences) assert.ok(s.last - s.first <= MAX_SENTENCE_TOKENS);
  }), run(1405, 300));
});

const lex = loadLexicons();

test('parsing: every syntax token is the characters it names and lies inside its sentence span', HANG_GUARD, () => {
  fc.assert(fc.property(anyText, (text) => {
    const spans = segment(text).sentences;
    const syntax = parseText(lex.parse!, text, spans);
    let prev = 0;
    for (const t of syntax.tokens) {
      assert.ok(t.start >= prev && t.end > t.start && t.end - t.start <= MAX_TOKEN_CHARS + 1);
      assert.equal(t.text, text.slice(t.start, t.end));
      const s = syntax.sentences[t.sent]!;
      assert.ok(t.start >= s.start && t.end <= s.end);
      prev = t.end;
    }
    for (const e of syntax.entities) assert.equal(e.text, text.slice(e.start, e.end));
  }), run(1406, 150));
});

// ---- coding and output ------------------------------------------------------------------------------------------------
test('coding: any text gives contract-valid events with exact evidence, trigger and mention offsets, in every format', HANG_GUARD, () => {
  let events = 0;
  fc.assert(fc.property(anyText, (text) => {
    const doc = analyse(article(text), lex);
    for (const m of doc.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    const out = eventsOf(doc, lex);
    events += out.length;
    for (const e of out) {
      assert.deepEqual(validateEvent(e, text), []);
      assert.equal(e.evidence.text, text.slice(e.evidence.start, e.evidence.end));
      assert.equal(doc.sentences[e.evidence.sentence]!.start, e.evidence.start);
      // JSONL round-trips exactly (lone surrogates are escaped, not replaced)
      const line = createWriter('jsonl').write(e);
      assert.deepEqual(validateEvent(JSON.parse(line), text), []);
      assert.equal((JSON.parse(line) as { evidence: { text: string } }).evidence.text, e.evidence.text);
    }
    for (const f of OUTPUT_FORMATS) assert.equal(typeof writeAll(createWriter(f), out), 'string');
  }), run(1407, 120));
  // (the texts are built so that the property is not vacuous)
  assert.ok(events > 50, `only ${events} events coded`);
});
