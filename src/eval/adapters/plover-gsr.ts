// PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt: a JSON array of sentences from the CAMEO manual, coded
// with PLOVER v0.5). Measures category accuracy and macro-F1, actor/recipient country accuracy and mode accuracy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorRef, PloverCategory, ReadoutEvent } from '../../types.js';
import { PLOVER_CATEGORIES } from '../../types.js';
import { pct, prf, round1, type Coder, type MetricRow, type SuiteOutcome, rowsOf } from '../types.js';
import { findFile } from './files.js';

export interface PloverGsrRecord {
  id: string;
  event: PloverCategory;
  /** label as written in the file (v0.5) */
  originalEvent: string;
  text: string;
  sourceCodes: string[];
  targetCodes: string[];
  mode: string | null;
  date: string | null;
}

/** PLOVER v0.5 labels that were renamed or merged in the current 16 categories. */
export const OLD_LABELS: Record<string, PloverCategory> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export function mapPloverLabel(label: string): PloverCategory | null {
  const up = label.trim().toUpperCase();
  if (OLD_LABELS[up]) return OLD_LABELS[up]!;
  return (PLOVER_CATEGORIES as readonly string[]).includes(up) ? (up as PloverCategory) : null;
}

function codes(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((a) => (a && typeof a === 'object' && typeof (a as { code?: unknown }).code === 'string' ? (a as { code: string }).code.trim() : ''))
    .filter((c) => c !== '');
}

/** Gold codes that are misspellings of an ISO code (CAMEO writes JPN for Japan). */
const GOLD_ALIASES: Record<string, string> = { JAP: 'JPN' };

/**
 * The codes a list of predicted parties answers to: their countries, and the sector codes the GSR uses for parties
 * with no country: IGO for an intergovernmental body (readout writes the UN system and the EU as UNO / EUR with
 * sector IGO, NATO as IGO), NGO for a non-governmental one; as the PETRARCH adapters count IGOUNO as UNO or IGO.
 */
export function partyCodes(refs: ActorRef[]): string[] {
  const out = new Set<string>();
  for (const r of refs) {
    if (r.country) out.add(r.country);
    if (r.sector === 'IGO' || r.country === 'UNO' || r.country === 'EUR') out.add('IGO');
    if (r.sector === 'NGO') out.add('NGO');
  }
  return [...out];
}

