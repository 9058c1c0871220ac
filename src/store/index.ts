// openStore: SQLite file (default ./readout.db) or PostgreSQL (postgres://…), schema migrated on open when the
// store may be written.
import type { Kysely } from 'kysely';
import type { Backend, DB } from './schema.js';
import type { EventFilter, Store } from './types.js';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate, pendingMigrations } from './migrations.js';
import { openSqlite } from './sqlite.js';
import { maskedUrl, openPostgres } from './postgres.js';
import { StoreMissingError, StoreReadOnlyError, StoreSchemaError, unavailableOr } from './errors.js';
import { isWriteConflict, WRITE_ATTEMPTS } from './write.js';
import { putArticles, unchangedIds } from './put.js';
import { articleWithEvents, counts, eventPage, staleArticles, streamEvents } from './query.js';
import { stats, topActors, topDyads } from './stats.js';
import { normaliseFilter } from './validate.js';
import { watchState } from './watch-state.js';
import { storyDetail, storyPage } from './stories.js';
import { assignPending, FreshItems, pendingCount } from './story-pending.js';
import { compareStory, mentionCounts, mentionRows, type CoverageFinder } from './mentions.js';

export type * from './types.js';
export { parseFilter, normaliseFilter, parseStatsBy, parseInterval, parseLimit, FILTER_OPTIONS, STATS_BY, STATS_INTERVALS } from './validate.js';
export type { FilterOption } from './validate.js';
export { contentHash } from './rows.js';
export type { FeedState, SeenItem, WatchState } from './watch-state.js';
export { StoreUnavailableError, StoreMissingError, StoreReadOnlyError, StoreSchemaError, isConnectionError } from './errors.js';

export const DEFAULT_DB = './readout.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The database to use: the --db value, else $READOUT_DB, else ./readout.db. */
export function resolveDb(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env['READOUT_DB'] || DEFAULT_DB);
}

/**
 * What a command does with the store:
 * - 'create': reads and writes; a missing store is created (ingest, demo, serve with a token).
 * - 'write': reads and writes an existing store (recode).
 * - 'read': reads an existing store (events, stats, export, serve without a token).
 * - 'any' (the default): a missing store is created, a read-only one opened for reading.
 * A SQLite file this process may not write opens read-only: nothing is written to it, and a schema older than this
 * readout is a StoreSchemaError. A missing store for 'read' or 'write' is a StoreMissingError; a read-only one for
 * 'create' or 'write' a StoreReadOnlyError.
 */
export type StoreAccess = 'read' | 'write' | 'create' | 'any';

const mustExist = (access: StoreAccess) => access === 'read' || access === 'write';
const mustWrite = (access: StoreAccess) => access === 'create' || access === 'write';

export async function openStore(url: string | undefined, access: StoreAccess = 'any'): Promise<Store> {
  const target = resolveDb(url);
  if (isPostgresUrl(target)) return openPostgresStore(target, access);
  return openSqliteStore(target, access);
}

