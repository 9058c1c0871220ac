// Incremental story assignment: one article at a time, against an index of the articles already assigned.
// Candidates come only from index look-ups (the article's LSH band keys and its salient terms, each read for at most
// SCAN recent postings and taking at most CAP inside the date window), never from a pass over every story. The same
// rule runs in memory (MemoryClusterer, used by clusterInMemory, eval and bench) and on the store
// (store/stories.ts), which supplies the same postings from its tables.
import { createHash } from 'node:crypto';
import { bandKeys, similarity } from './minhash.js';
import type { StoryFeatures } from './features.js';

/** Bucket cap: a key with more postings than this inside the date window is too common to tell episodes apart and is
 *  skipped (for candidates, weight and evidence); a band key gives at most this many candidates. */
export const CAP = 24;
/** Postings read per key, most recent first: also the ceiling of a term's rarity count (one more than CAP tells a
 *  key over the cap). */
export const SCAN = CAP + 1;
/** Articles further apart than this many days are never in one story through a look-up. */
export const WINDOW_DAYS = 10;
/** A pair scoring at least this joins (see pairScore). */
export const JOIN_THRESHOLD = 0.2;
/** Estimated shingle Jaccard from which two articles are near-duplicates (a rewrite of the same wire copy). */
export const DUPLICATE_JACCARD = 0.5;
/** Shared terms beyond the events' parties that a pair needs unless it is a near-duplicate. */
export const MIN_EVIDENCE = 3;

/** One article in a key's posting list. `joined`: the order articles were assigned in (larger = later). */
export interface Posting {
  article: string;
  joined: number;
  day: number | null;
}

/** What the index keeps of an assigned article to score it against a newcomer. */
export interface StoredFeatures {
  article: string;
  story: string;
  day: number | null;
  signature: Uint32Array;
  /** its total term weight (class weight x rarity) when it was assigned */
  weight: number;
  categories: string[];
}

/** The keys an article is looked up by and filed under: its band keys, then its term keys. */
export function indexKeys(f: StoryFeatures): string[] {
  return [...bandKeys(f.signature), ...f.terms.map((t) => t.key)];
}

export function inWindow(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) <= WINDOW_DAYS;
}

/** The window is taken to hold at least this many articles when weighing rarity (a small store is not all one story). */
export const MIN_WINDOW_ARTICLES = 200;
/** A key in more than this share of the window's articles is common, whatever the cap. */
export const COMMON_SHARE = 0.05;

/**
 * Rarity of a key with n postings among the `articles` assigned inside the window: ln((N+1)/(n+0.5)) with N at least
 * MIN_WINDOW_ARTICLES; 0 (skipped) for a key over the bucket cap or in more than COMMON_SHARE of the window.
 */
export function rarity(n: number, articles: number): number {
  const N = Math.max(articles, MIN_WINDOW_ARTICLES);
  return n > CAP || n > COMMON_SHARE * N ? 0 : Math.log((N + 1) / (n + 0.5));
}

export interface Gathered {
  /** the newcomer's total term weight */
  weight: number;
  /** candidate article -> shared weight, shared non-party terms, whether it shares a band */
  candidates: Map<string, { shared: number; evidence: number; band: boolean }>;
}

/** The postings of a key, most recent first, at most SCAN of them, handed to `visit` one by one. */
export type PostingSource = (key: string, visit: (p: Posting) => void) => void;

/** A PostingSource over lists already read most recent first (the store's). */
export function fromLists(lists: ReadonlyMap<string, readonly Posting[]>): PostingSource {
  return (key, visit) => {
    const list = lists.get(key);
    if (list) for (let i = 0; i < list.length && i < SCAN; i++) visit(list[i]!);
  };
}

/**
 * Reads the postings of the newcomer's keys (each most recent first, at most SCAN) and collects candidates: the
 * postings inside the window of every key that has at most CAP of them there (band keys: the CAP most recent). The
 * newcomer's weight sums the weights of those keys and of its keys nobody has yet.
 */
export function gather(f: StoryFeatures, source: PostingSource, windowArticles: number): Gathered {
  const candidates: Gathered['candidates'] = new Map();
  const entry = (id: string) => {
    let c = candidates.get(id);
    if (!c) candidates.set(id, (c = { shared: 0, evidence: 0, band: false }));
    return c;
  };
  const hits: string[] = [];
  const near = (key: string) => {
    hits.length = 0;
    source(key, (p) => { if (p.article !== f.id && inWindow(f.day, p.day)) hits.push(p.article); });
    return hits;
  };
  for (const key of bandKeys(f.signature)) {
    const h = near(key);
    for (let i = 0; i < h.length && i < CAP; i++) entry(h[i]!).band = true;
  }
  let weight = 0;
  for (const t of f.terms) {
    const h = near(t.key);
    const w = t.weight * rarity(h.length, windowArticles);
    if (w === 0) continue;
    weight += w;
    const evidence = f.parties.has(t.key) ? 0 : 1;
    for (const id of h) {
      const c = entry(id);
      c.shared += w;
      c.evidence += evidence;
    }
  }
  return { weight, candidates };
}

