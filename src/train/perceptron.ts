// The averaged perceptron shared by the tagger, the parser and the recogniser (training side).
// Weights live in sparse per-feature lists of (class, weight, running total, last update), pooled in typed
// arrays; averaging is lazy (Daumé's trick). `encode` writes the averaged, pruned, quantised model file.
import { gzipSync } from 'node:zlib';
import type { FeatureBuffer } from '../parse/hash.js';
import { MODEL_MAGIC, type ModelHeader } from '../parse/model-file.js';

export class Perceptron {
  readonly nClasses: number;
  private mask: number;
  private keys: Uint32Array;
  private head: Int32Array;
  /** per feature: how many updates touched it (rarely corrected features are pruned from the model file) */
  private updates: Uint32Array;
  // entry pool
  private next: Int32Array;
  private cls: Uint16Array;
  private w: Float64Array;
  private tot: Float64Array;
  private ts: Float64Array;
  private nEntries = 0;
  /** a feature seen with many classes moves to a dense row (index into the d* arrays, -1 while sparse) */
  private dense: Int32Array;
  private dw: Float64Array;
  private dtot: Float64Array;
  private dts: Float64Array;
  private nRows = 0;
  private readonly denseAfter: number;
  private nKeys = 0;
  /** number of training instances seen (the averaging clock) */
  private clock = 1;

  constructor(nClasses: number, initialKeys = 1 << 20) {
    this.nClasses = nClasses;
    this.denseAfter = Math.min(8, nClasses);
    this.dense = new Int32Array(initialKeys).fill(-1);
    const R = 1024 * nClasses;
    this.dw = new Float64Array(R);
    this.dtot = new Float64Array(R);
    this.dts = new Float64Array(R);
    this.mask = initialKeys - 1;
    this.keys = new Uint32Array(initialKeys);
    this.head = new Int32Array(initialKeys).fill(-1);
    this.updates = new Uint32Array(initialKeys);
    const E = initialKeys * 2;
    this.next = new Int32Array(E);
    this.cls = new Uint16Array(E);
    this.w = new Float64Array(E);
    this.tot = new Float64Array(E);
    this.ts = new Float64Array(E);
  }

