// readout export: every matching stored event, streamed in store order to stdout or --out FILE.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createWriter, type OutputFormat } from '../output/index.js';
import { openStore } from '../store/index.js';
import { parseArgs, str, UsageError } from './args.js';
import { DB_OPTION, FILTER_SPEC, dbOf, filterOf, put } from './store-options.js';

const FORMATS: readonly OutputFormat[] = ['csv', 'jsonl', 'gdelt', 'plover', 'json'];

export async function exportCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, ...FILTER_SPEC, format: 'string', out: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const format = (str(p, 'format') ?? 'jsonl') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  const filter = filterOf(p);
  const store = await openStore(dbOf(p));
  const file = str(p, 'out');
  const out: NodeJS.WritableStream = file ? createWriteStream(file) : process.stdout;
  const writer = createWriter(format);
  let n = 0;
  try {
    await put(out, writer.header?.() ?? '');
    for await (const e of store.streamEvents(filter)) {
      await put(out, writer.write(e));
      n++;
    }
    await put(out, writer.footer?.() ?? '');
  } finally {
    await store.close();
    if (file) {
      out.end();
      await finished(out);
    }
  }
  process.stderr.write(`exported ${n} events${file ? ` to ${file}` : ''}\n`);
  return 0;
}
