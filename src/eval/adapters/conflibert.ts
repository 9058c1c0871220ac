// ConfliBERT's CAMEO classification benchmark (data/cameo_class/test.tsv: sentence TAB label 0–4).
// The readme does not name the labels; the sentences show the Phoenix "pentaclass" of the CAMEO root:
// 0 = make a statement / appeal (01–02), 1 = verbal cooperation (03–05), 2 = material cooperation (06–08),
// 3 = verbal conflict (09–13), 4 = material conflict (14–20). (0 is not "no event": its sentences are
// statements such as "X said Y would need to remain strong".)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadoutEvent } from '../../types.js';
import { pct, prf, round1, type Coder, type MetricRow, type SuiteOutcome } from '../types.js';
import { findFile } from './files.js';
import { cameoRoot } from './petrarch-xml.js';

export type PentaClass = 0 | 1 | 2 | 3 | 4;

export interface LabelledSentence {
  text: string;
  label: PentaClass;
  line: number;
}

/** Parse `sentence<TAB>label` lines; lines without a 0–4 label are reported in `bad`. */
export function parseConfliTsv(content: string): { items: LabelledSentence[]; bad: number[] } {
  const items: LabelledSentence[] = [];
  const bad: number[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const tab = raw.lastIndexOf('\t');
    const label = tab >= 0 ? raw.slice(tab + 1).trim() : '';
    const text = tab >= 0 ? raw.slice(0, tab).trim() : '';
    if (!/^[0-4]$/.test(label) || text === '') {
      bad.push(i + 1);
      return;
    }
    items.push({ text, label: Number(label) as PentaClass, line: i + 1 });
  });
  return { items, bad };
}

/** Pentaclass of a CAMEO code; null when the code has no valid root. */
export function pentaClass(cameo: string): PentaClass | null {
  const r = Number(cameoRoot(cameo));
  if (!Number.isInteger(r) || r < 1 || r > 20) return null;
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

/** Class predicted for a sentence: the pentaclass of the highest-confidence event; 0 when there is none. */
export function predictedClass(events: ReadoutEvent[]): PentaClass {
  let best: ReadoutEvent | null = null;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  if (!best) return 0;
  return pentaClass(best.cameo) ?? (best.quad as PentaClass);
}

export interface ConfliReport {
  sentences: number;
  accuracy: number;
  macroF1: number;
  perClass: { label: PentaClass; gold: number; predicted: number; correct: number; f1: number }[];
  /** sentences where the coder produced no event */
  noEvent: number;
  errors: { line: number; message: string }[];
}

export function scoreConfli(items: LabelledSentence[], coder: Coder): ConfliReport {
  const pairs: { gold: PentaClass; pred: PentaClass }[] = [];
  const errors: ConfliReport['errors'] = [];
  let noEvent = 0;
  for (const it of items) {
    let events: ReadoutEvent[] = [];
    try {
      events = coder({ id: `conflibert-${it.line}`, text: it.text, published: null, outlet: null, url: null, title: null, language: 'en', origin: `test.tsv:${it.line}` });
    } catch (e) {
      errors.push({ line: it.line, message: (e as Error).message });
    }
    if (events.length === 0) noEvent++;
    pairs.push({ gold: it.label, pred: predictedClass(events) });
  }
  const labels: PentaClass[] = [0, 1, 2, 3, 4];
  const perClass = labels.map((label) => {
    const gold = pairs.filter((p) => p.gold === label).length;
    const predicted = pairs.filter((p) => p.pred === label).length;
    const correct = pairs.filter((p) => p.gold === label && p.pred === label).length;
    return { label, gold, predicted, correct, f1: prf(correct, predicted, correct, gold).f1 };
  });
  const present = perClass.filter((c) => c.gold > 0);
  return {
    sentences: pairs.length,
    accuracy: pct(pairs.filter((p) => p.gold === p.pred).length, pairs.length),
    macroF1: present.length === 0 ? 0 : round1(present.reduce((s, c) => s + c.f1, 0) / present.length),
    perClass,
    noEvent,
    errors,
  };
}

export function confliRows(r: ConfliReport, suite = 'conflibert'): MetricRow[] {
  return [
    {
      suite,
      metric: `${suite}.macroF1`,
      label: 'pentaclass macro-F1',
      value: r.macroF1,
      n: r.sentences,
      published: [
        { who: 'ConfliBERT', value: 87.9 },
        { who: 'BERT', value: 86.4 },
      ],
    },
    { suite, metric: `${suite}.accuracy`, label: 'pentaclass accuracy', value: r.accuracy, n: r.sentences, published: [] },
  ];
}

export function runConfliBert(anchors: string, coder: Coder): SuiteOutcome {
  const title = 'ConfliBERT CAMEO pentaclass (test.tsv)';
  const file = findFile(join(anchors, 'ConfliBERT', 'data', 'cameo_class'), 'test.tsv', 1);
  if (!file) return { suite: 'conflibert', title, skipped: `test.tsv not found under ${anchors}/ConfliBERT/data/cameo_class` };
  const { items, bad } = parseConfliTsv(readFileSync(file, 'utf8'));
  const report = scoreConfli(items, coder);
  return {
    suite: 'conflibert',
    title,
    report,
    rows: confliRows(report),
    notes: [
      `${report.sentences} sentences${bad.length ? ` (${bad.length} unreadable lines skipped)` : ''}; ${report.noEvent} with no event from readout (predicted 0).`,
      'Labels are the CAMEO pentaclass: 0 statement/appeal (01–02), 1 verbal cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). ' +
        "Ours: the class of the highest-confidence event's CAMEO code, 0 when there is none.",
      'ConfliBERT and BERT are classifiers fine-tuned on the train split; readout is not trained on it.',
    ],
  };
}
