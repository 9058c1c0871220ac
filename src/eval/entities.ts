// The recogniser measured on named-entity corpora: exact span and type, PER / ORG / LOC, per type and micro.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseModels } from '../parse/index.js';
import { tokenIds } from '../parse/token-features.js';
import { evaluateRecogniser, readRe3d, readUner, readWikigold, re3dFiles, type NerSentence } from '../train/ner.js';
import type { MetricRow, SuiteOutcome } from './types.js';
import { round1 } from './types.js';

export interface EntitySuite {
  suite: string;
  title: string;
  /** the files the suite reads (skipped when the first is absent) */
  paths: string[];
  read: () => NerSentence[];
  notes: string[];
}

export function entitySuites(corpora: string): EntitySuite[] {
  const uner = join(corpora, 'uner-english-ewt', 'en_ewt-ud-test.iob2');
  const wikigold = join(corpora, 'wikigold', 'wikigold.conll.txt');
  const re3d = join(corpora, 're3d');
  return [
    { suite: 'ner-uner', title: 'Entities: UNER English-EWT test', paths: [uner], read: () => readUner(uner), notes: ['Trained on UNER English-EWT train.'] },
    {
      suite: 'ner-re3d', title: 'Entities: re3d, held-out half', paths: [re3d],
      read: () => readRe3d(re3dFiles(re3d).heldOut),
      notes: ['The held-out half: the 45 documents at odd positions (1, 3, 5, …) when the .conll files are sorted by their path under re3d/ (the BBC part is not in ../shared). Not trained on. Person, Organisation, Location ⇒ PER, ORG, LOC; every other re3d type (Nationality, Weapon, …) counts as O.'],
    },
    { suite: 'ner-wikigold', title: 'Entities: wikigold (all 145 documents)', paths: [wikigold], read: () => readWikigold(wikigold), notes: ['Not trained on. Its MISC type is not one of ours and counts as O.'] },
  ];
}

export function runEntitySuite(s: EntitySuite, models: ParseModels | null): SuiteOutcome {
  if (!s.paths.every((p) => existsSync(p))) return { suite: s.suite, title: s.title, skipped: `${s.paths.join(', ')} not found` };
  if (!models) return { suite: s.suite, title: s.title, skipped: 'no parse models (run npm run train)' };
  const sents = s.read().map((x) => ({ ...x, pos: models.tagger.tag(tokenIds(x.forms, models.clusters)) }));
  const e = evaluateRecogniser(models.recogniser, sents, models.clusters);
  const row = (key: string, label: string, value: number, n: number): MetricRow =>
    ({ suite: s.suite, metric: `${s.suite}.${key}`, label, value: round1(100 * value), n, published: [] });
  const rows: MetricRow[] = [
    row('f1', 'F1, exact span and type (PER/ORG/LOC, micro)', e.micro.f1, e.micro.gold),
    row('precision', 'precision', e.micro.precision, e.micro.pred),
    row('recall', 'recall', e.micro.recall, e.micro.gold),
  ];
  const pc = (x: number): string => (100 * x).toFixed(1);
  return {
    suite: s.suite,
    title: s.title,
    report: e.micro,
    rows,
    tables: [{
      title: 'per type',
      header: ['type', 'gold', 'predicted', 'right', 'P %', 'R %', 'F1'],
      rows: Object.entries(e.byType).map(([t, x]) => [t, String(x.gold), String(x.pred), String(x.correct), pc(x.precision), pc(x.recall), pc(x.f1)]),
    }],
    notes: [...s.notes, `${sents.length} sentences, ${e.tokens} tokens; gold tokens, tags from readout's tagger.`],
  };
}
