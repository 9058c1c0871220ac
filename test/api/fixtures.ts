// The bundled examples/ coded with the real coder, to fill a store for the API and e2e tests.
import { fileURLToPath } from 'node:url';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle, CODER_VERSION, type Lexicons } from '../../src/pipeline.js';
import { readInputs } from '../../src/read/index.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import type { Store } from '../../src/store/types.js';

export const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

export interface Coded {
  lexicons: Lexicons;
  batch: { article: Article; events: ReadoutEvent[] }[];
}

export async function codeExamples(lexicons: Lexicons = loadLexicons()): Promise<Coded> {
  const batch: Coded['batch'] = [];
  const errors: string[] = [];
  for await (const article of readInputs([EXAMPLES], { onError: (e) => errors.push(`${e.origin}: ${e.message}`) })) {
    batch.push({ article, events: codeArticle(article, lexicons) });
  }
  if (errors.length > 0) throw new Error(`examples did not read cleanly: ${errors.join('; ')}`);
  return { lexicons, batch };
}

export async function filled(store: Store, coded: Coded): Promise<Store> {
  await store.putArticles(coded.batch, CODER_VERSION);
  return store;
}
