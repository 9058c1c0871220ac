// A readable summary of a set of events: top dyads, categories, statuses and sources.
import type { ReadoutEvent } from '../types.js';

function countBy<T>(xs: T[], key: (x: T) => string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) for (const k of key(x)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function dyadsOf(e: ReadoutEvent): string[] {
  const a = [...new Set(e.actor.map((x) => x.country ?? '?'))];
  const r = [...new Set(e.recipient.map((x) => x.country ?? '?'))];
  if (r.length === 0) return a.map((x) => `${x} -> (none)`);
  return a.flatMap((x) => r.map((y) => `${x} -> ${y}`));
}

export function summarise(events: ReadoutEvent[]): string {
  const lines: string[] = [];
  const section = (title: string, rows: [string, number][], n = 8) => {
    lines.push(title);
    for (const [k, c] of rows.slice(0, n)) lines.push(`  ${String(c).padStart(4)}  ${k}`);
    lines.push('');
  };
  section('Top dyads (actor -> recipient):', countBy(events, dyadsOf));
  section('Event categories:', countBy(events, (e) => [e.event]));
  section('Status:', countBy(events, (e) => [e.status]));
  section('Sources (who said it):', countBy(events, (e) => (e.attribution.length ? [e.attribution[e.attribution.length - 1]!.name ?? e.attribution[e.attribution.length - 1]!.text] : ['(the article itself)'])));
  return lines.join('\n');
}