/** Throws StoreMissingError when target is a SQLite path with no file (a PostgreSQL store is checked on open). */
export function requireStoreFile(target: string): void {
  if (!isPostgresUrl(target) && !existsSync(target)) {
    throw new StoreMissingError(`store: no store at ${target} (check --db; \`readout ingest --db ${target} …\` creates one)`);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Read-only unless this process may write the file and its folder (the -wal and -shm files go beside it). */
function sqliteReadOnly(file: string): boolean {
  if (!existsSync(file)) return false;
  const folderWritable = writable(dirname(resolve(file)));
  if (writable(file) && folderWritable) return false;
  // SQLite reads a WAL database through its -shm index, which a reader creates when it is missing
  if (!folderWritable && !existsSync(`${file}-shm`)) {
    throw new StoreReadOnlyError(`store: cannot read ${file}: its folder is not writable and ${file}-shm is missing, which SQLite needs ` +
      'to read it (make the folder writable, or copy the store to one that is)');
  }
  return true;
}

async function openSqliteStore(file: string, access: StoreAccess): Promise<Store> {
  if (mustExist(access)) requireStoreFile(file);
  const readOnly = sqliteReadOnly(file);
  if (readOnly && mustWrite(access)) throw new StoreReadOnlyError(`store: ${file} is read-only (no permission to write it or its folder)`);
  const db = openSqlite(file, { readOnly });
  try {
    if (readOnly) await requireCurrentSchema(db, 'sqlite', file);
    else await migrate(db, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return storeOn(db, 'sqlite', file);
}

/** A store opened read-only must already have every migration: it cannot be brought up to date. */
async function requireCurrentSchema(db: Kysely<DB>, backend: Backend, where: string): Promise<void> {
  const pending = await pendingMigrations(db, backend);
  if (pending === null) throw new StoreMissingError(`store: ${where} is not a readout store (no kysely_migration table)`);
  if (pending.length > 0) {
    throw new StoreSchemaError(`store: ${where} is read-only and its schema is older than this readout (missing ${pending.join(', ')}); ` +
      'open it once with write access (e.g. readout recode) to upgrade it');
  }
}

async function openPostgresStore(url: string, access: StoreAccess): Promise<Store> {
  const where = maskedUrl(url);
  for (let attempt = 1; ; attempt++) {
    const { db, schema } = await openPostgres(url, !mustExist(access));
    try {
      if (mustExist(access) && (await pendingMigrations(db, 'postgres')) === null) {
        throw new StoreMissingError(`store: no readout store in ${where} (check --db; \`readout ingest --db …\` creates one)`);
      }
      await migrate(db, 'postgres', schema ?? undefined);
      return storeOn(db, 'postgres', where);
    } catch (err) {
      await db.destroy();
      // two processes creating the same schema at once: the loser sees the winner's tables on the next try
      if (!isWriteConflictIn(err) || attempt >= WRITE_ATTEMPTS) throw unavailableOr(err, where);
    }
  }
}

/** A write conflict, also when the migrator wrapped it in its own error. */
function isWriteConflictIn(err: unknown): boolean {
  return isWriteConflict(err) || (err instanceof Error && isWriteConflict(err.cause));
}

/** Stored articles a store remembers for its story steps: a worker's steps run every few hundred (queue/work.ts). */
const FRESH_ITEMS = 2000;

/** The store's operations; a lost or refused database connection surfaces as StoreUnavailableError. */
function storeOn(db: Kysely<DB>, backend: Backend, where: string): Store {
  const norm = (f: EventFilter) => normaliseFilter(f);
  // what this store's putArticles marked story-pending, for its story steps (story-pending.ts)
  const fresh = new FreshItems(FRESH_ITEMS);
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw unavailableOr(err, where);
    }
  };
  // the coverage reader (a segmenter and the media lexicon, ~0.5 s to load) is made on the first comparison asked for
  let finder: Promise<CoverageFinder> | undefined;
  const coverage = () => (finder ??= import('../stories/coverage.js').then((m) => m.coverageFinder(m.createCoverageReader())));
  async function* guardStream<T>(items: () => AsyncIterable<T>): AsyncGenerator<T> {
    try {
      yield* items();
    } catch (err) {
      throw unavailableOr(err, where);
    }
  }
  return {
    backend,
    putArticles: (batch, coderVersion, options) => guard(() => putArticles(db, batch, coderVersion, backend, { ...options, fresh })),
    storyStep: (lock) => guard(() => assignPending(db, backend, lock, fresh)),
    storyPending: () => guard(() => pendingCount(db)),
    unchanged: (articles, coderVersion) => guard(() => unchangedIds(db, articles, coderVersion)),
    staleArticles: (coderVersion) => guardStream(() => staleArticles(db, coderVersion)),
    events: (f, page) => guard(() => eventPage(db, backend, norm(f), page)),
    // (a bad filter throws at the call, before the first row is asked for)
    streamEvents: (f) => { const nf = norm(f); return guardStream(() => streamEvents(db, backend, nf)); },
    stats: (by, interval, f) => guard(() => stats(db, backend, by, interval, norm(f))),
    topActors: (f, limit) => guard(() => topActors(db, backend, norm(f), limit)),
    topDyads: (f, limit) => guard(() => topDyads(db, backend, norm(f), limit)),
    article: (id) => guard(() => articleWithEvents(db, id)),
    counts: () => guard(() => counts(db)),
    watch: watchState(db, guard),
    stories: (f, page) => guard(() => storyPage(db, f, page)),
    story: (id) => guard(() => storyDetail(db, id)),
    compare: (id) => guard(() => compareStory(db, id, coverage)),
    mentions: () => guardStream(() => mentionRows(db)),
    mentionCounts: (ids) => guard(() => mentionCounts(db, ids)),
    close: () => db.destroy(),
  };
}
