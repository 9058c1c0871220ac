// Charsets of HTML pages: UTF-8 by default, or the charset the page declares in a <meta> tag.
import { binaryMessage, decodeUtf8, type Decoded } from './decode.js';

/**
 * Page bytes to text: UTF-8 unless the page declares another charset that TextDecoder knows
 * (windows-1252, iso-8859-x, shift_jis, ...). NUL bytes and undecodable bytes are refused either way.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  return decodeCharset(bytes, declaredCharset(bytes));
}

/** Bytes to text in the named charset (null: UTF-8), with the same refusals as decodeHtml. */
export function decodeCharset(bytes: Uint8Array, charset: string | null): Decoded {
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return decodeUtf8(bytes); // unknown label: try UTF-8, which reports clearly if it is not
  }
  if (decoder.encoding === 'utf-16le' || decoder.encoding === 'utf-16be') return decodeUtf8(bytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: binaryMessage(bytes, nul) };
  if (decoder.encoding === 'windows-1252') return { ok: true, text: decodeWindows1252(bytes) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: `invalid ${charset} data (the charset the page declares); convert the page to UTF-8` };
  }
}

/** The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv), lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** The encoding an XML document declares (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lower case, or null. */
export function xmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']/.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

// Node 20's TextDecoder decodes windows-1252 (also the WHATWG meaning of "iso-8859-1" and "latin1") as
// ISO-8859-1, losing curly quotes and dashes in 0x80-0x9F; this table is the WHATWG mapping of that range.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
