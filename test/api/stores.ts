// The store the API tests run against. One line to switch to the real store once it is merged:
//   export const makeStore: StoreFactory = async () => (await import('../../src/store/index.js')).openStore(':memory:');
import type { Store } from '../../src/store/types.js';
import { memoryStore } from './memory-store.js';

export type StoreFactory = () => Promise<Store>;

export const makeStore: StoreFactory = async () => memoryStore();
