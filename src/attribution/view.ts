// The attribution stage on its own: every reporting frame of an article with its source, cue and content spans,
// whether or not the content holds a coded event (`readout attributions`, and the PolNeAR evaluation).
import type { Doc } from '../types.js';
import { buildView } from '../events/arguments.js';
import { findFrames, type ReportingCues } from './frames.js';
import type { WordClasses } from '../events/word-classes.js';
import { alignTree, subtreeSpan, type Tree } from '../events/tree.js';
import { cueSource, speakerOf, speakerSpan } from './speaker.js';
import { layoutCues } from './transcript.js';
import { WEEKDAYS } from '../lexicon/function-words.js';
import type { Sentence, Token } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

export interface AttributionSpan {
  sentence: number;
  source: (Span & { text: string; name: string | null; country: string | null; sector: string | null }) | null;
  cue: Span & { text: string };
  content: (Span & { text: string }) | null;
}

export function attributionsOf(doc: Doc, cues: ReportingCues, words: WordClasses): AttributionSpan[] {
  const { tokens, sentences, mentions, article } = doc;
  const text = article.text;
  const bySentence = sentences.map(() => [] as typeof mentions);
  for (const m of mentions) bySentence[m.sent]?.push(m);
  const out: AttributionSpan[] = [];
  const tree = doc.syntax ? alignTree(tokens, doc.syntax) : null;
  for (const s of sentences) {
    const v = buildView(tokens, s, bySentence[s.index]!, new Set(), words);
    const { frames } = findFrames(v, cues, text, new Set());
    const cueTokens = new Set<number>();
    for (const f of frames) for (let i = f.cueFirst; i < f.cueLast; i++) cueTokens.add(i);
    if (tree) out.push(...treeFrames(tree, s, tokens, text, cues, cueTokens));
    for (const f of frames) {
      if (f.relay) continue;
      // (a reporting verb's form the parse reads as a noun: "refugee claims", "talk shows")
      const c = tree && f.cueLast === f.cueFirst + 1 ? tree.toSyn[f.cueFirst]! : -1;
      if (tree && c >= 0 && cues.verbs.has(tokens[f.cueFirst]!.lemma) && tree.syn[c]!.upos === 'NOUN') continue;
      const src = f.source;
      const first = src[0];
      const last = src[src.length - 1];
      // the whole noun phrase the tree gives the source ("the influential US daily", "Rep. Jerry Nadler, a Democrat
      // from New York"), where the lexicons name only part of it or nothing
      let phrase = tree ? cueSource(tree, f.cueFirst, f.cueLast) : null;
      // (a parenthetical ", Mr. Obama said," the parser hung on the clause around it: the clause scan's speaker stands)
      if (phrase && first && last && !(phrase.start < last.end && first.start < phrase.end)) phrase = null;
      // (the clause scan's speaker keeps the parenthetical between it and the cue: "Sen. Claire McCaskill (D-Mo.) said")
      if (!phrase && first && last) {
        const m = /^\s*\([^()\n]{1,40}\)/.exec(text.slice(last.end, tokens[f.cueFirst]!.start));
        if (m) phrase = { start: first.start, end: last.end + m[0].length };
      }
      const [a, b0] = f.scope;
      let b = b0;
      while (b > a && (tokens[b - 1]!.text === ',' || tokens[b - 1]!.text === ';')) b--;
      const content = b > a ? { start: tokens[a]!.start, end: tokens[b - 1]!.end } : null;
      out.push({
        sentence: s.index,
        source: first && last ? {
          start: phrase?.start ?? first.start, end: phrase?.end ?? last.end, text: text.slice(phrase?.start ?? first.start, phrase?.end ?? last.end),
          name: src.length === 1 ? first.name : src.map((m) => m.name ?? m.text).join(' + '),
          country: first.country, sector: first.sector,
        } : phrase ? { ...phrase, text: text.slice(phrase.start, phrase.end), name: null, country: null, sector: null } : null,
        cue: { start: tokens[f.cueFirst]!.start, end: tokens[f.cueLast - 1]!.end, text: text.slice(tokens[f.cueFirst]!.start, tokens[f.cueLast - 1]!.end) },
        content: content ? { ...content, text: text.slice(content.start, content.end) } : null,
      });
    }
  }
  for (const l of layoutCues(text)) {
    const sent = sentences.find((x) => x.start <= l.cue.start && l.cue.start < x.end) ?? sentences.find((x) => x.start >= l.cue.start);
    out.push({
      sentence: sent?.index ?? 0,
      source: { ...l.source, text: text.slice(l.source.start, l.source.end), name: null, country: null, sector: null },
      cue: { ...l.cue, text: text.slice(l.cue.start, l.cue.end) },
      content: null,
    });
  }
  out.sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start);
  // (a first- or second-person pronoun or a bare "it" / "that" names no one the reader can tell)
  return out.map((x) => (x.source && NOT_SOURCES.has(x.source.text.toLowerCase()) ? { ...x, source: null } : x));
}

/** Sources that name no one outside the quote they stand in, and days that name no one at all ("on Friday saying"). */
const NOT_SOURCES: ReadonlySet<string> = new Set(['i', 'me', 'we', 'us', 'you', 'it', 'that', 'which', 'this', ...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/**
 * Reporting and stance verbs the clause scan left without a frame ("the influential US daily wrote", "Clinton campaign
 * allies argued", "Graham urged Republicans to …"): the tree gives the speaker and the clausal complement. A stance
 * verb ("call for", "point to") takes its particle into the cue.
 */
function treeFrames(tree: Tree, s: Sentence, tokens: Token[], text: string, cues: ReportingCues, taken: ReadonlySet<number>): AttributionSpan[] {
  const out: AttributionSpan[] = [];
  for (let i = s.first; i < s.last; i++) {
    const lemma = tokens[i]!.lemma;
    if (taken.has(i) || !(cues.verbs.has(lemma) || cues.stances.has(lemma))) continue;
    const c = tree.toSyn[i]!;
    if (c < 0 || tree.syn[c]!.upos !== 'VERB') continue;
    // (an infinitive is a plan or a duty, not a statement: "refused to agree", "wants to tell")
    if (tree.kids[c]!.some((k) => tree.syn[k]!.deprel === 'mark' && tree.syn[k]!.text.toLowerCase() === 'to')) continue;
    const subj = speakerOf(tree, c);
    if (subj === null) continue;
    // (a content: a clausal complement, or the quote the verb is a parenthetical of)
    const content = tree.kids[c]!.find((k) => tree.syn[k]!.deprel === 'ccomp') ?? (tree.syn[c]!.deprel === 'parataxis' ? tree.syn[c]!.head : undefined);
    if (content === undefined && !cues.stances.has(lemma)) continue;
    const src = speakerSpan(tree, subj);
    const body = content === undefined || content === tree.syn[c]!.head ? null : subtreeSpan(tree, content);
    const next = tokens[i + 1];
    const last = next && i + 1 < s.last && cues.stances.has(`${lemma} ${next.lower}`) ? i + 1 : i;
    const cue = { start: tokens[i]!.start, end: tokens[last]!.end };
    out.push({
      sentence: s.index,
      source: { ...src, text: text.slice(src.start, src.end), name: null, country: null, sector: null },
      cue: { ...cue, text: text.slice(cue.start, cue.end) },
      content: body ? { ...body, text: text.slice(body.start, body.end) } : null,
    });
  }
  return out;
}
