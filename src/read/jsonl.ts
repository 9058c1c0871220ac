// JSONL / NDJSON: one article object per line, read as a stream. A bad line is reported on its own
// (file:line) and the other lines are still read; blank lines are skipped.
import { articleFromRecord } from './article.js';
import { binaryMessage, decodeUtf8 } from './decode.js';
import { splitLines } from './lines.js';
import { fail, type ReadContext, type ReadResult } from './types.js';

/**
 * Read JSONL from a byte stream. `name` prefixes ids of lines without an id (`${name}:${line}`),
 * `origin` names the source in messages (`${origin}:${line}`).
 */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  origin: string,
  ctx: ReadContext,
): AsyncGenerator<ReadResult> {
  const checked = checkFirstChunk(chunks);
  let articles = 0;
  let problems = 0;
  for await (const raw of splitLines(checked.chunks, ctx.maxBytes)) {
    const where = `${origin}:${raw.line}`;
    if (raw.bytes === null) {
      problems++;
      yield fail(where, `line is ${raw.size} bytes, over the ${ctx.maxBytes}-byte limit (maxBytes); skipped`);
      continue;
    }
    const decoded = decodeUtf8(raw.bytes, false);
    if (!decoded.ok) {
      problems++;
      yield fail(where, decoded.message);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (e) {
      problems++;
      yield fail(where, `invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const result = articleFromRecord(value, `${name}:${raw.line}`, where, ctx);
    if (result.ok) articles++;
    else problems++;
    yield result;
  }
  if (checked.binary) yield fail(origin, checked.binary);
  else if (articles === 0 && problems === 0) yield fail(origin, 'empty file (no JSON lines)');
}

/** Wraps the stream so that a NUL byte in the first chunk marks the whole input as binary (one message, not one per line). */
function checkFirstChunk(chunks: AsyncIterable<Uint8Array>): { chunks: AsyncIterable<Uint8Array>; binary: string | null } {
  const state: { chunks: AsyncIterable<Uint8Array>; binary: string | null } = { chunks, binary: null };
  state.chunks = (async function* () {
    let first = true;
    for await (const chunk of chunks) {
      if (first) {
        first = false;
        const nul = chunk.indexOf(0);
        if (nul >= 0) {
          state.binary = binaryMessage(chunk, nul);
          return;
        }
      }
      yield chunk;
    }
  })();
  return state;
}
