// Seeded generator of news-like articles grouped into episodes, for the story-clustering benchmark
// (scripts/bench-stories.ts): each episode (a cast of countries and people, an invented place and vessel or site,
// figures, a PLOVER category) is told by several outlets: a wire story, near-duplicate rewrites of it, independent
// tellings in other words, follow-ups days later. Articles are ~400 words: the episode's sentences among background
// sentences drawn from a shared pool (other countries, other people), so unrelated articles share common words and
// parties. Each article comes with a few synthetic events naming the episode's parties.
import { createRng, type Rng } from './prng.js';
import { COUNTRIES, GIVEN_NAMES, OUTLETS, SURNAMES, TITLES, TOPICS, WEEKDAYS, type CountryEntry } from './corpus-data.js';
import type { Article, PloverCategory, ReadoutEvent } from '../types.js';

export interface StoryCorpusOptions {
  articles: number;
  seed: number;
  /** first publication day, YYYY-MM-DD (default 2022-01-01); episodes start over `days` days (default 730) */
  from?: string;
  days?: number;
}

export interface StoryCorpusItem {
  article: Article;
  events: ReadoutEvent[];
  /** the episode it tells (gold story) */
  episode: number;
}

interface Episode {
  n: number;
  day: number;
  a: CountryEntry;
  b: CountryEntry;
  people: string[];
  place: string;
  thing: string;
  topic: string;
  figures: number[];
  category: PloverCategory;
  wire: string[];
}

const CATEGORIES: PloverCategory[] = ['CONSULT', 'AGREE', 'ACCUSE', 'ASSAULT', 'PROTEST', 'SANCTION', 'AID', 'COERCE', 'THREATEN', 'REJECT'];
const EXTRA_OUTLETS = ['Frontier Dispatch', 'Lowland Gazette', 'Summit Times', 'Harbour Wire', 'Inland Review', 'Morning Register', 'Delta Mail', 'Plains Journal'];
const ALL_OUTLETS = [...OUTLETS, ...EXTRA_OUTLETS];
const DAY = 86_400_000;

