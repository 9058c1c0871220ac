// readout stories: the stored stories (articles about one episode across outlets and days), newest first.
import { openStore, parseLimit, type StoryFilter, type StorySummary } from '../store/index.js';
import { MAX_STORY_PAGE } from '../store/stories.js';
import { parseArgs, str, UsageError, type Parsed } from './args.js';
import { DB_OPTION, dbOf, put } from './store-options.js';

export const STORY_FORMATS = ['table', 'jsonl'] as const;
const DEFAULT_LIMIT = 50;

export const STORY_FILTER_USAGE = `story filters (all optional, ANDed):
  --from 2025-02 --to 2025-02-28   stories whose first..last days overlap (YYYY, YYYY-MM or YYYY-MM-DD)
  --outlet NAME             with an article from this outlet
  --actor RUS               with an event whose actor has this country code
  --q "cable"               title contains (case-insensitive)
  --min-articles N          with at least N articles
`;

function storyFilterOf(p: Parsed): StoryFilter {
  const f: StoryFilter = {};
  for (const k of ['from', 'to', 'outlet', 'actor', 'q'] as const) {
    const v = str(p, k);
    if (v !== undefined) f[k] = v;
  }
  const min = str(p, 'min-articles');
  if (min !== undefined) f.minArticles = parseLimit('min-articles', min, 1_000_000);
  return f;
}

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** One story as a table line: id, days, article and outlet counts, title and outlets. */
export function storyLine(s: StorySummary): string {
  const days = s.first === s.last ? (s.first ?? '?') : `${s.first ?? '?'}..${s.last ?? '?'}`;
  return `${s.id}  ${days.padEnd(22)}  ${String(s.articles.length).padStart(4)}  ${String(s.outlets.length).padStart(4)}  ` +
    `${cut(s.title ?? '(untitled)', 70)}  [${cut(s.outlets.join(', '), 60)}]\n`;
}

export async function storiesCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, {
    ...DB_OPTION, from: 'string', to: 'string', outlet: 'string', actor: 'string', q: 'string', 'min-articles': 'string',
    limit: 'string', cursor: 'string', format: 'string',
  });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}' (filters are options, e.g. --outlet NAME)`);
  const format = str(p, 'format') ?? 'table';
  if (!(STORY_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${STORY_FORMATS.join(', ')}; got '${format}'`);
  const filter = storyFilterOf(p);
  const limit = str(p, 'limit') === undefined ? DEFAULT_LIMIT : parseLimit('limit', str(p, 'limit')!, MAX_STORY_PAGE);
  const store = await openStore(dbOf(p), 'read');
  const out = process.stdout;
  try {
    const page = await store.stories(filter, { limit, cursor: str(p, 'cursor') ?? null });
    if (format === 'table') await put(out, `${'STORY'.padEnd(18)}  ${'DAYS'.padEnd(22)}  ARTS  OUTS  TITLE  [OUTLETS]\n`);
    for (const s of page.stories) await put(out, format === 'jsonl' ? `${JSON.stringify(s)}\n` : storyLine(s));
    process.stderr.write(`${page.stories.length} of ${page.total} stories${page.next ? `; next page: --cursor ${page.next}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
