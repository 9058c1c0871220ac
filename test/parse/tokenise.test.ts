import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from '../../src/parse/tokenise.js';

const forms = (text: string): string[] => tokenise(text).map((t) => text.slice(t.start, t.end));

function checkSpans(text: string, toks: Array<{ start: number; end: number }>): void {
  let prev = 0;
  for (const t of toks) {
    assert.ok(t.start >= prev && t.end > t.start && t.end <= text.length, `bad span ${t.start}-${t.end}`);
    prev = t.end;
    const first = text.charCodeAt(t.start);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff && t.start > 0 && text.charCodeAt(t.start - 1) >= 0xd800 && text.charCodeAt(t.start - 1) <= 0xdbff), 'token starts inside a surrogate pair');
    const last = text.charCodeAt(t.end - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff && t.end < text.length), 'token ends inside a surrogate pair');
  }
}

test('clitics split as in EWT/GUM, with straight and curly apostrophes', () => {
  assert.deepEqual(forms("I don't know"), ['I', 'do', "n't", 'know']);
  assert.deepEqual(forms("can't won't"), ['ca', "n't", 'wo', "n't"]);
  assert.deepEqual(forms('It’s what we’re doing, isn’t it?'), ['It', '’s', 'what', 'we', '’re', 'doing', ',', 'is', 'n’t', 'it', '?']);
  assert.deepEqual(forms("I'm sure you'll see they've said he'd go"), ['I', "'m", 'sure', 'you', "'ll", 'see', 'they', "'ve", 'said', 'he', "'d", 'go']);
  assert.deepEqual(forms("John's car and the Smiths' house"), ['John', "'s", 'car', 'and', 'the', 'Smiths', "'", 'house']);
  assert.deepEqual(forms('I cannot stop, gonna go'), ['I', 'can', 'not', 'stop', ',', 'gon', 'na', 'go']);
  assert.deepEqual(forms('dont'), ['do', 'nt']);
  assert.deepEqual(forms("O'Rourke o'clock"), ["O'Rourke", "o'clock"]);
});

test('abbreviations, initials, numbers, times are kept whole; sentence-final periods split', () => {
  assert.deepEqual(forms('Mr. Smith of the U.S. met Dr. J. Jones at 10:30 a.m. yesterday.'), [
    'Mr.', 'Smith', 'of', 'the', 'U.S.', 'met', 'Dr.', 'J.', 'Jones', 'at', '10:30', 'a.m.', 'yesterday', '.',
  ]);
  assert.deepEqual(forms('e.g. 3.5% of 1,000 people on 9/11.'), ['e.g.', '3.5', '%', 'of', '1,000', 'people', 'on', '9/11', '.']);
  assert.deepEqual(forms('It cost $5 in the 1990s, the 21st century'), ['It', 'cost', '$', '5', 'in', 'the', '1990s', ',', 'the', '21st', 'century']);
  assert.deepEqual(forms('Call 713-853-3989 now'), ['Call', '713-853-3989', 'now']);
  assert.deepEqual(forms('a 5km run'), ['a', '5', 'km', 'run']);
});

test('hyphenated compounds split except after prefixes; ranges split', () => {
  assert.deepEqual(forms('its search-engine'), ['its', 'search', '-', 'engine']);
  assert.deepEqual(forms('e-mail non-profit co-founder'), ['e-mail', 'non-profit', 'co-founder']);
  assert.deepEqual(forms('2010-2015'), ['2010', '-', '2015']);
  assert.deepEqual(forms('U.S.-led'), ['U.S.', '-', 'led']);
  assert.deepEqual(forms('well -- maybe... no!!'), ['well', '--', 'maybe', '...', 'no', '!!']);
  assert.deepEqual(forms('and/or w/o'), ['and', '/', 'or', 'w/o']);
});

test('URLs, e-mail addresses, mentions, hashtags and emoticons stay whole', () => {
  assert.deepEqual(forms('See http://www.example.com/a?b=1. Mail carol.st.clair@enron.com or @user #IStandWithAhmed :) ok'), [
    'See', 'http://www.example.com/a?b=1', '.', 'Mail', 'carol.st.clair@enron.com', 'or', '@user', '#IStandWithAhmed', ':)', 'ok',
  ]);
  assert.deepEqual(forms('visit www.juancole.com.'), ['visit', 'www.juancole.com', '.']);
});

test('quotes and brackets split off', () => {
  assert.deepEqual(forms('"Yes," he said (quietly) [sic] “no” ‘maybe’'), [
    '"', 'Yes', ',', '"', 'he', 'said', '(', 'quietly', ')', '[', 'sic', ']', '“', 'no', '”', '‘', 'maybe', '’',
  ]);
});

test('offsets are exact on hostile text: curly quotes, emoji with skin tone, CJK, combining marks, zero-width and control chars', () => {
  const text = '“习近平 said” 👍🏽 café\u0301 a\u200bb x\u0000y 👨‍👩‍👧 🇬🇧!';
  const toks = tokenise(text);
  checkSpans(text, toks);
  assert.deepEqual(
    toks.map((t) => text.slice(t.start, t.end)),
    ['“', '习近平', 'said', '”', '👍🏽', 'café\u0301', 'a', 'b', 'x', 'y', '👨‍👩‍👧', '🇬🇧', '!'],
  );
  assert.deepEqual(toks[1], { start: 1, end: 4 });
  assert.deepEqual(toks[4], { start: 11, end: 15 });
});

test('start/end restrict the span and offsets stay relative to the whole text', () => {
  const text = 'Hello world. Goodbye moon.';
  const toks = tokenise(text, 13, 25);
  assert.deepEqual(toks, [
    { start: 13, end: 20 },
    { start: 21, end: 25 },
  ]);
  // a span end inside a surrogate pair is widened, never split
  const e = 'a 👍 b';
  const t2 = tokenise(e, 0, 3);
  assert.deepEqual(t2, [
    { start: 0, end: 1 },
    { start: 2, end: 4 },
  ]);
});

test('1 MB inputs with no spaces or no full stop are tokenised (linear scan)', () => {
  const words = 'word '.repeat(200_000);
  const a = tokenise(words);
  assert.equal(a.length, 200_000);
  const noSpace = 'ab-'.repeat(350_000) + 'ab';
  const b = tokenise(noSpace);
  assert.equal(b.length, 700_001);
  checkSpans(noSpace, b);
  const letters = 'x'.repeat(1_000_000);
  assert.deepEqual(tokenise(letters), [{ start: 0, end: 1_000_000 }]);
  const dotted = 'a.'.repeat(500_000);
  const c = tokenise(dotted);
  assert.equal(c.reduce((n, t) => n + (t.end - t.start), 0), 1_000_000);
  const emoji = '👍🏽'.repeat(50_000);
  const d = tokenise(emoji);
  assert.equal(d.length, 50_000);
  checkSpans(emoji, d);
});
