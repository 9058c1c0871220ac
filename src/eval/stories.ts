// Scoring stories (issue #12): B-cubed precision/recall of predicted stories against gold stories over all articles,
// and pairwise precision/recall of merged-event groups over the gold mentions the coder found. The coder, the
// clusterer and the merger are parameters, so the metrics are tested with fakes and the suite runs the real ones.
import type { Article, ReadoutEvent } from '../types.js';
import type { GoldStory } from './stories-gold.js';
import { pct, prf, rowsOf, type PRF, type SuiteResult } from './types.js';

/** What the clusterer and the merger read: an article with its coded events (S1's StoryInput has this shape). */
export interface StoryItem {
  article: Article;
  events: ReadoutEvent[];
}

/** What the scorer needs of a merged event (S2's MergedEvent has this shape and more). */
export interface MergedGroup {
  id: string;
  mentions: readonly { eventId: string }[];
}

export interface StoryFns {
  code: (a: Article) => ReadoutEvent[];
  /** article id -> story id, feeding the items in the given order */
  cluster: (items: StoryItem[]) => Map<string, string>;
  /** the merged events of one predicted story */
  merge: (items: StoryItem[]) => MergedGroup[];
  /** why two events of one predicted story were not merged: the merge rule they fail, or 'compatible' (diagnostics) */
  explain?: (items: StoryItem[], eventA: string, eventB: string) => { verdict: string };
}

export interface PairCounts extends PRF {
  goldPairs: number;
  systemPairs: number;
  correctPairs: number;
}

/**
 * Why a gold pair is not in one merged event: 'not found' (the coder found one of the mentions in no event), 'other
 * story' (the clusterer put the articles apart), a merge rule the pair fails (from StoryFns.explain: category, date,
 * parties, evidence, same article), 'linkage' (the pair is compatible but a third mention kept the groups apart), or
 * 'unexplained' when no explain function is given.
 */
export interface MissedPair {
  group: string;
  cause: string;
  /** the system events of the two mentions (null: not found) */
  events: [string | null, string | null];
}

export interface StoryRow {
  story: string;
  articles: number;
  /** how many predicted stories its articles are spread over */
  predicted: number;
  groups: number;
  mentions: number;
  aligned: number;
}

