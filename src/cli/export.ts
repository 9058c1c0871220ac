// readout export: every matching stored event, streamed in store order to stdout or --out FILE. The file is
// complete or untouched (see output-file.ts), never the store itself or another SQLite database.
import { createWriter, type OutputFormat } from '../output/index.js';
import { createMentionWriter, MENTION_FORMATS, type MentionFormat } from '../output/mentions.js';
import { openStore, type EventFilter, type MentionCounts, type Store } from '../store/index.js';
import type { ReadoutEvent } from '../types.js';
import { parseArgs, str, UsageError } from './args.js';
import { openOutputFile, refuseStoreOverwrite, type OutputFile } from './output-file.js';
import { DB_OPTION, FILTER_SPEC, dbOf, filterOf, put } from './store-options.js';

const FORMATS: readonly OutputFormat[] = ['csv', 'jsonl', 'gdelt', 'plover', 'json'];
const TABLES = ['events', 'mentions'] as const;
/** GDELT rows look up their merged events' counts this many events at a time */
const COUNT_CHUNK = 500;

type Write = (text: string) => Promise<void>;

/** The events, as `format`; GDELT's NumMentions / NumSources / NumArticles from each event's merged event. */
async function writeEvents(store: Store, filter: EventFilter, format: OutputFormat, write: Write): Promise<number> {
  let counts = new Map<string, MentionCounts>();
  const writer = createWriter(format, format === 'gdelt' ? { counts: (id) => counts.get(id) } : {});
  let n = 0;
  let batch: ReadoutEvent[] = [];
  const flush = async () => {
    if (format === 'gdelt') counts = await store.mentionCounts(batch.map((e) => e.id));
    for (const e of batch) await write(writer.write(e));
    n += batch.length;
    batch = [];
  };
  await write(writer.header?.() ?? '');
  for await (const e of store.streamEvents(filter)) {
    batch.push(e);
    if (batch.length >= COUNT_CHUNK) await flush();
  }
  await flush();
  await write(writer.footer?.() ?? '');
  return n;
}

async function writeMentions(store: Store, format: MentionFormat, write: Write): Promise<number> {
  const writer = createMentionWriter(format);
  let n = 0;
  await write(writer.header());
  for await (const r of store.mentions()) {
    await write(writer.write(r));
    n++;
  }
  await write(writer.footer());
  return n;
}

export async function exportCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, ...FILTER_SPEC, format: 'string', out: 'string', table: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const table = (str(p, 'table') ?? 'events') as (typeof TABLES)[number];
  if (!TABLES.includes(table)) throw new UsageError(`--table must be one of ${TABLES.join(', ')}; got '${table}'`);
  const format = (str(p, 'format') ?? 'jsonl') as OutputFormat;
  const formats: readonly string[] = table === 'events' ? FORMATS : MENTION_FORMATS;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}${table === 'events' ? '' : ' for --table mentions'}; got '${format}'`);
  const filter = filterOf(p);
  if (table === 'mentions' && Object.values(filter).some((v) => v !== undefined)) throw new UsageError('--table mentions takes no filters (it exports the whole table)');
  const db = dbOf(p);
  const file = str(p, 'out');
  if (file !== undefined) refuseStoreOverwrite(file, db);
  // the output opens before the store: a bad --out fails before anything is read
  const out: OutputFile | null = file !== undefined ? await openOutputFile(file) : null;
  const write = out ? (text: string) => out.write(text) : (text: string) => put(process.stdout, text);
  let n = 0;
  try {
    const store = await openStore(db, 'read');
    try {
      n = table === 'events' ? await writeEvents(store, filter, format, write) : await writeMentions(store, format as MentionFormat, write);
    } finally {
      await store.close();
    }
    await out?.commit();
  } catch (e) {
    await out?.abort();
    throw e;
  }
  process.stderr.write(`exported ${n} ${table === 'events' ? 'events' : 'event mentions'}${file !== undefined ? ` to ${file}` : ''}\n`);
  return 0;
}
