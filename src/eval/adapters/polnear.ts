// PolNeAR attribution corpus (brat standoff: Source / Cue / Content spans joined by Attribution events).
// Scores an attributor's source and cue spans, exact and overlapping, against the test split.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../types.js';
import { prf, type Attributor, type AttributionSpan, type MetricRow, type PRF, type Span, type SuiteOutcome } from '../types.js';

export interface BratRelation {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
}

/** Map Unicode code-point offsets (brat, Python) to UTF-16 offsets (JavaScript strings). */
export function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/**
 * Parse a brat .ann file: text-bound annotations `T1<TAB>Source 0 15<TAB>…` (discontinuous spans
 * `0 5;9 15` are taken from their first start to their last end) and events
 * `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`. Returns one relation per event.
 */
export function parseBratAttributions(ann: string, text: string): BratRelation[] {
  const toU16 = codePointMapper(text);
  const spans = new Map<string, { type: string; span: Span }>();
  const events: string[][] = [];
  for (const raw of ann.split(/\r?\n/)) {
    const cols = raw.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const m = /^(\S+)\s+(.+)$/.exec(cols[1]);
      if (!m) continue;
      const nums = m[2]!.split(/[;\s]+/).map(Number);
      if (nums.length < 2 || nums.some((n) => !Number.isInteger(n))) continue;
      spans.set(id, { type: m[1]!, span: { start: toU16(Math.min(...nums)), end: toU16(Math.max(...nums)) } });
    } else if (id.startsWith('E') && cols[1]) {
      events.push(cols[1].trim().split(/\s+/));
    }
  }
  const out: BratRelation[] = [];
  for (const args of events) {
    const rel: BratRelation = { source: null, cue: null, content: null };
    for (const a of args) {
      const [role, ref] = a.split(':');
      const s = ref ? spans.get(ref)?.span ?? null : null;
      if (role === 'Source') rel.source = s;
      else if (role === 'Cue') rel.cue = s;
      else if (role === 'Content') rel.content = s;
    }
    out.push(rel);
  }
  return out;
}

