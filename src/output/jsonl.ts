// JSONL: the contract's own format, one event per line, fields in contract order.
import type { ReadoutEvent } from '../types.js';
import { toContractObject } from './contract.js';
import type { EventWriter } from './writer.js';

export function createJsonlWriter(): EventWriter {
  return { write: (e: ReadoutEvent) => `${JSON.stringify(toContractObject(e))}\n` };
}
