import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCameo, quadOfRoot } from '../../src/codes/cameo.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';
import { DEFAULT_CAMEO, PLOVER_MODES } from '../../src/codes/plover.js';

const table = loadCameo();

function tmpFile(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cameo-'));
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

test('the built-in table has every root 01–20 and the 3- and 4-digit codes', () => {
  for (let r = 1; r <= 20; r++) assert.ok(table.has(String(r).padStart(2, '0')), `root ${r}`);
  const codes = table.entries().map((e) => e.cameo);
  assert.ok(codes.filter((c) => c.length === 3).length === 147, 'three-digit codes');
  assert.ok(codes.filter((c) => c.length === 4).length === 144, 'four-digit codes');
  for (const c of ['0211', '0314', '0874', '1056', '1125', '1385', '1454', '1663', '1724', '1833', '2042']) assert.ok(table.has(c), c);
});

test('spot facts: names, quad classes, Goldstein values and PLOVER categories', () => {
  const e057 = table.lookup('057')!;
  assert.equal(e057.name, 'Sign formal agreement');
  assert.equal(e057.plover, 'SUPPORT');
  assert.equal(e057.quad, 1);
  assert.equal(e057.goldstein, 8.0);
  assert.deepEqual([table.lookup('042')!.plover, table.lookup('042')!.mode], ['CONSULT', 'visit']);
  assert.equal(table.lookup('112')!.plover, 'ACCUSE');
  assert.deepEqual([table.lookup('173')!.plover, table.lookup('173')!.mode], ['COERCE', 'arrest']);
  assert.equal(table.lookup('190')!.plover, 'ASSAULT');
  assert.equal(table.lookup('190')!.goldstein, -10);
  assert.equal(table.lookup('036')!.plover, 'AGREE');
  assert.equal(table.lookup('0874')!.goldstein, 10);
  assert.equal(table.lookup('163')!.quad, 4);
  assert.equal(table.lookup('1123')!.quad, 3);
  assert.equal(table.lookup('145')!.quad, 4);
  assert.equal(table.lookup('064')!.quad, 2);
  assert.equal(table.lookup('999'), undefined);
});

test('quad classes follow GDELT roots for every entry', () => {
  for (const e of table.entries()) assert.equal(e.quad, quadOfRoot(e.cameo), e.cameo);
  assert.equal(quadOfRoot('21'), null);
});

test('defaultCode gives a code of the right category for every category and mode', () => {
  for (const cat of PLOVER_CATEGORIES) {
    const general = table.defaultCode(cat);
    assert.ok(table.allows(general, cat), `${cat} → ${general}`);
    for (const mode of PLOVER_MODES[cat]) assert.ok(table.allows(table.defaultCode(cat, mode), cat), `${cat} ${mode}`);
  }
  assert.equal(table.defaultCode('CONSULT', 'visit'), '042');
  assert.equal(table.defaultCode('COERCE', 'arrest'), '173');
  assert.equal(table.defaultCode('SUPPORT'), '050');
  assert.equal(table.defaultCode('CONSULT', 'no-such-mode'), '040');
  assert.ok(Object.keys(DEFAULT_CAMEO).length === 16);
});

test('bad lines are reported with file:line and the field', () => {
  const good = '{"cameo":"01","name":"Make public statement","quad":1,"goldstein":0.0,"plover":null,"mode":null}';
  const cases: [string, RegExp][] = [
    ['{"cameo":"010","name":"x","quad":2,"goldstein":0.0,"plover":null,"mode":null}', /:3: quad must be 1/],
    ['{"cameo":"010","name":"x","quad":1,"goldstein":12,"plover":null,"mode":null}', /:3: goldstein must be a number from -10 to 10/],
    ['{"cameo":"010","name":"x","quad":1,"goldstein":0,"plover":"AGRE","mode":null}', /:3: plover "AGRE" is not a PLOVER category/],
    ['{"cameo":"010","name":"x","quad":1,"goldstein":0,"plover":"AGREE","mode":"visit"}', /:3: mode "visit" given but AGREE has no modes/],
    ['{"cameo":"10","name":"x","quad":1,"goldstein":0}', /:3: quad must be 3/],
    ['{"cameo":"01","name":"again","quad":1,"goldstein":0}', /:3: cameo "01" is listed twice/],
    ['{"cameo":"010","name":"x","quad":1,"goldstein":0,"colour":"red"}', /:3: colour is not a known field/],
    ['{"cameo":"010", "name":', /:3: json is not valid JSON/],
  ];
  for (const [line, re] of cases) {
    const f = tmpFile('cameo.jsonl', ['# header', good, line]);
    assert.throws(() => loadCameo(f), (e: Error) => re.test(e.message) && e.message.startsWith(f), line);
  }
  const orphan = tmpFile('orphan.jsonl', [good, '{"cameo":"0571","name":"x","quad":1,"goldstein":0}']);
  assert.throws(() => loadCameo(orphan), /:2: cameo "0571" has no parent code "057"/);
});

test('a table missing a code the PLOVER defaults need is rejected', () => {
  const f = tmpFile('small.jsonl', ['{"cameo":"01","name":"Make public statement","quad":1,"goldstein":0.0}']);
  assert.throws(() => loadCameo(f), /DEFAULT_CAMEO AGREE → "030"/);
});
