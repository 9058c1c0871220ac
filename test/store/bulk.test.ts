// insertRows (src/store/bulk.ts), the write path's multi-row insert, on SQLite and PostgreSQL: every value comes back
// as given (nulls, quotes, backslashes, braces, commas, the word NULL, non-ASCII, numbers), key conflicts are skipped,
// replaced or added to as asked, and `returning` gives one row per inserted row. On PostgreSQL the rows travel as one
// array per column, so a value an array literal would mangle fails here.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { insertRows } from '../../src/store/bulk.js';
import { migrate } from '../../src/store/migrations.js';
import { openPostgres } from '../../src/store/postgres.js';
import { openSqlite } from '../../src/store/sqlite.js';
import type { Backend, DB } from '../../src/store/schema.js';
import { PENDING_COLUMNS, ROLLUP_COLUMNS } from '../../src/store/columns.js';
import { postgresDb, sqliteDb, type TestDb } from './helpers.js';

const AWKWARD = ['plain', 'with "quotes"', 'back\\slash', '{braces}', 'a,b', 'NULL', '', 'ünïcødé ✓', 'new\nline', "it's"];

async function open(tdb: TestDb): Promise<{ db: Kysely<DB>; backend: Backend }> {
  const url = tdb.fresh();
  if (tdb.name === 'sqlite') {
    const db = openSqlite(url);
    await migrate(db, 'sqlite');
    return { db, backend: 'sqlite' };
  }
  const { db, schema } = await openPostgres(url);
  await migrate(db, 'postgres', schema ?? undefined);
  return { db, backend: 'postgres' };
}

for (const tdb of [sqliteDb(), postgresDb()]) {
  describe(`insertRows on ${tdb.name}`, { skip: tdb.skip }, () => {
    after(() => tdb.cleanup());

    test('values come back as given, nulls included', async () => {
      const { db, backend } = await open(tdb);
      try {
        const rows = AWKWARD.map((s, i) => ({ article_id: `a${i}`, published: i % 3 === 0 ? null : s, stamp: s }));
        await insertRows(db, backend, 'story_pending', PENDING_COLUMNS, rows);
        const got = await db.selectFrom('story_pending').selectAll().orderBy('article_id').execute();
        assert.deepEqual(got, [...rows].sort((a, b) => (a.article_id < b.article_id ? -1 : 1)));
      } finally {
        await db.destroy();
      }
    });

    test('conflicts: do nothing, replace, add; returning one row per row written', async () => {
      const { db, backend } = await open(tdb);
      try {
        const key = ['article_id'];
        await insertRows(db, backend, 'story_pending', PENDING_COLUMNS, [{ article_id: 'x', published: null, stamp: 'first' }]);
        await insertRows(db, backend, 'story_pending', PENDING_COLUMNS, [{ article_id: 'x', published: '2024-01-01', stamp: 'second' }], { onConflict: { key } });
        assert.deepEqual(await db.selectFrom('story_pending').selectAll().execute(), [{ article_id: 'x', published: null, stamp: 'first' }]);
        await insertRows(db, backend, 'story_pending', PENDING_COLUMNS, [{ article_id: 'x', published: '2024-01-01', stamp: 'third' }],
          { onConflict: { key, replace: ['stamp', 'published'] } });
        assert.deepEqual(await db.selectFrom('story_pending').selectAll().execute(), [{ article_id: 'x', published: '2024-01-01', stamp: 'third' }]);

        const r = { dimension: 'quad', grain: 'year', period: '2024', key: '1', n: 2, goldstein: 1.5 };
        const add = { onConflict: { key: ['dimension', 'grain', 'period', 'key'], add: ['n', 'goldstein'] }, returning: ['key', 'n'] as const };
        const first = await insertRows(db, backend, 'event_rollup', ROLLUP_COLUMNS, [r, { ...r, key: '2' }], add);
        assert.deepEqual(first.map((x) => [x.key, Number(x.n)]).sort(), [['1', 2], ['2', 2]]);
        const second = await insertRows(db, backend, 'event_rollup', ROLLUP_COLUMNS, [{ ...r, n: -2, goldstein: 0.25 }], add);
        assert.deepEqual(second.map((x) => [x.key, Number(x.n)]), [['1', 0]]);
        const stored = await db.selectFrom('event_rollup').select(['key', 'n', 'goldstein']).where('key', '=', '1').executeTakeFirstOrThrow();
        assert.deepEqual([Number(stored.n), stored.goldstein], [0, 1.75]);
      } finally {
        await db.destroy();
      }
    });

    test('no rows: no statement, an empty result', async () => {
      const { db, backend } = await open(tdb);
      try {
        assert.deepEqual(await insertRows(db, backend, 'story_pending', PENDING_COLUMNS, [], { returning: ['article_id'] }), []);
      } finally {
        await db.destroy();
      }
    });

    test('a row breaking a constraint fails the whole statement with the database error', async () => {
      const { db, backend } = await open(tdb);
      try {
        const rows = [{ article_id: 'ok', published: null, stamp: 's' }, { article_id: 'bad', published: null, stamp: null as unknown as string }];
        await assert.rejects(insertRows(db, backend, 'story_pending', PENDING_COLUMNS, rows), /null|NOT NULL/i);
        assert.equal((await db.selectFrom('story_pending').selectAll().execute()).length, 0);
      } finally {
        await db.destroy();
      }
    });
  });
}
