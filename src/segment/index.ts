// segment: sentences, tokens, POS and lemmas (wink-nlp) with exact character offsets into Article.text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types.js';

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
 * offsets that stay exact for curly quotes, em dashes and non-ASCII names.
 */
export function createSegmenter(): Segmenter {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (text: string): Segmented => {
    const doc = nlp.readDoc(text);
    const raw = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos as never) as string[];
    const lemma = doc.tokens().out(its.lemma as never) as string[];
    const types = doc.tokens().out(its.type) as string[];
    // wink token index -> our token index (whitespace tokens are dropped)
    const map = new Int32Array(raw.length).fill(-1);
    const tokens: Token[] = [];
    let off = 0;
    for (let k = 0; k < raw.length; k++) {
      off += spaces[k]!.length;
      const t = raw[k]!;
      // wink may normalise some token values; fall back to searching the text when they differ
      let start = off;
      if (text.startsWith(t, off) === false) {
        const found = text.indexOf(t, off);
        if (found >= 0 && found - off < 8) start = found;
      }
      const end = start + t.length;
      off = end;
      if (types[k] === 'tabCRLF' || t.trim() === '') continue;
      map[k] = tokens.length;
      tokens.push({
        i: tokens.length, text: text.slice(start, end), lower: normalise(t), lemma: normalise(lemma[k] ?? t),
        pos: pos[k] ?? 'X', start, end, sent: 0,
      });
    }
    const sentences: Sentence[] = [];
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
      const index = sentences.length;
      for (let i = first; i < last; i++) tokens[i]!.sent = index;
      sentences.push({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    });
    return { tokens, sentences };
  };
}
