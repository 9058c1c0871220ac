// Seeded generator of a synthetic news corpus for benchmarks and robustness runs (scripts/gen-corpus.ts).
// Sentences come from readout's own templates filled from corpus-data.ts; shapes vary on purpose:
// attribution frames, passive voice, coordinated actors and recipient lists, title-then-surname persons,
// capital metonyms, relative dates, negation, conditionals, and sentences with no event at all.
import { createRng } from './prng.js';
import type { Rng } from './prng.js';
import {
  AGENCIES, COUNTRIES, GIVEN_NAMES, GOODS, IGOS, MONTHS, NGOS, OUTLETS, SURNAMES, TITLES, TOPICS, WEEKDAYS,
} from './corpus-data.js';
import type { CountryEntry } from './corpus-data.js';

export interface CorpusOptions {
  articles: number;
  sentencesPerArticle: number;
  seed: number;
  /** publication dates are drawn from [from, to], YYYY-MM-DD; defaults 2018-01-01 .. 2025-12-31 */
  from?: string;
  to?: string;
}

export interface CorpusArticle {
  id: string;
  text: string;
  published: string;
  outlet: string;
}

interface Person { title: string; given: string; surname: string; introduced: boolean }

/** Per-article state: the random stream, the publication date and the article's cast. */
interface Ctx {
  rng: Rng;
  published: Date;
  cast: CountryEntry[];
  people: Map<string, Person>;
}

