// The HTTP server: the JSON API under /api and, when built, the web explorer's static files with an SPA fallback.
// Everything it uses is passed in; two servers in one process share nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Lexicons } from '../pipeline.js';
import type { Store } from '../store/types.js';
import { ApiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { codeRoutes } from './routes/code.js';
import { eventRoutes } from './routes/events.js';

export interface ServerOptions {
  store: Store;
  lexicons: Lexicons;
  /** bearer token for POST /api/articles; without it ingest is refused */
  token?: string;
  /** folder of the built web explorer (dist/web); no static files when absent */
  webRoot?: string;
  /** largest request body in bytes (default 1 MB) */
  bodyLimit?: number;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function buildServer(opts: ServerOptions): FastifyInstance {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit, routerOptions: { ignoreTrailingSlash: true } });
  const ctx = { store: opts.store, lexicons: opts.lexicons, ...(opts.token !== undefined ? { token: opts.token } : {}) };

  // JSON only: a text/plain body is a 415, not a string handed to the handlers
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!req.url.startsWith('/api/')) reply.header('Content-Security-Policy', CSP);
  });

  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(err.body());
    const e = fastifyError(err, req.routeOptions.bodyLimit ?? bodyLimit);
    if (e.status >= 500) req.log.error(err);
    return reply.code(e.status).send(e.body());
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const spa = opts.webRoot !== undefined && (req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]+$/i.test(path);
    if (spa) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.code(404).send(new ApiError(404, 'not_found', `no route ${req.method} ${path}`).body());
  });

  const doc = openApiDocument();
  app.get('/api/openapi.json', async () => doc);
  eventRoutes(app, ctx);
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
