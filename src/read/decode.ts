// Bytes to text: refuse binary data (NUL bytes) and invalid UTF-8 with a message that says where.
import { isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode UTF-8 bytes (a leading BOM is dropped); `withLine` adds the line number to messages. */
export function decodeUtf8(bytes: Uint8Array, withLine = true): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: binaryMessage(bytes, nul) };
  if (!isUtf8(bytes)) return { ok: false, message: invalidUtf8Message(bytes, withLine) };
  return { ok: true, text: utf8.decode(bytes) };
}

export function binaryMessage(bytes: Uint8Array, nulAt: number): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return utf16
    ? 'UTF-16 text is not supported; convert it to UTF-8'
    : `binary data (NUL byte at byte ${nulAt}); expected UTF-8 text`;
}

export function invalidUtf8Message(bytes: Uint8Array, withLine: boolean): string {
  const at = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return `invalid UTF-8 at byte ${at}${withLine ? ` (line ${line})` : ''}; convert the input to UTF-8`;
}

/** Offset of the first byte that breaks UTF-8 (only called once isUtf8 said there is one). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
