// The store's own errors: what a caller can act on without reading driver messages.
// - StoreUnavailableError: the database cannot be reached now (PostgreSQL down or restarting, a connection cut, or a
//   SQLite write lock that another writer held for too long). Worth retrying later; the API answers 503.
// - StoreMissingError: a command that needs an existing store was pointed at none.
// - StoreReadOnlyError: a command that writes was pointed at a store it may not write.
// - StoreSchemaError: a read-only store whose schema is older than this readout (it cannot be upgraded in place).

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export class StoreMissingError extends Error {
  override name = 'StoreMissingError';
}

export class StoreReadOnlyError extends Error {
  override name = 'StoreReadOnlyError';
}

export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
}

/** Node socket errors and PostgreSQL SQLSTATEs that mean "the server is not there", not "the query is wrong". */
const GONE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  '57P01', // admin_shutdown (the server is stopping)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (the server is starting)
  '53300', // too_many_connections
]);

/** pg's own messages for a connection that died under it (these errors carry no code). */
const GONE_MESSAGES = /Connection terminated|connection error and is not queryable|Connection ended|timeout exceeded when trying to connect|server closed the connection/i;

/** True when err says the PostgreSQL server cannot be reached (rather than that a statement failed). */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (GONE_CODES.has(code) || code.startsWith('08'))) return true; // 08xxx: connection_exception
  if (err instanceof AggregateError) return err.errors.some(isConnectionError); // net's happy-eyeballs connect errors
  return GONE_MESSAGES.test(err.message);
}

/** err as a StoreUnavailableError when it is a lost or refused connection; otherwise err itself. */
export function unavailableOr(err: unknown, where: string): unknown {
  if (err instanceof StoreUnavailableError || !isConnectionError(err)) return err;
  const detail = err instanceof Error ? err.message || (err as { code?: string }).code || err.name : String(err);
  return new StoreUnavailableError(`store: database ${where} is unavailable (${detail})`, { cause: err });
}