/** Parse the GSR file; records without a text or with a non-event label (DOCUMENT) are left out. */
export function parsePloverGsr(content: string): PloverGsrRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new Error(`PLOVER GSR: not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error('PLOVER GSR: expected a JSON array of records');
  const out: PloverGsrRecord[] = [];
  data.forEach((r: unknown, i) => {
    if (!r || typeof r !== 'object') return;
    const o = r as Record<string, unknown>;
    const label = typeof o['event'] === 'string' ? o['event'] : '';
    const event = mapPloverLabel(label);
    const text = typeof o['text'] === 'string' ? o['text'] : '';
    if (!event || text.trim() === '') return;
    out.push({
      id: typeof o['id'] === 'string' ? o['id'] : `record-${i}`,
      event,
      originalEvent: label,
      text,
      sourceCodes: codes(o['source']).map((c) => GOLD_ALIASES[c] ?? c),
      targetCodes: codes(o['target']).map((c) => GOLD_ALIASES[c] ?? c),
      mode: typeof o['mode'] === 'string' && o['mode'].trim() !== '' ? o['mode'].trim() : null,
      date: typeof o['date'] === 'string' ? o['date'] : null,
    });
  });
  return out;
}

export interface PloverGsrReport {
  records: number;
  /** records where the coder produced no event */
  noEvent: number;
  categoryAccuracy: number;
  macroF1: number;
  perCategory: { category: PloverCategory; gold: number; predicted: number; correct: number; f1: number }[];
  actorAccuracy: number;
  actorN: number;
  recipientAccuracy: number;
  recipientN: number;
  modeAccuracy: number;
  modeN: number;
  errors: { id: string; message: string }[];
}

function top(events: ReadoutEvent[]): ReadoutEvent | null {
  let best: ReadoutEvent | null = null;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

/**
 * Category = the highest-confidence event's category ('none' when no event).
 * Actor, recipient and mode are read from the highest-confidence event of the gold category when there is one,
 * else from the highest-confidence event: every gold source code must be among its actor countries (for
 * reciprocal records, with no target, among actor ∪ recipient), every gold target code among its recipients.
 */
export function scorePloverGsr(records: PloverGsrRecord[], coder: Coder): PloverGsrReport {
  const errors: PloverGsrReport['errors'] = [];
  const pairs: { gold: PloverCategory; pred: PloverCategory | 'none' }[] = [];
  let actorOk = 0;
  let actorN = 0;
  let recOk = 0;
  let recN = 0;
  let modeOk = 0;
  let modeN = 0;
  let noEvent = 0;
  for (const r of records) {
    let events: ReadoutEvent[] = [];
    try {
      events = coder({ id: r.id, text: r.text, published: r.date, outlet: null, url: null, title: null, language: 'en', origin: r.id });
    } catch (e) {
      errors.push({ id: r.id, message: (e as Error).message });
    }
    const t = top(events);
    if (!t) noEvent++;
    pairs.push({ gold: r.event, pred: t ? t.event : 'none' });
    const best = top(events.filter((e) => e.event === r.event)) ?? t;
    const actors = best ? partyCodes(best.actor) : [];
    const recips = best ? partyCodes(best.recipient) : [];
    if (r.sourceCodes.length > 0) {
      actorN++;
      const pool = r.targetCodes.length === 0 && r.sourceCodes.length > 1 ? [...actors, ...recips] : actors;
      if (best && r.sourceCodes.every((c) => pool.includes(c))) actorOk++;
    }
    if (r.targetCodes.length > 0) {
      recN++;
      if (best && r.targetCodes.every((c) => recips.includes(c))) recOk++;
    }
    if (r.mode) {
      modeN++;
      if (best && best.mode === r.mode) modeOk++;
    }
  }
  const cats = PLOVER_CATEGORIES.filter((c) => pairs.some((p) => p.gold === c));
  const perCategory = cats.map((c) => {
    const gold = pairs.filter((p) => p.gold === c).length;
    const predicted = pairs.filter((p) => p.pred === c).length;
    const correct = pairs.filter((p) => p.gold === c && p.pred === c).length;
    return { category: c, gold, predicted, correct, f1: prf(correct, predicted, correct, gold).f1 };
  });
  const macro = perCategory.length === 0 ? 0 : perCategory.reduce((s, c) => s + c.f1, 0) / perCategory.length;
  return {
    records: records.length,
    noEvent,
    categoryAccuracy: pct(pairs.filter((p) => p.gold === p.pred).length, pairs.length),
    macroF1: round1(macro),
    perCategory,
    actorAccuracy: pct(actorOk, actorN),
    actorN,
    recipientAccuracy: pct(recOk, recN),
    recipientN: recN,
    modeAccuracy: pct(modeOk, modeN),
    modeN,
    errors,
  };
}

export function ploverGsrRows(r: PloverGsrReport, suite = 'plover-gsr'): MetricRow[] {
  const row = rowsOf(suite);
  return [
    row('category.accuracy', 'category accuracy', r.categoryAccuracy, r.records),
    row('category.macroF1', 'category macro-F1', r.macroF1, r.records),
    row('actor.accuracy', 'actor country accuracy', r.actorAccuracy, r.actorN),
    row('recipient.accuracy', 'recipient country accuracy', r.recipientAccuracy, r.recipientN),
    row('mode.accuracy', 'mode accuracy', r.modeAccuracy, r.modeN),
  ];
}

export const PLOVER_GSR_FILE = 'PLOVER_GSR_CAMEO.txt';

export function runPloverGsr(anchors: string, coder: Coder): SuiteOutcome {
  const title = 'PLOVER gold-standard records (CAMEO-manual sentences, PLOVER v0.5)';
  const file = findFile(join(anchors, 'PLOVER'), PLOVER_GSR_FILE);
  if (!file) return { suite: 'plover-gsr', title, skipped: `${PLOVER_GSR_FILE} not found under ${anchors}/PLOVER` };
  const records = parsePloverGsr(readFileSync(file, 'utf8'));
  const report = scorePloverGsr(records, coder);
  return {
    suite: 'plover-gsr',
    title,
    report,
    rows: ploverGsrRows(report),
    notes: [
      `${report.records} records (${report.noEvent} with no event from readout). v0.5 labels mapped: DEMAND ⇒ REQUEST, DISAPPROVE and INVESTIGATE ⇒ ACCUSE, FIGHT ⇒ ASSAULT.`,
      'Category = the highest-confidence event. Actor/recipient/mode are read from the best event of the gold category (else the top event). ' +
        'Gold codes are compared as written, except JAP read as JPN; a gold IGO is matched by a party of sector IGO or the UN system / EU (UNO, EUR), a gold NGO by a party of sector NGO. ' +
        'Modes are v0.5 names and may differ from current PLOVER modes.',
      'No peer has published figures on this file.',
    ],
  };
}