const DAY = 86_400_000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseDay(s: string, what: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || isoDay(d) !== s) throw new Error(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(s)}`);
  return d;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function possessive(s: string): string {
  return s.endsWith('s') ? `${s}'` : `${s}'s`;
}

// ---- actor references ----

function person(ctx: Ctx, c: CountryEntry): string {
  let p = ctx.people.get(c.iso3);
  if (!p) {
    // surnames are unique within an article, so a later bare surname is never ambiguous
    const taken = new Set([...ctx.people.values()].map((q) => q.surname));
    let surname = ctx.rng.pick(SURNAMES);
    while (taken.has(surname)) surname = ctx.rng.pick(SURNAMES);
    p = { title: ctx.rng.pick(TITLES), given: ctx.rng.pick(GIVEN_NAMES), surname, introduced: false };
    ctx.people.set(c.iso3, p);
  }
  if (p.introduced) return p.surname;
  p.introduced = true;
  return `${c.adjective} ${p.title} ${p.given} ${p.surname}`;
}

/** A country as a sentence actor: its name, its capital (metonym), its government, a ministry, or a person. */
function actor(ctx: Ctx, c: CountryEntry): string {
  switch (ctx.rng.int(6)) {
    case 0: return c.name;
    case 1: return c.capital;
    case 2: return `the ${c.adjective} government`;
    case 3: return `the ${c.adjective} foreign ministry`;
    default: return person(ctx, c);
  }
}

/** A country as an object: name, capital or government. */
function target(ctx: Ctx, c: CountryEntry): string {
  return ctx.rng.pick([c.name, c.name, c.capital, `the ${c.adjective} government`]);
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---- dates relative to publication ----

function datePhrase(ctx: Ctx): string {
  const { rng, published } = ctx;
  const back = (days: number): Date => new Date(published.getTime() - days * DAY);
  switch (rng.int(9)) {
    case 0:
    case 1: return ` on ${WEEKDAYS[back(1 + rng.int(6)).getUTCDay()]}`;
    case 2: return ' last week';
    case 3: return published.getUTCDate() > 5 ? ' earlier this month' : ' last month';
    case 4: return published.getUTCMonth() > 0 ? ` in ${MONTHS[rng.int(published.getUTCMonth())]}` : ' last year';
    case 5: return rng.pick([' two days ago', ' three days ago', ' a day earlier']);
    case 6: return ' last year';
    case 7: { const d = back(1 + rng.int(20)); return ` on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`; }
    default: return '';
  }
}

// ---- sentence templates ----

/** Picks distinct countries from the article's cast (falls back to the whole list when the cast is small). */
function others(ctx: Ctx, n: number): CountryEntry[] {
  const pool = ctx.cast.length >= n ? ctx.cast : COUNTRIES;
  const out: CountryEntry[] = [];
  while (out.length < n) {
    const c = ctx.rng.pick(pool);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

type Template = (ctx: Ctx) => string;

const EVENT_TEMPLATES: readonly Template[] = [
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} held talks with ${person(x, b!)} in ${b!.capital}${datePhrase(x)} on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${person(x, a!)} arrived in ${b!.capital}${datePhrase(x)} for a two-day visit focused on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${person(x, a!)} spoke by phone with ${person(x, b!)}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${a!.name} and ${b!.name} signed an agreement on ${x.rng.pick(TOPICS)}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} praised ${possessive(target(x, b!))} role in the talks on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} said it was ready to expand ${x.rng.pick(TOPICS)} with ${target(x, b!)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} urged ${target(x, b!)} to return to negotiations on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} accused ${target(x, b!)} of violating a ceasefire along the border${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${b!.name} was accused by ${target(x, a!)} of supplying weapons to armed groups`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} denied that its forces had crossed into ${possessive(b!.name)} territory`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} rejected a request by ${target(x, b!)} to extradite a former minister`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} said it would impose sanctions on ${target(x, b!)} if the attacks continued`; },
  (x) => { const [a, b] = others(x, 2); return `new sanctions were imposed on ${b!.name} by ${target(x, a!)}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} expelled ${2 + x.rng.int(12)} ${b!.adjective} diplomats${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `thousands of people protested outside the ${b!.adjective} embassy in ${a!.capital}${datePhrase(x)}`; },
  (x) => { const [a] = others(x, 1); return `${a!.adjective} police arrested ${3 + x.rng.int(60)} protesters in ${a!.capital}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${a!.adjective} troops shelled positions held by ${b!.adjective} forces${datePhrase(x)}, killing ${2 + x.rng.int(20)} soldiers`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} deployed ${1000 + 500 * x.rng.int(10)} additional troops to its border with ${b!.name}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${a!.name} delivered ${10 + x.rng.int(200)} tonnes of ${x.rng.pick(GOODS)} to ${b!.name}${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} released ${2 + x.rng.int(40)} ${b!.adjective} prisoners${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} will host ${person(x, b!)} for talks on ${x.rng.pick(TOPICS)} next week`; },
  (x) => { const [a, b, c, d] = others(x, 4); return `${actor(x, a!)} invited ${list([b!.name, c!.name, d!.name])} to a summit on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b, c] = others(x, 3); return `${a!.name} and ${b!.name} condemned ${possessive(c!.name)} decision to close its airspace${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${x.rng.pick(IGOS)} called on ${a!.name} and ${b!.name} to resume talks on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a] = others(x, 1); return `${x.rng.pick(NGOS)} accused ${a!.adjective} security forces of torturing detainees`; },
  (x) => { const [a] = others(x, 1); return `${actor(x, a!)} did not sign the joint declaration on ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${a!.adjective} and ${b!.adjective} warships held joint naval exercises${datePhrase(x)}`; },
  (x) => { const [a, b] = others(x, 2); return `${possessive(person(x, a!))} visit to ${b!.capital}${datePhrase(x)} was the first in a decade`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} recalled its ambassador from ${b!.capital}${datePhrase(x)}`; },
  (x) => { const [a] = others(x, 1); return `${x.rng.pick(IGOS)} foreign ministers met in ${a!.capital}${datePhrase(x)} to discuss ${x.rng.pick(TOPICS)}`; },
  (x) => { const [a, b] = others(x, 2); return `${actor(x, a!)} threatened to cut gas supplies to ${target(x, b!)}`; },
  (x) => { const [a] = others(x, 1); return `the ${a!.adjective} army blocked access to the internet in two provinces${datePhrase(x)}`; },
];

const NON_EVENT_TEMPLATES: readonly Template[] = [
  (x) => { const [a, b] = others(x, 2); return `trade between ${a!.name} and ${b!.name} was worth about ${2 + x.rng.int(90)} billion dollars last year`; },
  (x) => { const [a] = others(x, 1); return `${a!.name} has a population of about ${3 + x.rng.int(200)} million`; },
  (x) => `the region has been tense since a border dispute flared in ${x.published.getUTCFullYear() - 1 - x.rng.int(15)}`,
  (x) => { const [a] = others(x, 1); return `${possessive(a!.name)} stock market fell ${1 + x.rng.int(9)}.${x.rng.int(10)} percent in early trading`; },
  () => 'analysts said a breakthrough was unlikely before the end of the year',
  () => 'officials did not give further details',
  (x) => { const [a] = others(x, 1); return `${person(x, a!)} said the mood in the room had been frank but friendly`; },
  (x) => `${x.rng.pick(['inflation', 'unemployment', 'the budget deficit'])} reached its highest level in ${2 + x.rng.int(20)} years`,
];

