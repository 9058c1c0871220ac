// CASE 2021 shared task 2 test set (id TAB snippet TAB ACLED-style subtype): a coverage check, not a benchmark.
// For the types that have a PLOVER counterpart we report how often readout codes an event of an expected
// category, and for all types the distribution of readout's top category. Report, don't tune.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PloverCategory, ReadoutEvent } from '../../types.js';
import { pct, type Coder, type MetricRow, type SuiteOutcome } from '../types.js';
import { findFile } from './files.js';

/** ACLED-style subtype ⇒ PLOVER categories that code it (per the PLOVER manual's category and mode definitions). */
export const CASE_TO_PLOVER: Record<string, PloverCategory[]> = {
  PEACE_PROTEST: ['PROTEST'],
  PROTEST_WITH_INTER: ['PROTEST'],
  VIOL_DEMONSTR: ['PROTEST'],
  MOB_VIOL: ['PROTEST', 'ASSAULT'],
  ARMED_CLASH: ['ASSAULT'],
  ATTACK: ['ASSAULT'],
  AIR_STRIKE: ['ASSAULT'],
  ART_MISS_ATTACK: ['ASSAULT'],
  GRENADE: ['ASSAULT'],
  SUIC_BOMB: ['ASSAULT'],
  REM_EXPLOS: ['ASSAULT'],
  CHEM_WEAP: ['ASSAULT'],
  SEX_VIOL: ['ASSAULT'],
  ABDUCT_DISSAP: ['ASSAULT'],
  PROPERTY_DISTRUCT: ['ASSAULT'],
  FORCE_AGAINST_PROTEST: ['ASSAULT', 'COERCE'],
  ARREST: ['COERCE'],
  AGREEMENT: ['AGREE', 'SUPPORT'],
  DIPLO: ['CONSULT', 'AGREE', 'SUPPORT'],
};

export interface CaseSnippet {
  id: string;
  text: string;
  type: string;
  line: number;
}

/** Parse the TSV (header `id EventSnippet SubType`); rows without three columns are reported in `bad`. */
export function parseCaseTsv(content: string): { items: CaseSnippet[]; bad: number[] } {
  const items: CaseSnippet[] = [];
  const bad: number[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || (i === 0 && /^id\t/i.test(raw))) return;
    const cols = raw.split('\t');
    if (cols.length < 3 || !cols[1]!.trim() || !/^[A-Z_]+$/.test(cols[cols.length - 1]!.trim())) {
      bad.push(i + 1);
      return;
    }
    items.push({ id: cols[0]!.trim(), text: cols.slice(1, -1).join('\t').trim(), type: cols[cols.length - 1]!.trim(), line: i + 1 });
  });
  return { items, bad };
}

export interface CaseTypeRow {
  type: string;
  expected: PloverCategory[];
  n: number;
  /** snippets with at least one event of an expected category */
  hits: number;
  /** snippets with no event at all */
  none: number;
  /** top-event category ⇒ count ('none' when no event) */
  top: Record<string, number>;
}

export interface CaseReport {
  snippets: number;
  mappedSnippets: number;
  mappedHits: number;
  mappedHitRate: number;
  /** snippets of unmapped types (disasters, crime, …) on which readout coded some event */
  unmappedWithEvents: number;
  unmappedSnippets: number;
  types: CaseTypeRow[];
  errors: { id: string; message: string }[];
}

export function scoreCase(items: CaseSnippet[], coder: Coder): CaseReport {
  const rows = new Map<string, CaseTypeRow>();
  const errors: CaseReport['errors'] = [];
  for (const it of items) {
    let events: ReadoutEvent[] = [];
    try {
      events = coder({ id: `case2021-${it.id}`, text: it.text, published: null, outlet: null, url: null, title: null, language: 'en', origin: `case2021:${it.line}` });
    } catch (e) {
      errors.push({ id: it.id, message: (e as Error).message });
    }
    const expected = CASE_TO_PLOVER[it.type] ?? [];
    const row = rows.get(it.type) ?? { type: it.type, expected, n: 0, hits: 0, none: 0, top: {} };
    row.n++;
    if (events.length === 0) row.none++;
    if (events.some((e) => expected.includes(e.event))) row.hits++;
    let best: ReadoutEvent | null = null;
    for (const e of events) if (!best || e.confidence > best.confidence) best = e;
    const k = best ? best.event : 'none';
    row.top[k] = (row.top[k] ?? 0) + 1;
    rows.set(it.type, row);
  }
  const types = [...rows.values()].sort((a, b) => b.n - a.n || a.type.localeCompare(b.type));
  const mapped = types.filter((t) => t.expected.length > 0);
  const unmapped = types.filter((t) => t.expected.length === 0);
  const mappedSnippets = mapped.reduce((s, t) => s + t.n, 0);
  const mappedHits = mapped.reduce((s, t) => s + t.hits, 0);
  const unmappedSnippets = unmapped.reduce((s, t) => s + t.n, 0);
  return {
    snippets: items.length,
    mappedSnippets,
    mappedHits,
    mappedHitRate: pct(mappedHits, mappedSnippets),
    unmappedSnippets,
    unmappedWithEvents: unmapped.reduce((s, t) => s + (t.n - t.none), 0),
    types,
    errors,
  };
}

export function caseRows(r: CaseReport, suite = 'case2021'): MetricRow[] {
  return [
    { suite, metric: `${suite}.mapped.hitRate`, label: 'snippets of mapped types with an event of an expected category', value: r.mappedHitRate, n: r.mappedSnippets, published: [] },
    { suite, metric: `${suite}.unmapped.eventRate`, label: 'snippets of unmapped types with some event', value: pct(r.unmappedWithEvents, r.unmappedSnippets), n: r.unmappedSnippets, published: [] },
  ];
}

export const CASE_FILE = 'test_set_final_release_with_labels.tsv';

export function runCase2021(anchors: string, coder: Coder): SuiteOutcome {
  const title = 'CASE 2021 task 2 (ACLED-style types vs PLOVER categories)';
  const file = findFile(join(anchors, 'case-2021-shared-task'), CASE_FILE);
  if (!file) return { suite: 'case2021', title, skipped: `${CASE_FILE} not found under ${anchors}/case-2021-shared-task` };
  const { items, bad } = parseCaseTsv(readFileSync(file, 'utf8'));
  const report = scoreCase(items, coder);
  return {
    suite: 'case2021',
    title,
    report,
    rows: caseRows(report),
    tables: [
      {
        title: 'CASE 2021 type ⇒ readout top category',
        header: ['type', 'n', 'expected', 'hit %', 'no event', 'top categories'],
        rows: report.types.map((t) => [
          t.type,
          String(t.n),
          t.expected.join('/') || '—',
          t.expected.length ? String(pct(t.hits, t.n)) : '—',
          String(t.none),
          Object.entries(t.top)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 4)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        ]),
      },
    ],
    notes: [
      `${report.snippets} snippets${bad.length ? ` (${bad.length} unreadable rows skipped)` : ''}. Mapped: protests ⇒ PROTEST; attacks, clashes, strikes, bombings, abductions, sexual violence, property destruction ⇒ ASSAULT; ` +
        'force against protest ⇒ ASSAULT or COERCE; arrests ⇒ COERCE; agreements ⇒ AGREE or SUPPORT; DIPLO ⇒ CONSULT, AGREE or SUPPORT. Other types have no PLOVER counterpart.',
      'A coverage check only: the shared task is single-label classification, readout codes events; no peer figure is comparable.',
    ],
  };
}
