// readout serve: the HTTP API and the web explorer over a store. Read-only unless READOUT_TOKEN is set, which allows
// POST /api/articles with that bearer token. Texts are coded in a pool of worker threads with a budget per request;
// requests are logged as JSON lines on stderr (pino); the Host header must name the bound address unless --public.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer, codingPool } from '../api/index.js';
import { isLoopback } from '../api/host.js';
import { openStore } from '../store/index.js';
import { maskUrl } from '../output/mask.js';
import { flag, list, parseArgs, str, UsageError } from './args.js';

export const DEFAULT_DB = 'readout.db';

/** The built explorer next to the compiled code: dist/src/cli/serve.js => dist/web. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));


export interface ServeOptions {
  db: string;
  host: string;
  port: number;
  lexicons: string[];
  /** accept any Host header (behind a reverse proxy, or a LAN name); off by default against DNS rebinding */
  public: boolean;
}

export function serveOptions(argv: string[]): ServeOptions {
  const p = parseArgs(argv, { db: 'string', host: 'string', port: 'string', lexicon: 'list', public: 'boolean' });
  if (p.positional.length > 0) throw new UsageError(`unexpected argument '${p.positional[0]}' (serve takes only options)`);
  const portText = str(p, 'port') ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be a whole number 0–65535; got '${portText}'`);
  const host = str(p, 'host') ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  return { db: str(p, 'db') ?? process.env['READOUT_DB'] ?? DEFAULT_DB, host, port, lexicons: list(p, 'lexicon'), public: flag(p, 'public') };
}

export async function serveCommand(argv: string[], onListening?: (url: string) => void): Promise<number> {
  const opts = serveOptions(argv);
  const token = process.env['READOUT_TOKEN'] || undefined;
  const err = process.stderr;
  const coder = codingPool({ lexicons: { user: opts.lexicons } });
  try {
    await coder.ready(); // a bad --lexicon file fails here, before the server listens
  } catch (e) {
    await coder.close();
    throw e;
  }
  // without a token the server only reads: the store must exist, and may be read-only
  const store = await openStore(opts.db, token ? 'create' : 'read').catch(async (e: unknown) => { await coder.close(); throw e; });
  const webRoot = existsSync(`${WEB_ROOT}/index.html`) ? WEB_ROOT : undefined;
  const app = buildServer({
    store, coder, log: { stream: err },
    ...(token ? { token } : {}), ...(webRoot ? { webRoot } : {}), ...(opts.public ? {} : { hostCheck: { host: opts.host } }),
  });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await store.close();
    await coder.close();
    throw e;
  }
  onListening?.(address);
  err.write(`readout: serving ${maskUrl(opts.db)} (${store.backend}) at ${address}\n`);
  err.write(`readout: ${webRoot ? `explorer at ${address}/` : 'web explorer not built (npm run build); API only'}, API at ${address}/api/openapi.json\n`);
  err.write(`readout: ${token ? 'POST /api/articles enabled (bearer token from READOUT_TOKEN)' : 'read-only (set READOUT_TOKEN to allow POST /api/articles)'}\n`);
  err.write(`readout: ${opts.public ? 'any Host header accepted (--public)' : `only requests addressed to ${opts.host} are answered (--public to accept other host names)`}\n`);
  if (token && !isLoopback(opts.host)) err.write('readout: warning: the token travels in clear over plain HTTP; put a TLS proxy in front\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  await coder.close();
  return 0;
}
