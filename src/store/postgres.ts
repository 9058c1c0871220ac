// PostgreSQL connection: a pg pool; bigint columns and counts come back as numbers (all ours fit in 2^53).
// A `schema=NAME` URL parameter puts readout's tables in that schema (created if missing): tests use one per run.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { DB } from './schema.js';

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

export async function openPostgres(url: string): Promise<{ db: Kysely<DB>; schema: string | null }> {
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
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    const where = new URL(connectionString);
    where.password = where.password ? '***' : '';
    throw new Error(`store: cannot connect to PostgreSQL at ${where.toString()}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { db, schema };
}