function inventName(rng: Rng, syllables: number): string {
  const c = 'bdfgklmnprstvzhc';
  const v = 'aeiou';
  let s = '';
  for (let i = 0; i < syllables; i++) s += c[rng.int(c.length)]! + v[rng.int(v.length)]! + (rng.chance(0.3) ? c[rng.int(c.length)]! : '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VERBS: Record<PloverCategory, string[]> = {
  CONSULT: ['held talks with', 'met', 'hosted'], AGREE: ['signed an accord with', 'agreed a deal with', 'reached an agreement with'],
  ACCUSE: ['accused', 'blamed', 'criticised'], ASSAULT: ['shelled positions held by', 'attacked', 'launched strikes against'],
  PROTEST: ['protested against', 'rallied against', 'marched against'], SANCTION: ['imposed sanctions on', 'froze assets of', 'banned imports from'],
  AID: ['sent aid to', 'delivered supplies to', 'pledged support to'], COERCE: ['detained crew members from', 'seized a ship belonging to', 'expelled diplomats of'],
  THREATEN: ['threatened', 'warned', 'issued an ultimatum to'], REJECT: ['rejected a proposal from', 'turned down a request by', 'refused demands from'],
  SUPPORT: ['backed'], CONCEDE: ['conceded to'], COOPERATE: ['cooperated with'], RETREAT: ['withdrew from'], REQUEST: ['asked'], MOBILIZE: ['mobilised against'],
};

/** The episode's own sentences in one wording (variant 0: the wire's; others: an independent outlet's). */
function episodeSentences(e: Episode, rng: Rng, variant: number): string[] {
  const [p1, p2] = e.people;
  const verb = VERBS[e.category][variant % VERBS[e.category].length]!;
  const [f1, f2, f3] = e.figures;
  const s = variant === 0 ? [
    `${e.a.name} ${verb} ${e.b.name} near ${e.place} on ${WEEKDAYS[e.day % 7]}, in a move tied to ${e.topic}.`,
    `${p1} said ${f1} people had been affected and that the ${e.thing} was at the centre of the dispute.`,
    `Officials in ${e.b.capital} said ${p2} would travel to ${e.place} to assess the situation.`,
    `The ${e.thing} had been under scrutiny since ${f2} inspectors visited it last year.`,
    `${e.a.adjective} officials put the cost at ${f3} million dollars.`,
    `${p2} called the events near ${e.place} deeply troubling and urged restraint.`,
  ] : [
    `Events near ${e.place} drew a sharp reaction after ${e.a.adjective} authorities ${verb} ${e.b.adjective} counterparts.`,
    `According to ${p1}, about ${f1} people were affected, and the ${e.thing} remains the focus.`,
    `${p2}, speaking in ${e.b.capital}, said the situation around the ${e.thing} was troubling.`,
    `Estimates of the damage reached ${f3} million dollars, ${e.a.adjective} sources said.`,
    `Observers recalled that ${f2} inspectors had examined the ${e.thing} in the past.`,
  ];
  return s.filter(() => rng.chance(0.85));
}

function backgroundSentence(rng: Rng): string {
  const c = rng.pick(COUNTRIES);
  const d = rng.pick(COUNTRIES);
  const person = `${rng.pick(TITLES)} ${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`;
  switch (rng.int(8)) {
    case 0: return `${c.name} and ${d.name} have discussed ${rng.pick(TOPICS)} several times in recent years.`;
    case 1: return `${person} said last month that ${rng.pick(TOPICS)} remained a priority for the government.`;
    case 2: return `Trade between ${c.name} and ${d.name} was worth about ${2 + rng.int(90)} billion dollars last year.`;
    case 3: return `Analysts said a breakthrough on ${rng.pick(TOPICS)} was unlikely before the end of the year.`;
    case 4: return `The region has been tense since a dispute flared in ${2000 + rng.int(20)}, and diplomats in ${c.capital} remain cautious.`;
    case 5: return `${c.adjective} media reported that the cabinet would meet again next week to review the budget.`;
    case 6: return `Officials did not give further details, and the foreign ministry in ${d.capital} declined to comment.`;
    default: return `Inflation in ${c.name} reached its highest level in ${2 + rng.int(20)} years, adding pressure on the government.`;
  }
}

/** Replace a few words of a sentence, as a rewrite desk does. */
function rewrite(s: string, rng: Rng): string {
  const swaps: [RegExp, string][] = [[/\bsaid\b/, 'stated'], [/\bpeople\b/, 'residents'], [/\bofficials\b/i, 'Authorities'], [/\bnear\b/, 'close to'], [/\btroubling\b/, 'worrying']];
  let out = s;
  for (const [re, to] of swaps) if (rng.chance(0.5)) out = out.replace(re, to);
  return out;
}

function events(id: string, e: Episode, outlet: string, published: string): ReadoutEvent[] {
  const ref = (c: CountryEntry, text: string) => ({ text, name: text, country: c.iso3, sector: 'GOV' });
  const base = { article: { id, outlet, url: null, published }, mode: null, contexts: [], cameo: '000', quad: 1 as const, goldstein: 0,
    date: null, location: { name: e.place, country: e.b.iso3 }, attribution: [], status: 'asserted' as const, confidence: 0.9 };
  return [
    { ...base, id: `${id}-e1`, event: e.category, actor: [ref(e.a, e.a.name)], recipient: [ref(e.b, e.b.name)], evidence: { sentence: 0, start: 0, end: 10, text: '' } },
    { ...base, id: `${id}-e2`, event: 'CONSULT', actor: [ref(e.b, e.people[1]!)], recipient: [ref(e.a, e.a.name)], evidence: { sentence: 1, start: 0, end: 10, text: '' } },
  ];
}

/** The corpus one article at a time, in publication order within each day's episodes. Same options => same items. */
export function* iterStoryCorpus(o: StoryCorpusOptions): Generator<StoryCorpusItem> {
  if (!Number.isInteger(o.articles) || o.articles < 0) throw new Error(`articles must be a whole number >= 0, got ${o.articles}`);
  const rng = createRng(o.seed);
  const from = Date.parse(`${o.from ?? '2022-01-01'}T00:00:00Z`);
  if (Number.isNaN(from)) throw new Error(`from must be a YYYY-MM-DD date, got ${JSON.stringify(o.from)}`);
  const days = o.days ?? 730;
  // episodes in day order; each day's articles are emitted when the day comes (follow-ups are queued)
  const perDay = Math.max(1, o.articles / days);
  const queue = new Map<number, StoryCorpusItem[]>();
  let made = 0;
  let episodes = 0;
  for (let day = 0; made < o.articles; day++) {
    // new episodes for this day: enough to reach about perDay articles a day
    const todays = queue.get(day) ?? [];
    queue.delete(day);
    while (todays.length < perDay && made + todays.length < o.articles) {
      const [a, b] = [rng.pick(COUNTRIES), rng.pick(COUNTRIES.filter((c) => c.iso3 !== COUNTRIES[0]!.iso3))];
      const e: Episode = {
        n: episodes++, day, a: a!, b: b === a ? COUNTRIES[0]! : b!,
        people: [`${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`, `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`],
        place: inventName(rng, 2 + rng.int(2)), thing: `${inventName(rng, 2)} ${rng.pick(['terminal', 'pipeline', 'dam', 'refinery', 'tanker', 'airbase', 'mine'])}`,
        topic: rng.pick(TOPICS), figures: [10 + rng.int(5000), 2 + rng.int(60), 1 + rng.int(900)], category: rng.pick(CATEGORIES), wire: [],
      };
      const tellings = rng.chance(0.25) ? 1 : 2 + rng.int(7);
      for (let t = 0; t < tellings; t++) {
        const later = t > 0 && rng.chance(0.25) ? 1 + rng.int(6) : 0;
        const kind = t === 0 ? 'wire' : later > 0 ? 'followup' : rng.chance(0.4) ? 'rewrite' : 'own';
        const item = () => telling(e, kind, rng, later, from);
        if (later === 0) todays.push(item());
        else queue.set(day + later, [...(queue.get(day + later) ?? []), item()]);
      }
    }
    for (const it of todays) {
      if (made >= o.articles) return;
      made++;
      yield it;
    }
  }
}

function telling(e: Episode, kind: 'wire' | 'rewrite' | 'own' | 'followup', rng: Rng, later: number, from: number): StoryCorpusItem {
  if (e.wire.length === 0) e.wire = episodeSentences(e, rng, 0);
  const own = kind === 'wire' ? e.wire
    : kind === 'rewrite' ? e.wire.map((s) => rewrite(s, rng))
    : kind === 'own' ? episodeSentences(e, rng, 1 + rng.int(3))
    : [`${e.people[0]} said on ${WEEKDAYS[(e.day + later) % 7]} that talks over the ${e.thing} near ${e.place} would continue.`, ...episodeSentences(e, rng, 1).slice(0, 2)];
  const background = Array.from({ length: 16 + rng.int(8) }, () => backgroundSentence(rng));
  // the episode's sentences lead; background is woven in after the first two
  const text = [...own.slice(0, 2), ...background.slice(0, 6), ...own.slice(2), ...background.slice(6)].join(rng.chance(0.5) ? ' ' : '\n\n');
  const published = new Date(from + (e.day + later) * DAY).toISOString().slice(0, 10);
  const outlet = kind === 'wire' ? 'Meridian Wire' : rng.pick(ALL_OUTLETS);
  const id = `ep${e.n}-${kind}-${rng.int(1e9).toString(36)}`;
  return { article: { id, text, published, outlet, url: null, title: null, language: 'en', origin: id }, events: events(id, e, outlet, published), episode: e.n };
}

/** B-cubed precision, recall and F1 of a clustering against gold labels (both: item -> cluster). */
export function bcubed(gold: Map<string, string | number>, got: Map<string, string>): { precision: number; recall: number; f1: number } {
  const members = (m: Map<string, string | number>) => {
    const by = new Map<string | number, Set<string>>();
    for (const [k, v] of m) { let s = by.get(v); if (!s) by.set(v, (s = new Set())); s.add(k); }
    return by;
  };
  const g = members(gold);
  const c = members(got);
  let p = 0;
  let r = 0;
  for (const [item, label] of gold) {
    const mine = c.get(got.get(item)!)!;
    const truth = g.get(label)!;
    let both = 0;
    for (const x of mine) if (truth.has(x)) both++;
    p += both / mine.size;
    r += both / truth.size;
  }
  const precision = p / gold.size;
  const recall = r / gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
