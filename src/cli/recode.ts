// readout recode: re-code stored articles whose coder version differs from this coder's, batch by batch.
import { codeArticle, CODER_VERSION } from '../pipeline.js';
import { openStore, parseLimit } from '../store/index.js';
import { parseArgs, str, UsageError } from './args.js';
import { lexiconsFor } from './common.js';
import { ingestProgress } from './ingest-progress.js';
import { diskFullFailure } from './failure.js';
import { DB_OPTION, dbOf } from './store-options.js';
import { DEFAULT_BATCH, inBatches } from './ingest.js';

export async function recodeCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...DB_OPTION, lexicon: 'list', batch: 'string' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const batchSize = str(p, 'batch') === undefined ? DEFAULT_BATCH : parseLimit('batch', str(p, 'batch')!, 100_000);
  const t0 = performance.now();
  const lex = lexiconsFor(p);
  const db = dbOf(p, 'write');
  const store = await openStore(db, 'write');
  const prog = ingestProgress(null);
  let articles = 0;
  let events = 0;
  try {
    await inBatches(store.staleArticles(CODER_VERSION), batchSize, async (batch) => {
      const r = await store.putArticles(batch.map((article) => ({ article, events: codeArticle(article, lex) })), CODER_VERSION);
      articles += r.stored;
      events += r.events;
      prog.committed(articles);
    });
  } catch (e) {
    throw diskFullFailure(db, e, articles) ?? e;
  } finally {
    prog.done();
    await store.close();
  }
  process.stdout.write(`recoded ${articles} articles with coder ${CODER_VERSION}, ${events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return 0;
}
