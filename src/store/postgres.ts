// PostgreSQL connection: a pg pool; bigint columns and counts come back as numbers (all ours fit in 2^53).
// A `schema=NAME` URL parameter puts readout's tables in that schema (created if missing): tests use one per run.
// When the server restarts, the pool's connections die: their errors are absorbed here (unhandled, they would end the
// process), the pool drops them and connects anew on the next query; the store turns the failed queries into
// StoreUnavailableError (errors.ts).
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { DB } from './schema.js';
import { isConnectionError, StoreUnavailableError } from './errors.js';

const INT8 = 20;
const NUMERIC = 1700;

export interface PgTarget {
  connectionString: string;
  schema: string | null;
}

/** Split readout's own `schema` parameter off a postgres:// URL. */
export function parsePgUrl(url: string): PgTarget {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`--db: schema "${schema}" must be letters, digits and _ (starting with a letter or _)`);
  }
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema };
}

/** A pool on the URL, checked with one query; createSchema: create the `schema=` schema when missing. */
export async function openPostgres(url: string, createSchema = true): Promise<{ db: Kysely<DB>; schema: string | null }> {
  const { connectionString, schema } = parsePgUrl(url);
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const pool = new pg.Pool({
    connectionString,
    types: types as pg.CustomTypesConfig,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // a connection that dies while idle in the pool, or while checked out between two queries, emits 'error'
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema && createSchema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    const message = `store: cannot connect to PostgreSQL at ${maskedUrl(connectionString)}: ${err instanceof Error ? err.message : String(err)}`;
    throw isConnectionError(err) ? new StoreUnavailableError(message, { cause: err }) : new Error(message, { cause: err });
  }
  return { db, schema };
}

/** The URL with its password replaced by ***, for messages. */
export function maskedUrl(url: string): string {
  const where = new URL(url);
  if (where.password) where.password = '***';
  return where.toString();
}
