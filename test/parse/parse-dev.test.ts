// scripts/parse-dev.ts: EWT dev figures for choosing features (bad options are refused with a clear message).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'dist', 'scripts', 'parse-dev.js');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

test('parse-dev refuses bad options and a missing corpus, naming what is wrong', () => {
  const top = run('--top', 'many');
  assert.equal(top.status, 2);
  assert.match(top.stderr, /--top needs a whole number/);
  const unknown = run('--test');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /parse-dev: .*'--test'.*options: --shared DIR/);
  const missing = run('--shared', join(root, 'no-such-shared'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /en_ewt-ud-dev\.conllu not found/);
});

const shared = [resolve(root, '../shared'), resolve(root, '../../shared')].find((p) => existsSync(join(p, 'corpora', 'ud-english-ewt', 'en_ewt-ud-dev.conllu')));
test('parse-dev prints dev UAS and LAS with the tagger\'s and the gold tags, and label confusions', { skip: shared ? false : 'skipped: no ../shared/corpora', timeout: 300_000 }, () => {
  const r = run('--shared', shared!, '--top', '3');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  const figures = lines.slice(0, 2).map((l) => /UAS (\d+\.\d\d) {2}LAS (\d+\.\d\d) {2}\((\d+) words\)/.exec(l));
  assert.ok(figures.every((f) => f !== null), r.stdout);
  for (const f of figures) {
    const [uas, las] = [Number(f![1]), Number(f![2])];
    assert.ok(las <= uas && uas <= 100 && las > 50, `${uas} ${las}`);
  }
  assert.match(lines[0]!, /tagger's tags \(UPOS \d+\.\d\d\)/);
  assert.match(lines[1]!, /gold tags/);
  // gold tags leave no tagging errors for the parser: it attaches at least as well as on the tagger's tags
  assert.ok(Number(figures[1]![1]) >= Number(figures[0]![1]));
  assert.equal(lines.length, 2 + 1 + 3);
  for (const l of lines.slice(3)) assert.match(l, /^ +\d+ {2}\S+ -> \S+$/);
});
