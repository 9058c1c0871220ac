// The HTTP API and web explorer server.
export { buildServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './server.js';
export { openApiDocument } from './openapi.js';
export { ApiError, type ErrorBody } from './errors.js';
export { inlineCoder, CoderBusy, CoderTimeout, type Coder } from './coder.js';
export { codingPool, defaultPoolSize, DEFAULT_CODE_TIMEOUT_MS, type CodingPool, type PoolOptions } from './coding-pool.js';
