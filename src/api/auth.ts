// The ingest rule: refused unless the server has a token; then the request must carry it as a bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

export function checkIngestToken(serverToken: string | undefined, authorization: string | undefined): void {
  if (serverToken === undefined || serverToken === '') {
    throw new ApiError(403, 'ingest_disabled', 'ingest is disabled on this server: start it with READOUT_TOKEN set to allow POST /api/articles');
  }
  if (authorization === undefined || authorization === '') {
    throw new ApiError(401, 'unauthorized', "missing 'Authorization: Bearer <token>' header");
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) throw new ApiError(401, 'unauthorized', "the Authorization header must be 'Bearer <token>'");
  if (!sameSecret(m[1]!, serverToken)) throw new ApiError(403, 'forbidden', 'the bearer token is not valid for this server');
}

/** Constant-time comparison of two secrets of any length. */
function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}
