// Hostile sizes (issue #14): a megabyte with no space, a megabyte with no full stop, a text of many pieces, an article
// far longer than any lookback. The tests check the structure that keeps reading linear (no token longer than the cap
// reaches wink or the models, no sentence longer than the cap, lookbacks stay in their window) and that every offset
// still points at the right characters; scripts/bench-size.ts measures the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter, normalise } from '../../src/segment/index.js';
import { MAX_CHUNK_CHARS, MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS } from '../../src/segment/limits.js';
import { loadParseModels, parseText, type ParseModels } from '../../src/parse/index.js';
import { HOSTILE_CASES } from '../../src/bench/hostile.js';
import { loadLexicons } from '../../src/lexicons.js';
import { analyse, codeArticle } from '../../src/pipeline.js';
import { validateEvent } from '../../src/output/validate.js';
import { LOOKBACK_SENTENCES, recentMentions, windowStart } from '../../src/actors/window.js';
import type { Article, Mention } from '../../src/types.js';
import { checkSegmented } from './check.js';

const HANG_GUARD = { timeout: 120_000 };
const segment = createSegmenter();
const hostile = (name: string, chars: number): string => HOSTILE_CASES.find((c) => c.name === name)!.text(chars);
const article = (text: string): Article => ({ id: 'hostile', text, published: '2025-02-10', outlet: null, url: null, title: null, language: 'en', origin: 'test' });

test('a 300,000-character word reaches wink in pieces of at most MAX_TOKEN_CHARS, each at its own offset', HANG_GUARD, () => {
  const text = hostile('token', 300_000);
  const seg = segment(text);
  checkSegmented(text, seg);
  for (const t of seg.tokens) {
    assert.ok(t.text.length <= MAX_TOKEN_CHARS, `a token of ${t.text.length} characters`);
    // what wink read at that place is the text there (no inserted space shifted it)
    assert.equal(t.lower, normalise(t.text));
  }
  assert.equal(seg.tokens.filter((t) => /^[a-z]{20,}$/.test(t.text)).reduce((n, t) => n + t.text.length, 0), 300_000);
});

test('a 200,000-character sentence with no full stop is cut into sentences of at most MAX_SENTENCE_TOKENS tokens', HANG_GUARD, () => {
  const text = hostile('sentence', 200_000);
  const seg = segment(text);
  checkSegmented(text, seg);
  assert.ok(seg.sentences.length >= seg.tokens.length / MAX_SENTENCE_TOKENS);
  for (const s of seg.sentences) assert.ok(s.last - s.first <= MAX_SENTENCE_TOKENS, `a sentence of ${s.last - s.first} tokens`);
});

test('a text longer than MAX_CHUNK_CHARS is read in pieces with the same tokens as its paragraphs alone', HANG_GUARD, () => {
  const text = hostile('news', 3 * MAX_CHUNK_CHARS + 12_345);
  const seg = segment(text);
  checkSegmented(text, seg);
  // the pieces are cut between paragraphs: each paragraph gives the tokens it gives alone
  const para = text.indexOf('\n\n', 2 * MAX_CHUNK_CHARS + 1000) + 2;
  const paraEnd = text.indexOf('\n\n', para);
  const alone = segment(text.slice(para, paraEnd));
  const inside = seg.tokens.filter((t) => t.start >= para && t.end <= paraEnd);
  assert.deepEqual(inside.map((t) => [t.start - para, t.text, t.pos]), alone.tokens.map((t) => [t.start, t.text, t.pos]));
});

test('CJK and emoji with no space or full stop: pieces never split a surrogate pair', HANG_GUARD, () => {
  const text = hostile('cjk', 50_000);
  const seg = segment(text);
  checkSegmented(text, seg);
  for (const t of seg.tokens) {
    assert.ok(t.text.length <= MAX_TOKEN_CHARS + 1);
    assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(t.text), `a token cut inside a surrogate pair at ${t.start}`);
  }
});

let models: ParseModels | undefined;
const parseModels = (): ParseModels => (models ??= loadParseModels());

test('the tagger and parser never see a sentence longer than MAX_SENTENCE_TOKENS nor a token longer than MAX_TOKEN_CHARS', HANG_GUARD, () => {
  const m = parseModels();
  const seen: number[] = [];
  // a tagger that records the length of every sentence it is given
  const tagger = Object.create(m.tagger) as typeof m.tagger;
  tagger.tag = (ids) => { seen.push(ids.n); return m.tagger.tag(ids); };
  const spy: ParseModels = { ...m, tagger };
  const text = `${hostile('token', 20_000)} ${hostile('sentence', 20_000)}`;
  const syntax = parseText(spy, text, [{ start: 0, end: text.length }], { entities: false });
  assert.ok(seen.length > 1 && seen.every((n) => n <= MAX_SENTENCE_TOKENS), `sentences of ${Math.max(...seen)} tokens`);
  for (const t of syntax.tokens) {
    assert.ok(t.end - t.start <= MAX_TOKEN_CHARS + 1, `a token of ${t.end - t.start} characters`);
    assert.equal(t.text, text.slice(t.start, t.end));
  }
});

test('a lookback for "the police" reaches LOOKBACK_SENTENCES back, not to the start of any long text', HANG_GUARD, () => {
  const lex = loadLexicons({ parse: false });
  const police = (filler: number): Mention => {
    const text = `Colombian police raided a farm on Monday. ${'The weather was mild that day. '.repeat(filler)}The police arrested two men.`;
    const doc = analyse(article(text), lex);
    return doc.mentions.find((m) => m.text === 'police')!;
  };
  // within the window: the same body as before
  assert.equal(police(LOOKBACK_SENTENCES - 2).country, 'COL');
  // beyond it: not looked up (the work per mention is bounded)
  assert.equal(police(LOOKBACK_SENTENCES + 50).country, null);
});

test('windowStart and recentMentions find the window by sentence, in mentions sorted by sentence', () => {
  const ms = Array.from({ length: 1000 }, (_, k) => ({ sent: Math.floor(k / 3) }) as Mention);
  assert.equal(windowStart(ms, 10), 0);
  const from = windowStart(ms, 300);
  assert.equal(ms[from]!.sent, 300 - LOOKBACK_SENTENCES + 1);
  assert.equal(ms[from - 1]!.sent, 300 - LOOKBACK_SENTENCES);
  const recent = recentMentions(ms, 300);
  assert.equal(recent[0]!.sent, 300 - LOOKBACK_SENTENCES + 1);
  assert.equal(recent[recent.length - 1]!.sent, 300);
});

test('hostile texts code into contract-valid events whose evidence and trigger offsets are exact', HANG_GUARD, () => {
  const lex = loadLexicons();
  for (const [name, chars] of [['token', 200_000], ['dotted-token', 100_000], ['sentence', 100_000], ['article', 60_000]] as const) {
    const text = hostile(name, chars);
    const events = codeArticle(article(text), lex);
    for (const e of events) assert.deepEqual(validateEvent(e, text), [], `${name}: ${e.evidence.text.slice(0, 80)}`);
    for (const e of events) assert.ok(e.evidence.end - e.evidence.start <= MAX_SENTENCE_TOKENS * (MAX_TOKEN_CHARS + 2));
    if (name !== 'dotted-token') assert.ok(events.length > 0, `${name}: no event`);
  }
});
