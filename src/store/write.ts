// Write transactions that other writers cannot break. On PostgreSQL two processes storing the same articles at once
// both find them absent, and the second insert fails on the first one's keys (unique_violation) once that commits;
// concurrent rollup updates can also deadlock. Rerunning the whole transaction then re-reads what is stored, so the
// articles the other writer committed are skipped as already stored. (On SQLite writers take the lock first:
// sqlite.ts.)
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/** unique_violation, serialization_failure, deadlock_detected */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
export const WRITE_ATTEMPTS = 5;

export function isWriteConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Runs fn in a transaction, again (at most WRITE_ATTEMPTS times) when a concurrent writer made it conflict. */
export async function writeTransaction<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(db, fn);
    } catch (err) {
      if (!isWriteConflict(err) || attempt >= WRITE_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt * Math.random()));
    }
  }
}

/**
 * One transaction whose first error is the one thrown: when COMMIT itself fails (SQLITE_FULL), SQLite has already
 * rolled back, and the ROLLBACK that follows fails too ("no transaction is active"); that second error must not
 * hide the full disk.
 */
async function once<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const trx = await db.startTransaction().execute();
  try {
    const r = await fn(trx);
    await trx.commit().execute();
    return r;
  } catch (err) {
    await trx.rollback().execute().catch(() => undefined);
    throw err;
  }
}
