// readout queue: the job queue beside a PostgreSQL store: counts by state and the failed jobs with their errors;
// --retry-failed puts the failed jobs back in the queue.
import { openBoss } from '../queue/boss.js';
import { failedJobs, queueCounts, retryFailed } from '../queue/status.js';
import { queueTarget } from '../queue/target.js';
import { flag, parseArgs, UsageError } from './args.js';
import { wholeNumber } from './queue-options.js';
import { DB_OPTION, dbOf } from './store-options.js';

export async function queueCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, 'retry-failed': 'boolean', json: 'boolean', limit: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const limit = wholeNumber(p, 'limit', 1, 100_000, 20);
  const target = queueTarget(dbOf(p, 'create'), 'readout queue');
  const boss = await openBoss(target, { max: 1 });
  try {
    const retried = flag(p, 'retry-failed') ? await retryFailed(boss, target.schema) : null;
    const counts = await queueCounts(boss, target.schema);
    const failed = await failedJobs(boss, target.schema, limit);
    if (flag(p, 'json')) {
      process.stdout.write(`${JSON.stringify({ ...counts, ...(retried !== null ? { retried } : {}), failedJobs: failed })}\n`);
      return 0;
    }
    if (retried !== null) process.stdout.write(`retried ${retried} failed job${retried === 1 ? '' : 's'}\n`);
    process.stdout.write(`queued ${counts.queued}  active ${counts.active}  done ${counts.done}  failed ${counts.failed}\n`);
    for (const f of failed) process.stdout.write(`failed ${f.articleId ?? '(no article id)'} (job ${f.id}, ${f.retries} retries): ${f.error}\n`);
    if (counts.failed > failed.length) process.stdout.write(`… and ${counts.failed - failed.length} more failed (--limit N)\n`);
    return 0;
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
}
