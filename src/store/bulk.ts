// Multi-row inserts of the write path. On PostgreSQL one statement whatever the row count: `INSERT … SELECT * FROM
// unnest($1::type[], $2::type[], …)`, one array parameter per column, so the server parses and plans a statement of
// a fixed shape instead of a VALUES list with a parameter per cell (a batch of events has thousands), and the client
// compiles no per-row SQL. On SQLite (in process, no round trips) Kysely's VALUES lists, in chunks under its
// parameter limit.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Backend, DB } from './schema.js';

/** PostgreSQL element types of the columns written this way. */
export type PgType = 'text' | 'int4' | 'int8' | 'float8';

/** A table's columns written by one insert, with their PostgreSQL types (in the order given). */
export type Columns<T> = { readonly [K in keyof T]: PgType };

type Db = Kysely<DB> | Transaction<DB>;

/** What happens on a key conflict: nothing (the default), or the columns to add `excluded`'s value to. */
export interface ConflictRule {
  /** the unique key's columns */
  key: readonly string[];
  /** set each to `excluded`'s value */
  replace?: readonly string[];
  /** add `excluded`'s value to each */
  add?: readonly string[];
}

export interface InsertOptions<R extends string> {
  onConflict?: ConflictRule;
  /** columns to return, one row per inserted (or updated) row */
  returning?: readonly R[];
  /** SQLite rows per statement (its limit is 32,766 parameters per statement) */
  sqliteChunk?: number;
}

function conflictSql(table: string, rule: ConflictRule): RawBuilder<unknown> {
  const sets = [
    ...(rule.replace ?? []).map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
    ...(rule.add ?? []).map((c) => sql`${sql.ref(c)} = ${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`),
  ];
  const key = sql.join(rule.key.map((c) => sql.ref(c)));
  return sets.length === 0 ? sql` on conflict (${key}) do nothing` : sql` on conflict (${key}) do update set ${sql.join(sets)}`;
}

/** PostgreSQL: the rows in one statement; they are inserted in the order given. */
async function pgInsert<T extends object, R extends string>(db: Db, table: string, columns: Columns<T>, rows: readonly T[],
  opts: InsertOptions<R>): Promise<Record<R, unknown>[]> {
  const names = Object.keys(columns) as (keyof T & string)[];
  const arrays = names.map((n) => sql`${rows.map((r) => r[n] ?? null)}::${sql.raw(columns[n])}[]`);
  const returning = opts.returning?.length ? sql` returning ${sql.join(opts.returning.map((c) => sql.ref(c)))}` : sql``;
  const conflict = opts.onConflict ? conflictSql(table, opts.onConflict) : sql``;
  const r = await sql<Record<R, unknown>>`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select * from unnest(${sql.join(arrays)})${conflict}${returning}`.execute(db);
  return r.rows;
}

/** SQLite: Kysely VALUES lists in chunks. */
async function sqliteInsert<T extends object, R extends string>(db: Db, table: string, rows: readonly T[],
  opts: InsertOptions<R>): Promise<Record<R, unknown>[]> {
  const out: Record<R, unknown>[] = [];
  const chunk = opts.sqliteChunk ?? 500;
  // (the table name is checked by the callers' types; Kysely's own types cannot follow a table chosen at run time)
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (let i = 0; i < rows.length; i += chunk) {
    let q = anyDb.insertInto(table).values(rows.slice(i, i + chunk) as Record<string, unknown>[]);
    const rule = opts.onConflict;
    if (rule) {
      q = q.onConflict((oc) => {
        const on = oc.columns(rule.key as string[]);
        const sets: Record<string, unknown> = {};
        for (const c of rule.replace ?? []) sets[c] = sql.ref(`excluded.${c}`);
        for (const c of rule.add ?? []) sets[c] = sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`;
        return Object.keys(sets).length === 0 ? on.doNothing() : on.doUpdateSet(sets);
      });
    }
    if (opts.returning?.length) out.push(...await q.returning([...opts.returning] as string[]).execute() as Record<R, unknown>[]);
    else await q.execute();
  }
  return out;
}

/**
 * Inserts `rows` into `table` (the columns named in `columns`, each row's missing ones null). Rows of one statement
 * are inserted in order, so writers that sort their rows take row locks in the same order.
 */
export async function insertRows<T extends object, R extends string = never>(db: Db, backend: Backend, table: keyof DB & string,
  columns: Columns<T>, rows: readonly T[], opts: InsertOptions<R> = {}): Promise<Record<R, unknown>[]> {
  if (rows.length === 0) return [];
  return backend === 'postgres' ? pgInsert(db, table, columns, rows, opts) : sqliteInsert(db, table, rows, opts);
}
