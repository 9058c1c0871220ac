// docs/accuracy.md from suite outcomes, plus the floors ratchet (metric ⇒ minimum) used by CI.
import type { EvalReport } from './score.js';
import { isSkipped, type MetricRow, type SuiteOutcome, type SuiteResult, rowsOf } from './types.js';

/** A gold-file evaluation as a suite (rows: recall, precision, F1; table: per category). */
export function goldSuite(suite: string, title: string, r: EvalReport): SuiteResult<EvalReport> {
  const row = rowsOf(suite);
  return {
    suite,
    title,
    report: r,
    rows: [
      row('recall', 'recall (required gold events)', r.recall, r.requiredGold),
      row('precision', 'precision', r.precision, r.predictions),
      row('f1', 'F1', r.f1, r.requiredGold),
    ],
    tables: [
      {
        title: 'per category',
        header: ['category', 'gold', 'found', 'predicted', 'right', 'P %', 'R %', 'F1'],
        rows: r.categories.map((c) => [c.category, c.goldRequired, c.matched, c.predicted, c.correct, c.precision, c.recall, c.f1].map(String)),
      },
      ...(r.confusion.length > 0
        ? [
            {
              title: 'missed required gold events ⇒ category predicted for the same parties',
              header: ['gold', 'predicted', 'count'],
              rows: r.confusion.map((c) => [c.gold, c.predicted, String(c.count)]),
            },
          ]
        : []),
    ],
    notes: [`${r.articles} article(s), ${r.requiredGold} required gold events (${r.goldEvents} in all), ${r.predictions} predictions (${r.predictedEvents} events).`],
  };
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function metricRowsTable(rows: MetricRow[]): string[] {
  return table(
    ['metric', 'readout', 'n', 'published by peers', 'key'],
    rows.map((r) => [
      r.label,
      String(r.value),
      String(r.n),
      r.published.map((p) => `${p.who} ${p.value}${p.note ? ` (${p.note})` : ''}`).join('; ') || '—',
      `\`${r.metric}\``,
    ]),
  );
}

export interface AccuracyMeta {
  date: string;
  commit: string;
  coderVersion: string;
}

/** The whole docs/accuracy.md. */
export function renderAccuracy(outcomes: SuiteOutcome[], meta: AccuracyMeta): string {
  const out: string[] = [];
  out.push('# readout accuracy');
  out.push('');
  out.push(
    `Measured ${meta.date} at commit \`${meta.commit}\` (coder ${meta.coderVersion}) by \`npm run eval\` (scripts/eval-all.ts). ` +
      'This file is rewritten by that script; edit the script, not the file.',
  );
  out.push('');
  out.push('Rates are percentages. Peers\' data is read in place from `../shared/anchors` and never copied here. ' +
    'Gold scoring follows contract section 3. Keys are the names used by `--floors` files.');
  out.push('');
  out.push('## Summary');
  out.push('');
  const measured = outcomes.filter((o): o is SuiteResult<unknown> => !isSkipped(o));
  out.push(...metricRowsTable(measured.flatMap((o) => o.rows)));
  const skipped = outcomes.filter(isSkipped);
  if (skipped.length > 0) {
    out.push('');
    out.push('Skipped (data absent):');
    for (const s of skipped) out.push(`- ${s.title}: ${s.skipped}`);
  }
  for (const o of measured) {
    out.push('');
    out.push(`## ${o.title}`);
    out.push('');
    out.push(...metricRowsTable(o.rows));
    for (const t of o.tables ?? []) {
      if (t.rows.length === 0) continue;
      out.push('');
      out.push(`${t.title}:`);
      out.push('');
      out.push(...table(t.header, t.rows));
    }
    if (o.notes.length > 0) {
      out.push('');
      for (const n of o.notes) out.push(`- ${n}`);
    }
  }
  out.push('');
  return out.join('\n');
}

/** metric key ⇒ value for every measured row. */
export function metricsOf(outcomes: SuiteOutcome[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const o of outcomes) if (!isSkipped(o)) for (const r of o.rows) m[r.metric] = r.value;
  return m;
}

/** Parse a floors file: a JSON object of metric key ⇒ minimum number. Throws with a clear message. */
export function parseFloors(json: string, file: string): Record<string, number> {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${file}: expected an object of metric ⇒ minimum`);
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`${file}: ${k}: minimum must be a number`);
    out[k] = x;
  }
  return out;
}

export interface FloorCheck {
  /** "metric: value < floor" for every measured figure below its floor */
  below: string[];
  /** floors whose metric was not measured (suite skipped or renamed) */
  unmeasured: string[];
}

export function checkFloors(metrics: Record<string, number>, floors: Record<string, number>): FloorCheck {
  const below: string[] = [];
  const unmeasured: string[] = [];
  for (const [k, min] of Object.entries(floors)) {
    const v = metrics[k];
    if (v === undefined) unmeasured.push(k);
    else if (v < min) below.push(`${k}: ${v} < ${min}`);
  }
  return { below, unmeasured };
}

/** The coder's crashes that suites caught and counted against it: they must never pass unnoticed. */
export function coderErrors(outcomes: readonly SuiteOutcome[]): string[] {
  const out: string[] = [];
  for (const o of outcomes) {
    if (isSkipped(o)) continue;
    // every adapter's report lists the inputs the coder threw on as `errors`
    const errors = (o.report as { errors?: unknown[] } | null)?.errors ?? [];
    for (const e of errors) out.push(`${o.suite}: ${JSON.stringify(e)}`);
  }
  return out;
}
