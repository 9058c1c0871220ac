// The SQLite statement cache (src/store/sqlite.ts): the same SQL text is compiled once, a statement still being
// iterated (a stream) is not handed out again, and the least recently used text goes first when the cache is full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { statementCache } from '../../src/store/sqlite.js';

function counted(max?: number) {
  const raw = new Database(':memory:');
  raw.exec('create table t (x integer); insert into t values (1), (2), (3)');
  let prepared = 0;
  const prepare = raw.prepare.bind(raw);
  raw.prepare = ((sql: string) => { prepared++; return prepare(sql); }) as typeof raw.prepare;
  return { db: statementCache(raw, max), prepared: () => prepared, raw };
}

test('the same SQL text is prepared once and gives the same rows again', () => {
  const c = counted();
  const sql = 'select x from t where x >= ? order by x';
  assert.deepEqual(c.db.prepare(sql).all([2]), [{ x: 2 }, { x: 3 }]);
  assert.deepEqual(c.db.prepare(sql).all([3]), [{ x: 3 }]);
  assert.equal(c.prepared(), 1);
  c.db.close();
});

test('a statement being iterated is not handed out twice: a nested query of the same text gets its own', () => {
  const c = counted();
  const sql = 'select x from t order by x';
  const seen: number[] = [];
  for (const row of c.db.prepare(sql).iterate([]) as Iterable<{ x: number }>) {
    seen.push(row.x, ...(c.db.prepare(sql).all([]) as { x: number }[]).map((r) => r.x));
  }
  assert.deepEqual(seen, [1, 1, 2, 3, 2, 1, 2, 3, 3, 1, 2, 3]);
  c.db.close();
});

test('a full cache drops the least recently used text', () => {
  const c = counted(2);
  const a = 'select 1 as a', b = 'select 2 as b', d = 'select 3 as d';
  c.db.prepare(a); c.db.prepare(b); c.db.prepare(a); c.db.prepare(d); // b is the least recently used: dropped
  const before = c.prepared();
  c.db.prepare(a);
  assert.equal(c.prepared(), before, 'a stayed');
  c.db.prepare(b);
  assert.equal(c.prepared(), before + 1, 'b was dropped');
  c.db.close();
});
