// Types shared by the measuring instrument: the coder and attributor under test are plain functions,
// so every suite can be run with fakes in tests and with the real pipeline in scripts/eval-all.ts.
import type { Article, ReadoutEvent } from '../types.js';

/** The coder under test: one article in, contract events out. */
export type Coder = (a: Article) => ReadoutEvent[];

export interface Span {
  start: number;
  end: number;
}

/** One attribution relation found by an attributor (offsets into Article.text, end exclusive). */
export interface AttributionSpan {
  source: Span | null;
  cue: Span;
  content: Span | null;
}

/** The attribution finder under test (PolNeAR suite). */
export type Attributor = (a: Article) => AttributionSpan[];

/** A figure published by a peer, shown beside ours. */
export interface PublishedFigure {
  who: string;
  value: number;
  /** where the figure comes from / what it measures, when not identical to ours */
  note?: string;
}

/**
 * One measured figure. `metric` is a stable key (used by --floors files);
 * `value` is a percentage (0–100) for rates, a plain number otherwise.
 */
export interface MetricRow {
  suite: string;
  metric: string;
  label: string;
  value: number;
  /** how many items the figure is computed over */
  n: number;
  published: PublishedFigure[];
}

/** A row builder for one suite: `row(key, label, value, n)` is the figure `${suite}.${key}` with no published peers. */
export function rowsOf(suite: string): (key: string, label: string, value: number, n: number) => MetricRow {
  return (key, label, value, n) => ({ suite, metric: `${suite}.${key}`, label, value, n, published: [] });
}

/** What every suite returns: its own report object plus the rows for docs/accuracy.md. */
export interface SuiteResult<R> {
  suite: string;
  title: string;
  report: R;
  rows: MetricRow[];
  /** free-text notes shown under the suite's table (mappings, caveats) */
  notes: string[];
  /** extra tables for docs/accuracy.md (per category, per type, …) */
  tables?: ExtraTable[];
}

export interface ExtraTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** Percentage with one decimal, 0 when the denominator is 0. */
export function pct(num: number, den: number): number {
  return den === 0 ? 0 : round1((100 * num) / den);
}

export function round1(x: number): number {
  return Math.round(10 * x) / 10;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 as percentages with one decimal. F1 is computed from the unrounded rates.
 * An empty side gives 0 (not NaN).
 */
export function prf(matchedPredictions: number, predictions: number, matchedGold: number, gold: number): PRF {
  const p = predictions === 0 ? 0 : matchedPredictions / predictions;
  const r = gold === 0 ? 0 : matchedGold / gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: round1(100 * p), recall: round1(100 * r), f1: round1(100 * f) };
}

/** A suite whose data is absent: reported, not failed. */
export interface SuiteSkipped {
  suite: string;
  title: string;
  skipped: string;
}

export type SuiteOutcome = SuiteResult<unknown> | SuiteSkipped;

export function isSkipped(o: SuiteOutcome): o is SuiteSkipped {
  return 'skipped' in o;
}
