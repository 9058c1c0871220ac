// Name lists for the named-entity recogniser, compiled at load time from readout's own actor lexicons
// (lexicons/actors/*.jsonl): a trie over token sequences (names tokenised as the text is, see tokenise.ts) whose
// nodes carry the types of the names ending there. For a sentence, `match` gives each token a bit mask saying, for
// each type, whether the token begins, is inside, ends, or alone makes a listed name (every match, not only the
// longest). No lexicon data goes into a model file: the model only learns how far to trust each kind of match.
//
// Matching follows docs/lexicons.md: case-insensitive, except all-capital acronyms of up to five letters ("US",
// "UN"), which match only as written, so "us" and "un" never match.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenise } from './tokenise.js';

/** Gazetteer types, in bit order (each takes four bits of a token's mask: begin, inside, end, unit). */
export const GAZ_TYPES = ['PER', 'ORG', 'LOC', 'NORP', 'TITLE', 'AGENT', 'GIVEN', 'SURNAME'] as const;
export type GazType = (typeof GAZ_TYPES)[number];
const TYPE_BIT: Record<GazType, number> = { PER: 0, ORG: 1, LOC: 2, NORP: 3, TITLE: 4, AGENT: 5, GIVEN: 6, SURNAME: 7 };

/** Positions within a match (the bit within a type's four). */
export const GAZ_BEGIN = 0;
export const GAZ_INSIDE = 1;
export const GAZ_END = 2;
export const GAZ_UNIT = 3;

const PERSON_PARTS = (0xf << (4 * TYPE_BIT.GIVEN)) | (0xf << (4 * TYPE_BIT.SURNAME));

/** Longest name considered, in tokens. */
const MAX_LEN = 10;

interface Node {
  next: Map<string, Node> | null;
  /** bit per type of the names ending at this node */
  types: number;
}

const ACRONYM = /^[A-Z]{2,5}$/;
const norm = (s: string): string => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-');

const PLAIN_WORD = /^[\p{L}\p{M}]+$/u;

function tokensOf(name: string): string[] {
  const text = norm(name.trim());
  // most words of names are plain letters: kept as they are (the full tokeniser is the slow part of loading)
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (w === '') continue;
    if (PLAIN_WORD.test(w)) out.push(w);
    else for (const t of tokenise(w)) out.push(w.slice(t.start, t.end));
  }
  return out;
}

/** The key of one token in the trie: the lower-cased form, or "=FORM" for a short all-capital acronym. */
function keyOf(tok: string): string {
  return ACRONYM.test(tok) ? '=' + tok : tok.toLowerCase();
}

export class Gazetteer {
  private readonly root: Node = { next: null, types: 0 };
  /** number of names (token sequences with a type) added */
  size = 0;

  /** Adds a name (tokenised like running text) with a type. */
  add(name: string, type: GazType): void {
    this.addTokens(tokensOf(name), type);
  }

  /** Adds a name given as its tokens. */
  addTokens(toks: readonly string[], type: GazType): void {
    if (toks.length === 0 || toks.length > MAX_LEN) return;
    let node = this.root;
    for (const t of toks) {
      const k = keyOf(t);
      if (!node.next) node.next = new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, types: 0 };
        node.next.set(k, child);
      }
      node = child;
    }
    const bit = 1 << TYPE_BIT[type];
    if ((node.types & bit) === 0) this.size++;
    node.types |= bit;
  }

  /**
   * Per token, a mask with bit (4 * type + position) set when the token is at that position of a listed name of
   * that type (GAZ_BEGIN / GAZ_INSIDE / GAZ_END for names of two or more tokens, GAZ_UNIT for one-token names).
   */
  match(forms: readonly string[]): Uint32Array {
    const n = forms.length;
    const out = new Uint32Array(n);
    const lower: string[] = new Array(n);
    const exact: (string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = forms[i]!;
      const needsNorm = /[\u2018\u2019\u02bc\u2010-\u2014]/.test(f);
      const g = needsNorm ? norm(f) : f;
      lower[i] = g.toLowerCase();
      exact[i] = ACRONYM.test(g) ? '=' + g : null;
    }
    const root = this.root.next;
    if (!root) return out;
    // depth-first over (start, node) pairs: a token may follow both its lower-case and its exact-acronym key
    const walk = (start: number, i: number, node: Node): void => {
      if (node.types !== 0 && i > start) {
        const len = i - start;
        for (let b = 0; b < GAZ_TYPES.length; b++) {
          if ((node.types & (1 << b)) === 0) continue;
          const base = 4 * b;
          if (len === 1) out[start] |= 1 << (base + GAZ_UNIT);
          else {
            out[start] |= 1 << (base + GAZ_BEGIN);
            for (let j = start + 1; j < i - 1; j++) out[j] |= 1 << (base + GAZ_INSIDE);
            out[i - 1] |= 1 << (base + GAZ_END);
          }
        }
      }
      if (i >= n || !node.next || i - start >= MAX_LEN) return;
      const a = node.next.get(lower[i]!);
      if (a) walk(start, i + 1, a);
      const e = exact[i];
      if (e !== null) {
        const b = node.next.get(e);
        if (b) walk(start, i + 1, b);
      }
    };
    for (let s = 0; s < n; s++) {
      const a = root.get(lower[s]!);
      if (a) walk(s, s + 1, a);
      const e = exact[s];
      if (e !== null) {
        const b = root.get(e);
        if (b) walk(s, s + 1, b);
      }
    }
    // given names and surnames only count on capitalised words ("said", "in" are surnames too)
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) continue;
      const c = forms[i]!.charCodeAt(0);
      const upper = (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(forms[i]!));
      if (!upper) out[i]! &= ~PERSON_PARTS;
    }
    return out;
  }
}

