// SQLite connection: one file, WAL journal, synchronous=NORMAL (a killed process loses nothing committed;
// only an OS crash or power cut can lose the last transactions), foreign keys on, a busy timeout for readers.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema.js';

export function openSqlite(file: string): Kysely<DB> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (err) {
    throw new Error(`store: cannot open SQLite database ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -65536');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}
