// Placeholder for S2's re-merge of a story's events (issue #12); S2's file replaces this one.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../store/schema.js';

export async function remergeStories(_db: Kysely<DB> | Transaction<DB>, _storyIds: string[]): Promise<void> {}
