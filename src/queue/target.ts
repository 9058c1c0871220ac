// Where the job queue lives: pg-boss's tables in their own schema of the store's PostgreSQL database, next to the
// store's tables. A store in `?schema=NAME` (tests, several stores in one database) gets its queue in NAME_queue.
import { isPostgresUrl } from '../store/index.js';
import { maskedUrl, parsePgUrl } from '../store/postgres.js';
import { UsageError } from '../cli/args.js';

export const DEFAULT_QUEUE_SCHEMA = 'readout_queue';
/** The one queue readout uses: one job per article. */
export const ARTICLE_QUEUE = 'articles';

export interface QueueTarget {
  /** the store's URL, as given to --db */
  storeUrl: string;
  /** the database's URL without readout's schema parameter (pg-boss connects with it) */
  connectionString: string;
  /** pg-boss's schema */
  schema: string;
  /** the URL with its password masked, for messages */
  where: string;
}

/** The queue beside a PostgreSQL store; a SQLite store has none (a usage error naming the option). */
export function queueTarget(db: string, option: string): QueueTarget {
  if (!isPostgresUrl(db)) {
    throw new UsageError(`${option} needs a PostgreSQL store (--db postgres://…); ${db} is a SQLite file, which has no job queue ` +
      '(run `readout ingest` without --queue to code and store in this process)');
  }
  const { connectionString, schema } = parsePgUrl(db);
  return { storeUrl: db, connectionString, schema: schema ? `${schema}_queue` : DEFAULT_QUEUE_SCHEMA, where: maskedUrl(connectionString) };
}
