// readout compare STORY: a story's merged events × outlets — who reported what, how, and who left it out.
import { openStore } from '../store/index.js';
import { renderComparisonTable } from '../stories/compare.js';
import { parseArgs, str, UsageError } from './args.js';
import { Failure } from './failure.js';
import { DB_OPTION, dbOf, put } from './store-options.js';

const FORMATS = ['table', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function compareCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, format: 'string' });
  const [story, extra] = p.positional;
  if (story === undefined) throw new UsageError('which story? (readout compare STORY; readout stories lists them)');
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  const format = (str(p, 'format') ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  const store = await openStore(dbOf(p), 'read');
  try {
    const c = await store.compare(story);
    if (c === null) throw new Failure(`no story '${story}' in the store (readout stories lists them)`);
    await put(process.stdout, format === 'json' ? `${JSON.stringify(c, null, 2)}\n` : renderComparisonTable(c));
  } finally {
    await store.close();
  }
  return 0;
}
