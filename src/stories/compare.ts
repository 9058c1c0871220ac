// stories: the coverage comparison of one story: its merged events × its outlets, who reported what, how.
// A cell is what an outlet says about a merged event: `fact` (in its own voice, or through itself), the name of the
// source it attributes the event to, or the status (`alleged`, `denied`, `negated`, `future`, `hypothetical`);
// `—` when the outlet does not report it.
import type { ActorRef, AttributionRef, ReadoutEvent } from '../types.js';
import type { StorySummary } from '../store/types.js';
import { outletOf, type MergedEvent, type StoryInput } from './merge.js';
import type { CoverageStatement } from './coverage.js';
import type { ComparedEvent, ComparedMention, Comparison } from './types.js';

export type { ComparedEvent, ComparedMention, Comparison } from './types.js';


/** The story's outlets, in the order of their earliest article (published, then id). */
export function storyOutlets(items: StoryInput[]): string[] {
  const sorted = [...items].sort((a, b) => {
    const ka = `${a.article.published ?? '9999-99-99'}\u0000${a.article.id}`;
    const kb = `${b.article.published ?? '9999-99-99'}\u0000${b.article.id}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return [...new Set(sorted.map((i) => outletOf(i.article)))];
}

const framingOf = (m: { event: string; mode: string | null; contexts: string[] }) => `${m.event}|${m.mode ?? ''}|${[...m.contexts].sort().join(',')}`;

/** The comparison of a story from its articles and events, its merged events and the coverage statements linked to them. */
export function buildComparison(story: StorySummary, items: StoryInput[], merged: MergedEvent[], coverage: CoverageStatement[] = []): Comparison {
  const outlets = storyOutlets(items);
  const byId = new Map<string, { e: ReadoutEvent; outlet: string }>();
  for (const { article, events } of items) for (const e of events) byId.set(e.id, { e, outlet: outletOf(article) });
  const events = merged.map((m): ComparedEvent => {
    const mentions = m.mentions.flatMap((x): ComparedMention[] => {
      const found = byId.get(x.eventId);
      if (!found) return [];
      const { e } = found;
      return [{ outlet: x.outlet, article: x.articleId, event_id: e.id, event: e.event, contexts: e.contexts, status: e.status, attribution: e.attribution, evidence: e.evidence }];
    });
    const carrying = new Set(mentions.map((x) => x.outlet));
    const framings = new Set(m.mentions.map((x) => byId.get(x.eventId)).filter((x) => x !== undefined).map((x) => framingOf(x.e)));
    return {
      id: m.id, event: m.event, mode: m.mode, contexts: m.contexts, actor: m.actor, recipient: m.recipient, date: m.date,
      mentions,
      missing: outlets.filter((o) => !carrying.has(o)),
      only: carrying.size === 1 && outlets.length > 1 ? [...carrying][0]! : null,
      framing: framings.size > 1,
      coverage: coverage.filter((c) => c.merged === m.id).map((c) => ({ outlet: c.outlet, article: c.article, text: c.text })),
    };
  });
  return { story, outlets, events };
}

/** Does an attribution entry name the outlet itself ("…, IRNA said" in IRNA's own report)? */
function isOutlet(a: AttributionRef, outlet: string): boolean {
  const o = outlet.toLowerCase();
  return [a.text, a.name].some((s) => s !== null && (s.toLowerCase() === o || s.toLowerCase().includes(o) || o.includes(s.toLowerCase())));
}

/** What one mention says: its status unless asserted; asserted through a source other than the outlet: the source; else `fact`. */
export function mentionCell(m: Pick<ComparedMention, 'status' | 'attribution' | 'outlet'>): string {
  if (m.status !== 'asserted') return m.status;
  const source = m.attribution.find((a) => !isOutlet(a, m.outlet));
  return source ? source.text : 'fact';
}

export const NOT_REPORTED = '—';

/** The cell of one outlet for one merged event: its mentions' cells joined with "/", or `—`. */
export function cellOf(e: ComparedEvent, outlet: string): string {
  const cells = [...new Set(e.mentions.filter((m) => m.outlet === outlet).map(mentionCell))];
  return cells.length === 0 ? NOT_REPORTED : cells.join('/');
}

const partyText = (as: ActorRef[]) => as.map((a) => a.name ?? a.text).join(' + ') || '?';

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : `${[...flat].slice(0, max - 1).join('')}…`;
}

/** Notes of a row: single-outlet claims, framing differences (which outlet coded what), linked coverage statements. */
export function notesOf(e: ComparedEvent): string {
  const notes: string[] = [];
  if (e.only !== null) notes.push(`only ${e.only}`);
  if (e.framing) {
    const by = new Map<string, Set<string>>();
    for (const m of e.mentions) {
      const f = [m.event, ...m.contexts].join(' ');
      by.set(m.outlet, (by.get(m.outlet) ?? new Set()).add(f));
    }
    notes.push(`framing: ${[...by].map(([o, fs]) => `${[...fs].join('/')} (${o})`).join(' vs ')}`);
  }
  for (const c of e.coverage) notes.push(`${c.outlet}: "${clip(c.text, 70)}"`);
  return notes.join('; ');
}

/** The rows of the comparison table: one per merged event, one column per outlet. */
export function comparisonRows(c: Comparison): { columns: string[]; rows: Record<string, string>[] } {
  const columns = ['#', 'EVENT', 'ACTOR → RECIPIENT', 'DATE', ...c.outlets, 'NOTES'];
  const rows = c.events.map((e, k) => {
    const row: Record<string, string> = {
      '#': String(k + 1),
      EVENT: e.mode ? `${e.event}/${e.mode}` : e.event,
      'ACTOR → RECIPIENT': clip(`${partyText(e.actor)} → ${e.recipient.length ? partyText(e.recipient) : '—'}`, 48),
      DATE: e.date ?? '?',
      NOTES: notesOf(e),
    };
    for (const o of c.outlets) row[o] = cellOf(e, o);
    return row;
  });
  return { columns, rows };
}

/** The comparison as an aligned text table with a heading line. */
export function renderComparisonTable(c: Comparison): string {
  const { columns, rows } = comparisonRows(c);
  const s = c.story;
  const head = `story ${s.id}${s.title ? `: ${clip(s.title, 80)}` : ''} (${s.articles.length} articles, ${c.outlets.length} outlets, ${c.events.length} events)\n`;
  if (rows.length === 0) return `${head}no events\n`;
  const cells = [columns, ...rows.map((r) => columns.map((col) => r[col] ?? ''))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((v, i) => v + ' '.repeat(widths[i]! - [...v].length)).join('  ').trimEnd();
  return head + cells.map(line).join('\n') + '\n';
}
