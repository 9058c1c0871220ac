// readout export: every matching stored event, streamed in store order to stdout or --out FILE. The file is
// complete or untouched (see output-file.ts), never the store itself or another SQLite database.
import { createWriter, type OutputFormat } from '../output/index.js';
import { openStore } from '../store/index.js';
import { parseArgs, str, UsageError } from './args.js';
import { openOutputFile, refuseStoreOverwrite, type OutputFile } from './output-file.js';
import { DB_OPTION, FILTER_SPEC, dbOf, filterOf, put } from './store-options.js';

const FORMATS: readonly OutputFormat[] = ['csv', 'jsonl', 'gdelt', 'plover', 'json'];

export async function exportCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, ...FILTER_SPEC, format: 'string', out: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const format = (str(p, 'format') ?? 'jsonl') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  const filter = filterOf(p);
  const db = dbOf(p);
  const file = str(p, 'out');
  if (file !== undefined) refuseStoreOverwrite(file, db);
  // the output opens before the store: a bad --out fails before anything is read
  const out: OutputFile | null = file !== undefined ? await openOutputFile(file) : null;
  const write = out ? (text: string) => out.write(text) : (text: string) => put(process.stdout, text);
  const writer = createWriter(format);
  let n = 0;
  try {
    const store = await openStore(db, 'read');
    try {
      await write(writer.header?.() ?? '');
      for await (const e of store.streamEvents(filter)) {
        await write(writer.write(e));
        n++;
      }
      await write(writer.footer?.() ?? '');
    } finally {
      await store.close();
    }
    await out?.commit();
  } catch (e) {
    await out?.abort();
    throw e;
  }
  process.stderr.write(`exported ${n} events${file !== undefined ? ` to ${file}` : ''}\n`);
  return 0;
}