function distinct(spans: (Span | null)[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of spans) {
    if (!s) continue;
    const k = `${s.start}:${s.end}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** One-to-one matches between predicted and gold spans: exact offsets, or any overlap (greedy, in text order). */
export function matchSpans(pred: Span[], gold: Span[], mode: 'exact' | 'overlap'): number {
  const used = new Set<number>();
  let tp = 0;
  const ps = [...pred].sort((a, b) => a.start - b.start);
  for (const p of ps) {
    const j = gold.findIndex((g, i) =>
      !used.has(i) && (mode === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end),
    );
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return tp;
}

interface Counts {
  pred: number;
  gold: number;
  exactMatches: number;
  overlapMatches: number;
}

export interface PolnearReport {
  documents: number;
  relations: number;
  cue: { exact: PRF; overlap: PRF } & Counts;
  source: { exact: PRF; overlap: PRF } & Counts;
  errors: { file: string; message: string }[];
}

function add(c: Counts, pred: Span[], gold: Span[]): void {
  c.pred += pred.length;
  c.gold += gold.length;
  c.exactMatches += matchSpans(pred, gold, 'exact');
  c.overlapMatches += matchSpans(pred, gold, 'overlap');
}

function finish(c: Counts): { exact: PRF; overlap: PRF } & Counts {
  return { ...c, exact: prf(c.exactMatches, c.pred, c.exactMatches, c.gold), overlap: prf(c.overlapMatches, c.pred, c.overlapMatches, c.gold) };
}

export interface PolnearDoc {
  article: Article;
  relations: BratRelation[];
}

/** Score distinct source spans and distinct cue spans per document. */
export function scorePolnear(docs: PolnearDoc[], attributor: Attributor): PolnearReport {
  const cue: Counts = { pred: 0, gold: 0, exactMatches: 0, overlapMatches: 0 };
  const source: Counts = { pred: 0, gold: 0, exactMatches: 0, overlapMatches: 0 };
  const errors: PolnearReport['errors'] = [];
  let relations = 0;
  for (const d of docs) {
    let found: AttributionSpan[] = [];
    try {
      found = attributor(d.article);
    } catch (e) {
      errors.push({ file: d.article.origin, message: (e as Error).message });
    }
    relations += d.relations.length;
    add(cue, distinct(found.map((f) => f.cue)), distinct(d.relations.map((r) => r.cue)));
    add(source, distinct(found.map((f) => f.source)), distinct(d.relations.map((r) => r.source)));
  }
  return { documents: docs.length, relations, cue: finish(cue), source: finish(source), errors };
}

export interface PolnearOptions {
  /** at most this many documents (default: all) */
  maxDocs?: number;
}

/**
 * Load a PolNeAR split folder (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`). Articles annotated by
 * several annotators use the first annotation file in name order.
 */
export function loadPolnearSplit(dir: string, opts: PolnearOptions = {}): PolnearDoc[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const anns = readdirSync(annDir).filter((n) => n.endsWith('.ann')).sort();
  const docs: PolnearDoc[] = [];
  for (const name of readdirSync(textDir).filter((n) => n.endsWith('.txt')).sort()) {
    if (opts.maxDocs !== undefined && docs.length >= opts.maxDocs) break;
    const base = name.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${base}_`) && /^_[0-9a-f]+\.ann$/.test(a.slice(base.length)));
    if (!ann) continue;
    const text = readFileSync(join(textDir, name), 'utf8');
    const m = /^([a-z-]+)_(\d{4}-\d{2}-\d{2})_/.exec(base);
    docs.push({
      article: {
        id: base,
        text,
        published: m?.[2] ?? null,
        outlet: m?.[1] ?? null,
        url: null,
        title: null,
        language: 'en',
        origin: join(textDir, name),
      },
      relations: parseBratAttributions(readFileSync(join(annDir, ann), 'utf8'), text),
    });
  }
  return docs;
}

export function polnearRows(r: PolnearReport, suite = 'polnear'): MetricRow[] {
  const parcCue = [{ who: 'PARC 3.0 attribution extraction', value: 82.3, note: 'cue F1, exact, on PARC 3.0 (reference figure named in the issue)' }];
  const parcSrc = [{ who: 'PARC 3.0 attribution extraction', value: 82.0, note: 'source F1, exact, on PARC 3.0 (reference figure named in the issue)' }];
  const row = (key: string, label: string, value: number, n: number, published: MetricRow['published'] = []): MetricRow => ({
    suite,
    metric: `${suite}.${key}`,
    label,
    value,
    n,
    published,
  });
  return [
    row('cue.exact.f1', 'cue F1 (exact)', r.cue.exact.f1, r.cue.gold, parcCue),
    row('cue.overlap.f1', 'cue F1 (overlap)', r.cue.overlap.f1, r.cue.gold),
    row('source.exact.f1', 'source F1 (exact)', r.source.exact.f1, r.source.gold, parcSrc),
    row('source.overlap.f1', 'source F1 (overlap)', r.source.overlap.f1, r.source.gold),
  ];
}

export function runPolnear(anchors: string, attributor: Attributor, opts: PolnearOptions = {}): SuiteOutcome {
  const title = 'PolNeAR attribution (test split)';
  const dir = join(anchors, 'PolNeAR', 'data', 'test');
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
    return { suite: 'polnear', title, skipped: `${dir}/{text,attributions} not found` };
  }
  const docs = loadPolnearSplit(dir, opts);
  const report = scorePolnear(docs, attributor);
  return {
    suite: 'polnear',
    title,
    report,
    rows: polnearRows(report),
    notes: [
      `${report.documents} documents, ${report.relations} gold attribution relations (${report.cue.gold} distinct cues, ${report.source.gold} distinct sources).`,
      'Distinct source spans and distinct cue spans per document are matched one to one: exact = same offsets, overlap = any shared character. ' +
        'PARC 3.0 figures are on a different corpus (Penn Treebank WSJ) and shown for scale only.',
    ],
  };
}
