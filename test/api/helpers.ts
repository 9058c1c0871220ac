// A server over a store holding the coded examples, for the API tests.
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/api/index.js';
import { inlineCoder } from '../../src/api/coder.js';
import type { Store } from '../../src/store/types.js';
import { codeExamples, filled, type Coded } from './fixtures.js';
import { makeStore, type StoreFactory } from './stores.js';

export interface Harness {
  app: FastifyInstance;
  store: Store;
  coded: Coded;
  close(): Promise<void>;
}

let coding: Promise<Coded> | undefined;
/** Coding the examples takes a moment; one test file codes them once. */
export function coded(): Promise<Coded> {
  return (coding ??= codeExamples());
}

export async function harness(opts: Partial<Omit<ServerOptions, 'store'>> = {}, factory: StoreFactory = makeStore): Promise<Harness> {
  const c = await coded();
  const store = await filled(await factory(), c);
  const app = buildServer({ store, coder: inlineCoder(c.lexicons), ...opts });
  await app.ready();
  return { app, store, coded: c, close: async () => { await app.close(); await store.close(); } };
}
