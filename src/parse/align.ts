// Raw-text scoring of tokenisation, sentence splitting, tagging and parsing, in the manner of the CoNLL 2018
// shared task evaluation: predicted and gold words are aligned by their character spans. Here both sides carry
// offsets into the same raw document text, so two words align exactly when their [start, end) spans are equal
// (the 2018 script aligns on the text with whitespace removed; with a shared text the two are the same, except
// that the 2018 script's LCS treatment of multiword tokens is not needed: gold multiword tokens are split into
// their syntactic words' own spans by goldDocuments).

import { spaceAfter, type ConlluSentence } from './conllu.js';

export interface AnnotatedToken {
  start: number;
  end: number;
  upos: string;
  /** 0-based index of the head within the same sentence; -1 = root. */
  head: number;
  deprel: string;
}

export interface AnnotatedSentence {
  start: number;
  end: number;
  tokens: AnnotatedToken[];
}

export interface Prf {
  gold: number;
  pred: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface RawScores {
  /** Words whose span matches a gold word's span. */
  tokens: Prf;
  /** Sentences whose [start, end) span matches a gold sentence's span. */
  sentences: Prf;
  /** Aligned words with the same UPOS. */
  upos: Prf;
  /** Aligned words whose head is the aligned counterpart of the gold head (or both root). */
  uas: Prf;
  /** UAS and the same relation (by default the universal part, before ':', as in CoNLL 2018). */
  las: Prf;
}

export interface ScoreOptions {
  /** 'universal' (default, CoNLL 2018: 'nmod:poss' counts as 'nmod') or 'full' (subtypes must match too). */
  labels?: 'universal' | 'full';
}

export function prf(gold: number, pred: number, correct: number): Prf {
  const precision = pred > 0 ? correct / pred : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = gold + pred > 0 ? (2 * correct) / (gold + pred) : 0;
  return { gold, pred, correct, precision, recall, f1 };
}

/** Sums the counts of several scores (e.g. one per document) and recomputes the ratios. */
export function mergeScores(list: RawScores[]): RawScores {
  const keys = ['tokens', 'sentences', 'upos', 'uas', 'las'] as const;
  const out = {} as RawScores;
  for (const k of keys) {
    let g = 0;
    let p = 0;
    let c = 0;
    for (const s of list) {
      g += s[k].gold;
      p += s[k].pred;
      c += s[k].correct;
    }
    out[k] = prf(g, p, c);
  }
  return out;
}

function label(deprel: string, mode: 'universal' | 'full'): string {
  if (mode === 'full') return deprel;
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
}

/**
 * Scores predicted sentences against gold sentences over one raw text (offsets of both sides index the same text;
 * to score several documents, call once per document and mergeScores the results, or shift offsets so they do not
 * overlap). Token/sentence precision = correct / predicted, recall = correct / gold. UPOS, UAS and LAS are given
 * as F1 over the same denominators (with gold tokenisation they equal accuracy).
 */
export function scoreRaw(gold: AnnotatedSentence[], pred: AnnotatedSentence[], options: ScoreOptions = {}): RawScores {
  const mode = options.labels ?? 'universal';
  // flatten gold words; key by span
  const goldWords: { s: number; k: number; t: AnnotatedToken }[] = [];
  const goldBySpan = new Map<string, number>();
  const goldFirst: number[] = []; // index into goldWords of each sentence's first word
  for (let s = 0; s < gold.length; s++) {
    goldFirst.push(goldWords.length);
    const toks = gold[s]!.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const key = `${t.start}:${t.end}`;
      if (!goldBySpan.has(key)) goldBySpan.set(key, goldWords.length);
      goldWords.push({ s, k, t });
    }
  }
  const goldSentSpans = new Set<string>();
  for (const s of gold) goldSentSpans.add(`${s.start}:${s.end}`);

