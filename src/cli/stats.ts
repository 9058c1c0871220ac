// readout stats: event counts and Goldstein sums per period and dyad / category / quad, or top actors / dyads.
import { openStore, parseInterval, parseLimit, parseStatsBy, type StatsRow, type TopRow } from '../store/index.js';
import { parseArgs, str, UsageError } from './args.js';
import { DB_OPTION, FILTER_SPEC, dbOf, filterOf } from './store-options.js';

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function csvCell(s: string | number): string {
  const t = String(s);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function renderRows(rows: Record<string, string | number>[], columns: string[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(','))].join('\n') + '\n';
  const cells = [columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  return cells.map((row) => row.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function statsCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, ...FILTER_SPEC, by: 'string', interval: 'string', format: 'string', top: 'string', limit: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const format = (str(p, 'format') ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  const top = str(p, 'top');
  if (top !== undefined && top !== 'actors' && top !== 'dyads') throw new UsageError(`--top must be actors or dyads; got '${top}'`);
  const by = parseStatsBy(str(p, 'by') ?? 'dyad');
  const interval = parseInterval(str(p, 'interval') ?? 'month');
  const limit = str(p, 'limit') === undefined ? 10 : parseLimit('limit', str(p, 'limit')!, 10_000);
  const filter = filterOf(p);
  const store = await openStore(dbOf(p), 'read');
  try {
    if (top !== undefined) {
      const rows: TopRow[] = top === 'actors' ? await store.topActors(filter, limit) : await store.topDyads(filter, limit);
      const label = top === 'actors' ? 'actor' : 'dyad';
      process.stdout.write(renderRows(rows.map((r) => ({ [label]: r.key, count: r.count })), [label, 'count'], format));
      return 0;
    }
    const rows: StatsRow[] = await store.stats(by, interval, filter);
    process.stdout.write(renderRows(rows.map((r) => ({ ...r })), ['period', 'key', 'count', 'goldstein'], format));
    return 0;
  } finally {
    await store.close();
  }
}
