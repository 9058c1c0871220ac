// Loaded with `node --import` into a readout process to make its SQLite store "full" without filling a disk.
// Test-only; readout itself has no such switch. Two ways a full disk shows, chosen by the environment:
// - READOUT_TEST_SPARE_PAGES=N: PRAGMA max_page_count = page count + N on every connection, so a statement that
//   needs more pages fails with SQLITE_FULL (SQLite rolls back only that statement);
// - READOUT_TEST_FULL_AT_COMMIT=N: the Nth COMMIT and every later one fail as on a real ENOSPC while the WAL is
//   written: SQLite rolls the whole transaction back by itself and reports SQLITE_FULL, so a later ROLLBACK
//   finds no transaction ("cannot rollback - no transaction is active").
import Database from 'better-sqlite3';

const spare = Number(process.env['READOUT_TEST_SPARE_PAGES']);
const fullAtCommit = Number(process.env['READOUT_TEST_FULL_AT_COMMIT']);
const limited = new WeakSet<object>();
const prepare = Database.prototype.prepare;
let commits = 0;

Database.prototype.prepare = function (this: Database.Database, source: string) {
  if (Number.isFinite(spare) && !limited.has(this)) {
    limited.add(this);
    const pages = this.pragma('page_count', { simple: true }) as number;
    this.pragma(`max_page_count = ${pages + spare}`);
  }
  const stmt = prepare.call(this, source);
  if (Number.isFinite(fullAtCommit) && /^\s*commit\s*;?\s*$/i.test(source)) {
    // counted when run, not when prepared: the store prepares a statement once and runs it again (sqlite.ts)
    const db = this;
    const run = stmt.run.bind(stmt);
    stmt.run = ((...params: unknown[]) => {
      if (++commits < fullAtCommit) return (run as (...p: unknown[]) => Database.RunResult)(...params);
      db.exec('rollback');
      throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    }) as typeof stmt.run;
  }
  return stmt;
} as typeof prepare;