  private find(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return slot;
      if (k === 0) return -1 - slot;
      slot = (slot + 1) & this.mask;
    }
  }

  score(buf: FeatureBuffer, scores: Float32Array): void {
    scores.fill(0);
    for (let i = 0; i < buf.n; i++) {
      const slot = this.find(buf.keys[i]!);
      if (slot < 0) continue;
      const row = this.dense[slot]!;
      if (row >= 0) {
        const base = row * this.nClasses;
        const dw = this.dw;
        for (let c = 0; c < this.nClasses; c++) scores[c]! += dw[base + c]!;
        continue;
      }
      for (let e = this.head[slot]!; e >= 0; e = this.next[e]!) scores[this.cls[e]!]! += this.w[e]!;
    }
  }

  /** One training instance: move weight from `guess` to `truth` when they differ; always advances the clock. */
  update(buf: FeatureBuffer, truth: number, guess: number): void {
    if (truth !== guess) {
      for (let i = 0; i < buf.n; i++) {
        const slot = this.slotFor(buf.keys[i]!);
        this.updates[slot]!++;
        this.bump(slot, truth, 1);
        this.bump(slot, guess, -1);
      }
    }
    this.clock++;
  }

  private slotFor(key: number): number {
    let slot = this.find(key);
    if (slot >= 0) return slot;
    if ((this.nKeys + 1) * 2 > this.keys.length) {
      this.rehash();
      slot = this.find(key);
    }
    slot = -1 - slot;
    this.keys[slot] = key;
    this.head[slot] = -1;
    this.dense[slot] = -1;
    this.updates[slot] = 0;
    this.nKeys++;
    return slot;
  }

  private bump(slot: number, c: number, delta: number): void {
    const row = this.dense[slot]!;
    if (row >= 0) {
      const j = row * this.nClasses + c;
      this.dtot[j] += (this.clock - this.dts[j]!) * this.dw[j]!;
      this.dts[j] = this.clock;
      this.dw[j] += delta;
      return;
    }
    let e = this.head[slot]!;
    let len = 0;
    while (e >= 0 && this.cls[e] !== c) {
      e = this.next[e]!;
      len++;
    }
    if (e < 0 && len >= this.denseAfter) {
      this.densify(slot);
      this.bump(slot, c, delta);
      return;
    }
    if (e < 0) {
      if (this.nEntries === this.cls.length) this.growEntries();
      e = this.nEntries++;
      this.cls[e] = c;
      this.w[e] = 0;
      this.tot[e] = 0;
      this.ts[e] = this.clock;
      this.next[e] = this.head[slot]!;
      this.head[slot] = e;
    }
    this.tot[e] += (this.clock - this.ts[e]!) * this.w[e]!;
    this.ts[e] = this.clock;
    this.w[e] += delta;
  }

  /** Move a feature's list to a dense row (the list entries are left unused). */
  private densify(slot: number): void {
    const C = this.nClasses;
    if ((this.nRows + 1) * C > this.dw.length) {
      const grow = (a: Float64Array): Float64Array => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.dw = grow(this.dw);
      this.dtot = grow(this.dtot);
      this.dts = grow(this.dts);
    }
    const row = this.nRows++;
    const base = row * C;
    this.dts.fill(this.clock, base, base + C);
    for (let e = this.head[slot]!; e >= 0; e = this.next[e]!) {
      const j = base + this.cls[e]!;
      this.dw[j] = this.w[e]!;
      this.dtot[j] = this.tot[e]! + (this.clock - this.ts[e]!) * this.w[e]!;
    }
    this.head[slot] = -1;
    this.dense[slot] = row;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldHead = this.head;
    const oldDense = this.dense;
    const oldUpdates = this.updates;
    const cap = oldKeys.length * 2;
    this.keys = new Uint32Array(cap);
    this.head = new Int32Array(cap).fill(-1);
    this.dense = new Int32Array(cap).fill(-1);
    this.updates = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s]!;
      if (k === 0) continue;
      const slot = -1 - this.find(k);
      this.keys[slot] = k;
      this.head[slot] = oldHead[s]!;
      this.dense[slot] = oldDense[s]!;
      this.updates[slot] = oldUpdates[s]!;
    }
  }

  private growEntries(): void {
    const E = this.cls.length * 2;
    const grow = <T extends Int32Array | Uint16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(E);
      b.set(a as never);
      return b;
    };
    this.next = grow(this.next, (n) => new Int32Array(n));
    this.cls = grow(this.cls, (n) => new Uint16Array(n));
    this.w = grow(this.w, (n) => new Float64Array(n));
    this.tot = grow(this.tot, (n) => new Float64Array(n));
    this.ts = grow(this.ts, (n) => new Float64Array(n));
  }

  get size(): { features: number; entries: number } {
    return { features: this.nKeys, entries: this.nEntries };
  }

  /**
   * The averaged model as a model file. Features corrected fewer than `minUpdates` times in training are
   * dropped (most features are rare and their weights are noise: this is what keeps the files small and the
   * tables in cache), as are weights below `minRelative` of the largest after 16-bit quantisation.
   */
  encode(header: Omit<ModelHeader, 'scale' | 'classes'> & { classes: string[] }, o: { minRelative?: number; minUpdates?: number } = {}): Buffer {
    const minRelative = o.minRelative ?? 1 / 4096;
    const minUpdates = o.minUpdates ?? 1;
    if (header.classes.length !== this.nClasses) throw new Error(`${header.name}: ${header.classes.length} class names for ${this.nClasses} classes`);
    const avg = new Float64Array(this.nEntries);
    let maxAbs = 0;
    for (let e = 0; e < this.nEntries; e++) {
      const a = (this.tot[e]! + (this.clock - this.ts[e]!) * this.w[e]!) / this.clock;
      avg[e] = a;
      if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
    }
    const C = this.nClasses;
    const davg = new Float64Array(this.nRows * C);
    for (let j = 0; j < davg.length; j++) {
      const a = (this.dtot[j]! + (this.clock - this.dts[j]!) * this.dw[j]!) / this.clock;
      davg[j] = a;
      if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const minQ = Math.max(1, Math.round(32767 * minRelative));
    // features in key order, so that two trainings with the same data give the same bytes
    const slots: number[] = [];
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0 && this.updates[s]! >= minUpdates) slots.push(s);
    slots.sort((a, b) => this.keys[a]! - this.keys[b]!);
    const keys: number[] = [];
    const lens: number[] = [];
    const cls: number[] = [];
    const q: number[] = [];
    for (const s of slots) {
      const entries: [number, number][] = [];
      const row = this.dense[s]!;
      if (row >= 0) {
        for (let c = 0; c < C; c++) {
          const v = Math.round(davg[row * C + c]! / scale);
          if (Math.abs(v) >= minQ) entries.push([c, v]);
        }
      }
      for (let e = this.head[s]!; e >= 0; e = this.next[e]!) {
        const v = Math.round(avg[e]! / scale);
        if (Math.abs(v) >= minQ) entries.push([this.cls[e]!, v]);
      }
      if (entries.length === 0) continue;
      entries.sort((a, b) => a[0] - b[0]);
      keys.push(this.keys[s]!);
      lens.push(entries.length);
      for (const [c, v] of entries) {
        cls.push(c);
        q.push(v);
      }
    }
    const full: ModelHeader = { ...header, scale };
    const hjson = Buffer.from(JSON.stringify(full), 'utf8');
    const F = keys.length;
    const E = cls.length;
    const out = Buffer.alloc(8 + 4 + hjson.length + 8 + F * 6 + E * 4);
    let off = out.write(MODEL_MAGIC, 0, 'latin1');
    off = out.writeUInt32LE(hjson.length, off);
    off += hjson.copy(out, off);
    off = out.writeUInt32LE(F, off);
    off = out.writeUInt32LE(E, off);
    for (const k of keys) off = out.writeUInt32LE(k, off);
    for (const l of lens) off = out.writeUInt16LE(l, off);
    for (const c of cls) off = out.writeUInt16LE(c, off);
    for (const v of q) off = out.writeInt16LE(v, off);
    return gzipSync(out, { level: 9 });
  }
}
