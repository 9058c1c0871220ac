// readout ingest --queue: read the inputs as ingest does and enqueue each article (one job each) for `readout worker`
// instead of coding it here. Enqueuing the same inputs again adds nothing.
import { queueSink } from '../queue/sink.js';
import { flag, str, UsageError, type Parsed } from './args.js';
import { openInputs } from './common.js';
import { inBatches } from './ingest.js';
import { ingestProgress } from './ingest-progress.js';
import { retryPolicyOf } from './queue-options.js';
import { dbOf } from './store-options.js';

export async function ingestToQueue(p: Parsed): Promise<number> {
  if (str(p, 'batch') !== undefined) throw new UsageError('--batch is the worker\'s with --queue (readout worker --batch N)');
  if (p.options['lexicon'] !== undefined) throw new UsageError('--lexicon is the worker\'s with --queue (readout worker --lexicon FILE): workers code');
  const retry = retryPolicyOf(p);
  const sink = await queueSink(dbOf(p, 'create'), retry);
  const t0 = performance.now();
  const { articles, errors } = openInputs(p);
  const prog = ingestProgress(null, flag(p, 'progress'));
  let queued = 0;
  let already = 0;
  try {
    await inBatches(articles, 500, async (batch) => {
      const r = await sink.put(batch);
      queued += r.queued;
      already += r.already;
      prog.committed(queued + already);
    });
  } finally {
    prog.done();
    await sink.close();
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const rejected = errors.length > 0 ? `; ${errors.length} input${errors.length === 1 ? '' : 's'} rejected` : '';
  process.stdout.write(`queued ${queued} articles (${already} already queued) in ${secs} s${rejected}\n`);
  return errors.length > 0 ? 1 : 0;
}
