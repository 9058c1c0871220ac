// Compiles the actor lexicon into a token trie and finds the longest matches in a token sequence.
import type { Token } from '../types.js';
import { normalise } from '../segment/index.js';
import type { ActorLexicon, Description, NamedActor, Person, SectorTerm } from './model.js';

export type GazEntry =
  | { type: 'name'; actor: NamedActor }
  | { type: 'adjective'; actor: NamedActor }
  | { type: 'demonym'; actor: NamedActor }
  | { type: 'person'; person: Person }
  | { type: 'sector'; term: SectorTerm }
  | { type: 'description'; description: Description };

interface Hit {
  entry: GazEntry;
  /** 'exact': text must match case exactly (acronyms); 'capital': first token capitalised; 'any' */
  caseMode: 'exact' | 'capital' | 'any';
  form: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Hit[];
}

export interface Gazetteer {
  root: TrieNode;
  /** persons by normalised surname */
  surnames: Map<string, Person[]>;
  /** named actors by canonical name */
  byName: Map<string, NamedActor>;
  lexicon: ActorLexicon;
}

export interface GazMatch {
  first: number;
  last: number;
  entries: GazEntry[];
}

/** Split a lexicon form into tokens the way the segmenter does (hyphens and possessives apart). */
export function formTokens(form: string): string[] {
  const out: string[] = [];
  for (const chunk of normalise(form).split(/\s+/)) {
    if (chunk === '') continue;
    for (const piece of chunk.split(/(-)/)) {
      if (piece === '') continue;
      // (the segmenter splits a possessive "'s" and a plural possessive's bare apostrophe: "Workers' Party")
      const m = /^(.*?)('s|')$/.exec(piece);
      if (m && m[1] !== '') out.push(m[1]!, m[2]!);
      else out.push(piece);
    }
  }
  return out;
}

function caseModeOf(form: string): Hit['caseMode'] {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && /^\S+$/.test(form)) return 'exact';
  if (/^\p{Lu}/u.test(form)) return 'capital';
  return 'any';
}

function add(root: TrieNode, form: string, entry: GazEntry, caseMode: Hit['caseMode'] = caseModeOf(form)): void {
  addTokens(root, formTokens(form), entry, caseMode, form);
  // the segmenter keeps some hyphenated words whole ("Co-operation"): the form is findable both ways
  if (/\p{L}-\p{L}/u.test(form)) addTokens(root, formTokens(form.replace(/(\p{L})-(\p{L})/gu, '$1\u2060$2')).map((t) => t.replace(/\u2060/g, '-')), entry, caseMode, form);
}

function addTokens(root: TrieNode, toks: string[], entry: GazEntry, caseMode: Hit['caseMode'], form: string): void {
  if (toks.length === 0) return;
  let node = root;
  for (const t of toks) {
    let n = node.next.get(t);
    if (!n) {
      n = { next: new Map(), hits: [] };
      node.next.set(t, n);
    }
    node = n;
  }
  node.hits.push({ entry, caseMode, form });
}

export function compileGazetteer(lex: ActorLexicon): Gazetteer {
  const root: TrieNode = { next: new Map(), hits: [] };
  for (const a of lex.actors) {
    for (const f of a.forms) add(root, f, { type: 'name', actor: a });
    for (const f of a.adjectives) add(root, f, { type: 'adjective', actor: a });
    for (const f of a.demonyms) add(root, f, { type: 'demonym', actor: a });
  }
  const surnames = new Map<string, Person[]>();
  for (const p of lex.persons) {
    for (const f of p.forms) add(root, f, { type: 'person', person: p }, 'capital');
    const key = normalise(p.surname);
    const list = surnames.get(key) ?? [];
    list.push(p);
    surnames.set(key, list);
  }
  for (const s of lex.sectors) for (const f of s.terms) add(root, f, { type: 'sector', term: s }, 'any');
  for (const d of lex.descriptions) for (const f of d.terms) add(root, f, { type: 'description', description: d }, 'any');
  const byName = new Map(lex.actors.map((a) => [a.name, a] as const));
  return { root, surnames, byName, lexicon: lex };
}

function caseOk(mode: Hit['caseMode'], form: string, tokens: Token[], first: number, last: number): boolean {
  if (mode === 'any') return true;
  const t = tokens[first]!.text;
  if (mode === 'capital') return /^\p{Lu}/u.test(t) || /^\p{N}/u.test(t);
  // exact: acronyms must appear with the same capitals ("US", not "us")
  const text = tokens.slice(first, last).map((x) => x.text).join('');
  return text.replace(/[\u2019]/g, "'") === form.replace(/\s+/g, '');
}

/** Greedy longest matches from left to right inside [from, to). */
export function matchAll(gaz: Gazetteer, tokens: Token[], from: number, to: number): GazMatch[] {
  const out: GazMatch[] = [];
  let i = from;
  while (i < to) {
    const best = longestAt(gaz, tokens, i, to);
    // "the Organization for Security and Co-operation in Europe": a name that starts one word later and runs
    // further wins over a description ("the organization") that would swallow its first word
    const next = best && best.entries.every((e) => e.type === 'description') ? longestAt(gaz, tokens, i + 1, to) : null;
    if (best && next && next.last > best.last && next.entries.some((e) => e.type === 'name')) {
      i++;
      continue;
    }
    if (best) {
      out.push(best);
      i = best.last;
    } else i++;
  }
  return out;
}

function longestAt(gaz: Gazetteer, tokens: Token[], i: number, to: number): GazMatch | null {
  let node: TrieNode | undefined = gaz.root;
  let best: GazMatch | null = null;
  for (let j = i; j < to && node; j++) {
    node = node.next.get(tokens[j]!.lower);
    if (!node) break;
    if (node.hits.length > 0) {
      const ok = node.hits.filter((h) => caseOk(h.caseMode, h.form, tokens, i, j + 1));
      if (ok.length > 0) best = { first: i, last: j + 1, entries: ok.map((h) => h.entry) };
    }
  }
  return best;
}
