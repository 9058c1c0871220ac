// What every command that reads articles shares: input options, error reporting, the lexicons and progress.
import type { Article } from '../types.js';
import { readContext, readInputs, type ReadError } from '../read/index.js';
import { loadLexicons } from '../lexicons.js';
import type { Lexicons } from '../pipeline.js';
import { list, str, type OptionSpec, type Parsed } from './args.js';

export const INPUT_OPTIONS: OptionSpec = { published: 'string', outlet: 'string', lexicon: 'list' };

export interface Inputs {
  articles: AsyncGenerator<Article>;
  /** problems reported so far */
  errors: ReadError[];
}

/** Articles from the positional paths, reporting each bad input on stderr as it is met. */
export function openInputs(p: Parsed, stderr: NodeJS.WritableStream = process.stderr): Inputs {
  const errors: ReadError[] = [];
  const paths = p.positional.length > 0 ? p.positional : [];
  if (paths.length === 0) throw new Error('no input: give files, folders or - for stdin');
  const opts = { published: str(p, 'published'), outlet: str(p, 'outlet') };
  readContext(opts); // reject a bad --published before reading anything
  const articles = readInputs(paths, {
    ...opts,
    onError: (e) => {
      errors.push(e);
      stderr.write(`readout: ${e.origin}: ${e.message}\n`);
    },
  });
  return { articles, errors };
}

export function lexiconsFor(p: Parsed): Lexicons {
  return loadLexicons({ user: list(p, 'lexicon') });
}

/** A progress line on stderr, only when stderr is a terminal. */
export function progress(stderr: NodeJS.WriteStream = process.stderr): { tick(n: number, what: string): void; done(): void } {
  const on = stderr.isTTY === true;
  let last = 0;
  const t0 = Date.now();
  return {
    tick(n, what) {
      if (!on) return;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const rate = n / Math.max(0.001, (now - t0) / 1000);
      stderr.write(`\r${n} ${what} (${rate.toFixed(0)}/s)`);
    },
    done() {
      if (on && last > 0) stderr.write('\n');
    },
  };
}
