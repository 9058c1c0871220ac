// Output writers for contract events (`--format`), and the contract validator.
import { createCsvWriter } from './csv.js';
import { createGdeltWriter } from './gdelt.js';
import { createJsonWriter } from './json.js';
import { createJsonlWriter } from './jsonl.js';
import { createPloverWriter } from './plover.js';
import { createTableWriter } from './table.js';
import type { EventWriter, OutputFormat, WriterOptions } from './writer.js';

export { OUTPUT_FORMATS, isOutputFormat, writeAll } from './writer.js';
export type { EventWriter, OutputFormat, WriterOptions } from './writer.js';
export { validateEvent } from './validate.js';
export { toContractObject } from './contract.js';
export { CSV_COLUMNS } from './csv.js';
export { GDELT_COLUMNS } from './gdelt.js';
export { toPloverRecord } from './plover.js';
export type { PloverRecord, PloverEntity } from './plover.js';

/** A fresh writer for one output stream (writers keep per-stream state such as the JSON comma). */
export function createWriter(format: OutputFormat, options: WriterOptions = {}): EventWriter {
  switch (format) {
    case 'jsonl': return createJsonlWriter();
    case 'json': return createJsonWriter();
    case 'table': return createTableWriter(options);
    case 'csv': return createCsvWriter();
    case 'gdelt': return createGdeltWriter(options);
    case 'plover': return createPloverWriter(options);
    default: {
      const never: never = format;
      throw new Error(`unknown output format ${JSON.stringify(never)}: use one of jsonl, json, table, csv, gdelt, plover`);
    }
  }
}
