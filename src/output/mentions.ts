// The event-mentions table (`readout export --table mentions`): each stored event as one mention of a merged
// event, with its story. jsonl (one object per line), json (one array) or csv (RFC 4180, a header row).
import { csvField } from './csv.js';

export interface MentionRecord { story_id: string; merged_id: string; event_id: string; article_id: string; outlet: string; status: string }

export const MENTION_COLUMNS = ['story_id', 'merged_id', 'event_id', 'article_id', 'outlet', 'status'] as const;
export const MENTION_FORMATS = ['jsonl', 'json', 'csv'] as const;
export type MentionFormat = (typeof MENTION_FORMATS)[number];

export interface MentionWriter { header(): string; write(r: MentionRecord): string; footer(): string }

export function createMentionWriter(format: MentionFormat): MentionWriter {
  const ordered = (r: MentionRecord) => Object.fromEntries(MENTION_COLUMNS.map((c) => [c, r[c]]));
  switch (format) {
    case 'jsonl': return { header: () => '', write: (r) => `${JSON.stringify(ordered(r))}\n`, footer: () => '' };
    case 'csv': return {
      header: () => `${MENTION_COLUMNS.join(',')}\r\n`,
      write: (r) => `${MENTION_COLUMNS.map((c) => csvField(r[c])).join(',')}\r\n`,
      footer: () => '',
    };
    case 'json': {
      let n = 0;
      return { header: () => '[', write: (r) => `${n++ === 0 ? '\n' : ',\n'}${JSON.stringify(ordered(r))}`, footer: () => (n === 0 ? ']\n' : '\n]\n') };
    }
  }
}
