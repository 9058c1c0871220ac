// SQLite connection: one file, WAL journal, synchronous=NORMAL (a killed process loses nothing committed;
// only an OS crash or power cut can lose the last transactions), foreign keys on.
//
// Several processes may write one file at once (two `readout ingest`, or ingest next to `readout serve`): every
// write transaction starts with BEGIN IMMEDIATE, which takes the write lock before reading anything. (A deferred
// BEGIN reads first and upgrades later; when another writer committed in between, SQLite answers SQLITE_BUSY_SNAPSHOT
// at once and no busy timeout helps.) A writer that finds the lock taken waits for it: SQLite's busy timeout for a
// short blocking wait, then an asynchronous retry (the event loop of `serve` keeps running) up to WRITE_WAIT_MS.
// A read-only file opens read-only: no pragma or migration that writes.
import Database from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, CompiledQuery, type DatabaseConnection, type Driver, type DialectAdapter, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';
import type { DB } from './schema.js';
import { StoreUnavailableError } from './errors.js';

/** SQLite's own blocking wait for a lock, per attempt (short: it blocks the event loop). */
export const BUSY_TIMEOUT_MS = 250;
/** How long a writer waits in all for another process's write lock before giving up. */
export const WRITE_WAIT_MS = 60_000;

export interface SqliteOptions {
  readOnly?: boolean;
  /** total wait for the write lock (tests shorten it) */
  writeWaitMs?: number;
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** BEGIN IMMEDIATE, retried while another connection holds the write lock, for at most waitMs. */
export async function beginImmediate(connection: DatabaseConnection, file: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      return;
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (Date.now() >= deadline) {
        throw new StoreUnavailableError(`store: SQLite database ${file} is busy: another writer held its lock for over ${Math.round(waitMs / 1000)} s`, { cause: err });
      }
      await sleep(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
}

class ImmediateDriver extends SqliteDriver {
  constructor(config: SqliteDialectConfig, private readonly file: string, private readonly waitMs: number) {
    super(config);
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await beginImmediate(connection, this.file, this.waitMs);
  }
}

/** SQLite runs DDL in transactions too: migrations then run under the write lock, so two processes opening a new
 * file at once do not both create its tables. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig, private readonly file: string, private readonly waitMs: number) {
    super(config);
  }
  override createDriver(): Driver {
    return new ImmediateDriver(this.config, this.file, this.waitMs);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Statements kept prepared per connection (by SQL text, least recently used dropped first). */
export const STATEMENT_CACHE = 500;

/**
 * better-sqlite3 compiles a statement on every prepare() and Kysely prepares on every query: the same SQL text (the
 * store's queries differ only in their parameters) is compiled once here. A statement still being iterated (a
 * stream) is not handed out again: that query gets a fresh one.
 */
export function statementCache(db: Database.Database, max = STATEMENT_CACHE): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => { cache.clear(); db.close(); },
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const stmt = db.prepare(text);
      if (!hit) {
        cache.set(text, stmt);
        if (cache.size > max) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}

export function openSqlite(file: string, opts: SqliteOptions = {}): Kysely<DB> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, opts.readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (err) {
    throw new Error(`store: cannot open SQLite database ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!opts.readOnly) {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('journal_mode = WAL'); // recorded in the file: only a writer sets it
  } else {
    sqlite.pragma('busy_timeout = 5000'); // a reader waits only while a writer checkpoints or recovers
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -65536');
  return new Kysely<DB>({ dialect: new ImmediateDialect({ database: statementCache(sqlite) }, file, opts.writeWaitMs ?? WRITE_WAIT_MS) });
}
