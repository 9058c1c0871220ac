// An article's text with one event marked: its evidence sentence, the actor and recipient mentions found inside it,
// and the trigger. Other events' sentences are marked lightly so they can be picked.
import type { ReadoutEvent } from '../../src/types.js';
import { h } from './dom.js';

interface Span { start: number; end: number; cls: string; title?: string }

/** Where each actor/recipient text occurs inside the evidence sentence (first occurrence not overlapping others). */
export function mentionSpans(e: ReadoutEvent): Span[] {
  const out: Span[] = [];
  if (e.trigger) out.push({ start: e.trigger.start, end: e.trigger.end, cls: 'trigger', title: `trigger: ${e.event}` });
  const sentence = e.evidence.text;
  const lower = sentence.toLowerCase();
  const place = (text: string, cls: string, title: string) => {
    if (!text) return;
    let from = 0;
    for (;;) {
      const i = lower.indexOf(text.toLowerCase(), from);
      if (i < 0) return;
      const s = { start: e.evidence.start + i, end: e.evidence.start + i + text.length, cls, title };
      if (!out.some((o) => o.start < s.end && s.start < o.end)) {
        out.push(s);
        return;
      }
      from = i + 1;
    }
  };
  for (const a of e.actor) place(a.text, 'actor', `actor: ${a.name ?? a.text}${a.country ? ` (${a.country})` : ''}`);
  for (const r of e.recipient) place(r.text, 'recipient', `recipient: ${r.name ?? r.text}${r.country ? ` (${r.country})` : ''}`);
  for (const s of e.attribution) place(s.text, 'source', `source (${s.cue})`);
  return out.sort((a, b) => a.start - b.start);
}

/** Text [start, end) with non-overlapping spans as <mark>s. */
function marked(text: string, start: number, end: number, spans: Span[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = start;
  for (const s of spans) {
    if (s.end <= at || s.start >= end) continue;
    const a = Math.max(s.start, at), b = Math.min(s.end, end);
    if (a > at) out.push(text.slice(at, a));
    out.push(h('mark', { class: s.cls, title: s.title }, text.slice(a, b)));
    at = b;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

/**
 * The text as paragraphs; the selected event's sentence is a <mark class="evidence" id="evidence"> holding the mention
 * marks; other events' sentences are links (`hrefOf`) so they can be opened too.
 */
export function renderText(text: string, events: ReadoutEvent[], selected: ReadoutEvent | null, hrefOf: (e: ReadoutEvent) => string): HTMLElement {
  return renderMarkedText(text, events, selected ? [selected] : [], hrefOf, 'evidence');
}

/**
 * The same with any number of selected events (one real-world event told twice in an article); the first selected
 * sentence gets the id `anchor` when one is given.
 */
export function renderMarkedText(text: string, events: ReadoutEvent[], selected: readonly ReadoutEvent[], hrefOf: (e: ReadoutEvent) => string, anchor: string | null): HTMLElement {
  const boxes = new Map<number, ReadoutEvent>();
  for (const e of events) if (!boxes.has(e.evidence.start) || selected.includes(e)) boxes.set(e.evidence.start, e);
  for (const e of selected) if (!boxes.has(e.evidence.start)) boxes.set(e.evidence.start, e);
  const sentences = [...boxes.values()].sort((a, b) => a.evidence.start - b.evidence.start);
  const root = h('div', { class: 'article-text' });
  let p = h('p');
  root.appendChild(p);
  const addPlain = (s: string) => {
    const parts = s.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) {
        p = h('p');
        root.appendChild(p);
      }
      if (part) p.appendChild(document.createTextNode(part));
    });
  };
  let at = 0;
  let anchored = false;
  for (const e of sentences) {
    const { start, end } = e.evidence;
    if (start < at) continue;
    addPlain(text.slice(at, start));
    if (selected.includes(e)) {
      const id = anchor !== null && !anchored ? anchor : null;
      anchored = true;
      p.appendChild(h('mark', { class: 'evidence', id, tabindex: '-1' }, ...marked(text, start, end, mentionSpans(e))));
    } else {
      p.appendChild(h('a', { class: 'other-evidence', href: hrefOf(e), title: `${e.event}: open this event` }, text.slice(start, end)));
    }
    at = end;
  }
  addPlain(text.slice(at));
  return root;
}

/** Just the evidence sentence, marked (for the event table and the try-it view). */
export function renderEvidence(e: ReadoutEvent): HTMLElement {
  const base = e.evidence.start;
  const spans = mentionSpans(e).map((s) => ({ ...s, start: s.start - base, end: s.end - base }));
  return h('span', { class: 'evidence-inline' }, ...marked(e.evidence.text, 0, e.evidence.text.length, spans));
}
