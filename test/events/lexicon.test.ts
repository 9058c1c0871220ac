import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinEventFiles, indexTriggers, loadTriggers, type TriggerEntry } from '../../src/events/lexicon.js';
import { loadCameo } from '../../src/codes/cameo.js';
import { PLOVER_MODES } from '../../src/codes/plover.js';
import { PLOVER_CATEGORIES } from '../../src/types.js';

const cameo = loadCameo();
const triggers = loadTriggers(builtinEventFiles(), cameo);

function tmpFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-triggers-'));
  const p = join(dir, 'triggers.jsonl');
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

const find = (pos: 'verb' | 'noun', lemma: string, object?: string): TriggerEntry[] =>
  triggers.filter((t) => t.pos === pos && t.words.join(' ') === lemma && (object === undefined || t.object.includes(object)));

test('the built-in trigger file loads and is large', () => {
  assert.ok(triggers.length >= 600, `${triggers.length} triggers`);
  assert.ok(triggers.some((t) => t.pos === 'noun') && triggers.some((t) => t.pos === 'verb'));
});

test('every category has at least 15 triggers and every manual mode at least one', () => {
  for (const cat of PLOVER_CATEGORIES) {
    const mine = triggers.filter((t) => t.event === cat);
    assert.ok(mine.length >= 15, `${cat}: ${mine.length}`);
    for (const mode of PLOVER_MODES[cat]) assert.ok(mine.some((t) => t.mode === mode), `${cat} ${mode}`);
  }
});

test('every trigger has a CAMEO code of its category and a valid mode', () => {
  for (const t of triggers) {
    assert.ok(cameo.has(t.cameo), `${t.origin}: ${t.cameo}`);
    assert.ok(cameo.allows(t.cameo, t.event), `${t.origin}: ${t.cameo} for ${t.event}`);
    if (t.mode !== null) assert.ok(PLOVER_MODES[t.event].includes(t.mode), t.origin);
    assert.equal(t.words.join(' '), t.verb ?? t.noun);
  }
});

test('project conventions: signing is SUPPORT, pledges AGREE, meetings CONSULT, accusations ACCUSE, denials REJECT', () => {
  assert.equal(find('verb', 'sign', 'agreement')[0]?.event, 'SUPPORT');
  assert.equal(find('verb', 'sign', 'mou')[0]?.cameo, '057');
  assert.equal(find('verb', 'praise')[0]?.event, 'SUPPORT');
  assert.equal(find('verb', 'pledge')[0]?.event, 'AGREE');
  assert.equal(find('verb', 'vow')[0]?.event, 'AGREE');
  assert.equal(find('verb', 'express', 'willingness')[0]?.event, 'AGREE');
  assert.equal(find('verb', 'express', 'readiness')[0]?.event, 'AGREE');
  assert.equal(find('verb', 'meet')[0]?.event, 'CONSULT');
  assert.equal(find('noun', 'meeting')[0]?.event, 'CONSULT');
  assert.equal(find('verb', 'visit')[0]?.mode, 'visit');
  assert.equal(find('noun', 'video call')[0]?.mode, 'phone');
  assert.equal(find('verb', 'hold', 'talks')[0]?.event, 'CONSULT');
  const accuse = find('verb', 'accuse')[0]!;
  assert.deepEqual([accuse.event, accuse.content], ['ACCUSE', 'alleged']);
  const deny = find('verb', 'deny').find((t) => t.object.length === 0)!;
  assert.deepEqual([deny.event, deny.content], ['REJECT', 'denied']);
  assert.equal(find('verb', 'impose', 'sanction')[0]?.event, 'SANCTION');
  assert.equal(find('noun', 'airstrike')[0]?.mode, 'aerial');
  assert.equal(find('verb', 'arrest')[0]?.cameo, '173');
  assert.equal(find('verb', 'host').find((t) => t.object.length === 0)?.reverse, true);
  assert.equal(find('verb', 'postpone', 'visit')[0]?.negative, true);
});

