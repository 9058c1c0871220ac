// What every route handler gets, passed explicitly (no module state).
import type { Store } from '../store/types.js';
import type { Coder } from './coder.js';

export interface ApiContext {
  store: Store;
  /** codes texts off the event loop (a worker pool in `serve`) */
  coder: Coder;
  /** the bearer token that allows POST /api/articles; ingest is refused when undefined */
  token?: string;
}
