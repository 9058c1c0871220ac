// Shared helpers for the read-stage tests: a temporary fixture folder and a collector for readInputs.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article } from '../../src/types.js';
import { readInputs, type ReadError, type ReadOptions } from '../../src/read/index.js';

export interface Collected {
  articles: Article[];
  errors: ReadError[];
}

export async function collect(paths: string[], opts: Omit<ReadOptions, 'onError'> = {}): Promise<Collected> {
  const errors: ReadError[] = [];
  const articles: Article[] = [];
  for await (const a of readInputs(paths, { ...opts, onError: (e) => errors.push(e) })) articles.push(a);
  return { articles, errors };
}

/** A temporary folder; `write` creates files (and their parent folders) in it. */
export class Fixtures {
  readonly dir = mkdtempSync(join(tmpdir(), 'readout-read-'));

  write(name: string, content: string | Uint8Array): string {
    const p = join(this.dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** An async byte source like process.stdin, from strings or buffers. */
export async function* chunks(...parts: Array<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}
