// Split a byte stream into lines without decoding it (so each line can be checked for NUL bytes and
// invalid UTF-8 on its own) and without ever holding more than one line, capped at maxLineBytes.

export interface RawLine {
  /** 1-based line number */
  line: number;
  /** the line's bytes without "\n" (and without a trailing "\r"), or null when it was over the cap */
  bytes: Buffer | null;
  /** size of the line in bytes (counted even when dropped) */
  size: number;
}

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const finish = (): RawLine => {
    let bytes: Buffer | null = null;
    if (size <= maxLineBytes) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const out = { line, bytes, size };
    parts = [];
    size = 0;
    line++;
    return out;
  };
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    while (pos <= buf.length) {
      const nl = buf.indexOf(0x0a, pos);
      const end = nl < 0 ? buf.length : nl;
      size += end - pos;
      if (size <= maxLineBytes && end > pos) parts.push(buf.subarray(pos, end));
      else if (size > maxLineBytes) parts = [];
      if (nl < 0) break;
      yield finish();
      pos = nl + 1;
    }
  }
  if (size > 0) yield finish();
}
