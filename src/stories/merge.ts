// stories: group the event mentions of one story's articles into real-world events ("merged events").
// Two mentions tell the same event when their categories are the same or describe the same act from two angles
// (COMPATIBLE below), their parties overlap (either way round for symmetric categories), their dates are at most a
// few days apart (an unknown date is compatible) and their evidence shares enough content words. Mentions from one
// article are separate events unless they are clearly the same, or are its lede and the one later sentence that refers
// back to the lede's act (echoEdges). Grouping is complete-linkage over the compatible
// pairs, strongest pair first, ties broken by ids: the result does not depend on the order of the input.
import { createHash } from 'node:crypto';
import type { ActorRef, Article, PloverCategory, ReadoutEvent } from '../types.js';
import { dayRange } from '../store/dates.js';
import { contentWords } from './words.js';
import type { MergedEvent } from './types.js';

export type { MergedEvent, MergedMention } from './types.js';

import { outletOf, type StoryInput } from './index.js';

export { outletOf, type StoryInput };

/**
 * Pairs of categories that describe one act from different angles, as outlets code it: a meeting told as talks or
 * as working together, an attack told as an assault or as coercion, … (data, not code: extend it here).
 */
export const COMPATIBLE_CATEGORIES: readonly (readonly [PloverCategory, PloverCategory])[] = [
  ['CONSULT', 'COOPERATE'],   // a meeting reported as talks by one outlet, as cooperation by another
  ['AGREE', 'COOPERATE'],     // a promise to cooperate reported as the cooperation itself
  ['AGREE', 'SUPPORT'],       // an agreement reported as agreed, or as signed
  ['AID', 'COOPERATE'],       // help reported as aid or as joint work
  ['ASSAULT', 'COERCE'],      // an attack on people reported as an assault or as coercion
  ['COERCE', 'SANCTION'],     // an expulsion reported as a deportation or as a sanction
  ['REQUEST', 'SANCTION'],    // an expulsion reported as an order to leave or as a sanction
  ['SANCTION', 'THREATEN'],   // a sanction reported as coming ("will expel") or as imposed
  ['REQUEST', 'THREATEN'],    // an ultimatum reported as a demand or as a threat
  ['ACCUSE', 'PROTEST'],      // a protest lodged, reported as an accusation or a protest
  ['MOBILIZE', 'THREATEN'],   // drills aimed at a party: a deployment or a threat
  ['RETREAT', 'CONCEDE'],     // a release or withdrawal done, or announced
];

/** Categories whose two sides can swap between outlets ("A met B" / "B held talks with A"). Not AGREE: a promise or
 * an offer is its speaker's (contract 4), so "Radan offered China …" and "Wang hoped Iran …" are two acts. */
export const SYMMETRIC_CATEGORIES: ReadonlySet<PloverCategory> = new Set(['CONSULT', 'COOPERATE']);

/** Dates further apart than this many days are different events. */
export const MAX_DAY_GAP = 3;
/**
 * A month date is a weak one (the coder gives "next month" to a plan, and a sentence with no date of its own may take
 * a neighbour's): a month and a date up to this many days outside it are compatible when the evidence is
 * near-identical (at least MIN_SIMILARITY_RESTATED).
 */
export const COARSE_DAY_GAP = 31;
/** Least weighted content-word overlap for mentions in different articles: same category, compatible categories. */
export const MIN_SIMILARITY = 0.2;
export const MIN_SIMILARITY_COMPATIBLE = 0.2;
/** Least overlap for a pair of one category when each is the other's only possible match in its article. */
export const MIN_SIMILARITY_SOLE = 0.05;
/**
 * A pair of one category dated to the same day by both texts that fails only the evidence rule, with at least this
 * overlap, does not keep two groups apart (complete linkage): it joins nothing by itself.
 */
