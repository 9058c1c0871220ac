// Size limits that keep reading an article linear in its length, whatever the text: a megabyte with no space, a
// megabyte with no full stop. Every limit cuts at a character position of the article text, so offsets stay exact.

/** Longest run of non-space characters handed to wink-nlp as one piece; longer runs are cut into pieces this long.
 * (wink's abbreviation test is quadratic in a token's length; no word or ordinary URL in news is this long.) */
export const MAX_TOKEN_CHARS = 500;

/** Most tokens in one sentence; longer runs (a megabyte with no full stop) are cut into sentences of at most this many.
 * Every sentence-level scan, and the tagger and parser, then work on a bounded window. */
export const MAX_SENTENCE_TOKENS = 250;

/** The text wink-nlp reads, with a space inserted wherever a run of non-space characters reached MAX_TOKEN_CHARS. */
export interface CappedText {
  text: string;
  /** positions in `text` of the inserted spaces, ascending */
  inserted: number[];
}

const isRunBreak = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Cut every run of more than `max` characters with no ASCII space, tab or line break by inserting a space (at a code
 * point boundary, never inside a surrogate pair). Only ASCII separators end a run, so whatever else wink takes for
 * whitespace, none of its tokens is longer than `max` (+1 for a pair). The text is returned as is when nothing is cut.
 */
export function capRuns(text: string, max = MAX_TOKEN_CHARS): CappedText {
  const inserted: number[] = [];
  const parts: string[] = [];
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRunBreak(c)) { run = 0; continue; }
    if (run >= max && !isLowSurrogate(c)) {
      parts.push(text.slice(from, i));
      inserted.push(i + inserted.length);
      from = i;
      run = 0;
    }
    run++;
  }
  if (inserted.length === 0) return { text, inserted };
  parts.push(text.slice(from));
  return { text: parts.join(' '), inserted };
}

/** Maps offsets of a CappedText back to the original text, for ascending offsets (one pass over a document). */
export function offsetMapper(inserted: readonly number[]): (at: number) => number {
  let k = 0;
  return (at: number): number => {
    while (k < inserted.length && inserted[k]! < at) k++;
    return at - k;
  };
}

/** Cut [start, end) into pieces of at most `max` characters, never inside a surrogate pair. */
export function splitSpan(text: string, start: number, end: number, max = MAX_TOKEN_CHARS): { start: number; end: number }[] {
  if (end - start <= max) return [{ start, end }];
  const out: { start: number; end: number }[] = [];
  let a = start;
  while (end - a > max) {
    let b = a + max;
    if (isLowSurrogate(text.charCodeAt(b))) b++;
    out.push({ start: a, end: b });
    a = b;
  }
  if (a < end) out.push({ start: a, end });
  return out;
}

/**
 * Where to cut a run of `n` tokens into pieces of at most `max`: the end (exclusive, relative to the run) of each
 * piece. A piece ends after the last punctuation mark in its final quarter when there is one, else at `max`.
 */
export function sentenceCuts(n: number, max: number, isPunct: (k: number) => boolean): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (n - from > max) {
    let cut = from + max;
    for (let k = from + max - 1; k >= from + Math.floor((max * 3) / 4); k--) {
      if (isPunct(k)) { cut = k + 1; break; }
    }
    cuts.push(cut);
    from = cut;
  }
  cuts.push(n);
  return cuts;
}

/** Most characters wink-nlp reads at once: a longer text is read in pieces, cut between paragraphs where it can, so
 * that wink's memory and the cost of its bookkeeping stay those of one piece. Ordinary articles are one piece. */
export const MAX_CHUNK_CHARS = 100_000;

/**
 * Where to cut a text into pieces of at most `max` characters: the end of each piece. A piece ends after the last
 * paragraph break ("\n\n") in its second half, else the last line break, else the last space, else at `max` (never
 * inside a surrogate pair). Each cut looks at `max` characters at most.
 */
export function chunkEnds(text: string, max = MAX_CHUNK_CHARS): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const lo = from + Math.floor(max / 2);
    const window = text.slice(lo, from + max);
    let cut = -1;
    for (const sep of ['\n\n', '\n', ' ']) {
      const k = window.lastIndexOf(sep);
      if (k >= 0) { cut = lo + k + sep.length; break; }
    }
    if (cut < 0) cut = isLowSurrogate(text.charCodeAt(from + max)) ? from + max + 1 : from + max;
    ends.push(cut);
    from = cut;
  }
  ends.push(text.length);
  return ends;
}
