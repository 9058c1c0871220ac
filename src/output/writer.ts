// The streaming interface every output format implements: print `header()` once, `write(e)` per event
// (in order), then `footer()` once. Each method returns text to append, newline-terminated where non-empty.
import type { ReadoutEvent } from '../types.js';

export interface EventWriter {
  header?(): string;
  write(e: ReadoutEvent): string;
  footer?(): string;
}

export const OUTPUT_FORMATS = ['jsonl', 'json', 'table', 'csv', 'gdelt', 'plover'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriterOptions {
  /** table: use ANSI colours (pass `process.stdout.isTTY`). Default false. */
  color?: boolean;
  /** table: maximum characters of evidence shown. Default 80. */
  evidenceWidth?: number;
  /** gdelt: DATEADDED as YYYYMMDDHHMMSS. Default: the article's publication date at 000000 (keeps output deterministic). */
  dateAdded?: string;
  /** gdelt: NumMentions / NumSources / NumArticles of an event, from its merged event (issue #12); 1/1/1 when undefined */
  counts?: (eventId: string) => { mentions: number; sources: number; articles: number } | undefined;
  /** plover: coder identification for the `coder` field. Default "readout". */
  coder?: string;
}

/** Runs a whole list through a writer: header, one write per event, footer. */
export function writeAll(writer: EventWriter, events: Iterable<ReadoutEvent>): string {
  let out = writer.header?.() ?? '';
  for (const e of events) out += writer.write(e);
  return out + (writer.footer?.() ?? '');
}

/** True when `s` names an output format (for checking a `--format` value before calling createWriter). */
export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s);
}
