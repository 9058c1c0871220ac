// parse: readout's own trained models over one text: UD tokens with exact offsets, part-of-speech tags,
// a labelled dependency tree per sentence and named-entity spans. Models are loaded once (loadParseModels)
// and passed explicitly; `parseText` is a pure function of (models, text, sentence spans).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../actors/load.js';
import { readModel } from './model-file.js';
import { Tagger } from './tagger.js';
import { Parser } from './parser.js';
import { entitySpans, Recogniser } from './ner.js';
import { loadGazetteer } from './gazetteer.js';
import { loadClusters } from './clusters.js';
import { clusterIndex, tokenIds, type ClusterIndex } from './token-features.js';
import { tokenise, type TokenSpan } from './tokenise.js';
import { MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS, splitSpan } from '../segment/limits.js';
import type { EntitySpan, Syntax, SyntaxSentence, SyntaxToken } from '../types.js';

export type { EntitySpan, Syntax, SyntaxSentence, SyntaxToken };

export interface ParseModels {
  tagger: Tagger;
  parser: Parser;
  recogniser: Recogniser;
  clusters: ClusterIndex | null;
}

/** What the models say about one sentence of given tokens. */
export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  /** 0-based head within the sentence, -1 for the root */
  heads: Int32Array;
  deprels: string[];
  ne: string[];
}


export function defaultModelDir(): string {
  return join(packageRoot(), 'models');
}

export function loadParseModels(dir = defaultModelDir(), actorsDir = join(packageRoot(), 'lexicons', 'actors')): ParseModels {
  const clustersPath = join(dir, 'clusters.txt');
  const clusters = existsSync(clustersPath) ? clusterIndex(loadClusters(clustersPath)) : null;
  const tagger = readModel(join(dir, 'tagger.model'));
  const parser = readModel(join(dir, 'parser.model'));
  const labeller = readModel(join(dir, 'labeller.model'));
  const ner = readModel(join(dir, 'ner.model'));
  // the parser and the recogniser read the tagger's class ids: they must come from one training run
  for (const [m, key] of [[parser, 'tags'], [labeller, 'tags'], [ner, 'posClasses']] as const) {
    const tags = m.header.meta[key];
    if (Array.isArray(tags) && tags.join('\n') !== tagger.header.classes.join('\n')) {
      throw new Error(`${dir}: ${m.header.name} was trained with another tagger's classes; retrain the models together (npm run train)`);
    }
  }
  return {
    tagger: new Tagger(tagger),
    parser: new Parser(parser, labeller),
    recogniser: new Recogniser(ner, loadGazetteer(actorsDir)),
    clusters,
  };
}

/** What to run besides tagging and parsing. */
export interface ParseOptions {
  /** run the recogniser (default true); callers that read only the tree skip it, and every token gets "O" */
  entities?: boolean;
}

export function analyseSentence(m: ParseModels, forms: readonly string[], opts: ParseOptions = {}): SentenceAnalysis {
  if (forms.length === 0) return { upos: [], xpos: [], heads: new Int32Array(0), deprels: [], ne: [] };
  const ids = tokenIds(forms, m.clusters);
  const tags = m.tagger.tag(ids);
  const tree = m.parser.parse(ids, tags);
  const ne = opts.entities === false ? forms.map(() => 'O') : m.recogniser.recognise(ids, forms, tags);
  return {
    upos: Array.from(tags, (c) => m.tagger.upos[c]!),
    xpos: Array.from(tags, (c) => m.tagger.xpos[c]!),
    heads: tree.heads,
    deprels: Array.from(tree.labels, (l) => m.parser.labels[l] ?? 'dep'),
    ne,
  };
}

/** Longest sentence handed to the models at once (a megabyte with no full stop is cut), and longest token (a megabyte
 * with no space is cut into pieces of MAX_TOKEN_CHARS): the models' work stays linear in the text's length. */
export { MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS };

/** UD tokens of text[start, end), none longer than MAX_TOKEN_CHARS. */
export function boundedTokens(text: string, start: number, end: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const t of tokenise(text, start, end)) {
    if (t.end - t.start <= MAX_TOKEN_CHARS) out.push(t);
    else for (const piece of splitSpan(text, t.start, t.end)) out.push(piece);
  }
  return out;
}

/**
 * Tokenise each sentence span UD-style, then tag, parse and recognise entities. Each model runs over all the text's
 * sentences before the next one starts: scoring is bound by memory, and one model's tables stay in the cache
 * while it works through the text instead of being pushed out by the other three at every sentence.
 */
export function parseText(m: ParseModels, text: string, spans: readonly { start: number; end: number }[], opts: ParseOptions = {}): Syntax {
  const parts: TokenSpan[][] = [];
  for (const span of spans) {
    const all = boundedTokens(text, span.start, span.end);
    for (let from = 0; from < all.length; from += MAX_SENTENCE_TOKENS) parts.push(all.slice(from, from + MAX_SENTENCE_TOKENS));
  }
  const formsOf = parts.map((part) => part.map((t) => text.slice(t.start, t.end)));
  const ids = formsOf.map((forms) => tokenIds(forms, m.clusters));
  const tags = ids.map((t) => m.tagger.tag(t));
  const trees = ids.map((t, k) => m.parser.parse(t, tags[k]!));
  const nes = opts.entities === false ? null : ids.map((t, k) => m.recogniser.recognise(t, formsOf[k]!, tags[k]!));
  const tokens: SyntaxToken[] = [];
  const sentences: SyntaxSentence[] = [];
  const entities: EntitySpan[] = [];
  parts.forEach((part, k) => {
    if (part.length === 0) return;
    const forms = formsOf[k]!;
    const tg = tags[k]!;
    const tree = trees[k]!;
    const ne = nes ? nes[k]! : null;
    const index = sentences.length;
    const first = tokens.length;
    for (let j = 0; j < part.length; j++) {
      const t = part[j]!;
      const h = tree.heads[j]!;
      tokens.push({
        i: first + j, start: t.start, end: t.end, text: forms[j]!, upos: m.tagger.upos[tg[j]!]!, xpos: m.tagger.xpos[tg[j]!]!,
        head: h < 0 ? -1 : first + h, deprel: m.parser.labels[tree.labels[j]!] ?? 'dep', ne: ne ? ne[j]! : 'O', sent: index,
      });
    }
    sentences.push({ index, start: part[0]!.start, end: part[part.length - 1]!.end, first, last: tokens.length });
    // entitySpans gives inclusive token ranges; Syntax keeps [first, last) like Sentence
    if (ne) {
      for (const e of entitySpans(ne)) {
        const start = part[e.first]!.start;
        const end = part[e.last]!.end;
        entities.push({ type: e.type, first: first + e.first, last: first + e.last + 1, start, end, text: text.slice(start, end), sent: index });
      }
    }
  });
  return { tokens, sentences, entities };
}
