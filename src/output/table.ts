// Table: a human-readable view for a terminal. Each event is one line of fixed-width columns (fixed, because a
// streaming writer cannot look ahead to size columns to the widest value) with its evidence, clipped, on an
// indented line below, so that a row fits a 120-column terminal.
// ANSI colours only when asked for (the caller passes `process.stdout.isTTY`).
import type { ActorRef, ReadoutEvent } from '../types.js';
import type { EventWriter, WriterOptions } from './writer.js';

const WIDTH = { date: 10, event: 16, parties: 44, status: 12, source: 34 } as const;

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', red: '\x1b[31m', yellow: '\x1b[33m' };

/** Collapses whitespace (newlines included) and cuts to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function pad(s: string, width: number): string {
  const c = clip(s, width);
  return c + ' '.repeat(Math.max(0, width - [...c].length));
}

/** "Wang Xiaohong (CHN COP)"; several actors joined with " + ". */
function party(as: readonly ActorRef[]): string {
  return as
    .map((a) => {
      const tags = [a.country, a.sector].filter((x): x is string => x !== null).join(' ');
      const name = a.name ?? a.text;
      return tags === '' ? name : `${name} (${tags})`;
    })
    .join(' + ');
}

function dateCell(e: ReadoutEvent): string {
  if (e.date === null) return '?';
  return e.date.basis === 'published' ? `${e.date.value}*` : e.date.value;
}

function sourceCell(e: ReadoutEvent): string {
  if (e.attribution.length === 0) return '';
  return `according to ${e.attribution.map((a) => a.name ?? a.text).join(' via ')}`;
}

export function createTableWriter(options: WriterOptions = {}): EventWriter {
  const color = options.color === true;
  const evidenceWidth = options.evidenceWidth ?? 80;
  const paint = (code: string, s: string): string => (color ? `${code}${s}${ANSI.reset}` : s);
  let count = 0;
  let fromPublished = false;

  return {
    header(): string {
      const cells = [
        pad('DATE', WIDTH.date), pad('EVENT/MODE', WIDTH.event), pad('ACTOR → RECIPIENT', WIDTH.parties),
        pad('STATUS', WIDTH.status), 'SOURCE',
      ];
      return `${paint(ANSI.bold, cells.join(' ').trimEnd())}\n`;
    },
    write(e: ReadoutEvent): string {
      count += 1;
      if (e.date?.basis === 'published') fromPublished = true;
      const event = e.mode === null ? e.event : `${e.event}/${e.mode}`;
      const parties = e.recipient.length === 0 ? party(e.actor) : `${party(e.actor)} → ${party(e.recipient)}`;
      const tone = e.quad <= 2 ? ANSI.green : ANSI.red;
      const statusTone = e.status === 'asserted' ? '' : ANSI.yellow;
      const cells = [
        pad(dateCell(e), WIDTH.date),
        paint(tone, pad(event, WIDTH.event)),
        pad(parties, WIDTH.parties),
        statusTone === '' ? pad(e.status, WIDTH.status) : paint(statusTone, pad(e.status, WIDTH.status)),
        clip(sourceCell(e), WIDTH.source),
      ];
      const evidence = `${' '.repeat(WIDTH.date + 1)}${paint(ANSI.dim, `"${clip(e.evidence.text, evidenceWidth)}"`)}`;
      return `${cells.join(' ').trimEnd()}\n${evidence}\n`;
    },
    footer(): string {
      const legend = fromPublished ? ' (* date taken from the publication date)' : '';
      return paint(ANSI.dim, `${count} event${count === 1 ? '' : 's'}${legend}`) + '\n';
    },
  };
}
