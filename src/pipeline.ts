// The coder as one pure function: (article, lexicons, coder version) => events.
// Stages: read (done by the caller) -> segment -> actors -> events -> time -> attribution -> output.
import type { Article, ReadoutEvent } from './types.js';

export const CODER_VERSION = '0.1.0';

/** Everything the coder knows, loaded once and passed explicitly. */
export interface Lexicons {
  /** placeholder until the lexicon stages land */
  readonly loadedFrom: string[];
}

export interface LoadOptions {
  /** extra user lexicon files (--lexicon) */
  user?: string[];
}

export function loadLexicons(opts: LoadOptions = {}): Lexicons {
  return { loadedFrom: opts.user ?? [] };
}

/** Code one article into contract events (article order, then text order). */
export function codeArticle(article: Article, lex: Lexicons): ReadoutEvent[] {
  void article;
  void lex;
  return [];
}
