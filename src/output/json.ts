// JSON: all events as one array, one event per line inside it; valid JSON for zero, one or many events.
import type { ReadoutEvent } from '../types.js';
import { toContractObject } from './contract.js';
import type { EventWriter } from './writer.js';

export function createJsonWriter(): EventWriter {
  let count = 0; // per writer: decides whether a comma precedes the next element
  return {
    header: () => '[',
    write(e: ReadoutEvent): string {
      const sep = count === 0 ? '\n' : ',\n';
      count += 1;
      return `${sep}${JSON.stringify(toContractObject(e))}`;
    },
    footer: () => '\n]\n',
  };
}
