// --lexicon: a user's own actor file (readout JSONL) or PETRARCH dictionaries change coding without code changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../bin/readout.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'readout-lexicon-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'date 2024-05-01 The Northern Shield Front attacked a police post in Mali on Tuesday.\n');
const code = (...args: string[]) => spawnSync(process.execPath, [bin, 'code', article, ...args], { encoding: 'utf8' });

test('without the user lexicon an unknown group is not an actor', () => {
  const r = code();
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stdout.includes('Northern Shield Front'));
});

test('a readout JSONL actor file adds the group', () => {
  const lex = join(dir, 'groups.jsonl');
  writeFileSync(lex, '{"kind": "org", "name": "Northern Shield Front", "country": "MLI", "sector": "REB", "aliases": ["NSF"]}\n');
  const r = code('--lexicon', lex);
  assert.equal(r.status, 0, r.stderr);
  const e = JSON.parse(r.stdout.split('\n')[0]!) as { event: string; actor: { name: string; country: string; sector: string }[] };
  assert.equal(e.event, 'ASSAULT');
  assert.deepEqual(e.actor.map((a) => [a.name, a.country, a.sector]), [['Northern Shield Front', 'MLI', 'REB']]);
});

test('a PETRARCH actor dictionary is imported too', () => {
  const lex = join(dir, 'actors.txt');
  writeFileSync(lex, 'NORTHERN_SHIELD_FRONT [MLIREB]\n');
  const r = code('--lexicon', lex);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /"country":"MLI","sector":"REB"/);
});

test('a broken user lexicon line is reported with file and line, exit 2', () => {
  const lex = join(dir, 'bad.jsonl');
  writeFileSync(lex, '{"kind": "org", "name": "A", "country": "MLI"}\n{"kind": "org", "name": "B", "country": "mali"}\n');
  const r = code('--lexicon', lex);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /bad\.jsonl:2: field "country"/);
});
