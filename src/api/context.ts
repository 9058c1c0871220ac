// What every route handler gets, passed explicitly (no module state).
import type { Lexicons } from '../pipeline.js';
import type { Store } from '../store/types.js';

export interface ApiContext {
  store: Store;
  lexicons: Lexicons;
  /** the bearer token that allows POST /api/articles; ingest is refused when undefined */
  token?: string;
}
