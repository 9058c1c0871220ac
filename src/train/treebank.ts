// Training sentences from UD treebanks: forms, joint tags, heads (0-based, -1 = root) and relations.
import { readFileSync } from 'node:fs';
import { parseConllu } from '../parse/conllu.js';

export interface TreeSentence {
  id: string;
  forms: string[];
  /** "UPOS/XPOS" */
  tags: string[];
  heads: Int32Array;
  deprels: string[];
}

export function readTreebank(path: string): TreeSentence[] {
  const sents = parseConllu(readFileSync(path, 'utf8'), path);
  return sents.map((s, k) => {
    const unparsed = s.tokens.find((t) => t.head < 0);
    if (unparsed) throw new Error(`${path}: sentence ${s.sentId ?? k + 1}, word ${unparsed.id}: HEAD is _ (a training treebank needs every head)`);
    return treeSentence(s, k, path);
  });
}

function treeSentence(s: ReturnType<typeof parseConllu>[number], k: number, path: string): TreeSentence {
  return ({
    id: s.sentId ?? `${path}#${k + 1}`,
    forms: s.tokens.map((t) => t.form),
    tags: s.tokens.map((t) => `${t.upos}/${t.xpos}`),
    heads: Int32Array.from(s.tokens.map((t) => t.head - 1)),
    deprels: s.tokens.map((t) => t.deprel),
  });
}
