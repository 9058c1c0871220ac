// PLOVER context keywords (lexicons/events/contexts.jsonl) and a fast lookup from a text's lemmas to the
// contexts their keywords suggest. Terms may be several words; singular and plural forms match alike.
import { FieldError, onlyFields, parseUnique, phrase, requiredString, stringList } from '../lexicon/jsonl.js';
import { isPloverContext, PLOVER_CONTEXTS } from '../codes/plover.js';

export interface ContextEntry {
  context: string;
  terms: string[];
  origin: string;
}

interface Term {
  keys: string[];
  contexts: string[];
}

export interface ContextLexicon {
  entries: readonly ContextEntry[];
  /** contexts whose terms occur in `lemmas` (a sentence's or paragraph's lemmas, in order), in the manual's order */
  contextsFor(lemmas: readonly string[]): string[];
}

export function builtinContextFiles(): string[] {
  return [new URL('../../../lexicons/events/contexts.jsonl', import.meta.url).pathname];
}

/**
 * Match key of a word: lower case with a plural -s/-es/-ies folded, applied to terms and text alike, so
 * "human rights" matches the lemmas "human right" and "drugs" matches "drug" whatever the lemmatiser did.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([['women', 'woman'], ['men', 'man'], ['children', 'child']]);

export function contextKey(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** A term's words as the tokenizer splits them: a possessive "'s" is a token of its own ("women's rights"). */
function termWords(term: string): string[] {
  return term.split(' ').flatMap((w) => (w.length > 2 && w.endsWith("'s") ? [w.slice(0, -2), "'s"] : [w]));
}

const ORDER = new Map(PLOVER_CONTEXTS.map((c, i) => [c, i]));

export function loadContexts(files: readonly string[] = builtinContextFiles()): ContextLexicon {
  const entries = parseUnique(files, (obj, where): ContextEntry => {
    onlyFields(obj, ['context', 'terms', 'note']);
    const context = requiredString(obj, 'context');
    if (!isPloverContext(context)) throw new FieldError('context', `"${context}" is not one of the manual's 37 contexts (lower case, e.g. "illegal_drugs")`);
    const terms = stringList(obj, 'terms', true);
    const seen = new Set<string>();
    terms.forEach((t, i) => {
      phrase(t, `terms[${i}]`);
      if (seen.has(t)) throw new FieldError(`terms[${i}]`, `"${t}" is listed twice`);
      seen.add(t);
    });
    return { context, terms, origin: where };
  }, (e) => e.context, (e) => ['context', `"${e.context}"`]);
  return compileContexts(entries);
}

export function compileContexts(entries: readonly ContextEntry[]): ContextLexicon {
  // first key -> terms starting with it; a term listed under several contexts is one Term
  const byTerm = new Map<string, Term>();
  for (const e of entries) {
    for (const t of e.terms) {
      const keys = termWords(t).map(contextKey);
      const id = keys.join(' ');
      const term = byTerm.get(id);
      if (term) {
        if (!term.contexts.includes(e.context)) term.contexts.push(e.context);
      } else byTerm.set(id, { keys, contexts: [e.context] });
    }
  }
  const byFirst = new Map<string, Term[]>();
  for (const term of byTerm.values()) {
    const list = byFirst.get(term.keys[0]!);
    if (list) list.push(term);
    else byFirst.set(term.keys[0]!, [term]);
  }
  return {
    entries,
    contextsFor(lemmas) {
      const keys = lemmas.map(contextKey);
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i++) {
        const candidates = byFirst.get(keys[i]!);
        if (!candidates) continue;
        for (const term of candidates) {
          if (term.keys.length > keys.length - i) continue;
          let ok = true;
          for (let k = 1; k < term.keys.length && ok; k++) ok = keys[i + k] === term.keys[k];
          if (ok) for (const c of term.contexts) found.add(c);
        }
      }
      return [...found].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
    },
  };
}

/** Free-function form of `lexicon.contextsFor(lemmas)`. */
export function contextsFor(lexicon: ContextLexicon, lemmas: readonly string[]): string[] {
  return lexicon.contextsFor(lemmas);
}