test('words that are attribution cues or too general are not triggers', () => {
  for (const w of ['say', 'state', 'report', 'hold', 'tell', 'announce', 'make', 'give', 'cooperation']) {
    const bare = triggers.filter((t) => t.words.join(' ') === w && t.object.length === 0);
    assert.deepEqual(bare.map((t) => t.origin), [], `"${w}" without an object`);
  }
});

test('the COERCE cyber mode brings the cyber context', () => {
  const hack = find('verb', 'hack')[0]!;
  assert.ok(hack.contexts.includes('cyber'));
});

test('indexTriggers groups by first word', () => {
  const index = indexTriggers(triggers);
  assert.ok(index.get('call')!.some((t) => t.words.join(' ') === 'call for'));
  assert.ok(index.get('crack')!.some((t) => t.words.join(' ') === 'crack down on'));
});

test('bad trigger lines stop loading with file:line and the field', () => {
  const cases: [string, RegExp][] = [
    ['{"event":"AGRE","cameo":"030","verb":"promise"}', /:2: event "AGRE" is not one of the 16 PLOVER categories/],
    ['{"event":"CONSULT","mode":"arrest","cameo":"040","verb":"meet"}', /:2: mode "arrest" is not a mode of CONSULT/],
    ['{"event":"AGREE","mode":"visit","cameo":"030","verb":"promise"}', /:2: mode "visit" given but AGREE has no modes/],
    ['{"event":"CONSULT","cameo":"999","verb":"meet"}', /:2: cameo "999" is not in the CAMEO table/],
    ['{"event":"CONSULT","cameo":"057","verb":"meet"}', /:2: cameo "057" \(Sign formal agreement\) stands for SUPPORT, not CONSULT/],
    ['{"event":"CONSULT","cameo":"040","verb":"meet","noun":"meeting"}', /:2: noun exactly one of "verb" and "noun"/],
    ['{"event":"CONSULT","cameo":"040"}', /:2: verb exactly one of/],
    ['{"event":"CONSULT","cameo":"040","verb":"Meet"}', /:2: verb must be lower case/],
    ['{"event":"CONSULT","cameo":"040","verb":"meet","recipient":["beside"]}', /:2: recipient\[0\] "beside" is not "object"/],
    ['{"event":"CONSULT","cameo":"040","verb":"meet","contexts":["drugs"]}', /:2: contexts\[0\] "drugs" is not a PLOVER context/],
    ['{"event":"ACCUSE","cameo":"112","verb":"accuse","content":"asserted"}', /:2: content must be "alleged" or "denied"/],
    ['{"event":"CONSULT","cameo":"040","verb":"meet","negative":"yes"}', /:2: negative must be true or false/],
    ['{"event":"CONSULT","cameo":"040","verb":"meet","colour":1}', /:2: colour is not a known field/],
    ['{"event":"CONSULT","cameo":"040","verb":"promise"}', /:2: verb "promise" is already listed at .*:1/],
    ['{"event":"CONSULT", cameo:"040"}', /:2: json is not valid JSON/],
    ['["CONSULT"]', /:2: json must be one JSON object per line/],
  ];
  for (const [line, re] of cases) {
    const f = tmpFile(['{"event":"AGREE","cameo":"030","verb":"promise"}', line]);
    assert.throws(() => loadTriggers([f], cameo), (e: Error) => e.message.startsWith(`${f}:2: `) && re.test(e.message), line);
  }
});

test('a later file replaces a built-in trigger with the same words and object', () => {
  const f = tmpFile(['{"event":"CONSULT","cameo":"040","verb":"meet","recipient":["with"]}']);
  const merged = loadTriggers([...builtinEventFiles(), f], cameo);
  const meet = merged.filter((t) => t.pos === 'verb' && t.words.join(' ') === 'meet' && t.object.length === 0);
  assert.equal(meet.length, 1);
  assert.deepEqual(meet[0]!.recipient, ['with']);
  assert.equal(merged.length, triggers.length);
});

test('a missing file is reported by name', () => {
  assert.throws(() => loadTriggers(['/nonexistent/triggers.jsonl'], cameo), /\/nonexistent\/triggers\.jsonl: file cannot be read/);
});