export const MIN_SIMILARITY_LINK = MIN_SIMILARITY / 2;
/** Two mentions of one article are one event only with the same category and parties and this much overlap. */
export const MIN_SIMILARITY_SAME_ARTICLE = 0.6;
/** Evidence this similar is the same report restated: it outweighs a weak (month) date's mismatch. */
export const MIN_SIMILARITY_RESTATED = 0.6;
/**
 * Words by which a later sentence of an article marks its act as another one than the lede's ("Russian drones also
 * struck Kharkiv", "Radan later toured the centre", "Separately, …"): such a sentence is never the lede's echo.
 * Anywhere in the sentence: also, another, again, later, earlier; at its start only (inside a sentence they describe
 * the same act: "met separately and then together"): separately, meanwhile, elsewhere, in a separate.
 */
/**
 * How an echo opens: a definite description ("The diplomat …", "The loan was agreed …", "The agreement was signed …"),
 * by which news refers back to the act or the thing its lede introduced. A sentence that opens with a new subject
 * ("A senior lawmaker warned …", "India agreed to share flood data …") introduces its own act.
 */
export const ECHO_OPENING = /^\W*(the|this|that)\s+\p{L}/iu;
export const NEW_ACT_MARKERS = /\b(also|another|again|later|earlier)\b|^\s*(separately|meanwhile|elsewhere|in a separate)\b/i;

interface Item {
  e: ReadoutEvent;
  article: Article;
  outlet: string;
  /** canonical sort key: published, article id, evidence start, event id */
  key: string;
  words: string[];
  wordSet: Set<string>;
  /** the summed weight of its words (set once the story's word weights are known) */
  weight: number;
  /** its parties' name keys ('n:…', either side) and their summed weight */
  names: Set<string>;
  nameWeight: number;
  actorKeys: Set<string>;
  recipientKeys: Set<string>;
  range: { start: number; end: number } | null;
  /** the date is coarser than a day (a month or a year) */
  coarse: boolean;
}