  let predWords = 0;
  let tokCorrect = 0;
  let uposCorrect = 0;
  let uasCorrect = 0;
  let lasCorrect = 0;
  let sentCorrect = 0;
  const usedGold = new Set<number>();
  for (const ps of pred) {
    if (goldSentSpans.has(`${ps.start}:${ps.end}`)) sentCorrect++;
    // alignment of this sentence's words (index into goldWords or -1)
    const al: number[] = new Array(ps.tokens.length);
    for (let k = 0; k < ps.tokens.length; k++) {
      const t = ps.tokens[k]!;
      const g = goldBySpan.get(`${t.start}:${t.end}`);
      // a gold word is aligned at most once (duplicate predicted spans count once)
      al[k] = g !== undefined && !usedGold.has(g) ? g : -1;
      if (al[k]! >= 0) usedGold.add(al[k]!);
    }
    predWords += ps.tokens.length;
    for (let k = 0; k < ps.tokens.length; k++) {
      const g = al[k]!;
      if (g < 0) continue;
      tokCorrect++;
      const pt = ps.tokens[k]!;
      const gw = goldWords[g]!;
      if (pt.upos === gw.t.upos) uposCorrect++;
      // gold head as a goldWords index (-1 root)
      const goldHead = gw.t.head < 0 ? -1 : goldFirst[gw.s]! + gw.t.head;
      const predHead = pt.head < 0 ? -1 : pt.head < al.length ? al[pt.head]! : -2;
      const headOk = goldHead === -1 ? pt.head < 0 : predHead === goldHead;
      if (headOk) {
        uasCorrect++;
        if (label(pt.deprel, mode) === label(gw.t.deprel, mode)) lasCorrect++;
      }
    }
  }
  const goldN = goldWords.length;
  return {
    tokens: prf(goldN, predWords, tokCorrect),
    sentences: prf(gold.length, pred.length, sentCorrect),
    upos: prf(goldN, predWords, uposCorrect),
    uas: prf(goldN, predWords, uasCorrect),
    las: prf(goldN, predWords, lasCorrect),
  };
}

export interface GoldDocument {
  id: string;
  text: string;
  sentences: AnnotatedSentence[];
}

function docIdOf(comment: string): string | null {
  const m = /^#\s*newdoc(?:\s+id\s*=\s*(.*))?\s*$/.exec(comment);
  if (!m) return null;
  return (m[1] ?? '').trim();
}

function isNewpar(comment: string): boolean {
  return /^#\s*newpar(?:\s|$)/.test(comment);
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/**
 * Sentence words with offsets into `text` (which is the sentence text, starting at `base` in the document).
 * Each word is found at the current position after skipping whitespace; a word whose form is not there
 * (a form that differs from the text) takes the characters up to the next whitespace, or if that is longer than
 * the form, the form's length, so later words still align.
 */
function placeWords(text: string, base: number, forms: string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const form of forms) {
    while (pos < text.length && isWs(text.charCodeAt(pos))) pos++;
    let end: number;
    if (text.startsWith(form, pos)) {
      end = pos + form.length;
    } else {
      // forms with internal spaces written without them, or normalised characters: take the same length,
      // clipped to the text, and never inside whitespace-free text beyond the next space
      let e = pos;
      while (e < text.length && !isWs(text.charCodeAt(e)) && e - pos < form.length) e++;
      end = Math.max(e, Math.min(text.length, pos + 1));
    }
    spans.push({ start: base + pos, end: base + end });
    pos = end;
  }
  return spans;
}

/**
 * Rebuilds each document's raw text from a CoNLL-U sentence list: a new document starts at each `# newdoc`
 * comment (the id is its `id = …`, or `doc<N>` when there is none); within a document, sentences are joined by
 * a space, paragraphs (`# newpar`) by a blank line ("\n\n"). A sentence's text is its `# text` comment, or, when
 * absent, its forms joined by a space unless MISC has SpaceAfter=No. Word offsets come from finding each form in
 * the sentence text in order (a multiword token's words are placed inside it: "don't" → "do" [0,2), "n't" [2,5)).
 * Heads become 0-based indices within the sentence (-1 = root).
 */
export function goldDocuments(sentences: ConlluSentence[]): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let parts: string[] = [];
  let len = 0;
  let cur: { id: string; sentences: AnnotatedSentence[] } | null = null;
  const close = (): void => {
    if (cur) docs.push({ id: cur.id, text: parts.join(''), sentences: cur.sentences });
    cur = null;
    parts = [];
    len = 0;
  };
  for (const s of sentences) {
    let newDoc: string | null = null;
    let newPar = false;
    for (const c of s.comments) {
      const d = docIdOf(c);
      if (d !== null) newDoc = d;
      else if (isNewpar(c)) newPar = true;
    }
    if (newDoc !== null || !cur) {
      close();
      cur = { id: newDoc || `doc${docs.length + 1}`, sentences: [] };
    } else {
      const sep = newPar ? '\n\n' : ' ';
      parts.push(sep);
      len += sep.length;
    }
    let text = s.text;
    if (text === null) {
      const b: string[] = [];
      s.tokens.forEach((t, i) => {
        b.push(t.form);
        if (i + 1 < s.tokens.length && spaceAfter(t.misc)) b.push(' ');
      });
      text = b.join('');
    }
    const spans = placeWords(text, len, s.tokens.map((t) => t.form));
    const tokens: AnnotatedToken[] = s.tokens.map((t, i) => ({
      start: spans[i]!.start,
      end: spans[i]!.end,
      upos: t.upos,
      head: t.head - 1,
      deprel: t.deprel,
    }));
    (cur as unknown as { sentences: AnnotatedSentence[] }).sentences.push({ start: len, end: len + text.length, tokens });
    parts.push(text);
    len += text.length;
  }
  close();
  return docs;
}
