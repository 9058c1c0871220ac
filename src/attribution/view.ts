// The attribution stage on its own: every reporting frame of an article with its source, cue and content spans,
// whether or not the content holds a coded event (`readout attributions`, and the PolNeAR evaluation).
import type { Doc } from '../types.js';
import { buildView } from '../events/arguments.js';
import { findFrames, type ReportingCues } from './frames.js';
import type { WordClasses } from '../events/word-classes.js';

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
  for (const s of sentences) {
    const v = buildView(tokens, s, bySentence[s.index]!, new Set(), words);
    const { frames } = findFrames(v, cues, text, new Set());
    for (const f of frames) {
      if (f.relay) continue;
      const src = f.source;
      const first = src[0];
      const last = src[src.length - 1];
      const [a, b0] = f.scope;
      let b = b0;
      while (b > a && (tokens[b - 1]!.text === ',' || tokens[b - 1]!.text === ';')) b--;
      const content = b > a ? { start: tokens[a]!.start, end: tokens[b - 1]!.end } : null;
      out.push({
        sentence: s.index,
        source: first && last ? {
          start: first.start, end: last.end, text: text.slice(first.start, last.end),
          name: src.length === 1 ? first.name : src.map((m) => m.name ?? m.text).join(' + '),
          country: first.country, sector: first.sector,
        } : null,
        cue: { start: tokens[f.cueFirst]!.start, end: tokens[f.cueLast - 1]!.end, text: text.slice(tokens[f.cueFirst]!.start, tokens[f.cueLast - 1]!.end) },
        content: content ? { ...content, text: text.slice(content.start, content.end) } : null,
      });
    }
  }
  return out;
}