export interface StoriesReport {
  articles: number;
  goldStories: number;
  predictedStories: number;
  bcubed: PRF;
  goldGroups: number;
  goldMentions: number;
  alignedMentions: number;
  systemEvents: number;
  /** system events no gold mention was aligned to: not scored, only counted */
  unalignedEvents: number;
  mergedEvents: number;
  pairs: PairCounts;
  /** every gold pair (over all gold mentions, found or not) that the system did not merge, with its cause */
  missed: MissedPair[];
  perStory: StoryRow[];
  /** articles the coder threw on (scored with no events) */
  errors: { article: string; message: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// B-cubed

/**
 * B-cubed precision, recall and F1 (percentages) of a predicted clustering against a gold one, over the gold's items.
 * An item the prediction does not assign is a cluster of its own.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  const items = [...gold.keys()];
  if (items.length === 0) return prf(0, 0, 0, 0);
  const pred = (i: string) => predicted.get(i) ?? `\u0000unassigned:${i}`;
  const cell = countBy(items, (i) => `${gold.get(i)}\u0000${pred(i)}`);
  const goldSize = countBy(items, (i) => gold.get(i)!);
  const predSize = countBy(items, pred);
  let p = 0;
  let r = 0;
  for (const i of items) {
    const both = cell.get(`${gold.get(i)}\u0000${pred(i)}`)!;
    p += both / predSize.get(pred(i))!;
    r += both / goldSize.get(gold.get(i)!)!;
  }
  // prf takes counts: pass the summed per-item rates over the item count
  return prf(p, items.length, r, items.length);
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Alignment of system events to gold mentions

export interface MentionToAlign {
  article: string;
  quote: string;
  /** the gold group's category: an event of that category is preferred */
  event: string;
}

/**
 * One system event per gold mention, at most one gold mention per system event: the candidates are the events of
 * the same article whose evidence contains the quote; the best has the gold category, then a trigger inside the
 * quote, then comes first. Returns mention index -> event index (into `events`).
 */
export function alignMentions(mentions: readonly MentionToAlign[], events: readonly ReadoutEvent[]): Map<number, number> {
  const candidates: { m: number; e: number; score: number }[] = [];
  mentions.forEach((m, mi) => {
    events.forEach((ev, ei) => {
      if (ev.article.id !== m.article) return;
      const at = ev.evidence.text.indexOf(m.quote);
      if (at < 0) return;
      const qStart = ev.evidence.start + at;
      const triggerInside = ev.trigger !== undefined && ev.trigger.start >= qStart && ev.trigger.end <= qStart + m.quote.length;
      candidates.push({ m: mi, e: ei, score: (ev.event === m.event ? 2 : 0) + (triggerInside ? 1 : 0) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.m - b.m || a.e - b.e);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (out.has(c.m) || used.has(c.e)) continue;
    out.set(c.m, c.e);
    used.add(c.e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Pairwise scores of groupings

/** Pairwise precision/recall/F1 (percentages) of items labelled with a gold and a system group. */
export function pairwise(items: readonly { gold: string; system: string }[]): PairCounts {
  const pairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const goldPairs = pairs(countBy(items, (x) => x.gold));
  const systemPairs = pairs(countBy(items, (x) => x.system));
  const correctPairs = pairs(countBy(items, (x) => `${x.gold}\u0000${x.system}`));
  return { ...prf(correctPairs, systemPairs, correctPairs, goldPairs), goldPairs, systemPairs, correctPairs };
}

// ---------------------------------------------------------------------------------------------------------------
// The whole measure

/** Articles in publication order (undated last), then by id: the order they would arrive in. */
function arrivalOrder(a: Article, b: Article): number {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function scoreStories(articles: readonly Article[], gold: readonly GoldStory[], fns: StoryFns): StoriesReport {
  const errors: StoriesReport['errors'] = [];
  const items: StoryItem[] = [...articles].sort(arrivalOrder).map((article) => {
    try {
      return { article, events: fns.code(article) };
    } catch (e) {
      errors.push({ article: article.id, message: (e as Error).message });
      return { article, events: [] };
    }
  });
  const clustered = fns.cluster(items);
  const storyOf = (id: string) => clustered.get(id) ?? `unassigned:${id}`;

  // merge per predicted story; merged ids are qualified by their story so two stories' ids cannot collide
  const byStory = new Map<string, StoryItem[]>();
  for (const it of items) {
    const s = storyOf(it.article.id);
    byStory.set(s, [...(byStory.get(s) ?? []), it]);
  }
  const mergedOf = new Map<string, string>();
  let mergedEvents = 0;
  for (const [s, its] of byStory) {
    for (const g of fns.merge(its)) {
      mergedEvents++;
      for (const m of g.mentions) mergedOf.set(m.eventId, `${s}\u0000${g.id}`);
    }
  }

  const goldStoryOf = new Map<string, string>();
  for (const s of gold) for (const a of s.articles) goldStoryOf.set(a, s.story);
  const mentions = gold.flatMap((s) => s.events.flatMap((g) => g.mentions.map((m) => ({ ...m, event: g.event, group: g.id, story: s.story }))));
  const events = items.flatMap((it) => it.events);
  const aligned = alignMentions(mentions, events);
  const labelled = [...aligned].map(([mi, ei]) => {
    const ev = events[ei]!;
    return { gold: mentions[mi]!.group, system: mergedOf.get(ev.id) ?? `solo:${ev.id}` };
  });

  const missed: MissedPair[] = [];
  const eventOf = (mi: number) => (aligned.has(mi) ? events[aligned.get(mi)!]! : null);
  const byGroup = new Map<string, number[]>();
  mentions.forEach((m, mi) => byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), mi]));
  for (const [group, mis] of byGroup) {
    for (let x = 0; x < mis.length; x++) {
      for (let y = x + 1; y < mis.length; y++) {
        const [a, b] = [eventOf(mis[x]!), eventOf(mis[y]!)];
        const ids: MissedPair['events'] = [a?.id ?? null, b?.id ?? null];
        if (!a || !b) { missed.push({ group, cause: 'not found', events: ids }); continue; }
        const s = storyOf(a.article.id);
        if (s !== storyOf(b.article.id)) { missed.push({ group, cause: 'other story', events: ids }); continue; }
        if (mergedOf.get(a.id) === mergedOf.get(b.id) && mergedOf.has(a.id)) continue;
        const why = fns.explain ? fns.explain(byStory.get(s)!, a.id, b.id).verdict : 'unexplained';
        missed.push({ group, cause: why === 'compatible' ? 'linkage' : why, events: ids });
      }
    }
  }

  const alignedOf = (story: string) => [...aligned.keys()].filter((mi) => mentions[mi]!.story === story).length;
  return {
    articles: goldStoryOf.size,
    goldStories: gold.length,
    predictedStories: new Set([...goldStoryOf.keys()].map(storyOf)).size,
    bcubed: bcubed(clustered, goldStoryOf),
    goldGroups: gold.reduce((n, s) => n + s.events.length, 0),
    goldMentions: mentions.length,
    alignedMentions: aligned.size,
    systemEvents: events.length,
    unalignedEvents: events.length - aligned.size,
    mergedEvents,
    pairs: pairwise(labelled),
    missed,
    perStory: gold.map((s) => ({
      story: s.story,
      articles: s.articles.length,
      predicted: new Set(s.articles.map(storyOf)).size,
      groups: s.events.length,
      mentions: s.events.reduce((n, g) => n + g.mentions.length, 0),
      aligned: alignedOf(s.story),
    })),
    errors,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// As a suite of docs/accuracy.md

export function storiesSuite(suite: string, title: string, r: StoriesReport): SuiteResult<StoriesReport> {
  const row = rowsOf(suite);
  const prfRows = (key: string, label: string, x: PRF, predicted: number, gold: number) => [
    row(`${key}.precision`, `${label} precision`, x.precision, predicted),
    row(`${key}.recall`, `${label} recall`, x.recall, gold),
    row(`${key}.f1`, `${label} F1`, x.f1, gold),
  ];
  return {
    suite,
    title,
    report: r,
    rows: [
      ...prfRows('bcubed', 'story clustering B-cubed', r.bcubed, r.articles, r.articles),
      ...prfRows('events', 'merged events pairwise', r.pairs, r.pairs.systemPairs, r.pairs.goldPairs),
      row('mentions.aligned', 'gold mentions the coder found (aligned to a system event)', pct(r.alignedMentions, r.goldMentions), r.goldMentions),
    ],
    tables: [
      {
        title: 'per gold story',
        header: ['story', 'articles', 'predicted stories', 'event groups', 'mentions', 'aligned'],
        rows: r.perStory.map((s) => [s.story, s.articles, s.predicted, s.groups, s.mentions, s.aligned].map(String)),
      },
      {
        title: 'gold pairs not merged, by cause (all gold mentions: "not found" is the coder\'s, "other story" the clusterer\'s, the rest the merge\'s)',
        header: ['cause', 'pairs'],
        rows: [...countBy(r.missed, (m) => m.cause)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => [c, String(n)]),
      },
    ],
    notes: [
      `${r.articles} articles in ${r.goldStories} gold stories, ${r.predictedStories} predicted stories.`,
      `${r.goldGroups} gold event groups with ${r.goldMentions} mentions; ${r.alignedMentions} aligned to system events, ` +
        `${r.systemEvents} system events (${r.unalignedEvents} with no gold mention, not scored), ${r.mergedEvents} merged events.`,
      `Pairs of aligned mentions: ${r.pairs.goldPairs} in the same gold group, ${r.pairs.systemPairs} in the same merged event, ${r.pairs.correctPairs} both.`,
      'A gold mention is aligned to the system event of its article whose evidence sentence contains its quote (one each; ' +
        'the gold category and a trigger inside the quote are preferred). Articles are fed in publication order.',
    ],
  };
}
