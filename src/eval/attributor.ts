// A stand-in attributor built from the coder's own events, until a span-level attribution stage exists:
// each event's attribution entries are located (cue and source text) inside the event's evidence sentence.
import type { Article } from '../types.js';
import type { AttributionSpan, Attributor, Coder, Span } from './types.js';

function locate(text: string, needle: string, from: number, to: number): Span | null {
  if (!needle) return null;
  const i = text.slice(from, to).indexOf(needle);
  return i < 0 ? null : { start: from + i, end: from + i + needle.length };
}

export function attributorFromCoder(coder: Coder): Attributor {
  return (a: Article): AttributionSpan[] => {
    const out: AttributionSpan[] = [];
    const seen = new Set<string>();
    for (const e of coder(a)) {
      for (const at of e.attribution) {
        const cue = locate(a.text, at.cue, e.evidence.start, e.evidence.end);
        if (!cue) continue;
        const source = locate(a.text, at.text, e.evidence.start, e.evidence.end);
        const key = `${cue.start}:${cue.end}:${source?.start ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ source, cue, content: null });
      }
    }
    return out;
  };
}
