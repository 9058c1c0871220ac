// Counts and Goldstein sums per period and group, and top actors / dyads. Periods are precomputed columns
// (rows.ts), so the SQL is the same on both databases. Dyads and top lists use the first actor and recipient.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Backend, DB } from './schema.js';
import type { EventFilter, StatsBy, StatsInterval, StatsRow, TopRow } from './types.js';
import { filterExpr } from './filter.js';
import { readRollup, rollupAnswers } from './rollup.js';

const UNKNOWN = 'unknown';

function periodExpr(interval: StatsInterval): RawBuilder<string> {
  const col = { day: 'day', week: 'week', month: 'month', year: 'year' }[interval];
  return sql<string>`coalesce(${sql.ref(`events.${col}`)}, ${sql.lit(UNKNOWN)})`;
}

function keyExpr(by: StatsBy): RawBuilder<string> {
  switch (by) {
    case 'dyad': return sql<string>`coalesce(events.actor_country, ${sql.lit('?')}) || ${sql.lit('-')} || coalesce(events.recipient_country, ${sql.lit('?')})`;
    case 'event': return sql<string>`events.event`;
    case 'quad': return sql<string>`cast(events.quad as text)`;
  }
}

const round = (x: number) => Math.round(x * 1e4) / 1e4 + 0; // + 0: no -0 from float residue

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stats per period and group: from the rollup when it keeps this grain and the filter is empty, else by a scan. */
export async function stats(db: Kysely<DB>, backend: Backend, by: StatsBy, interval: StatsInterval, f: EventFilter): Promise<StatsRow[]> {
  if (rollupAnswers(by, interval, f)) {
    return (await readRollup(db, by, interval))
      .map((r) => ({ period: r.period, key: r.key, count: Number(r.n), goldstein: round(Number(r.goldstein)) }))
      .sort((a, b) => byText(a.period, b.period) || byText(a.key, b.key));
  }
  return scanStats(db, backend, by, interval, f);
}

/** Stats by grouping the matching events (any filter, any grain). */
export async function scanStats(db: Kysely<DB>, backend: Backend, by: StatsBy, interval: StatsInterval, f: EventFilter): Promise<StatsRow[]> {
  const rows = await db.selectFrom('events')
    .select([periodExpr(interval).as('period'), keyExpr(by).as('key'), sql<number>`count(*)`.as('count'), sql<number>`sum(events.goldstein)`.as('goldstein')])
    .where((eb) => filterExpr(db, eb, f, backend))
    .groupBy([sql`1`, sql`2`])
    .execute();
  return rows.map((r) => ({ period: r.period, key: r.key, count: Number(r.count), goldstein: round(Number(r.goldstein)) }))
    .sort((a, b) => byText(a.period, b.period) || byText(a.key, b.key));
}

export async function topActors(db: Kysely<DB>, backend: Backend, f: EventFilter, limit: number): Promise<TopRow[]> {
  const rows = await db.selectFrom('events')
    .select(['events.actor_country as key', sql<number>`count(*)`.as('count')])
    .where((eb) => filterExpr(db, eb, f, backend))
    .where('events.actor_country', 'is not', null)
    .groupBy('events.actor_country')
    .orderBy(sql`2`, 'desc').orderBy(sql`1`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ key: r.key!, count: Number(r.count) }));
}

export async function topDyads(db: Kysely<DB>, backend: Backend, f: EventFilter, limit: number): Promise<TopRow[]> {
  if (rollupAnswers('dyad', 'year', f)) {
    // the rollup's yearly dyad keys, summed over the years; "?" marks a missing actor or recipient
    const rows = await db.selectFrom('event_rollup')
      .select(['key', sql<number>`sum(n)`.as('count')])
      .where('dimension', '=', 'dyad').where('grain', '=', 'year')
      .where('key', 'not like', '?-%').where('key', 'not like', '%-?')
      .groupBy('key')
      .orderBy(sql`2`, 'desc').orderBy(sql`1`)
      .limit(limit)
      .execute();
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }
  const rows = await db.selectFrom('events')
    .select([sql<string>`events.actor_country || ${sql.lit('-')} || events.recipient_country`.as('key'), sql<number>`count(*)`.as('count')])
    .where((eb) => filterExpr(db, eb, f, backend))
    .where('events.actor_country', 'is not', null)
    .where('events.recipient_country', 'is not', null)
    .groupBy(['events.actor_country', 'events.recipient_country'])
    .orderBy(sql`2`, 'desc').orderBy(sql`1`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}
