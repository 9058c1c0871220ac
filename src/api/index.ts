// The HTTP API and web explorer server.
export { buildServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './server.js';
export { openApiDocument } from './openapi.js';
export { ApiError, type ErrorBody } from './errors.js';
