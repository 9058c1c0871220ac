// One HTTP GET for `readout watch`, on Node's own fetch (undici): a timeout for the whole exchange, a cap on the
// body's size (read as it streams, so a huge answer is cut off, not buffered), redirects followed by hand up to a
// limit (each hop is a new request that the caller wraps: robots check and per-host turn, fetcher.ts).

export interface HttpOptions {
  userAgent: string;
  /** whole request, headers and body, in ms */
  timeoutMs: number;
  /** largest body accepted, in bytes */
  maxBytes: number;
  /** redirects followed before giving up */
  maxRedirects: number;
  /** aborts every request in flight (watch is stopping) */
  stop?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  /** the URL answered after redirects */
  url: string;
}

/** A failure to get an answer (timeout, refused connection, too large, too many redirects); `status` when the server answered. */
export class FetchError extends Error {
  constructor(message: string, readonly status: number | null = null, readonly retryAfter: string | null = null) {
    super(message);
  }
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'userAgent'> = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Runs one request to `url` (the caller may check and wait first). */
export type Around = (url: URL, request: () => Promise<HttpAnswer>) => Promise<HttpAnswer>;

/** GET `url`, following redirects; every request, the first and each redirect's, runs inside `around`. */
export async function httpGet(url: string, headers: Record<string, string>, opts: HttpOptions, around: Around = (_, r) => r()): Promise<HttpAnswer> {
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const at = target;
    const answer = await around(at, () => getRetryingDroppedConnection(at, headers, opts));
    const location = answer.headers.get('location');
    if (!REDIRECTS.has(answer.status) || location === null) return answer;
    if (hop >= opts.maxRedirects) throw new FetchError(`more than ${opts.maxRedirects} redirects (last to ${location})`, answer.status);
    target = new URL(location, target);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(`redirect to a ${target.protocol} URL refused`, answer.status);
  }
}

/** Socket errors that mean the connection closed before the answer was whole: typically a kept-alive connection the server
 * had just closed as it was reused. A GET is idempotent, so it is sent once more on a fresh connection. */
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

class DroppedConnection extends FetchError {}

async function getRetryingDroppedConnection(url: URL, headers: Record<string, string>, opts: HttpOptions): Promise<HttpAnswer> {
  try {
    return await getOnce(url, headers, opts);
  } catch (err) {
    if (!(err instanceof DroppedConnection)) throw err;
    return getOnce(url, headers, opts);
  }
}

async function getOnce(url: URL, headers: Record<string, string>, opts: HttpOptions): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const onStop = () => controller.abort();
  opts.stop?.addEventListener('abort', onStop);
  try {
    if (opts.stop?.aborted) throw new FetchError('stopped');
    const res = await fetch(url, {
      headers: { 'user-agent': opts.userAgent, accept: '*/*', ...headers },
      redirect: 'manual',
      signal: controller.signal,
    });
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > opts.maxBytes) {
      controller.abort();
      throw new FetchError(`answer too large (${declared} bytes, the limit is ${opts.maxBytes})`, res.status);
    }
    const body = await readCapped(res, opts.maxBytes, controller);
    return { status: res.status, headers: res.headers, body, url: url.toString() };
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (opts.stop?.aborted) throw new FetchError('stopped');
    if (controller.signal.aborted) throw new FetchError(`no answer within ${opts.timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const message = `cannot fetch: ${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))}`;
    throw cause?.code !== undefined && DROPPED.has(cause.code) ? new DroppedConnection(message) : new FetchError(message);
  } finally {
    clearTimeout(timer);
    opts.stop?.removeEventListener('abort', onStop);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError(`answer too large (over ${maxBytes} bytes)`, res.status);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}