const ORG_KINDS = new Set(['igo', 'ngo', 'media', 'org']);
const LOC_KINDS = new Set(['country', 'capital', 'city']);

/** Names a person entry gives: full names, and the given name and surname as single tokens. */
function addPerson(g: Gazetteer, e: Record<string, unknown>): void {
  const names = [e['name'], ...(Array.isArray(e['aliases']) ? e['aliases'] : [])].filter((x): x is string => typeof x === 'string');
  for (const nm of names) {
    const toks = tokensOf(nm);
    g.addTokens(toks, 'PER');
    if (toks.length >= 2) {
      if (/^\p{Lu}\p{Ll}+$/u.test(toks[0]!)) g.add(toks[0]!, 'GIVEN');
      const last = toks[toks.length - 1]!;
      if (/^\p{Lu}/u.test(last) && last.length > 1) g.add(last, 'SURNAME');
    }
  }
  if (typeof e['surname'] === 'string' && e['surname'].length > 1) g.add(e['surname'], 'SURNAME');
}

/** Adds the entries of one lexicon file's text (JSON Lines; `#` and blank lines skipped). */
export function addLexiconText(g: Gazetteer, text: string, fileName: string): void {
  const isOfficeholders = /^officeholders.*\.jsonl$/.test(fileName);
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`${fileName}:${lineNo}: not JSON (${(err as Error).message})`);
    }
    const kind = typeof e['kind'] === 'string' ? e['kind'] : isOfficeholders ? 'person' : '';
    const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    if (kind === 'person') {
      addPerson(g, e);
    } else if (ORG_KINDS.has(kind) || LOC_KINDS.has(kind)) {
      const type: GazType = ORG_KINDS.has(kind) ? 'ORG' : 'LOC';
      if (typeof e['name'] === 'string') g.add(e['name'], type);
      for (const a of strs(e['aliases'])) g.add(a, type);
      for (const a of strs(e['adjectives'])) g.add(a, 'NORP');
      for (const a of strs(e['demonyms'])) g.add(a, 'NORP');
    } else if (kind === 'title') {
      for (const t of strs(e['terms'])) g.add(t, 'TITLE');
    } else if (kind === 'agent' || kind === 'descriptor') {
      for (const t of strs(e['terms'])) g.add(t, 'AGENT');
    }
  }
}

/**
 * Builds the gazetteer from the actor lexicon files of a folder (lexicons/actors: every *.jsonl except the
 * generators' *-corrections.jsonl inputs and descriptions.jsonl), in sorted file order, so the result is the same
 * on every machine.
 */
export function loadGazetteer(actorsDir: string): Gazetteer {
  const g = new Gazetteer();
  const files = readdirSync(actorsDir)
    .filter((f) => f.endsWith('.jsonl') && !f.endsWith('-corrections.jsonl') && f !== 'descriptions.jsonl')
    .sort();
  for (const f of files) addLexiconText(g, readFileSync(join(actorsDir, f), 'utf8'), f);
  return g;
}
