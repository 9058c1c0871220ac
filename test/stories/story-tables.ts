// Test-only: put articles into a story the way S1's assignment will, then re-merge, as putArticles's hook does.
import type { Kysely } from 'kysely';
import { isPostgresUrl } from '../../src/store/index.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { openPostgres } from '../../src/store/postgres.js';
import type { DB } from '../../src/store/schema.js';
import { remergeStories } from '../../src/stories/merge-store.js';

export async function rawDb(url: string): Promise<Kysely<DB>> {
  return isPostgresUrl(url) ? (await openPostgres(url)).db : openSqlite(url);
}

/** Moves the articles into story `id` (out of the stories ingest filed them under, which are re-merged, and dropped
 * when left empty), then re-merges it. */
export async function putStory(db: Kysely<DB>, id: string, articleIds: string[], title: string | null = null): Promise<void> {
  const old = (await db.selectFrom('story_articles').select('story_id').distinct().where('article_id', 'in', articleIds).execute())
    .map((r) => r.story_id).filter((s) => s !== id);
  await db.deleteFrom('stories').where('id', '=', id).execute();
  await db.insertInto('stories').values({ id, title, first: null, last: null, article_count: articleIds.length, outlet_count: 0 }).execute();
  await db.deleteFrom('story_articles').where('article_id', 'in', articleIds).execute();
  await db.insertInto('story_articles').values(articleIds.map((article_id, joined) => ({ article_id, story_id: id, joined }))).execute();
  for (const s of old) {
    const left = await db.selectFrom('story_articles').select('article_id').where('story_id', '=', s).limit(1).execute();
    if (left.length === 0) await db.deleteFrom('stories').where('id', '=', s).execute();
  }
  await remergeStories(db, [...old, id]);
}
