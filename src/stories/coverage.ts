// stories: statements about coverage in an article ("Xinhua did not mention the technology centre", "IRNA's report
// made no reference to …", "Unlike Tass, RIA reported …"), found with the coder's own rule (coverageScopes: a coverage
// verb from lexicons/cues/coverage.jsonl with a news outlet as subject; the same words as nouns after "no") and linked to the merged event their object
// concerns (content-word overlap with the mentions' evidence), with the outlet they talk about.
import { basename } from 'node:path';
import type { Article, Mention, Token } from '../types.js';
import { createSegmenter, type Segmenter } from '../segment/index.js';
import { builtinActorFiles, loadActorLexicon } from '../actors/load.js';
import { toActorLexicon } from '../actors/compile.js';
import { compileGazetteer, type Gazetteer } from '../actors/gazetteer.js';
import { resolveActors } from '../actors/resolve.js';
import { loadCoverageVerbs } from '../attribution/cues.js';
import { loadWordClasses, type WordClasses } from '../events/word-classes.js';
import { buildView, type SentenceView } from '../events/arguments.js';
import { coverageScopes, MEDIA, relativeClauseStart } from '../events/content.js';
import { contentWords } from './words.js';
import type { MergedEvent, StoryInput } from './merge.js';

export interface CoverageStatement {
  /** the outlet the statement is about */
  outlet: string;
  /** the article that makes it */
  article: string;
  /** the sentence */
  text: string;
  /** what it says was (or was not) covered */
  object: string;
  /** the merged event it concerns, or null when none is close enough */
  merged: string | null;
}

/** What finding coverage statements needs: the segmenter, a gazetteer of outlets and countries, the coverage verbs. */
export interface CoverageReader {
  segment: Segmenter;
  gazetteer: Gazetteer;
  verbs: Set<string>;
  words: WordClasses;
}

/** The actor files that name outlets and what describes them ("the Chinese news agency"). */
const READER_ACTOR_FILES = new Set(['countries.jsonl', 'media.jsonl', 'descriptions.jsonl', 'agents.jsonl']);

export function createCoverageReader(): CoverageReader {
  const files = builtinActorFiles().filter((f) => READER_ACTOR_FILES.has(basename(f)));
  return {
    segment: createSegmenter(),
    gazetteer: compileGazetteer(toActorLexicon(loadActorLexicon(files))),
    verbs: loadCoverageVerbs(),
    words: loadWordClasses(),
  };
}

/** The least share of a statement's object words an event's evidence must contain to be linked to it. */
export const MIN_LINK = 0.5;

/** The story outlet an outlet mention names ("Chinese news agency" => Xinhua News Agency => "Xinhua"), else its name. */
function outletNamed(m: Mention, outlets: string[]): string {
  const forms = [m.text, m.name].filter((x): x is string => x !== null).map((x) => x.toLowerCase());
  const hit = outlets.find((o) => forms.some((f) => f === o.toLowerCase() || f.includes(o.toLowerCase())));
  return hit ?? m.name ?? m.text;
}

/** Mentions of the story's outlets the lexicon does not know (a fictional "Baltic Courier"), as outlet mentions. */
function outletMentions(tokens: Token[], known: Mention[], outlets: string[]): Mention[] {
  const covered = new Set(known.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)));
  const out: Mention[] = [];
  for (const outlet of outlets) {
    const words = outlet.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || outlet.startsWith('article:')) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => tokens[i + k]!.lower === w) || covered.has(i)) continue;
      const first = tokens[i]!;
      const last = tokens[i + words.length - 1]!;
      out.push({ text: outlet, name: outlet, country: null, sector: MEDIA, start: first.start, end: last.end, first: i, last: i + words.length, sent: first.sent, kind: 'media', how: 'lexicon' });
    }
  }
  return out;
}

/** The outlet mention nearest before token i in its clause (the subject of a coverage verb). */
function subjectBefore(v: SentenceView, i: number): Mention | undefined {
  for (let j = i - 1; j >= v.s.first; j--) {
    const ms = v.at.get(j);
    if (ms) return ms.find((m) => m.sector === MEDIA);
  }
  return undefined;
}

