// Migration 0002 on a store that was filled before it existed: event_dyads and event_rollup are backfilled from
// the stored events, so dyad filters and unfiltered stats give what the events say. Both backends.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { isPostgresUrl, openStore, type Store } from '../../src/store/index.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { openPostgres } from '../../src/store/postgres.js';
import type { DB } from '../../src/store/schema.js';
import { migrations } from '../../src/store/migrations.js';
import { CODER_VERSION } from '../../src/pipeline.js';
import type { ReadoutEvent } from '../../src/types.js';
import { coded, plain, postgresDb, readAll, sqliteDb } from './helpers.js';
import { matches, statsOf } from './oracle.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

async function raw(url: string): Promise<Kysely<DB>> {
  return isPostgresUrl(url) ? (await openPostgres(url)).db : openSqlite(url);
}

async function all(store: Store): Promise<ReadoutEvent[]> {
  const out: ReadoutEvent[] = [];
  for await (const e of store.streamEvents({})) out.push(e);
  return out;
}

for (const make of [sqliteDb, postgresDb]) {
  describe(`migration 0002 on ${make().name}`, { skip: make().skip }, () => {
    const tdb = make();
    after(() => tdb.cleanup());

    test('a store filled before 0002 gets its dyads and rollup backfilled', async () => {
      const url = tdb.fresh();
      const items = coded(await readAll([EXAMPLES]));
      let store = await openStore(url);
      await store.putArticles(items, CODER_VERSION);
      await store.close();
      // back to the state before 0002: the later migrations undone, its tables gone and its record removed
      const db = await raw(url);
      const backend = isPostgresUrl(url) ? 'postgres' : 'sqlite';
      for (const [name, m] of Object.entries(migrations(backend)).filter(([n]) => n > '0002_dyads_rollup').reverse()) {
        await m.down!(db);
        await sql`delete from kysely_migration where name = ${name}`.execute(db);
      }
      await sql`drop table event_rollup`.execute(db);
      await sql`drop table event_dyads`.execute(db);
      const removed = await sql`delete from kysely_migration where name = '0002_dyads_rollup'`.execute(db);
      assert.equal(Number(removed.numAffectedRows), 1);
      await db.destroy();

      store = await openStore(url);
      try {
        const expected = plain(items.flatMap((i) => i.events));
        assert.deepEqual(await all(store), expected);
        for (const [by, interval] of [['quad', 'month'], ['event', 'day'], ['dyad', 'year'], ['dyad', 'month']] as const) {
          const got = await store.stats(by, interval, {});
          const want = statsOf(expected, by, interval);
          assert.deepEqual(got.map((r) => [r.period, r.key, r.count]), want.map((r) => [r.period, r.key, r.count]), `${by}/${interval}`);
        }
        const withDyad = expected.filter((e) => e.actor.some((a) => a.country) && e.recipient.some((r) => r.country));
        assert.ok(withDyad.length > 5);
        for (const e of withDyad.slice(0, 5)) {
          const dyad: [string, string] = [e.recipient.find((r) => r.country)!.country!, e.actor.find((a) => a.country)!.country!];
          const page = await store.events({ dyad }, { limit: 500 });
          assert.deepEqual(page.events.map((x) => x.id), expected.filter((x) => matches(x, { dyad })).map((x) => x.id), dyad.join('-'));
          assert.ok(page.events.some((x) => x.id === e.id));
        }
        assert.equal((await store.events({}, { limit: 1 })).total, expected.length);
      } finally {
        await store.close();
      }
    });
  });
}
