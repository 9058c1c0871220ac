import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/actors/load.js';
import { loadClusters, parseClusters, sharedPrefix } from '../../src/parse/clusters.js';

const FILE = join(packageRoot(), 'models', 'clusters.txt');
const tmp = mkdtempSync(join(tmpdir(), 'readout-clusters-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the committed cluster file holds tens of thousands of 0/1 paths (its load time is in npm run bench)', () => {
  const m = loadClusters(FILE);
  assert.ok(m.size > 50_000, `only ${m.size} words`);
  for (const w of ['the', 'said', 'monday', 'government', 'police']) assert.match(m.get(w) ?? '', /^[01]{1,16}$/, w);
  for (const w of m.keys()) assert.equal(w, w.toLowerCase());
});

test('frequent related words share longer path prefixes than unrelated ones (majority of pairs)', () => {
  const m = loadClusters(FILE);
  // [word, related, unrelated]
  const triples: [string, string, string][] = [
    ['monday', 'tuesday', 'apple'],
    ['january', 'february', 'soldier'],
    ['three', 'four', 'river'],
    ['dog', 'cat', 'election'],
    ['said', 'told', 'car'],
    ['king', 'queen', 'eat'],
    ['france', 'germany', 'tuesday'],
    ['red', 'blue', 'government'],
    ['john', 'david', 'green'],
    ['good', 'bad', 'minister'],
    ['killed', 'wounded', 'piano'],
    ['dollars', 'euros', 'walk'],
  ];
  const wins: string[] = [];
  const losses: string[] = [];
  for (const [a, b, c] of triples) {
    const pa = m.get(a), pb = m.get(b), pc = m.get(c);
    assert.ok(pa && pb && pc, `missing one of ${a} ${b} ${c}`);
    const rel = sharedPrefix(pa, pb), unrel = sharedPrefix(pa, pc);
    (rel > unrel ? wins : losses).push(`${a}/${b} ${rel} vs ${a}/${c} ${unrel}`);
  }
  assert.ok(wins.length > triples.length / 2 + 2, `related pairs win only ${wins.length}/${triples.length}: ${losses.join('; ')}`);
});

test('a malformed line is reported with the file and line number', () => {
  const bad = join(tmp, 'bad.txt');
  writeFileSync(bad, '# header\nthe\t0001\nmonday 0101\nfriday\t0110\n');
  assert.throws(() => loadClusters(bad), (e: Error) => e.message.includes(`${bad}:3:`) && e.message.includes('monday'));
  assert.throws(() => parseClusters('a\t01\nb\t012\n', 'x.txt'), /x\.txt:2: malformed/);
  assert.throws(() => parseClusters('a\t01\n\ta\t01\n', 'x.txt'), /x\.txt:2: malformed/);
  assert.throws(() => parseClusters('a\t01\na\t10\n', 'x.txt'), /x\.txt:2: duplicate/);
  assert.throws(() => loadClusters(join(tmp, 'missing.txt')), /missing\.txt: cannot read/);
});

test('comments, blank lines and CRLF endings are accepted', () => {
  const m = parseClusters('# c\r\n\r\nthe\t0001\r\n# d\nof\t0\n', 'ok.txt');
  assert.deepEqual([...m], [['the', '0001'], ['of', '0']]);
  assert.equal(sharedPrefix('0110', '0101'), 2);
});
