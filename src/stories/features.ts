// What an article contributes to story clustering: a MinHash signature of its content-word shingles (near-duplicate
// wire rewrites), its salient terms (names, numbers with their unit, rarer content words: independent tellings of one
// episode share these even when they share few shingles), the parties and places of its coded events, their
// categories, and its publication day.
import type { Article, ReadoutEvent } from '../types.js';
import { MONTHS, WEEKDAYS } from '../lexicon/function-words.js';
import { fmix32, hash32, signature } from './minhash.js';

/** A salient term: `n:` a capitalised name word, `#:` a number with the word after it, `w:` a content word,
 *  `e:` an event party's name, `p:` an event's place. `weight` is the class weight (rarity is weighed at assignment). */
export interface Term {
  key: string;
  weight: number;
}

export interface StoryFeatures {
  id: string;
  /** YYYY-MM-DD or null */
  published: string | null;
  /** days since 1970-01-01, or null when undated */
  day: number | null;
  signature: Uint32Array;
  /** at most MAX_TERMS, most telling first (names, numbers, then words by frequency), no key twice */
  terms: Term[];
  /** term keys that only name a party of the article's events (shared parties are not evidence of one episode) */
  parties: Set<string>;
  /** PLOVER categories of its events, sorted */
  categories: string[];
}

/** Terms kept per article. Every term is a posting-list look-up on ingest: 48 instead of 64 cut the store's assignment
 *  cost by a third (ingest with stories -31% -> -23%) with the same stories on test/stories (B-cubed F1 96.1) and
 *  B-cubed F1 0.955 -> 0.934 on bench:stories' synthetic corpus (10k articles). */
export const MAX_TERMS = 48;
const WEIGHT = { name: 2, number: 1.5, word: 1, party: 1.5, place: 1.5 } as const;

// grammar words and words every news report uses: they say nothing about which episode it tells
const STOP = new Set((
  'a about above after again against all also am an and any are around as at be because been before being below between ' +
  'both but by can could did do does doing down during each few for from further had has have having he her here hers ' +
  'him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours ' +
  'out over own same she should so some such than that the their theirs them then there these they this those through ' +
  'to too under until up very was we were what when where which while who whom why will with would you your yet since ' +
  'per via amid among upon whether though although however according said says say told tell telling added adding ' +
  'stated statement statements report reported reports reporting reporter reporters news agency media press official ' +
  'officials spokesman spokeswoman spokesperson government ministry minister ministers president prime foreign country ' +
  'countries state states national international week weeks day days month months year years today yesterday tomorrow ' +
  'time times early earlier later last next first second third new people many several including include includes ' +
  'part made make makes would also well still even much like told asked called call calls two three four five six ' +
  'seven eight nine ten one hundred thousand million billion percent per cent mr mrs ms dr may might must shall '
).split(/\s+/).filter(Boolean).concat(WEEKDAYS, MONTHS));

/** Days since 1970-01-01 of a YYYY-MM-DD date, else null. */
export function dayNumber(published: string | null): number | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const t = Date.parse(`${published}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

interface Word { lower: string; stem: string; stop: boolean; capital: boolean; initial: boolean; number: boolean }

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.,-](?=[\p{L}\p{N}]))*/gu;
const UPPER = /^\p{Lu}/u;

/** Whether text[from, to) holds a sentence or quote boundary (. ! ? newline : and quotes). */
function boundary(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 34 || c === 0x201c) return true;
  }
  return false;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    if (t.length > 2 && (t.endsWith("'s") || t.endsWith('’s'))) t = t.slice(0, -2);
    let lower = t.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const c = t.charCodeAt(0);
    out.push({
      lower, stem: stem(lower), stop: STOP.has(lower),
      capital: c < 128 ? c >= 65 && c <= 90 : UPPER.test(t),
      initial: out.length === 0 || boundary(text, lastEnd, m.index), number: hasDigit(t),
    });
    lastEnd = m.index + m[0].length;
  }
  return out;
}

/** Light stemming so "cables"/"cable" and "tankers"/"tanker" meet. */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/[\s\p{Cc}]+/gu, ' ').trim();

/** The features of one article and its events. Deterministic. */
export function storyFeatures(article: Article, events: readonly ReadoutEvent[]): StoryFeatures {
  const ws = words(article.title ? `${article.title}\n${article.text}` : article.text);
  // a sentence-initial capital is a name only if the word is never written lower case in the article
  const lowerSeen = new Set<string>();
  for (const w of ws) if (!w.capital) lowerSeen.add(w.lower);

  // shingles: pairs of consecutive content words (stemmed), each word hashed once
  const shingles = new Set<number>();
  let prev = -1;
  for (const w of ws) {
    if (w.stop) continue;
    const h = hash32(w.stem);
    if (prev !== -1) shingles.add(fmix32((Math.imul(prev, 31) ^ h) >>> 0));
    prev = h;
  }

  const counts = new Map<string, { weight: number; n: number; first: number }>();
  const see = (key: string, weight: number, at: number) => {
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { weight, n: 1, first: at });
  };
  ws.forEach((w, i) => {
    if (w.number) {
      const next = ws[i + 1];
      see(`#:${w.lower}${next && !next.number && !next.stop ? ` ${next.stem}` : ''}`, WEIGHT.number, i);
    } else if (w.stop || w.lower.length < 3) {
      // nothing
    } else if (w.capital && !(w.initial && lowerSeen.has(w.lower))) {
      see(`n:${w.lower}`, WEIGHT.name, i);
    } else if (w.lower.length >= 4) {
      see(`w:${w.stem}`, WEIGHT.word, i);
    }
  });

  const parties = new Set<string>();
  const categories = new Set<string>();
  for (const e of events) {
    categories.add(e.event);
    for (const p of [...e.actor, ...e.recipient]) {
      const name = p.name ?? p.text;
      if (name) { see(`e:${norm(name)}`, WEIGHT.party, ws.length); parties.add(`e:${norm(name)}`); }
      for (const w of words(`${p.text} ${p.name ?? ''}`)) parties.add(`n:${w.lower}`);
    }
    if (e.location?.name) see(`p:${norm(e.location.name)}`, WEIGHT.place, ws.length);
  }

  // the events' parties and places always count; the text's terms by class weight and frequency
  const score = (c: { weight: number; n: number }) => c.weight * (1 + Math.log(c.n));
  const ranked = [...counts.entries()].sort(([ka, a], [kb, b]) =>
    Number(kb.startsWith('e:') || kb.startsWith('p:')) - Number(ka.startsWith('e:') || ka.startsWith('p:'))
    || score(b) - score(a) || a.first - b.first || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return {
    id: article.id,
    published: article.published,
    day: dayNumber(article.published),
    signature: signature(shingles),
    terms: ranked.slice(0, MAX_TERMS).map(([key, c]) => ({ key, weight: c.weight })),
    parties,
    categories: [...categories].sort(),
  };
}
