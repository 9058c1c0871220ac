// openStore: SQLite file (default ./readout.db) or PostgreSQL (postgres://…), schema migrated on open.
import type { Kysely } from 'kysely';
import type { Backend, DB } from './schema.js';
import type { EventFilter, Store } from './types.js';
import { migrate } from './migrations.js';
import { openSqlite } from './sqlite.js';
import { openPostgres } from './postgres.js';
import { putArticles, unchangedIds } from './put.js';
import { articleWithEvents, counts, eventPage, staleArticles, streamEvents } from './query.js';
import { stats, topActors, topDyads } from './stats.js';
import { normaliseFilter } from './validate.js';

export type * from './types.js';
export { parseFilter, normaliseFilter, parseStatsBy, parseInterval, parseLimit, FILTER_OPTIONS, STATS_BY, STATS_INTERVALS } from './validate.js';
export type { FilterOption } from './validate.js';
export { contentHash } from './rows.js';

export const DEFAULT_DB = './readout.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The database to use: the --db value, else $READOUT_DB, else ./readout.db. */
export function resolveDb(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env['READOUT_DB'] || DEFAULT_DB);
}

export async function openStore(url: string | undefined): Promise<Store> {
  const target = resolveDb(url);
  if (isPostgresUrl(target)) {
    const { db, schema } = await openPostgres(target);
    try {
      await migrate(db, 'postgres', schema ?? undefined);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return storeOn(db, 'postgres');
  }
  const db = openSqlite(target);
  try {
    await migrate(db, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return storeOn(db, 'sqlite');
}

function storeOn(db: Kysely<DB>, backend: Backend): Store {
  const norm = (f: EventFilter) => normaliseFilter(f);
  return {
    backend,
    putArticles: (batch, coderVersion) => putArticles(db, batch, coderVersion),
    unchanged: (articles, coderVersion) => unchangedIds(db, articles, coderVersion),
    staleArticles: (coderVersion) => staleArticles(db, coderVersion),
    events: async (f, page) => eventPage(db, backend, norm(f), page),
    streamEvents: (f) => streamEvents(db, backend, norm(f)),
    stats: async (by, interval, f) => stats(db, backend, by, interval, norm(f)),
    topActors: async (f, limit) => topActors(db, backend, norm(f), limit),
    topDyads: async (f, limit) => topDyads(db, backend, norm(f), limit),
    article: (id) => articleWithEvents(db, id),
    counts: () => counts(db),
    close: () => db.destroy(),
  };
}
