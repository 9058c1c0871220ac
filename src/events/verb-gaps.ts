// Words between a phrasal verb and its particle or preposition: "spoke on Tuesday by phone with", "lashed out on
// Wednesday at", "called Monday for". Which words may stand there depends on the verb, so the dependency tree decides
// when the sentence is parsed; without a parse only time phrases and adverbs may.
import type { Token } from '../types.js';
import { pastTimeAndAdverbs } from './time-phrases.js';
import { isTemporal, type Tree } from './tree.js';

/**
 * May tokens [gapFirst, gapLast) stand between the verb at `verb` and the rest of its phrase, which starts at
 * `particle`? The caller has checked that the gap holds only words of adverbials and prepositional phrases.
 */
export type GapCheck = (verb: number, gapFirst: number, gapLast: number, particle: number) => boolean;

/** the longest gap looked through, in tokens */
export const MAX_GAP = 7;
const GAP_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Can token t be part of a gap at all: a word of an adverbial or a prepositional phrase, not a clause's verb,
 * pronoun, conjunction or punctuation? */
export function gapWord(t: Token): boolean {
  return GAP_POS.has(t.pos) && t.lower !== 'that';
}

/** Any gap of gap words: what the pre-parse pass uses to decide which sentences to parse. */
export const anyGap: GapCheck = () => true;

/** Without a parse: time phrases and adverbs only ("called Monday for", "spoke on Tuesday with"). */
export function timeGaps(tokens: readonly Token[]): GapCheck {
  return (_verb, gapFirst, gapLast) => pastTimeAndAdverbs(tokens, gapFirst, gapLast) === gapLast;
}

/** relations of a verb's dependents that may stand between it and its particle: adverbials, obliques, time nouns */
const ADVERBIAL: ReadonlySet<string> = new Set(['advmod', 'obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked', 'nmod:tmod', 'nmod:unmarked', 'npadvmod']);
const PARTICLE: ReadonlySet<string> = new Set(['compound:prt', 'case', 'mark', 'advmod']);

/**
 * With a parse: the particle is the verb's own (a compound:prt of it, or the case or mark of its oblique or clausal
 * complement), and every gap word belongs to an
 * adverbial or oblique of the verb, not to its object ("called Iran for talks" is no "call for").
 */
export function treeGaps(tokens: readonly Token[], tree: Tree): GapCheck {
  const time = timeGaps(tokens);
  return (verb, gapFirst, gapLast, particle) => {
    const V = tree.toSyn[verb]!;
    const P = tree.toSyn[particle]!;
    if (V < 0 || P < 0) return false;
    const inGap = (j: number): boolean => {
      const w = tree.toWink[j]!;
      return w >= gapFirst && w < gapLast;
    };
    /** the dependent of V whose subtree holds j, or -1 */
    const underVerb = (j: number): number => {
      for (let k = j, n = 0; k >= 0 && n < 12; k = tree.syn[k]!.head, n++) if (tree.syn[k]!.head === V) return k;
      return -1;
    };
    const p = tree.syn[P]!;
    if (!PARTICLE.has(p.deprel) || p.head < 0) return false;
    const host = p.head;
    // (a phrase hung on a noun of the gap is that noun's, "warned at the summit of the alliance"; not on a time noun,
    // which takes none: "lashed out on Wednesday at Colombia" parsed with "at Colombia" under "Wednesday"; nor on a word of
    // an adverbial set phrase, "conceded at last to demands")
    const hostHead = tree.syn[host]!.head;
    const timeOnly = time(verb, gapFirst, gapLast, particle);
    const onGapTime = hostHead >= 0 && (timeOnly || isTemporal(tree, hostHead)) && inGap(hostHead) && underVerb(hostHead) >= 0;
    const attached = host === V || (p.deprel !== 'compound:prt' && (hostHead === V || onGapTime));
    if (!attached) return false;
    if (timeOnly) return true;
    for (let w = gapFirst; w < gapLast; w++) {
      const j = tree.toSyn[w]!;
      if (j < 0) return false;
      const top = underVerb(j);
      if (top < 0 || !ADVERBIAL.has(tree.syn[top]!.deprel)) return false;
    }
    return true;
  };
}
