// The accuracy ratchet: every figure `npm run eval` publishes must stay at or above the floor recorded in
// test/eval/floors.json (regenerate with `node dist/scripts/eval-all.js --write-floors test/eval/floors.json`
// after an improvement). Peers' data is read from ../shared; without it only readout's own gold is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkFloors, coderErrors, metricsOf, parseFloors } from '../../src/eval/markdown.js';
import { runSuites } from '../../src/eval/suites.js';
import { attributorFromLexicons } from '../../src/eval/attributor.js';
import { loadLexicons } from '../../src/lexicons.js';
import { analyse, codeArticle } from '../../src/pipeline.js';
import type { Article } from '../../src/types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const shared = fileURLToPath(new URL('../shared/', new URL(root, 'file://')));
const floorsFile = `${root}test/eval/floors.json`;
const haveShared = existsSync(`${shared}anchors`);

test('accuracy stays at or above the recorded floors', () => {
  const floors = parseFloors(readFileSync(floorsFile, 'utf8'), floorsFile);
  const lex = loadLexicons();
  const outcomes = runSuites({
    shared, ownGold: `${root}test/gold/readout.gold.jsonl`, heldoutGold: `${root}test/gold/heldout.gold.jsonl`,
    blindGold: `${root}test/gold/blind.gold.jsonl`,
    blind3Gold: `${root}test/gold/blind3.gold.jsonl`,
    stories: { gold: `${root}test/stories/stories.gold.jsonl`, inputs: [`${root}test/stories/articles.jsonl`, `${root}examples`] },
    coder: (a: Article) => codeArticle(a, lex),
    analyse: (a: Article) => analyse(a, lex),
    parse: { models: lex.parse!, split: lex.segment },
    coderWith: (files) => { const x = { ...loadLexicons({ user: files, parse: false }), parse: lex.parse! }; return (a: Article) => codeArticle(a, x); },
    attributor: attributorFromLexicons(lex),
    ...(haveShared ? {} : { only: ['gold-readout', 'gold-heldout', 'gold-blind', 'gold-blind3', 'stories'] }),
  });
  const metrics = metricsOf(outcomes);
  // a crash on one peer sentence is caught by its suite and only lowers a figure: it must fail here instead
  assert.deepEqual(coderErrors(outcomes), [], 'the coder threw on some inputs');
  const { below, unmeasured } = checkFloors(metrics, floors);
  assert.deepEqual(below, [], `figures below their floor:\n${below.join('\n')}`);
  if (haveShared) assert.deepEqual(unmeasured, [], `floors with no measurement: ${unmeasured.join(', ')}`);
  else assert.ok(metrics['gold-readout.f1'] !== undefined, "readout's own gold must always be measured");
});

test("readout's own gold is part of the ratchet", () => {
  const floors = parseFloors(readFileSync(floorsFile, 'utf8'), floorsFile);
  for (const k of ['gold-readout.recall', 'gold-readout.precision', 'gold-readout.f1', 'gold-seed.f1']) assert.ok(k in floors, `${k} has no floor`);
});

test('story clustering and event merging (issue #12) are part of the ratchet', () => {
  const floors = parseFloors(readFileSync(floorsFile, 'utf8'), floorsFile);
  for (const k of ['stories.bcubed.f1', 'stories.events.f1', 'stories.mentions.aligned']) assert.ok(k in floors, `${k} has no floor`);
});
