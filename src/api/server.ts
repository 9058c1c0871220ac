// The HTTP server: the JSON API under /api and, when built, the web explorer's static files with an SPA fallback.
// Everything it uses is passed in; two servers in one process share nothing.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Store } from '../store/types.js';
import { maskUrl, maskUrlsIn } from '../output/mask.js';
import { CoderBusy, CoderTimeout, type Coder } from './coder.js';
import { ApiError, isStoreUnavailable, storeUnavailable } from './errors.js';
import { hostAllowed } from './host.js';
import { openApiDocument } from './openapi.js';
import { codeRoutes } from './routes/code.js';
import { eventRoutes } from './routes/events.js';
import { storyRoutes } from './routes/stories.js';
import { compareRoutes } from './routes/compare.js';

export interface ServerOptions {
  store: Store;
  /** codes the texts of POST /api/code and /api/articles: a worker pool in `serve` (coding-pool.ts) */
  coder: Coder;
  /** bearer token for POST /api/articles; without it ingest is refused */
  token?: string;
  /** folder of the built web explorer (dist/web); no static files when absent */
  webRoot?: string;
  /** largest request body in bytes (default 1 MB) */
  bodyLimit?: number;
  /** structured logs (pino, one JSON line per request, with its id); none when absent */
  log?: { stream: NodeJS.WritableStream; level?: string };
  /** check the Host header against this address (port: the listening port when omitted); no check when absent (--public) */
  hostCheck?: { host: string; port?: number };
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function buildServer(opts: ServerOptions): FastifyInstance {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.log ? loggerOptions(opts.log) : false,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomBytes(6).toString('base64url'),
    bodyLimit,
    routerOptions: { ignoreTrailingSlash: true },
    // errors Fastify answers before routing (a malformed percent-encoding in the path): the API's JSON error too
    frameworkErrors: (err, _req, reply) => {
      void send(reply, err.code === 'FST_ERR_BAD_URL'
        ? new ApiError(400, 'bad_url', 'the URL path is not valid percent-encoded UTF-8')
        : new ApiError(err.statusCode ?? 400, 'bad_request', err.message));
    },
  });
  const ctx = { store: opts.store, coder: opts.coder, ...(opts.token !== undefined ? { token: opts.token } : {}) };

  // JSON only: a text/plain body is a 415, not a string handed to the handlers
  app.removeContentTypeParser('text/plain');

  if (opts.hostCheck) {
    const check = opts.hostCheck;
    app.addHook('onRequest', async (req) => {
      const port = check.port ?? (app.server.address() as AddressInfo | null)?.port;
      if (port === undefined || hostAllowed(req.headers.host, { host: check.host, port })) return;
      throw new ApiError(421, 'misdirected_request',
        `Host '${String(req.headers.host ?? '')}' is not this server's address (${check.host}:${port}); start readout serve with --public to accept other host names`);
    });
  }

  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Request-Id', req.id);
    if (!req.url.startsWith('/api/')) reply.header('Content-Security-Policy', CSP);
  });

  // one line per request, after the response: id, method, masked URL, status, time
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, url: maskPath(req.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });

  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    const e = apiErrorOf(err, req.routeOptions.bodyLimit ?? bodyLimit);
    if (e.status >= 500 && e.code === 'internal') {
      req.log.error({ err: { type: err.name, message: maskUrlsIn(err.message), stack: maskUrlsIn(err.stack ?? '') } }, 'unexpected error');
      return send(reply, new ApiError(500, 'internal', `internal error (request id ${req.id}; see the server log)`));
    }
    if (e.status === 503) req.log.warn({ code: e.code, reason: maskUrlsIn(err.message) }, 'unavailable');
    return send(reply, e);
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const spa = opts.webRoot !== undefined && (req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]+$/i.test(path);
    if (spa) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return send(reply, new ApiError(404, 'not_found', `no route ${req.method} ${path}`));
  });

  const doc = openApiDocument();
  app.get('/api/openapi.json', async () => doc);
  eventRoutes(app, ctx);
  storyRoutes(app, ctx);
  compareRoutes(app, ctx);
  codeRoutes(app, ctx);

  if (opts.webRoot !== undefined) {
    if (!existsSync(join(opts.webRoot, 'index.html'))) throw new Error(`web explorer not built: ${join(opts.webRoot, 'index.html')} is missing (run npm run build)`);
    app.register(fastifyStatic, {
      root: opts.webRoot,
      wildcard: false,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

function send(reply: FastifyReply, e: ApiError): FastifyReply {
  if (e.retryAfter !== undefined) reply.header('Retry-After', String(e.retryAfter));
  return reply.code(e.status).send(e.body());
}

/** pino through Fastify: JSON lines with the request id (`reqId`); no headers are logged, so no Authorization. */
function loggerOptions(log: NonNullable<ServerOptions['log']>) {
  return {
    level: log.level ?? 'info',
    stream: log.stream,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '***' },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: maskPath(req.url) }),
    },
  };
}

/** A request path with secret-looking query parameters masked (`?token=…`). */
function maskPath(url: string): string {
  return maskUrl(`http://h${url}`).slice('http://h'.length);
}

/** Any error as the API's error: its own, the store's "unavailable", the coder's budget, Fastify's, else internal. */
function apiErrorOf(err: FastifyError | Error, bodyLimit: number): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof CoderBusy) return new ApiError(503, 'busy', err.message, undefined, err.retryAfter);
  if (err instanceof CoderTimeout) return new ApiError(503, 'coding_timeout', `${err.message}; send a shorter text`);
  if (isStoreUnavailable(err)) return storeUnavailable();
  return fastifyError(err as FastifyError, bodyLimit);
}

/** Fastify's own errors (body too large, bad JSON, wrong content type) as the API's error bodies. */
function fastifyError(err: FastifyError, bodyLimit: number): ApiError {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', `request body is larger than this route's limit of ${bodyLimit} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'bad_body', 'request body is empty; expected a JSON object');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'bad_json', `request body is not valid JSON: ${err.message}`);
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    if (err instanceof SyntaxError) return new ApiError(400, 'bad_json', `request body is not valid JSON: ${err.message}`);
    return new ApiError(status, 'bad_request', err.message);
  }
  return new ApiError(500, 'internal', 'internal error (see the server log)');
}