const compatiblePairs = new Set(COMPATIBLE_CATEGORIES.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

export function categoriesCompatible(a: PloverCategory, b: PloverCategory): boolean {
  return a === b || compatiblePairs.has(`${a}|${b}`);
}

function partyKeys(parties: ActorRef[]): Set<string> {
  const out = new Set<string>();
  for (const p of parties) {
    if (p.country) out.add(`c:${p.country}`);
    out.add(`n:${(p.name ?? p.text).toLowerCase()}`);
  }
  return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
/** Sides agree when they share a party, or one side is unknown (empty). */
const sidesAgree = (a: Set<string>, b: Set<string>) => a.size === 0 || b.size === 0 || meets(a, b);

export function partiesCompatible(a: Item, b: Item, symmetric: boolean): boolean {
  const anyParty = (x: Item) => x.actorKeys.size + x.recipientKeys.size > 0;
  if (!anyParty(a) || !anyParty(b)) return false;
  const direct = sidesAgree(a.actorKeys, b.actorKeys) && sidesAgree(a.recipientKeys, b.recipientKeys)
    && (meets(a.actorKeys, b.actorKeys) || meets(a.recipientKeys, b.recipientKeys));
  if (direct) return true;
  if (!symmetric) return false;
  return sidesAgree(a.actorKeys, b.recipientKeys) && sidesAgree(a.recipientKeys, b.actorKeys)
    && (meets(a.actorKeys, b.recipientKeys) || meets(a.recipientKeys, b.actorKeys));
}

const DAY = 86_400_000;
function rangeOf(e: ReadoutEvent): Item['range'] {
  const r = e.date ? dayRange(e.date.value) : null;
  return r ? { start: Date.parse(r.start), end: Date.parse(r.end) } : null;
}

export function datesCompatible(a: Item['range'], b: Item['range'], maxGap = MAX_DAY_GAP): boolean {
  if (a === null || b === null) return true;
  const gap = Math.max(a.start - b.end, b.start - a.end, 0);
  return gap <= maxGap * DAY;
}

/** Weighted overlap coefficient of two mentions' words; a word's weight falls with the share of the story's mentions using it. */
function similarity(a: Item, b: Item, weight: Map<string, number>): number {
  let shared = 0;
  for (const w of a.words) if (b.wordSet.has(w)) shared += weight.get(w)!;
  const least = Math.min(a.weight, b.weight);
  return least === 0 ? 0 : shared / least;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((k) => b.has(k));

/** Why two mentions are not one event: the first rule of the table in docs/stories.md that they fail. */
export type PairBlock = 'category' | 'date' | 'parties' | 'evidence' | 'same article';

/** How strongly a and b look like one event (0..1), or the rule that keeps them apart. */
function pairVerdict(a: Item, b: Item, weight: Map<string, number>): number | PairBlock {
  if (!categoriesCompatible(a.e.event, b.e.event)) return 'category';
  let sim = -1;
  const simOnce = () => (sim < 0 ? (sim = similarity(a, b, weight)) : sim);
  const dates = datesCompatible(a.range, b.range)
    || ((a.coarse || b.coarse) && datesCompatible(a.range, b.range, COARSE_DAY_GAP) && simOnce() >= MIN_SIMILARITY_RESTATED);
  if (!dates) return 'date';
  const symmetric = SYMMETRIC_CATEGORIES.has(a.e.event) && SYMMETRIC_CATEGORIES.has(b.e.event);
  if (!partiesCompatible(a, b, symmetric)) return 'parties';
  if (a.article.id === b.article.id) {
    const same = a.e.event === b.e.event && sameSet(a.actorKeys, b.actorKeys) && sameSet(a.recipientKeys, b.recipientKeys);
    return same && simOnce() >= MIN_SIMILARITY_SAME_ARTICLE ? sim : 'same article';
  }
  return simOnce() >= (a.e.event === b.e.event ? MIN_SIMILARITY : MIN_SIMILARITY_COMPATIBLE) ? sim : 'evidence';
}

/** The names (not the countries) of a mention's parties, either side. */
const namesOf = (x: Item) => new Set([...x.actorKeys, ...x.recipientKeys].filter((k) => k.startsWith('n:')));

/**
 * The weight of the parties' names both mentions give over the weight of the names of the mention that gives fewer
 * (either side; an unknown party is no disagreement), each name weighted by its rarity among the story's mentions
 * like an evidence word: a minister named in two mentions says more than the country's troops named in all of them.
 */
function sharedNames(a: Item, b: Item, weight: Map<string, number>): number {
  const least = Math.min(a.nameWeight, b.nameWeight);
  if (least === 0) return 0;
  let shared = 0;
  for (const k of a.names) if (b.names.has(k)) shared += weight.get(k)!;
  return shared / least;
}

/** Weight of the parties' shared names in the order pairs are taken (the evidence counts for the rest). */
const NAME_RANK = 0.5;

/**
 * How strongly a compatible pair looks like one event, to take the strongest pairs first. The rule's own measure (the
 * overlap coefficient `sim`) lets a short sentence contained in a long one score as high as the long one's
 * restatement; the rank adds the Dice coefficient, which prefers sentences alike in both directions (the lede matched
 * with the other outlet's lede), and the share of the parties' names the two give.
 */
function rank(a: Item, b: Item, sim: number, weight: Map<string, number>): number {
  const dice = a.weight + b.weight === 0 ? 0 : (2 * sim * Math.min(a.weight, b.weight)) / (a.weight + b.weight);
  return (sim + dice) / 2 + NAME_RANK * sharedNames(a, b, weight);
}

interface Edge { i: number; j: number; score: number }

/** Both mentions are dated to the same day by their own text (not by the publication date they fall back on). */
function sameTextDay(a: Item, b: Item): boolean {
  const [x, y] = [a.e.date, b.e.date];
  return x !== null && y !== null && x.granularity === 'day' && x.basis === 'text' && y.basis === 'text' && x.value === y.value;
}

/**
 * The compatible pairs of a story's mentions (indexes into items, i < j), ranked. A pair of one category from two
 * articles that fails only the evidence rule is still compatible when each is the other's only possible match in
 * its article (all rules but the evidence), their texts date them to the same day, and they share some evidence
 * (MIN_SIMILARITY_SOLE): outlets tell one act
 * in different words ("detained a tanker" / "the detention of the Vega Horizon"), and when neither article has
 * another candidate the words have nothing to choose between.
 */
function compatibleEdges(items: Item[], weight: Map<string, number>): { edges: Edge[]; links: Edge[] } {
  const candidates = candidatePairs(items);
  const edges: Edge[] = [];
  const weak: { i: number; j: number; sim: number }[] = [];
  const sameArticle: [number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    for (const j of candidates(i)) {
      const [a, b] = [items[i]!, items[j]!];
      const v = pairVerdict(a, b, weight);
      if (typeof v === 'number') edges.push({ i, j, score: rank(a, b, v, weight) });
      else if (v === 'same article') sameArticle.push([i, j]);
      else if (v === 'evidence' && a.e.event === b.e.event && sameTextDay(a, b)) {
        const sim = similarity(a, b, weight);
        if (sim >= MIN_SIMILARITY_SOLE) weak.push({ i, j, sim });
      }
    }
  }
  // only for the few weak pairs: how many mentions of the other's article each could be, evidence aside
  const byArticle = new Map<string, number[]>();
  items.forEach((it, k) => byArticle.set(it.article.id, [...(byArticle.get(it.article.id) ?? []), k]));
  const plausible = (x: Item, y: Item) => {
    const v = pairVerdict(x, y, weight);
    return typeof v === 'number' || v === 'evidence';
  };
  const sole = (i: number, j: number) => byArticle.get(items[j]!.article.id)!.filter((k) => plausible(items[i]!, items[k]!)).length === 1;
  const links: Edge[] = [];
  for (const { i, j, sim } of weak) {
    if (sole(i, j) && sole(j, i)) edges.push({ i, j, score: rank(items[i]!, items[j]!, sim, weight) });
    else if (sim >= MIN_SIMILARITY_LINK) links.push({ i, j, score: 0 });
  }
  echoEdges(items, weight, sameArticle, edges, links);
  return { edges, links };
}

/**
 * An article's lede and the one later sentence that tells its act again ("Poland will expel a Belarusian diplomat" …
 * "The diplomat has been declared persona non grata"; "Japan pledged to lend Vietnam 36 billion yen" … "The loan was
 * agreed during a visit by Iwaya") are one event, whatever their words: news puts the act in the first sentence and
 * its details after, naming it by a definite description or a paraphrase. `pairs` holds the article's pairs that
 * fail only on the same-article rule (compatible category, parties and dates). The lede is the article's first
 * sentence with a mention; the echo is a later mention that opens like a reference back (ECHO_OPENING), carries no
 * NEW_ACT_MARKERS, and forms the article's only such pair with a lede mention (two candidates: all stay apart).
 * The echo's compatible pairs with other articles then do not keep the lede apart (links, for complete linkage) when
 * the lede fails them only on the evidence: the two sentences are one report, the lede its summary.
 */
function echoEdges(items: Item[], weight: Map<string, number>, pairs: [number, number][], edges: Edge[], links: Edge[]): void {
  if (pairs.length === 0) return;
  const ledeStart = new Map<string, number>();
  for (const it of items) ledeStart.set(it.article.id, Math.min(ledeStart.get(it.article.id) ?? Infinity, it.e.evidence.start));
  const isLede = (k: number) => items[k]!.e.evidence.start === ledeStart.get(items[k]!.article.id);
  // a sentence that says it tells another act, or opens with a new subject, is no candidate, unless it is the doer's
  // own account of the lede's act (ownAccount)
  const echoForm = (l: number, k: number) => !NEW_ACT_MARKERS.test(items[k]!.e.evidence.text) &&
    (ECHO_OPENING.test(items[k]!.e.evidence.text) || ownAccount(items[l]!.e, items[k]!.e) || sameMeeting(items[l]!.e, items[k]!.e));
  const oriented = pairs.flatMap(([i, j]): [number, number][] => (isLede(i) && !isLede(j) ? [[i, j]] : isLede(j) && !isLede(i) ? [[j, i]] : []))
    .filter(([l, e]) => echoForm(l, e));
  // the article's one such pair: the lede sentence's only match, and the only match of its lede
  const perArticle = new Map<string, number>();
  for (const [l] of oriented) perArticle.set(items[l]!.article.id, (perArticle.get(items[l]!.article.id) ?? 0) + 1);
  const echoes = oriented.filter(([l]) => perArticle.get(items[l]!.article.id) === 1);
  // each mention's compatible partners, indexed once (a story of many articles has many echoes and many edges)
  const partners = new Map<number, number[]>();
  const add = (k: number, z: number) => (partners.get(k) ?? partners.set(k, []).get(k)!).push(z);
  for (const { i, j } of edges) { add(i, j); add(j, i); }
  for (const [l, e] of echoes) {
    edges.push({ i: Math.min(l, e), j: Math.max(l, e), score: rank(items[l]!, items[e]!, similarity(items[l]!, items[e]!, weight), weight) });
    for (const [from, to] of [[e, l], [l, e]] as const) {
      for (const z of partners.get(from) ?? []) {
        if (items[z]!.article.id === items[to]!.article.id) continue;
        if (pairVerdict(items[to]!, items[z]!, weight) === 'evidence') links.push({ i: Math.min(to, z), j: Math.max(to, z), score: 0 });
      }
    }
  }
}

/** The country of the innermost source of a mention's attribution chain (null: the writer's own report, or none). */
const speakerCountry = (e: ReadoutEvent): string | null => e.attribution[0]?.country ?? null;

/**
 * A later sentence that tells the lede's act as the doer reports it ("Russian drones struck an energy facility …,
 * the governor said" … "Russia's defence ministry said its forces had carried out a strike …"): the same category,
 * dated to the same day by both texts, the later one attributed to a speaker of the actor's own country while the
 * lede is not (the other side's account, or the writer's). News gives the attacker's or the claimant's version after
 * the lede in its own words, so the evidence rule cannot join them.
 */
export function ownAccount(lede: ReadoutEvent, later: ReadoutEvent): boolean {
  if (lede.event !== later.event || !sameDayByText(lede, later)) return false;
  const speaker = speakerCountry(later);
  return speaker !== null && later.actor.some((m) => m.country === speaker) && speakerCountry(lede) !== speaker;
}

const sameDayByText = (a: ReadoutEvent, b: ReadoutEvent): boolean =>
  a.date !== null && b.date !== null && a.date.basis === 'text' && b.date.basis === 'text' && a.date.granularity === 'day' && a.date.value === b.date.value;
const countriesOf = (ms: ActorRef[]): string => [...new Set(ms.map((m) => m.country ?? '?'))].sort().join('+');

/**
 * A later sentence telling the lede's meeting by the people who met ("Serbia and Kosovo failed to agree on Monday …
 * after five hours of talks" … "Serbian President Vucic and Kosovo Prime Minister Kurti met separately and then
 * together with …"): both CONSULT, dated to the same day by both texts, with the same countries as actors. The same
 * parties meet once a day; two agreements or a meeting and a warning of one day are other acts (other categories).
 */
export function sameMeeting(lede: ReadoutEvent, later: ReadoutEvent): boolean {
  return lede.event === 'CONSULT' && later.event === 'CONSULT' && sameDayByText(lede, later) && lede.actor.length > 0 && countriesOf(lede.actor) === countriesOf(later.actor);
}

function wordsOf(text: string): Pick<Item, 'words' | 'wordSet' | 'weight'> {
  const words = contentWords(text);
  return { words, wordSet: new Set(words), weight: 0 };
}

function itemsOf(input: StoryInput[]): Item[] {
  const items: Item[] = [];
  for (const { article, events } of input) {
    const outlet = outletOf(article);
    for (const e of events) {
      items.push({
        e, article, outlet,
        key: [article.published ?? '9999-99-99', article.id, String(e.evidence.start).padStart(12, '0'), e.id].join('\u0000'),
        ...wordsOf(e.evidence.text),
        actorKeys: partyKeys(e.actor),
        recipientKeys: partyKeys(e.recipient),
        names: new Set(), nameWeight: 0,
        range: rangeOf(e),
        coarse: e.date !== null && e.date.granularity !== 'day',
      });
    }
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Ranges up to this long are "short" (day or month dates): the pair search looks them up by start in a window. */
const SHORT_RANGE = 31 * DAY;

interface Bucket { starts: number[]; short: number[]; wide: number[] }

/**
 * Which mentions to compare with mention i (those after it in canonical order): only those of compatible categories
 * and, for short date ranges, starting within the window that compatible dates allow (no quadratic pass over a long
 * story's days); mentions with no date or a year-long one are compared with all.
 */
function candidatePairs(items: Item[]): (i: number) => number[] {
  const buckets = new Map<PloverCategory, Bucket>();
  const isShort = (it: Item) => it.range !== null && it.range.end - it.range.start <= SHORT_RANGE;
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.range?.start ?? 0) - (items[b]!.range?.start ?? 0) || a - b);
  for (const i of order) {
    const it = items[i]!;
    const b = buckets.get(it.e.event) ?? { starts: [], short: [], wide: [] };
    buckets.set(it.e.event, b);
    if (isShort(it)) { b.short.push(i); b.starts.push(it.range!.start); } else b.wide.push(i);
  }
  const firstAtOrAfter = (xs: number[], x: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return (i) => {
    const it = items[i]!;
    const out: number[] = [];
    for (const [c, b] of buckets) {
      if (!categoriesCompatible(it.e.event, c)) continue;
      for (const j of b.wide) if (j > i) out.push(j);
      if (!isShort(it)) { for (const j of b.short) if (j > i) out.push(j); continue; }
      const from = firstAtOrAfter(b.starts, it.range!.start - COARSE_DAY_GAP * DAY - SHORT_RANGE);
      for (let k = from; k < b.short.length && b.starts[k]! <= it.range!.end + COARSE_DAY_GAP * DAY; k++) if (b.short[k]! > i) out.push(b.short[k]!);
    }
    return out;
  };
}

/** The story's mentions in canonical order, and its word weights (set on the items too). */
function prepared(input: StoryInput[]): { items: Item[]; weight: Map<string, number> } {
  const items = itemsOf(input);
  // word weights over the story's distinct evidence sentences (two events coded from one sentence count it once)
  const sentences = new Map(items.map((it) => [`${it.article.id}\u0000${it.e.evidence.text}`, it.words] as const));
  const df = new Map<string, number>();
  for (const words of sentences.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = new Map([...df].map(([w, k]) => [w, Math.log(1 + sentences.size / k)] as const));
  for (const it of items) it.weight = it.words.reduce((sum, w) => sum + weight.get(w)!, 0);
  // the parties' names, weighted the same way over the story's mentions (keys 'n:…' cannot be evidence words)
  const nameDf = new Map<string, number>();
  for (const it of items) {
    it.names = namesOf(it);
    for (const k of it.names) nameDf.set(k, (nameDf.get(k) ?? 0) + 1);
  }
  for (const [k, n] of nameDf) weight.set(k, Math.log(1 + items.length / n));
  for (const it of items) it.nameWeight = [...it.names].reduce((sum, k) => sum + weight.get(k)!, 0);
  return { items, weight };
}

/**
 * For diagnostics (the stories scorer): whether two mentions of a story, by event id, may be one event, or the rule
 * that keeps them apart. 'compatible' pairs can still end in two merged events when complete linkage is blocked by a
 * third mention. Throws when an id is not one of the story's events.
 */
export function explainPair(input: StoryInput[], eventA: string, eventB: string): { verdict: PairBlock | 'compatible'; similarity: number } {
  const { items, weight } = prepared(input);
  const find = (id: string) => {
    const i = items.findIndex((x) => x.e.id === id);
    if (i < 0) throw new Error(`explainPair: no event ${id} in the story`);
    return i;
  };
  const [i, j] = [find(eventA), find(eventB)].sort((x, y) => x - y) as [number, number];
  const [a, b] = [items[i]!, items[j]!];
  const v = pairVerdict(a, b, weight);
  const compatible = compatibleEdges(items, weight).edges.some((e) => e.i === i && e.j === j);
  return { verdict: compatible ? 'compatible' : typeof v === 'number' ? 'evidence' : v, similarity: similarity(a, b, weight) };
}

/** Group the event mentions of one story's articles into real-world events. Deterministic, order-independent. */
export function mergeStory(input: StoryInput[]): MergedEvent[] {
  const { items, weight } = prepared(input);
  const { edges, links: weakLinks } = compatibleEdges(items, weight);
  // links.get(g).get(h): how many compatible pairs join groups g and h (complete linkage: all |g|·|h| of them)
  const links = items.map(() => new Map<number, number>());
  for (const { i, j } of [...edges, ...weakLinks]) {
    links[i]!.set(j, 1);
    links[j]!.set(i, 1);
  }
  // strongest pair first; equal scores in canonical (sorted-item) order
  edges.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const group = items.map((_, i) => [i]);
  const owner = items.map((_, i) => i);
  for (const { i, j } of edges) {
    const gi = owner[i]!;
    const gj = owner[j]!;
    if (gi === gj) continue;
    // every mention of one group must be compatible with every mention of the other
    if ((links[gi]!.get(gj) ?? 0) !== group[gi]!.length * group[gj]!.length) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    for (const k of group[drop]!) owner[k] = keep;
    group[keep] = [...group[keep]!, ...group[drop]!].sort((a, b) => a - b);
    group[drop] = [];
    for (const [h, c] of links[drop]!) {
      links[h]!.delete(drop);
      if (h === keep) continue;
      links[keep]!.set(h, (links[keep]!.get(h) ?? 0) + c);
      links[h]!.set(keep, (links[h]!.get(keep) ?? 0) + c);
    }
    links[keep]!.delete(drop);
    links[drop]!.clear();
  }
  return group.filter((g) => g.length > 0).map((g) => mergedOf(g.map((k) => items[k]!)));
}

export function mergedId(eventId: string): string {
  return `m-${createHash('sha256').update(eventId).digest('hex').slice(0, 16)}`;
}

/** The most frequent value (ties: the one met first). */
function mostCommon<T extends string>(xs: T[]): T {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0]!;
  for (const x of xs) if ((counts.get(x) ?? 0) > (counts.get(best) ?? 0)) best = x;
  return best;
}

const GRANULARITY_RANK = { day: 0, month: 1, year: 2 } as const;

/** One merged event from its mentions, given in canonical order (earliest first). */
function mergedOf(ms: Item[]): MergedEvent {
  const event = mostCommon(ms.map((m) => m.e.event));
  const own = ms.filter((m) => m.e.event === event);
  const modes = own.map((m) => m.e.mode).filter((x): x is string => x !== null);
  const lead = own[0]!.e;
  const dates = ms.map((m) => m.e.date).filter((d) => d !== null)
    .sort((a, b) => GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity] || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return {
    id: mergedId(ms[0]!.e.id),
    event,
    mode: modes.length > 0 ? mostCommon(modes) : null,
    contexts: [...new Set(ms.flatMap((m) => m.e.contexts))].sort(),
    actor: lead.actor,
    recipient: lead.recipient,
    date: dates[0]?.value ?? null,
    mentions: ms.map((m) => ({ eventId: m.e.id, articleId: m.article.id, outlet: m.outlet })),
  };
}
