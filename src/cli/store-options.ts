// Options shared by the commands that read the store: --db and the event filters.
import { FILTER_OPTIONS, parseFilter, requireStoreFile, resolveDb, type EventFilter, type FilterOption, type StoreAccess } from '../store/index.js';
import { str, type OptionSpec, type Parsed } from './args.js';

export const DB_OPTION: OptionSpec = { db: 'string' };

export const FILTER_SPEC: OptionSpec = Object.fromEntries(FILTER_OPTIONS.map((o) => [o, 'string' as const]));

export const FILTER_USAGE = `filters (all optional, ANDed):
  --dyad CHN-IRN            events between the two, either direction
  --actor CHN --actor-sector COP --recipient IRN --recipient-sector GOV
  --event AGREE,CONSULT     PLOVER categories     --mode visit     --context terrorism
  --status asserted,alleged --outlet NAME         --source IRNA (attribution text or name contains)
  --from 2024-01 --to 2024-03-31 (event date; YYYY, YYYY-MM or YYYY-MM-DD)
  --q "police chief"        words in the evidence sentence (full-text)
  --article ID              one article's events
`;

/**
 * The store named by --db ($READOUT_DB, ./readout.db). A command that reads (the default) needs it to exist: a
 * mistyped path is an error naming it, not a new empty store; ingest passes 'create'.
 */
export function dbOf(p: Parsed, access: StoreAccess = 'read'): string {
  const db = resolveDb(str(p, 'db'));
  if (access === 'read' || access === 'write') requireStoreFile(db);
  return db;
}

export function filterOf(p: Parsed): EventFilter {
  const values: Partial<Record<FilterOption, string>> = {};
  for (const o of FILTER_OPTIONS) {
    const v = str(p, o);
    if (v !== undefined) values[o] = v;
  }
  return parseFilter(values);
}

/** Write text to a stream, waiting when its buffer is full. */
export async function put(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (text && !out.write(text)) await new Promise((r) => out.once('drain', r));
}
