// The parse stage measured on the treebanks' test splits: UPOS accuracy, UAS and LAS with the gold tokens
// (`readout parse --input conllu`), and the same from raw text (readout's sentence splitter and tokeniser,
// scored CoNLL 2018 style by aligning character spans).
import { existsSync, readFileSync } from 'node:fs';
import { parseConllu, type ConlluSentence } from '../parse/conllu.js';
import { analyseSentence, parseText, type ParseModels } from '../parse/index.js';
import { goldDocuments, mergeScores, scoreRaw, type AnnotatedSentence, type RawScores } from '../parse/align.js';
import type { Segmenter } from '../segment/index.js';
import type { MetricRow, PublishedFigure, SuiteOutcome, SuiteResult } from './types.js';
import { round1 } from './types.js';

export interface GoldTokenScores {
  words: number;
  upos: number;
  uas: number;
  /** labels with their subtypes (nmod:poss) */
  las: number;
  /** the universal part only (nmod), as the CoNLL 2018 scorer counts */
  lasUniversal: number;
}

const universal = (l: string): string => l.split(':')[0]!;

export function scoreGoldTokens(models: ParseModels, sents: readonly ConlluSentence[]): GoldTokenScores {
  const s: GoldTokenScores = { words: 0, upos: 0, uas: 0, las: 0, lasUniversal: 0 };
  for (const sent of sents) {
    const a = analyseSentence(models, sent.tokens.map((t) => t.form));
    sent.tokens.forEach((t, k) => {
      s.words++;
      if (a.upos[k] === t.upos) s.upos++;
      if (a.heads[k]! + 1 !== t.head) return;
      s.uas++;
      if (a.deprels[k] === t.deprel) s.las++;
      if (universal(a.deprels[k]!) === universal(t.deprel)) s.lasUniversal++;
    });
  }
  return s;
}

export function scoreRawText(models: ParseModels, split: Segmenter, sents: ConlluSentence[]): RawScores {
  const all: RawScores[] = [];
  for (const doc of goldDocuments(sents)) {
    const syntax = parseText(models, doc.text, split(doc.text).sentences);
    const pred: AnnotatedSentence[] = syntax.sentences.map((s) => ({
      start: s.start, end: s.end,
      tokens: syntax.tokens.slice(s.first, s.last).map((t) => ({ start: t.start, end: t.end, upos: t.upos, head: t.head < 0 ? -1 : t.head - s.first, deprel: t.deprel })),
    }));
    all.push(scoreRaw(doc.sentences, pred, { labels: 'full' }));
  }
  return mergeScores(all);
}

/** Published figures on EWT test with gold tokenisation (../shared/corpora/README.md). */
const EWT_PUBLISHED: Record<string, PublishedFigure[]> = {
  upos: [{ who: 'UDPipe 1.2', value: 94.4 }, { who: 'transformer (spaCy en_udv25_englishewt_trf)', value: 96.9 }],
  uas: [{ who: 'UDPipe 1.2', value: 84.5 }, { who: 'TagTeam.js', value: 85.3 }, { who: 'transformer', value: 91.9 }],
  las: [{ who: 'UDPipe 1.2', value: 81.2 }, { who: 'TagTeam.js', value: 83.2 }, { who: 'transformer', value: 89.4 }],
};

export interface TreebankSuite {
  suite: string;
  title: string;
  path: string;
  /** keep only sentences whose id starts with this (a GUM genre) */
  idPrefix?: string;
  published?: boolean;
}

export function runTreebankSuite(t: TreebankSuite, parse: { models: ParseModels; split: Segmenter } | undefined): SuiteOutcome {
  if (!existsSync(t.path)) return { suite: t.suite, title: t.title, skipped: `${t.path} not found` };
  if (!parse) return { suite: t.suite, title: t.title, skipped: 'no parse models (run npm run train)' };
  const { models, split } = parse;
  let sents = parseConllu(readFileSync(t.path, 'utf8'), t.path);
  if (t.idPrefix) {
    // keep whole documents of the genre, so the raw text has its own paragraphs
    const keep: ConlluSentence[] = [];
    let inDoc = false;
    for (const s of sents) {
      if (s.comments.some((c) => /^#\s*newdoc/.test(c))) inDoc = (s.sentId ?? '').startsWith(t.idPrefix);
      if (inDoc) keep.push(s);
    }
    sents = keep;
  }
  const g = scoreGoldTokens(models, sents);
  const raw = scoreRawText(models, split, sents);
  const pub = (k: string): PublishedFigure[] => (t.published ? EWT_PUBLISHED[k] ?? [] : []);
  const row = (key: string, label: string, value: number, n: number, published: PublishedFigure[] = []): MetricRow =>
    ({ suite: t.suite, metric: `${t.suite}.${key}`, label, value: round1(value), n, published });
  const p = (x: number, n: number): number => (n === 0 ? 0 : (100 * x) / n);
  const result: SuiteResult<{ gold: GoldTokenScores; raw: RawScores }> = {
    suite: t.suite,
    title: t.title,
    report: { gold: g, raw },
    rows: [
      row('upos', 'UPOS accuracy, gold tokens', p(g.upos, g.words), g.words, pub('upos')),
      row('uas', 'UAS, gold tokens', p(g.uas, g.words), g.words, pub('uas')),
      row('las', 'LAS, gold tokens (full labels: nmod:poss ≠ nmod)', p(g.las, g.words), g.words),
      // the published LAS figures count universal relations only (the CoNLL 2017/2018 scorer)
      row('las-universal', 'LAS, gold tokens (universal relations, as the CoNLL 2018 scorer counts)', p(g.lasUniversal, g.words), g.words, pub('las')),
      row('raw.tokens', 'raw text: token F1', 100 * raw.tokens.f1, raw.tokens.gold),
      row('raw.sentences', 'raw text: sentence F1', 100 * raw.sentences.f1, raw.sentences.gold),
      row('raw.upos', 'raw text: UPOS F1', 100 * raw.upos.f1, raw.upos.gold),
      row('raw.uas', 'raw text: UAS F1', 100 * raw.uas.f1, raw.uas.gold),
      row('raw.las', 'raw text: LAS F1 (full labels)', 100 * raw.las.f1, raw.las.gold),
    ],
    notes: [
      `${sents.length} sentences, ${g.words} words. Gold tokens: \`readout parse --input conllu ${t.path}\` (tagger, parser and recogniser re-run on the treebank's words).`,
      'Raw text: each document rebuilt from its `# text` lines, split into sentences by readout\'s segmenter and tokenised by readout; words align when their character spans match (CoNLL 2018 style).',
    ],
  };
  return result;
}
