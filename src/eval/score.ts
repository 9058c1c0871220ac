// Scores a coder against gold articles (contract section 3) and formats the result for people.
import type { PloverCategory, ReadoutEvent } from '../types.js';
import { PLOVER_CATEGORIES } from '../types.js';
import type { GoldArticle, GoldEvent } from './gold.js';
import { matches, mismatchReasons, missingParties, toPredictions, type Prediction } from './match.js';
import { prf, type Coder, type PRF } from './types.js';

export interface CategoryRow extends PRF {
  category: PloverCategory;
  goldRequired: number;
  matched: number;
  predicted: number;
  correct: number;
}

export interface ConfusionRow {
  gold: PloverCategory;
  /** category of a prediction with the same parties in the same article, or 'none' */
  predicted: PloverCategory | 'none';
  count: number;
}

/** A prediction as shown in reports (JSON-friendly). */
export interface PredictionView {
  event: PloverCategory;
  actor: string[];
  recipient: string[];
  date: string | null;
  status: string;
  attribution: string[];
  evidence: string;
  confidence: number;
}

export interface NearMiss {
  prediction: PredictionView;
  reasons: string[];
}

export interface MissedGold {
  articleId: string;
  gold: GoldEvent;
  /** article sentences most likely to state the event (parties named by the coder, words of the note) */
  sentences: string[];
  /** the closest predictions in the article and the clauses they fail */
  nearest: NearMiss[];
}

export interface UnmatchedPrediction {
  articleId: string;
  prediction: PredictionView;
  /** the closest gold event of the article and the clauses the prediction fails for it */
  nearest: { goldId: string | null; event: PloverCategory; reasons: string[] } | null;
}

export interface EvalReport extends PRF {
  articles: number;
  goldEvents: number;
  requiredGold: number;
  matchedRequired: number;
  /** scored predictions (events merged over recipients, see match.ts) */
  predictions: number;
  /** contract events behind the scored predictions */
  predictedEvents: number;
  correctPredictions: number;
  /** events in articles without a gold line: not scored */
  unscoredEvents: number;
  categories: CategoryRow[];
  confusion: ConfusionRow[];
  missed: MissedGold[];
  unmatched: UnmatchedPrediction[];
  /** articles on which the coder threw */
  errors: { articleId: string; message: string }[];
}

/** Run the coder on every gold article and score its events. A coder that throws on an article is reported, not fatal. */
export function scoreGold(gold: GoldArticle[], coder: Coder): EvalReport {
  const events: ReadoutEvent[] = [];
  const errors: EvalReport['errors'] = [];
  for (const g of gold) {
    try {
      events.push(...coder(g.article));
    } catch (e) {
      errors.push({ articleId: g.article.id, message: (e as Error).message });
    }
  }
  const r = scoreEvents(gold, events);
  r.errors = errors;
  return r;
}

