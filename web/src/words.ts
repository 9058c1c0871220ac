// Events in words: actors, status and the attribution chain as a reader would say them.
import type { ActorRef, ReadoutEvent, Status } from '../../src/types.js';

export function actorLabel(refs: ActorRef[]): string {
  if (refs.length === 0) return '—';
  return refs.map((r) => {
    const code = [r.country, r.sector].filter(Boolean).join(' ');
    return code ? `${r.name ?? r.text} (${code})` : r.name ?? r.text;
  }).join(' + ');
}

export function actorCodes(refs: ActorRef[]): string {
  if (refs.length === 0) return '—';
  return refs.map((r) => [r.country ?? '?', r.sector].filter(Boolean).join('/')).join(' + ');
}

export const STATUS_WORDS: Record<Status, string> = {
  asserted: 'reported as fact',
  alleged: 'alleged',
  denied: 'denied',
  negated: 'negated: did not happen',
  future: 'planned or promised',
  hypothetical: 'conditional',
};

/** "according to IRNA, via Radan", "alleged by Zakharova, according to TASS", "denied", "in the outlet's own voice". */
export function sourceWords(e: Pick<ReadoutEvent, 'attribution' | 'status'> & { article: { outlet: string | null } }): string {
  // the contract lists attribution innermost first: [Radan, IRNA] for "Radan said …, according to IRNA"
  const outerFirst = [...e.attribution].reverse().map((a) => a.name ?? a.text);
  const chain = (names: string[]) => names.length === 0 ? '' : `according to ${names[0]}${names.slice(1).map((n) => `, via ${n}`).join('')}`;
  if ((e.status === 'alleged' || e.status === 'denied') && outerFirst.length > 0) {
    const by = outerFirst[outerFirst.length - 1]!;
    const rest = chain(outerFirst.slice(0, -1));
    return `${e.status} by ${by}${rest ? `, ${rest}` : ''}`;
  }
  const status = e.status === 'asserted' ? '' : STATUS_WORDS[e.status];
  const source = outerFirst.length > 0 ? chain(outerFirst) : e.status === 'asserted' ? `in ${e.article.outlet ?? "the outlet"}'s own voice` : '';
  return [status, source].filter(Boolean).join(', ');
}

/** One outlet's telling of an event, for a cell of the story matrix: "fact", "according to IRNA", "alleged by …". */
export function tellingWords(m: Pick<ReadoutEvent, 'attribution' | 'status'> & { outlet: string }): string {
  // a report through the outlet itself ("…, IRNA said" in IRNA's own article) is its own voice, as `readout compare` has it
  const o = m.outlet.toLowerCase();
  const itself = (s: string | null) => s !== null && (s.toLowerCase().includes(o) || o.includes(s.toLowerCase()));
  const attribution = m.attribution.filter((a) => !itself(a.text) && !itself(a.name));
  if (m.status === 'asserted' && attribution.length === 0) return 'fact';
  return sourceWords({ status: m.status, attribution, article: { outlet: m.outlet } });
}

export function dateWords(e: ReadoutEvent): string {
  if (!e.date) return 'undated';
  return e.date.basis === 'published' ? `${e.date.value} (published)` : e.date.value;
}

export const QUAD_NAMES: Record<string, string> = {
  '1': 'verbal cooperation', '2': 'material cooperation', '3': 'verbal conflict', '4': 'material conflict',
};