/** "Unlike Tass, …": the outlet and where the contrasted clause starts. */
function unlikeAt(v: SentenceView): { outlet: Mention; from: number } | null {
  const t = v.tokens;
  for (let i = v.s.first; i < v.s.last - 1; i++) {
    if (t[i]!.lower !== 'unlike') continue;
    const m = v.at.get(i + 1)?.find((x) => x.sector === MEDIA);
    if (!m) continue;
    let j = m.last;
    while (j < v.s.last && t[j]!.text !== ',') j++;
    if (j + 1 < v.s.last) return { outlet: m, from: j + 1 };
  }
  return null;
}

/** "… made no mention of X", "IRNA's report made no reference to X": a coverage verb used as a noun after "no",
 * its object after of/to. Returns [outlet mention, object start] pairs. */
function nounStatements(v: SentenceView, verbs: Set<string>): [Mention, number][] {
  const t = v.tokens;
  const out: [Mention, number][] = [];
  for (let i = v.s.first + 1; i < v.s.last - 2; i++) {
    if (t[i]!.pos !== 'NOUN' || !verbs.has(t[i]!.lemma) || t[i - 1]!.lower !== 'no' || !['of', 'to'].includes(t[i + 1]!.lower)) continue;
    const subject = subjectBefore(v, i - 1);
    if (subject) out.push([subject, i + 2]);
  }
  return out;
}

/** The coverage statements of one article (not yet linked to merged events). */
export function findCoverage(article: Article, reader: CoverageReader, outlets: string[]): CoverageStatement[] {
  const { text } = article;
  const { tokens, sentences } = reader.segment(text);
  const known = resolveActors(text, tokens, sentences, reader.gazetteer, article.published);
  const mentions = [...known, ...outletMentions(tokens, known, outlets)];
  const out: CoverageStatement[] = [];
  const span = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  for (const s of sentences) {
    const v = buildView(tokens, s, mentions, new Set(), reader.words);
    const sentence = text.slice(s.start, s.end).trim();
    const add = (m: Mention, a: number, b: number) => {
      if (b > a) out.push({ outlet: outletNamed(m, outlets), article: article.id, text: sentence, object: span(a, b), merged: null });
    };
    for (const [a, b] of coverageScopes(v, reader.verbs)) {
      const subject = subjectBefore(v, a - 1);
      if (subject) add(subject, a, b);
    }
    for (const [subject, from] of nounStatements(v, reader.verbs)) add(subject, from, relativeClauseStart(v, from));
    const unlike = unlikeAt(v);
    if (unlike) add(unlike.outlet, unlike.from, relativeClauseStart(v, unlike.from));
  }
  return out;
}

/** Link each statement to the merged event whose evidence holds most of its object's content words (ties: the earlier event). */
export function linkCoverage(statements: CoverageStatement[], merged: MergedEvent[], items: StoryInput[]): CoverageStatement[] {
  const evidence = new Map(items.flatMap((i) => i.events.map((e) => [e.id, new Set(contentWords(e.evidence.text))] as const)));
  return statements.map((st) => {
    const words = contentWords(st.object);
    let best: { id: string; score: number } | null = null;
    for (const m of merged) {
      for (const x of m.mentions) {
        const ev = evidence.get(x.eventId);
        if (!ev || words.length === 0) continue;
        const score = words.filter((w) => ev.has(w)).length / words.length;
        if (score >= MIN_LINK && (best === null || score > best.score)) best = { id: m.id, score };
      }
    }
    return { ...st, merged: best?.id ?? null };
  });
}

/** The store's coverage finder: every article of the story read, its statements linked. */
export function coverageFinder(reader: CoverageReader) {
  return async (items: StoryInput[], merged: MergedEvent[], outlets: string[]): Promise<CoverageStatement[]> =>
    linkCoverage(items.flatMap((i) => findCoverage(i.article, reader, outlets)), merged, items);
}
