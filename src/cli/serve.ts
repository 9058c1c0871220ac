// readout serve: the HTTP API and the web explorer over a store. Read-only unless READOUT_TOKEN is set, which allows
// POST /api/articles with that bearer token.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../api/index.js';
import { openStore } from '../store/index.js';
import { list, parseArgs, str, UsageError } from './args.js';
import { loadLexicons } from '../lexicons.js';

export const DEFAULT_DB = 'readout.db';

/** The built explorer next to the compiled code: dist/src/cli/serve.js => dist/web. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));


export interface ServeOptions {
  db: string;
  host: string;
  port: number;
  lexicons: string[];
}

export function serveOptions(argv: string[]): ServeOptions {
  const p = parseArgs(argv, { db: 'string', host: 'string', port: 'string', lexicon: 'list' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}' (serve takes only options)`);
  const portText = str(p, 'port') ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be a whole number 0–65535; got '${portText}'`);
  const host = str(p, 'host') ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  return { db: str(p, 'db') ?? process.env['READOUT_DB'] ?? DEFAULT_DB, host, port, lexicons: list(p, 'lexicon') };
}

export async function serveCommand(argv: string[], onListening?: (url: string) => void): Promise<number> {
  const opts = serveOptions(argv);
  const token = process.env['READOUT_TOKEN'] || undefined;
  const lexicons = loadLexicons({ user: opts.lexicons });
  // without a token the server only reads: the store must exist, and may be read-only
  const store = await openStore(opts.db, token ? 'create' : 'read');
  const webRoot = existsSync(`${WEB_ROOT}/index.html`) ? WEB_ROOT : undefined;
  const app = buildServer({ store, lexicons, ...(token ? { token } : {}), ...(webRoot ? { webRoot } : {}) });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await store.close();
    throw e;
  }
  onListening?.(address);
  const err = process.stderr;
  err.write(`readout: serving ${opts.db} (${store.backend}) at ${address}\n`);
  err.write(`readout: ${webRoot ? `explorer at ${address}/` : 'web explorer not built (npm run build); API only'}, API at ${address}/api/openapi.json\n`);
  err.write(`readout: ${token ? 'POST /api/articles enabled (bearer token from READOUT_TOKEN)' : 'read-only (set READOUT_TOKEN to allow POST /api/articles)'}\n`);
  if (token && !isLoopback(opts.host)) err.write('readout: warning: the token travels in clear over plain HTTP; put a TLS proxy in front\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