/** How well a newcomer fits an assigned article; >= JOIN_THRESHOLD joins its story. */
export function pairScore(f: StoryFeatures, g: Gathered, c: { shared: number; evidence: number; band: boolean }, s: StoredFeatures): number {
  const jaccard = c.band ? similarity(f.signature, s.signature) : 0;
  if (jaccard >= DUPLICATE_JACCARD) return 1 + jaccard;
  if (c.evidence < MIN_EVIDENCE) return 0;
  const overlap = Math.min(1, c.shared / Math.max(1e-9, Math.min(g.weight, s.weight)));
  // shared event categories add a little; different ones take nothing away (outlets frame one episode differently)
  const common = f.categories.length > 0 && s.categories.length > 0
    ? f.categories.filter((x) => s.categories.includes(x)).length / new Set([...f.categories, ...s.categories]).size : 0;
  const days = f.day === null || s.day === null ? 2 : Math.abs(f.day - s.day);
  const recency = days <= 3 ? 1 : Math.max(0.4, 1 - (days - 3) / 14);
  return Math.max(overlap, jaccard) * (1 + 0.25 * common) * recency;
}

/** The story to join (best scoring above the threshold; ties to the smaller id), or null for a new story. */
export function chooseStory(f: StoryFeatures, g: Gathered, stored: ReadonlyMap<string, StoredFeatures>): string | null {
  let best: string | null = null;
  let bestScore = JOIN_THRESHOLD;
  for (const [id, c] of g.candidates) {
    const s = stored.get(id);
    if (!s) continue;
    const score = pairScore(f, g, c, s);
    if (score > bestScore || (score === bestScore && best !== null && s.story < best)) {
      best = s.story;
      bestScore = score;
    }
  }
  return best;
}

/** A story's id: "s-" and 16 hex characters from the id of its first article (stable: stories are never renamed). */
export function storyIdFor(articleId: string): string {
  // hashed as UTF-16 code units: ids that differ only in lone surrogates (which UTF-8 would turn into the same U+FFFD) differ
  return `s-${createHash('sha256').update(Buffer.from(articleId, 'utf16le')).digest('hex').slice(0, 16)}`;
}

/** The in-memory index: posting lists per key (assignment numbers: few long-lived objects for the collector), the
 *  id and day of every assigned article by its number, and features per assigned article. */
export class MemoryClusterer {
  private readonly postings = new Map<string, number[]>();
  private readonly stored = new Map<string, StoredFeatures>();
  /** by assignment number (1..): the article id and its day */
  private readonly ids: string[] = [''];
  private readonly days: (number | null)[] = [null];
  /** assigned articles per day (undated under null) */
  private readonly perDay = new Map<number | null, number>();

  /** Assigned articles inside the window of `day` (all of them for an undated newcomer); undated ones always count. */
  windowArticles(day: number | null): number {
    if (day === null) return this.stored.size;
    let n = this.perDay.get(null) ?? 0;
    for (let d = day - WINDOW_DAYS; d <= day + WINDOW_DAYS; d++) n += this.perDay.get(d) ?? 0;
    return n;
  }

  /** The story of an already assigned article, if any. */
  storyOf(articleId: string): string | undefined {
    return this.stored.get(articleId)?.story;
  }

  /** Assigns one article (an article seen before keeps its story) and returns its story id. */
  add(f: StoryFeatures): string {
    const known = this.stored.get(f.id);
    if (known) return known.story;
    const keys = indexKeys(f);
    const source: PostingSource = (key, visit) => {
      const list = this.postings.get(key);
      if (!list) return;
      for (let i = list.length - 1, n = 0; i >= 0 && n < SCAN; i--, n++) {
        const j = list[i]!;
        visit({ article: this.ids[j]!, joined: j, day: this.days[j]! });
      }
    };
    const g = gather(f, source, this.windowArticles(f.day));
    const story = chooseStory(f, g, this.stored) ?? storyIdFor(f.id);
    const joined = this.ids.length;
    this.ids.push(f.id);
    this.days.push(f.day);
    for (const key of keys) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(joined);
      // only the SCAN most recent postings are ever read
      if (list.length > 2 * SCAN) list.splice(0, list.length - SCAN);
    }
    this.perDay.set(f.day, (this.perDay.get(f.day) ?? 0) + 1);
    this.stored.set(f.id, { article: f.id, story, day: f.day, signature: f.signature, weight: g.weight, categories: f.categories });
    return story;
  }
}
