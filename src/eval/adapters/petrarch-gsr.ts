// UniversalPetrarch's real-news validation set (PETR2_GSR_validation.xml: AFP sentences with gold CAMEO codings).
// Each sentence is coded as a one-sentence article; scored on CAMEO root codes and on dyads (source/target country).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadoutEvent } from '../../types.js';
import { countriesOf } from '../match.js';
import { prf, type Coder, type MetricRow, type PRF, type SuiteOutcome } from '../types.js';
import { findFile } from './files.js';
import { cameoCountries, cameoRoot, parsePetrarchRecords, recordArticle, type CameoCoding, type PetrarchRecord } from './petrarch-xml.js';

export interface CameoScore {
  sentences: number;
  goldCodings: number;
  predictions: number;
  root: PRF & { matchedGold: number; correctPredictions: number };
  /** over gold codings with at least one known-country side */
  dyad: PRF & { goldScorable: number; matchedGold: number; correctPredictions: number };
  /** root and dyad on the same predicted event */
  event: PRF & { matchedGold: number; correctPredictions: number };
  errors: { id: string; message: string }[];
}

/** null when neither side of the gold coding has a known country (not scorable). */
function dyadHolds(e: ReadoutEvent, g: CameoCoding): boolean | null {
  const src = cameoCountries(g.sourcecode);
  const tgt = cameoCountries(g.targetcode);
  if (!src && !tgt) return null;
  const actors = countriesOf(e.actor);
  const recips = countriesOf(e.recipient);
  if ((!src || src.some((c) => actors.includes(c))) && (!tgt || tgt.some((c) => recips.includes(c)))) return true;
  // a joint act (contract 4: "Brazil and the United States signed an accord" is one event of both, with no recipient)
  // is what CAMEO codes as two directed codings, one each way: each side of the gold dyad is a different actor
  if (recips.length > 0 || actors.length < 2 || !src || !tgt) return false;
  return src.some((a) => actors.includes(a) && tgt.some((b) => b !== a && actors.includes(b)));
}

const rootOf = (e: ReadoutEvent) => cameoRoot(e.cameo);

/** Root-code, dyad and root+dyad precision/recall over PETRARCH records (disabled and error records skipped). */
export function scoreCameoRecords(records: PetrarchRecord[], coder: Coder, origin = 'petrarch'): CameoScore {
  let goldCodings = 0;
  let predictions = 0;
  let rootGold = 0;
  let rootPred = 0;
  let dyadScorable = 0;
  let dyadGold = 0;
  let dyadPred = 0;
  let evGold = 0;
  let evPred = 0;
  let sentences = 0;
  const errors: CameoScore['errors'] = [];
  for (const r of records) {
    if (r.disabled || r.expectsError || r.text === '') continue;
    sentences++;
    let events: ReadoutEvent[] = [];
    try {
      events = coder(recordArticle(r, origin));
    } catch (e) {
      errors.push({ id: r.id, message: (e as Error).message });
    }
    goldCodings += r.codings.length;
    predictions += events.length;
    for (const g of r.codings) {
      const root = cameoRoot(g.eventcode);
      if (events.some((e) => rootOf(e) === root)) rootGold++;
      const holds = events.map((e) => dyadHolds(e, g));
      if (cameoCountries(g.sourcecode) || cameoCountries(g.targetcode)) {
        dyadScorable++;
        if (holds.some((h) => h === true)) dyadGold++;
      }
      if (events.some((e, i) => rootOf(e) === root && holds[i] !== false)) evGold++;
    }
    for (const e of events) {
      if (r.codings.some((g) => cameoRoot(g.eventcode) === rootOf(e))) rootPred++;
      if (r.codings.some((g) => dyadHolds(e, g) === true)) dyadPred++;
      if (r.codings.some((g) => cameoRoot(g.eventcode) === rootOf(e) && dyadHolds(e, g) !== false)) evPred++;
    }
  }
  return {
    sentences,
    goldCodings,
    predictions,
    root: { ...prf(rootPred, predictions, rootGold, goldCodings), matchedGold: rootGold, correctPredictions: rootPred },
    dyad: { ...prf(dyadPred, predictions, dyadGold, dyadScorable), goldScorable: dyadScorable, matchedGold: dyadGold, correctPredictions: dyadPred },
    event: { ...prf(evPred, predictions, evGold, goldCodings), matchedGold: evGold, correctPredictions: evPred },
    errors,
  };
}

export const GSR_FILE = 'PETR2_GSR_validation.xml';

export function petrarchGsrRows(s: CameoScore, suite = 'petrarch-gsr'): MetricRow[] {
  const rows: MetricRow[] = [];
  const add = (key: string, label: string, v: number, n: number) => rows.push({ suite, metric: `${suite}.${key}`, label, value: v, n, published: [] });
  add('root.precision', 'CAMEO root precision', s.root.precision, s.predictions);
  add('root.recall', 'CAMEO root recall', s.root.recall, s.goldCodings);
  add('root.f1', 'CAMEO root F1', s.root.f1, s.goldCodings);
  add('dyad.precision', 'dyad precision', s.dyad.precision, s.predictions);
  add('dyad.recall', 'dyad recall', s.dyad.recall, s.dyad.goldScorable);
  add('event.f1', 'root + dyad F1', s.event.f1, s.goldCodings);
  return rows;
}

/** Run the suite from the anchors folder; skipped when the file is absent. */
export function runPetrarchGsr(anchors: string, coder: Coder): SuiteOutcome {
  const title = 'UniversalPetrarch GSR (AFP sentences, CAMEO)';
  const file = findFile(join(anchors, 'UniversalPetrarch'), GSR_FILE);
  if (!file) return { suite: 'petrarch-gsr', title, skipped: `${GSR_FILE} not found under ${anchors}/UniversalPetrarch` };
  const records = parsePetrarchRecords(readFileSync(file, 'utf8'));
  const report = scoreCameoRecords(records, coder, file);
  return {
    suite: 'petrarch-gsr',
    title,
    report,
    rows: petrarchGsrRows(report),
    notes: [
      `${report.sentences} sentences, ${report.goldCodings} gold codings, ${report.predictions} predicted events.`,
      'Root = first two digits of the CAMEO code. Dyad: the gold source country among the predicted actor countries and the target among the recipients; ' +
        'a joint act (two or more actors, no recipient) holds a dyad whose two sides are two of its actors; country = first three letters of the CAMEO actor code, IGOUNO… ⇒ UNO (or IGO), IGOEUR… ⇒ EUR (or IGO), other IGO… ⇒ IGO, `---` sides not compared.',
      'The gold codings were made from PETRARCH-2 output and then corrected by hand, so PETRARCH-2 itself scores near 100% here by construction; no independent published figure exists.',
    ],
  };
}
