// PETRARCH2's unit-test records (PETR.UnitTest.records.xml): constructed sentences about fictional actors
// (Arnor, Gondor, …), so only the CAMEO root code is compared; the dyad is meaningless without their dictionaries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder, MetricRow, SuiteOutcome } from '../types.js';
import { findFile } from './files.js';
import { parsePetrarchRecords } from './petrarch-xml.js';
import { scoreCameoRecords, type CameoScore } from './petrarch-gsr.js';

export const UNIT_FILE = 'PETR.UnitTest.records.xml';

export function petrarchUnitRows(s: CameoScore, suite = 'petrarch-unit'): MetricRow[] {
  const published = [{ who: 'PETRARCH2', value: 100, note: 'its own unit tests; the release must code every record correctly' }];
  return [
    { suite, metric: `${suite}.root.precision`, label: 'CAMEO root precision', value: s.root.precision, n: s.predictions, published: [] },
    { suite, metric: `${suite}.root.recall`, label: 'CAMEO root recall', value: s.root.recall, n: s.goldCodings, published },
    { suite, metric: `${suite}.root.f1`, label: 'CAMEO root F1', value: s.root.f1, n: s.goldCodings, published: [] },
  ];
}

export function runPetrarchUnit(anchors: string, coder: Coder): SuiteOutcome {
  const title = 'PETRARCH2 unit-test records (fictional actors, CAMEO root)';
  const file = findFile(join(anchors, 'petrarch2'), UNIT_FILE);
  if (!file) return { suite: 'petrarch-unit', title, skipped: `${UNIT_FILE} not found under ${anchors}/petrarch2` };
  const records = parsePetrarchRecords(readFileSync(file, 'utf8'));
  const report = scoreCameoRecords(records, coder, file);
  const disabled = records.filter((r) => r.disabled || r.expectsError).length;
  return {
    suite: 'petrarch-unit',
    title,
    report,
    rows: petrarchUnitRows(report),
    notes: [
      `${report.sentences} records scored (${disabled} skipped: sentence="false" features PETRARCH never implemented, or expected program errors), ` +
        `${report.goldCodings} gold codings, ${report.predictions} predicted events.`,
      'The records test PETRARCH dictionary mechanics with invented names. Their actor and agent dictionaries are imported (as --lexicon would); their verb patterns are PETRARCH verb-dictionary entries that readout does not import, so recall measures little about news text.',
    ],
  };
}
