// readout events: stored events matching filters, one page at a time (or --all), in any output format.
import { createWriter, isOutputFormat, OUTPUT_FORMATS } from '../output/index.js';
import { openStore, parseLimit } from '../store/index.js';
import { flag, parseArgs, str, UsageError } from './args.js';
import { DB_OPTION, FILTER_SPEC, dbOf, filterOf, put } from './store-options.js';

export const DEFAULT_LIMIT = 50;

export async function eventsCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, ...FILTER_SPEC, format: 'string', limit: 'string', cursor: 'string', all: 'boolean' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}' (filters are options, e.g. --actor CHN)`);
  const format = str(p, 'format') ?? 'jsonl';
  if (!isOutputFormat(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got '${format}'`);
  const filter = filterOf(p);
  const limit = str(p, 'limit') === undefined ? DEFAULT_LIMIT : parseLimit('limit', str(p, 'limit')!, 10_000);
  const all = flag(p, 'all');
  if (all && str(p, 'cursor') !== undefined) throw new UsageError('--all and --cursor do not go together');
  const store = await openStore(dbOf(p), 'read');
  const out = process.stdout;
  const writer = createWriter(format, { color: out.isTTY === true });
  try {
    await put(out, writer.header?.() ?? '');
    if (all) {
      for await (const e of store.streamEvents(filter)) await put(out, writer.write(e));
      await put(out, writer.footer?.() ?? '');
      return 0;
    }
    const page = await store.events(filter, { limit, cursor: str(p, 'cursor') ?? null });
    for (const e of page.events) await put(out, writer.write(e));
    await put(out, writer.footer?.() ?? '');
    process.stderr.write(`${page.events.length} of ${page.total} events${page.next ? `; next page: --cursor ${page.next}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
