import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNonEvents } from '../../src/events/non-events.js';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';

const article = (text: string) => ({ id: 't', text, published: '2024-05-01', outlet: null, url: null, title: null, language: 'en', origin: 't' });

test('set phrases with a trigger word are not events; the same word elsewhere still is', () => {
  const lex = loadLexicons();
  assert.deepEqual(codeArticle(article('The Ethiopian government did not respond to requests for comment.'), lex), []);
  assert.equal(codeArticle(article('Ethiopia rejected the requests by Egypt for talks.'), lex).length > 0, true);
});

test('a user file adds non-event phrases; a bad line names file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-nonevents-'));
  const ok = join(dir, 'ok.jsonl');
  writeFileSync(ok, '{"phrase": "charm attack"}\n');
  assert.deepEqual(codeArticle(article('Russia launched a charm attack on Turkey.'), loadLexicons({ user: [ok] })).map((e) => e.event), []);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"phrase": "fine"}\n{"phrase": "Not Lower"}\n');
  assert.throws(() => loadNonEvents([bad]), /bad\.jsonl:2: phrase must be lower case/);
});
