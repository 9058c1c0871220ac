// The stores the API tests run against: SQLite in a temp file always, PostgreSQL when TEST_DATABASE_URL is set
// (each in its own schema; see test/store/helpers.ts).
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { postgresDb, sqliteDb, type TestDb } from '../store/helpers.js';

export type StoreFactory = () => Promise<Store>;

export interface Backend {
  name: string;
  skip: string | false;
  factory: StoreFactory;
  db: TestDb;
}

function backend(db: TestDb): Backend {
  return { name: db.name, skip: db.skip, db, factory: () => openStore(db.fresh()) };
}

export const BACKENDS: Backend[] = [backend(sqliteDb()), backend(postgresDb())];

/** The default store (SQLite) for tests that exercise the web app rather than the backends. */
export const makeStore: StoreFactory = BACKENDS[0]!.factory;