/** Score events already coded (e.g. read from a JSONL file); events of articles without gold are not scored. */
export function scoreEvents(gold: GoldArticle[], events: ReadoutEvent[]): EvalReport {
  const goldIds = new Set(gold.map((g) => g.article.id));
  const scored = events.filter((e) => goldIds.has(e.article.id));
  const preds = toPredictions(scored);
  const predsByArticle = new Map<string, Prediction[]>();
  for (const p of preds) {
    const list = predsByArticle.get(p.articleId) ?? [];
    list.push(p);
    predsByArticle.set(p.articleId, list);
  }

  const cat = new Map<PloverCategory, CategoryRow>();
  const row = (c: PloverCategory): CategoryRow => {
    let r = cat.get(c);
    if (!r) {
      r = { category: c, goldRequired: 0, matched: 0, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 };
      cat.set(c, r);
    }
    return r;
  };
  const confusion = new Map<string, ConfusionRow>();
  const missed: MissedGold[] = [];
  const unmatched: UnmatchedPrediction[] = [];
  let goldEvents = 0;
  let requiredGold = 0;
  let matchedRequired = 0;
  let correctPredictions = 0;

  for (const g of gold) {
    const ps = predsByArticle.get(g.article.id) ?? [];
    for (const ge of g.events) {
      goldEvents++;
      if (!ge.required) continue;
      requiredGold++;
      row(ge.event).goldRequired++;
      if (ps.some((p) => matches(p, ge))) {
        matchedRequired++;
        row(ge.event).matched++;
        continue;
      }
      const same = ps.filter((p) => missingParties(p.countries, ge.parties).length === 0);
      const cats = [...new Set(same.map((p) => p.event))];
      for (const c of cats.length > 0 ? cats : ['none' as const]) {
        const key = `${ge.event}\u0000${c}`;
        const cr = confusion.get(key) ?? { gold: ge.event, predicted: c, count: 0 };
        cr.count++;
        confusion.set(key, cr);
      }
      missed.push({
        articleId: g.article.id,
        gold: ge,
        sentences: locateSentences(g.article.text, ge, ps),
        nearest: nearest(ps, ge),
      });
    }
    for (const p of ps) {
      row(p.event).predicted++;
      if (g.events.some((ge) => matches(p, ge))) {
        correctPredictions++;
        row(p.event).correct++;
        continue;
      }
      const near = g.events
        .map((ge) => ({ ge, reasons: mismatchReasons(p, ge) }))
        .sort((a, b) => a.reasons.length - b.reasons.length)[0];
      unmatched.push({
        articleId: g.article.id,
        prediction: view(p),
        nearest: near ? { goldId: near.ge.id, event: near.ge.event, reasons: near.reasons } : null,
      });
    }
  }

  const categories = PLOVER_CATEGORIES.filter((c) => cat.has(c)).map((c) => {
    const r = row(c);
    return { ...r, ...prf(r.correct, r.predicted, r.matched, r.goldRequired) };
  });
  return {
    articles: gold.length,
    goldEvents,
    requiredGold,
    matchedRequired,
    predictions: preds.length,
    predictedEvents: scored.length,
    correctPredictions,
    unscoredEvents: events.length - scored.length,
    ...prf(correctPredictions, preds.length, matchedRequired, requiredGold),
    categories,
    confusion: [...confusion.values()].sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold)),
    missed,
    unmatched,
    errors: [],
  };
}

function view(p: Prediction): PredictionView {
  return {
    event: p.event,
    actor: p.actorCountries,
    recipient: p.recipientCountries,
    date: p.date,
    status: p.status,
    attribution: p.attribution.map((a) => a.name ?? a.text),
    evidence: p.evidence,
    confidence: p.confidence,
  };
}

function nearest(ps: Prediction[], ge: GoldEvent): NearMiss[] {
  return ps
    .map((p) => ({ prediction: view(p), reasons: mismatchReasons(p, ge) }))
    .sort((a, b) => a.reasons.length - b.reasons.length)
    .slice(0, 2);
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'been', 'their', 'which', 'would', 'said', 'also', 'after']);

