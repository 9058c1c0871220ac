// The stats rollup: events counted and Goldstein summed per (dimension, grain, period, key), kept in step with
// `events` by putArticles in the same transaction (added for stored events, subtracted for replaced ones).
// Unfiltered stats read it instead of grouping every event. Dyad × day and dyad × week are not kept: they have
// nearly one row per event, so they would cost as much as the scan they replace.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Backend, DB } from './schema.js';
import { insertRows } from './bulk.js';
import { ROLLUP_COLUMNS } from './columns.js';
import type { EventFilter, StatsBy, StatsInterval } from './types.js';

/** The (dimension, grain) pairs the rollup keeps. */
export const ROLLUP_GRAINS: readonly (readonly [StatsBy, StatsInterval])[] = [
  ['quad', 'day'], ['quad', 'week'], ['quad', 'month'], ['quad', 'year'],
  ['event', 'day'], ['event', 'week'], ['event', 'month'], ['event', 'year'],
  ['dyad', 'month'], ['dyad', 'year'],
];

export const UNKNOWN_PERIOD = 'unknown';

/** The columns of an event row the rollup needs. */
export interface RollupSource {
  quad: number;
  event: string;
  actor_country: string | null;
  recipient_country: string | null;
  day: string | null;
  week: string | null;
  month: string | null;
  year: string | null;
  goldstein: number;
}

export const ROLLUP_SOURCE_COLUMNS = ['quad', 'event', 'actor_country', 'recipient_country', 'day', 'week', 'month', 'year', 'goldstein'] as const;

/** The stats group key of an event, as stats.ts computes it in SQL. */
export function groupKey(by: StatsBy, r: RollupSource): string {
  switch (by) {
    case 'quad': return String(r.quad);
    case 'event': return r.event;
    case 'dyad': return `${r.actor_country ?? '?'}-${r.recipient_country ?? '?'}`;
  }
}

/** Is `by` × `interval` kept, and can the rollup answer this filter (only the empty filter)? */
export function rollupAnswers(by: StatsBy, interval: StatsInterval, f: EventFilter): boolean {
  return Object.values(f).every((v) => v === undefined) && ROLLUP_GRAINS.some(([b, i]) => b === by && i === interval);
}

interface Delta { dimension: string; grain: string; period: string; key: string; n: number; goldstein: number }

/** Changes to the rollup, accumulated in memory for one transaction. */
export class RollupDelta {
  private readonly rows = new Map<string, Delta>();
  private negative = false;

  add(r: RollupSource, sign: 1 | -1): void {
    if (sign < 0) this.negative = true;
    for (const [by, interval] of ROLLUP_GRAINS) {
      const period = r[interval] ?? UNKNOWN_PERIOD;
      const key = groupKey(by, r);
      const id = `${by}\u0000${interval}\u0000${period}\u0000${key}`;
      const d = this.rows.get(id) ?? { dimension: by, grain: interval, period, key, n: 0, goldstein: 0 };
      d.n += sign;
      d.goldstein += sign * r.goldstein;
      this.rows.set(id, d);
    }
  }

  /** Upsert the changes; rows whose count falls to zero are removed. */
  async apply(trx: Transaction<DB>, backend: Backend, chunk = 500): Promise<void> {
    // in key order, so concurrent writers (PostgreSQL) lock shared rows in the same order and cannot deadlock
    const all = [...this.rows.entries()].filter(([, d]) => d.n !== 0 || d.goldstein !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
    const returning = this.negative ? (['dimension', 'grain', 'period', 'key', 'n'] as const) : [];
    const after = await insertRows(trx, backend, 'event_rollup', ROLLUP_COLUMNS, all,
      { onConflict: { key: ['dimension', 'grain', 'period', 'key'], add: ['n', 'goldstein'] }, returning, sqliteChunk: chunk });
    for (const e of after) {
      if (Number(e.n) > 0) continue;
      await trx.deleteFrom('event_rollup')
        .where('dimension', '=', e.dimension as string).where('grain', '=', e.grain as string)
        .where('period', '=', e.period as string).where('key', '=', e.key as string)
        .execute();
    }
  }
}

/** The kept rows of one dimension and grain (unsorted). */
export async function readRollup(db: Kysely<DB>, by: StatsBy, interval: StatsInterval): Promise<{ period: string; key: string; n: number; goldstein: number }[]> {
  return db.selectFrom('event_rollup').select(['period', 'key', 'n', 'goldstein'])
    .where('dimension', '=', by).where('grain', '=', interval).execute();
}

/** All stored events, from the rollup (every event is in each kept grain, undated ones under "unknown"). */
export async function rollupTotal(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('event_rollup').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), sql<number>`0`).as('n'))
    .where('dimension', '=', 'quad').where('grain', '=', 'year').executeTakeFirstOrThrow();
  return Number(r.n);
}
