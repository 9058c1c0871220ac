// segment: sentences, tokens, POS and lemmas (wink-nlp) with exact character offsets into Article.text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types.js';
import { capRuns, chunkEnds, MAX_SENTENCE_TOKENS, offsetMapper, sentenceCuts } from './limits.js';
import { repairTags } from './repair.js';

export interface Segmented {
  tokens: Token[];
  sentences: Sentence[];
}

export type Segmenter = (text: string) => Segmented;

/** Normalise a token for matching: lower case, curly apostrophes and dashes made plain. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2014]/g, '-');
}

/**
 * Build a segmenter. wink-nlp reports tokens and the whitespace before each; summing them gives
 * offsets that stay exact for curly quotes, em dashes and non-ASCII names. wink reads the text with runs of more than
 * MAX_TOKEN_CHARS non-space characters cut (limits.ts), a text longer than MAX_CHUNK_CHARS is read in pieces, and
 * sentences longer than MAX_SENTENCE_TOKENS are cut, so that the time taken stays linear in the text's length; offsets
 * are mapped back to the article text.
 */
export function createSegmenter(): Segmenter {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return (text: string): Segmented => {
    const out: Segmented = { tokens: [], sentences: [] };
    let from = 0;
    for (const to of chunkEnds(text)) {
      readPiece(nlp, text, from, to, out);
      from = to;
    }
    return out;
  };
}

type Wink = ReturnType<typeof winkNLP>;

/** Tokens and sentences of text[from, to), appended to `out` (offsets into the whole text). */
function readPiece(nlp: Wink, text: string, from: number, to: number, out: Segmented): void {
  const its = nlp.its;
  const { tokens, sentences } = out;
  const capped = capRuns(text.slice(from, to));
  const w = capped.text;
  const toText = offsetMapper(capped.inserted);
  const doc = nlp.readDoc(w);
  const raw = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos as never) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as string[];
  const types = doc.tokens().out(its.type) as string[];
  // wink token index -> our token index (whitespace tokens are dropped)
  const map = new Int32Array(raw.length).fill(-1);
  let off = 0;
  for (let k = 0; k < raw.length; k++) {
    off += spaces[k]!.length;
    const t = raw[k]!;
    // wink may normalise some token values; fall back to searching the next few characters when they differ
    let start = off;
    if (w.startsWith(t, off) === false) {
      const found = w.slice(off, off + t.length + 7).indexOf(t);
      if (found >= 0) start = off + found;
    }
    const end = start + t.length;
    off = end;
    if (types[k] === 'tabCRLF' || t.trim() === '') continue;
    map[k] = tokens.length;
    // (no token holds an inserted space: its start maps back, and its length is its own)
    const a = from + toText(start);
    const b = a + t.length;
    tokens.push({
      i: tokens.length, text: text.slice(a, b), lower: normalise(t), lemma: normalise(lemma[k] ?? t),
      pos: pos[k] ?? 'X', start: a, end: b, sent: 0,
    });
  }
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as [number, number];
    let first = -1;
    let last = -1;
    for (let k = a; k <= b; k++) {
      const m = map[k]!;
      if (m < 0) continue;
      if (first < 0) first = m;
      last = m + 1;
    }
    if (first < 0) return;
    // "Sen. Jeff Flake (R-Ariz.) said …": wink ends a sentence at an abbreviation's period inside brackets; what
    // continues it goes on the sentence before
    const prev = sentences[sentences.length - 1];
    if (prev && prev.last === first && continuesAfterBracket(tokens, prev.first, first, last) && last - prev.first <= MAX_SENTENCE_TOKENS) {
      sentences.pop();
      first = prev.first;
    }
    let at = first;
    for (const cut of sentenceCuts(last - first, MAX_SENTENCE_TOKENS, (k) => tokens[first + k]!.pos === 'PUNCT')) {
      const index = sentences.length;
      const end = first + cut;
      for (let i = at; i < end; i++) tokens[i]!.sent = index;
      sentences.push({ index, start: tokens[at]!.start, end: tokens[end - 1]!.end, first: at, last: end });
      repairTags(tokens, at, end);
      at = end;
    }
  });
}

/**
 * Does the sentence [first, last) continue the one [prevFirst, first) before it? Either a lower-case word follows an
 * abbreviation's ".)" ("(R-Ga.) said"), or the sentence opens by closing a bracket the one before left open ("(R-S." +
 * "C.) told").
 */
function continuesAfterBracket(tokens: Token[], prevFirst: number, first: number, last: number): boolean {
  const t = tokens[first]!;
  const close = tokens[first - 1];
  const abbr = tokens[first - 2];
  if (/^[a-z]/.test(t.text) && close?.text === ')' && abbr !== undefined && abbr.text.endsWith('.')) return true;
  let open = false;
  for (let k = Math.max(prevFirst, first - 8); k < first; k++) {
    if (tokens[k]!.text === '(') open = true;
    else if (tokens[k]!.text === ')') open = false;
  }
  if (!open) return false;
  for (let k = first; k < Math.min(last, first + 3); k++) if (tokens[k]!.text === ')') return true;
  return false;
}