function words(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

/** Split text into sentences with a plain punctuation rule (good enough to show context). */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’]?)\s+(?=["'“‘(]?[\p{Lu}\d])|\n{2,}/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Sentences likely to state a missed gold event: those naming its parties (names the coder itself gave to
 * actors with those countries anywhere in the article) and sharing words with the gold note.
 */
function locateSentences(text: string, ge: GoldEvent, ps: Prediction[]): string[] {
  const partyNames = ge.parties.map((codes) => {
    const names = new Set<string>();
    for (const p of ps) {
      for (const e of p.members) {
        for (const r of [...e.actor, ...e.recipient, ...e.attribution]) {
          if (r.country && codes.includes(r.country) && r.text.length >= 3) names.add(r.text.toLowerCase());
        }
      }
    }
    return [...names];
  });
  const note = words(ge.note ?? '');
  const scored = roughSentences(text).map((s) => {
    const low = s.toLowerCase();
    const parties = partyNames.filter((ns) => ns.some((n) => low.includes(n))).length;
    let overlap = 0;
    for (const w of words(s)) if (note.has(w)) overlap++;
    return { s, score: overlap + 2 * parties };
  });
  const best = scored.filter((x) => x.score >= 2).sort((a, b) => b.score - a.score);
  return best.slice(0, 2).map((x) => x.s);
}

export interface FormatOptions {
  verbose?: boolean;
}

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

function lpad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

function showPrediction(p: PredictionView): string {
  const who = `${p.actor.join('+') || '?'} → ${p.recipient.join('+') || '-'}`;
  const attr = p.attribution.length > 0 ? ` per ${p.attribution.join(' < ')}` : '';
  return `${p.event} ${who} date=${p.date ?? 'null'} ${p.status}${attr}`;
}

function showGold(g: GoldEvent): string {
  const attr = g.attribution ? ` per ${g.attribution.join('|')}` : '';
  return `${g.event} ${g.parties.map((p) => p.join('|')).join(' + ')} date=${g.date ?? '-'} ${g.status}${attr}`;
}

/** The report as text for a terminal; verbose adds every missed gold event and unmatched prediction. */
export function formatReport(r: EvalReport, opts: FormatOptions = {}): string {
  const out: string[] = [];
  out.push(
    `${r.articles} article(s), ${r.requiredGold} required gold events (${r.goldEvents} in all); ` +
      `${r.predictions} predictions scored (${r.predictedEvents} events)` +
      (r.unscoredEvents > 0 ? `; ${r.unscoredEvents} events in articles without gold not scored` : ''),
  );
  out.push(
    `recall ${r.recall}% (${r.matchedRequired}/${r.requiredGold})  precision ${r.precision}% ` +
      `(${r.correctPredictions}/${r.predictions})  F1 ${r.f1}`,
  );
  for (const e of r.errors) out.push(`coder failed on article ${e.articleId}: ${e.message}`);
  if (r.categories.length > 0) {
    out.push('');
    out.push(`${pad('category', 10)} ${lpad('gold', 5)} ${lpad('found', 5)} ${lpad('pred', 5)} ${lpad('right', 5)} ${lpad('P%', 6)} ${lpad('R%', 6)} ${lpad('F1', 6)}`);
    for (const c of r.categories) {
      out.push(
        `${pad(c.category, 10)} ${lpad(c.goldRequired, 5)} ${lpad(c.matched, 5)} ${lpad(c.predicted, 5)} ${lpad(c.correct, 5)} ` +
          `${lpad(c.precision, 6)} ${lpad(c.recall, 6)} ${lpad(c.f1, 6)}`,
      );
    }
  }
  if (r.confusion.length > 0) {
    out.push('');
    out.push('missed required gold events: category predicted for the same parties in the same article');
    for (const c of r.confusion) out.push(`  ${pad(c.gold, 10)} → ${pad(c.predicted, 10)} ${c.count}`);
  }
  if (opts.verbose) {
    if (r.missed.length > 0) {
      out.push('');
      out.push('MISSED gold events:');
      for (const m of r.missed) {
        out.push(`- [${m.articleId}] ${m.gold.id ?? m.gold.origin}: ${showGold(m.gold)}`);
        if (m.gold.note) out.push(`    note: ${m.gold.note}`);
        for (const s of m.sentences) out.push(`    text: ${s}`);
        for (const n of m.nearest) out.push(`    nearest: ${showPrediction(n.prediction)} — ${n.reasons.join('; ')}`);
      }
    }
    if (r.unmatched.length > 0) {
      out.push('');
      out.push('UNMATCHED predictions:');
      for (const u of r.unmatched) {
        out.push(`- [${u.articleId}] ${showPrediction(u.prediction)} (confidence ${u.prediction.confidence})`);
        out.push(`    evidence: ${u.prediction.evidence}`);
        if (u.nearest) out.push(`    nearest gold ${u.nearest.goldId ?? '?'} (${u.nearest.event}): ${u.nearest.reasons.join('; ')}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
