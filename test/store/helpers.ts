// Backends for the store tests: SQLite in a temp file always; PostgreSQL when TEST_DATABASE_URL is set,
// each run in its own schema (dropped afterwards) so concurrent runs never collide.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readInputs } from '../../src/read/index.js';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle, type Lexicons } from '../../src/pipeline.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import type { Store } from '../../src/store/index.js';
import assert from 'node:assert/strict';

export const PG_URL = process.env['TEST_DATABASE_URL'];
export const PG_SKIP: string | false = PG_URL ? false : 'skipped: no TEST_DATABASE_URL';

export interface TestDb {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  /** a fresh database URL (file path or postgres URL with its own schema) */
  fresh(): string;
  cleanup(): Promise<void>;
}

export function sqliteDb(): TestDb {
  let dir: string | null = null;
  let n = 0;
  return {
    name: 'sqlite',
    skip: false,
    fresh: () => join((dir ??= mkdtempSync(join(tmpdir(), 'readout-store-'))), `t${n++}.db`),
    cleanup: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresDb(): TestDb {
  const schemas: string[] = [];
  const tag = `t${process.pid}_${Date.now().toString(36)}`;
  return {
    name: 'postgres',
    skip: PG_SKIP,
    fresh() {
      const schema = `readout_${tag}_${schemas.length}`;
      schemas.push(schema);
      const u = new URL(PG_URL!);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async cleanup() {
      if (!PG_URL || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        // (and the job queue's schema beside each store schema: src/queue/target.ts)
        for (const s of schemas) await client.query(`drop schema if exists "${s}", "${s}_queue" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testDbs(): TestDb[] {
  return [sqliteDb(), postgresDb()];
}

let lexicons: Lexicons | undefined;
export function lex(): Lexicons {
  lexicons ??= loadLexicons();
  return lexicons;
}

export async function readAll(paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of readInputs(paths, { onError: (e) => { throw new Error(`${e.origin}: ${e.message}`); } })) out.push(a);
  return out;
}

export function coded(articles: Article[]): { article: Article; events: ReadoutEvent[] }[] {
  return articles.map((article) => ({ article, events: codeArticle(article, lex()) }));
}

/** Events as plain JSON (drops undefined fields the same way the store's JSON does). */
export function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Every article -> its story, from the store's story list (fails when an article is listed in two stories). */
export async function storyMembership(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of (await store.stories({}, { limit: 1000 })).stories) {
    for (const a of s.articles) {
      assert.ok(!out.has(a), `${a} is in two stories`);
      out.set(a, s.id);
    }
  }
  return out;
}
