// One model file per trained model: gzip of a magic, a JSON header (name, classes, corpora, licence, the hash
// of the training code that produced it, model-specific settings) and the weights (feature keys, list lengths,
// class ids, weights quantised to 16 bits).
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Weights } from './weights.js';

export const MODEL_MAGIC = 'RDMODEL1';

export interface ModelHeader {
  name: string;
  /** class names, in class-id order */
  classes: string[];
  /** hash of the training sources that produced this file (see scripts/train.ts) */
  trainedWith: string;
  corpora: string[];
  licence: string;
  /** weight = int16 * scale */
  scale: number;
  /** model-specific settings (feature options, tag dictionary, ...) */
  meta: Record<string, unknown>;
}

export interface LoadedModel {
  header: ModelHeader;
  weights: Weights;
}

export function decodeModel(gz: Uint8Array, origin: string): LoadedModel {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch (e) {
    throw new Error(`${origin}: not a readout model file (${(e as Error).message})`);
  }
  if (buf.length < 16 || buf.toString('latin1', 0, 8) !== MODEL_MAGIC) throw new Error(`${origin}: not a readout model file (bad magic)`);
  let off = 8;
  const hlen = buf.readUInt32LE(off);
  off += 4;
  if (off + hlen > buf.length) throw new Error(`${origin}: truncated model header`);
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', off, off + hlen)) as ModelHeader;
  } catch (e) {
    throw new Error(`${origin}: damaged model header (${(e as Error).message})`);
  }
  off += hlen;
  if (!Array.isArray(header.classes) || typeof header.scale !== 'number') throw new Error(`${origin}: model header lacks classes or scale`);
  const F = buf.readUInt32LE(off);
  const E = buf.readUInt32LE(off + 4);
  off += 8;
  if (off + F * 6 + E * 4 !== buf.length) throw new Error(`${origin}: model body has ${buf.length - off} bytes, expected ${F * 6 + E * 4}`);
  const take = (bytes: number): Buffer => {
    const b = Buffer.from(buf.subarray(off, off + bytes)); // a copy, aligned for the typed-array views below
    off += bytes;
    return b;
  };
  const keysB = take(F * 4);
  const keys = new Uint32Array(keysB.buffer, keysB.byteOffset, F);
  const lensB = take(F * 2);
  const lens = new Uint16Array(lensB.buffer, lensB.byteOffset, F);
  const clsB = take(E * 2);
  const cls = new Uint16Array(clsB.buffer, clsB.byteOffset, E);
  const qB = take(E * 2);
  const q = new Int16Array(qB.buffer, qB.byteOffset, E);
  const offsets = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) offsets[f + 1] = offsets[f]! + lens[f]!;
  if (offsets[F] !== E) throw new Error(`${origin}: model list lengths do not add up to the entry count`);
  for (let j = 0; j < E; j++) {
    if (cls[j]! >= header.classes.length) throw new Error(`${origin}: class id ${cls[j]} out of range`);
  }
  return { header, weights: new Weights(header.classes.length, keys, offsets, cls, q, header.scale) };
}

export function readModel(path: string): LoadedModel {
  let gz: Buffer;
  try {
    gz = readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read model ${path}: ${(e as Error).message}; run \`npm run train\` to build the models`);
  }
  return decodeModel(gz, path);
}
