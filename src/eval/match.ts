// The contract's matching rule (section 3), clause by clause, so that a report can say which clause failed.
import type { AttributionRef, PloverCategory, ReadoutEvent, Status } from '../types.js';
import type { GoldEvent } from './gold.js';

/**
 * What is scored: predicted events of one article that are identical apart from their recipients are one
 * prediction with the union of the recipients, so that "one event with several recipients and several events
 * with one recipient each score the same" (contract section 4). Identical means: same category, status,
 * date value, evidence sentence, actor countries and attribution.
 */
export interface Prediction {
  articleId: string;
  event: PloverCategory;
  status: Status;
  date: string | null;
  actorCountries: string[];
  recipientCountries: string[];
  /** actor ∪ recipient countries */
  countries: Set<string>;
  attribution: AttributionRef[];
  evidence: string;
  confidence: number;
  /** the contract events merged into this prediction */
  members: ReadoutEvent[];
}

export function countriesOf(refs: { country: string | null }[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (r.country && !out.includes(r.country)) out.push(r.country);
  return out;
}

function attributionKey(a: AttributionRef[]): string {
  return a.map((x) => `${x.text}\u0001${x.name ?? ''}`).join('\u0002');
}

/** Group one article's events (or several articles', keyed by article id) into scored predictions. */
export function toPredictions(events: ReadoutEvent[]): Prediction[] {
  const byKey = new Map<string, Prediction>();
  const out: Prediction[] = [];
  for (const e of events) {
    const actors = countriesOf(e.actor).sort();
    const key = [
      e.article.id,
      e.event,
      e.status,
      e.date?.value ?? '',
      e.evidence.sentence,
      actors.join(','),
      attributionKey(e.attribution),
    ].join('\u0000');
    const recipients = countriesOf(e.recipient);
    const prev = byKey.get(key);
    if (prev) {
      for (const c of recipients) {
        if (!prev.recipientCountries.includes(c)) prev.recipientCountries.push(c);
        prev.countries.add(c);
      }
      prev.members.push(e);
      prev.confidence = Math.max(prev.confidence, e.confidence);
      continue;
    }
    const p: Prediction = {
      articleId: e.article.id,
      event: e.event,
      status: e.status,
      date: e.date?.value ?? null,
      actorCountries: countriesOf(e.actor),
      recipientCountries: recipients,
      countries: new Set([...actors, ...recipients]),
      attribution: e.attribution,
      evidence: e.evidence.text,
      confidence: e.confidence,
      members: [e],
    };
    byKey.set(key, p);
    out.push(p);
  }
  return out;
}

/** One value is a prefix of the other; a null side is compatible only when the gold event has no date. */
export function datesCompatible(predicted: string | null, gold: string | null): boolean {
  if (gold === null) return true;
  if (predicted === null) return false;
  return predicted.startsWith(gold) || gold.startsWith(predicted);
}

/** At least one gold name occurs (case-insensitively) in the text or name of some predicted attribution entry. */
export function attributionHolds(predicted: AttributionRef[], goldNames: string[] | null): boolean {
  if (goldNames === null) return true;
  const names = goldNames.map((n) => n.toLowerCase());
  return predicted.some((a) => {
    const hay = [a.text, a.name ?? ''].map((s) => s.toLowerCase());
    return names.some((n) => hay.some((h) => h.includes(n)));
  });
}

/** Parties of the gold event that no predicted actor or recipient country covers. */
export function missingParties(countries: Set<string>, parties: string[][]): string[][] {
  return parties.filter((codes) => !codes.some((c) => countries.has(c)));
}

/** Every clause the prediction fails for this gold event; empty when it matches. */
export function mismatchReasons(p: Prediction, g: GoldEvent): string[] {
  const out: string[] = [];
  if (p.event !== g.event) out.push(`category ${p.event} ≠ ${g.event}`);
  const missing = missingParties(p.countries, g.parties);
  if (missing.length > 0) out.push(`missing party ${missing.map((m) => m.join('|')).join(', ')}`);
  if (!datesCompatible(p.date, g.date)) out.push(`date ${p.date ?? 'null'} incompatible with ${g.date ?? 'null'}`);
  if (!attributionHolds(p.attribution, g.attribution)) {
    const got = p.attribution.map((a) => a.name ?? a.text).join(', ') || 'none';
    out.push(`attribution (${got}) lacks ${g.attribution?.join(' or ')}`);
  }
  if (p.status !== g.status) out.push(`status ${p.status} ≠ ${g.status}`);
  return out;
}

export function matches(p: Prediction, g: GoldEvent): boolean {
  return mismatchReasons(p, g).length === 0;
}