/** Wraps an event clause in an attribution frame (or not), and closes the sentence. */
function frame(ctx: Ctx, clause: string): string {
  const { rng } = ctx;
  switch (rng.int(8)) {
    case 0: return `${capitalise(clause)}, ${rng.pick(AGENCIES)} reported.`;
    case 1: return `${capitalise(clause)}, according to ${rng.pick(AGENCIES)}.`;
    case 2: return `${capitalise(rng.pick(AGENCIES))} said ${clause}.`;
    case 3: { const c = rng.pick(ctx.cast); return `${capitalise(clause)}, ${person(ctx, c)} said, according to state media.`; }
    case 4: { const c = rng.pick(ctx.cast); return `${capitalise(clause)}, according to a readout issued by the ${c.adjective} foreign ministry.`; }
    default: return `${capitalise(clause)}.`;
  }
}

function sentenceCount(rng: Rng, n: number): number {
  if (n <= 3) return n;
  return Math.max(1, Math.round(n * (0.8 + 0.4 * rng.next())));
}

function checkOptions(o: CorpusOptions): void {
  if (!Number.isInteger(o.articles) || o.articles < 0) throw new Error(`articles must be a whole number >= 0, got ${o.articles}`);
  if (!Number.isInteger(o.sentencesPerArticle) || o.sentencesPerArticle < 1) {
    throw new Error(`sentencesPerArticle must be a whole number >= 1, got ${o.sentencesPerArticle}`);
  }
  if (!Number.isInteger(o.seed)) throw new Error(`seed must be an integer, got ${o.seed}`);
}

/**
 * The corpus one article at a time (constant memory for large runs). Same options => same articles.
 * Options are checked at once (throws before anything is generated).
 */
export function iterCorpus(o: CorpusOptions): Generator<CorpusArticle> {
  checkOptions(o);
  const from = parseDay(o.from ?? '2018-01-01', 'from').getTime();
  const to = parseDay(o.to ?? '2025-12-31', 'to').getTime();
  if (to < from) throw new Error(`to (${o.to}) is before from (${o.from})`);
  return generate(o, from, Math.round((to - from) / DAY) + 1);
}

function* generate(o: CorpusOptions, from: number, days: number): Generator<CorpusArticle> {
  const rng = createRng(o.seed);
  const width = Math.max(5, String(o.articles).length);
  for (let i = 0; i < o.articles; i++) {
    const published = new Date(from + rng.int(days) * DAY);
    const cast = [rng.pick(COUNTRIES)];
    const size = 2 + rng.int(3);
    while (cast.length < size) {
      const c = rng.pick(COUNTRIES);
      if (!cast.includes(c)) cast.push(c);
    }
    const ctx: Ctx = { rng, published, cast, people: new Map() };
    const n = sentenceCount(rng, o.sentencesPerArticle);
    const parts: string[] = [];
    for (let s = 0; s < n; s++) {
      const eventful = s === 0 || rng.chance(0.7);
      const sentence = eventful
        ? frame(ctx, rng.pick(EVENT_TEMPLATES)(ctx))
        : `${capitalise(rng.pick(NON_EVENT_TEMPLATES)(ctx))}.`;
      const sep = s === 0 ? '' : rng.chance(0.5) ? '\n\n' : ' ';
      parts.push(sep, sentence);
    }
    yield {
      id: `syn-${o.seed}-${String(i).padStart(width, '0')}`,
      text: parts.join(''),
      published: isoDay(published),
      outlet: rng.pick(OUTLETS),
    };
  }
}

/** The whole corpus as a list (see iterCorpus). */
export function genCorpus(o: CorpusOptions): CorpusArticle[] {
  return [...iterCorpus(o)];
}

/** An article as a readout .txt file: the `date YYYY-MM-DD` prefix, then the text. */
export function articleAsTxt(a: CorpusArticle): string {
  return `date ${a.published}\n${a.text}\n`;
}
