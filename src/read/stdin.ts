// `-`: standard input. Input whose first non-blank character is "{" is JSONL (read as a stream,
// articles `stdin:LINE`); anything else is one plain-text article with id "stdin".
import { decodeUtf8 } from './decode.js';
import { megabytes } from './files.js';
import { readJsonl } from './jsonl.js';
import { readArticleText } from './text.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

export async function* readStdin(input: AsyncIterable<Uint8Array>, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const it = input[Symbol.asyncIterator]();
  try {
    const head: Uint8Array[] = [];
    let size = 0;
    let first: number | null = null;
    while (first === null) {
      const next = await it.next();
      if (next.done) break;
      head.push(next.value);
      size += next.value.length;
      first = firstContentByte(Buffer.concat(head));
      if (size > ctx.maxBytes) break;
    }
    const all = replay(head, it);
    if (first === 0x7b /* { */) {
      yield* readJsonl(all, 'stdin', 'stdin', ctx);
      return;
    }
    const parts: Uint8Array[] = [];
    size = 0;
    for await (const chunk of all) {
      size += chunk.length;
      if (size > ctx.maxBytes) {
        yield fail('stdin', `input is over the ${megabytes(ctx.maxBytes)} limit (maxBytes); not read`);
        return;
      }
      parts.push(chunk);
    }
    if (size === 0) {
      yield fail('stdin', 'empty input');
      return;
    }
    const decoded = decodeUtf8(Buffer.concat(parts, size));
    if (!decoded.ok) yield fail('stdin', decoded.message);
    else yield readArticleText(decoded.text, 'stdin', 'stdin', ctx);
  } catch (e) {
    yield fail('stdin', `could not read: ${(e as Error).message}`);
  } finally {
    await it.return?.();
  }
}

/** The first byte that is not a BOM or ASCII whitespace, or null when there is none yet. */
function firstContentByte(b: Buffer): number | null {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return i < b.length ? b[i]! : null;
}

async function* replay(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
