// The attributor the PolNeAR suite measures: readout's attribution stage (src/attribution/view.ts) on its own.
import type { Article } from '../types.js';
import type { Lexicons } from '../pipeline.js';
import { analyse } from '../pipeline.js';
import { attributionsOf } from '../attribution/view.js';
import type { AttributionSpan, Attributor } from './types.js';

export function attributorFromLexicons(lex: Lexicons): Attributor {
  return (a: Article): AttributionSpan[] =>
    attributionsOf(analyse(a, lex, { parseAll: true }), lex.rules.reporting, lex.rules.words).map((x) => ({
      source: x.source ? { start: x.source.start, end: x.source.end } : null,
      cue: { start: x.cue.start, end: x.cue.end },
      content: x.content ? { start: x.content.start, end: x.content.end } : null,
    }));
}
