// Generates lexicons/actors/countries.jsonl from the world-countries, i18n-iso-countries and i18n-nationality
// packages (devDependencies), then applies lexicons/actors/country-corrections.jsonl.
// Run: npm run lexicon:countries. The coder reads the generated file, never these packages.
//
// Dependencies without their own PLOVER country are folded into their state (PLOVER manual, "Country names"):
// their entry keeps its own ISO code in `iso` and carries the state's code in `country`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ActorEntry } from '../src/actors/entries.js';
import { FieldError } from '../src/actors/fields.js';
import { LexiconError, packageRoot, readJsonLines } from '../src/actors/load.js';
import { parseActor } from '../src/actors/parse.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const WORLD = require('world-countries/countries.json') as WorldCountry[];
const ISO_NAMES = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const NATIONALITIES = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities;

/** world-countries codes that differ from what readout emits. */
const CODE_FIX: Record<string, string> = { UNK: 'XKX' };

/** Territories with an ISO code folded into the state that controls them (PLOVER keeps only ATA, HKG, PSE, TWN, XKX apart). */
const FOLDED_INTO: Record<string, string> = {
  ABW: 'NLD', AIA: 'GBR', ALA: 'FIN', ASM: 'USA', ATF: 'FRA', BLM: 'FRA', SHN: 'GBR', BMU: 'GBR', BES: 'NLD', BVT: 'NOR',
  CCK: 'AUS', COK: 'NZL', CUW: 'NLD', CXR: 'AUS', CYM: 'GBR', ESH: 'MAR', FLK: 'GBR', FRO: 'DNK', GGY: 'GBR', GIB: 'GBR',
  GLP: 'FRA', GRL: 'DNK', GUF: 'FRA', GUM: 'USA', HMD: 'AUS', IMN: 'GBR', IOT: 'GBR', JEY: 'GBR', MAC: 'CHN', MAF: 'FRA',
  MNP: 'USA', MSR: 'GBR', MTQ: 'FRA', MYT: 'FRA', NCL: 'FRA', NFK: 'AUS', NIU: 'NZL', PCN: 'GBR', PRI: 'USA', PYF: 'FRA',
  REU: 'FRA', SGS: 'GBR', SJM: 'NOR', SPM: 'FRA', SXM: 'NLD', TCA: 'GBR', TKL: 'NZL', UMI: 'USA', VGB: 'GBR', VIR: 'USA',
  WLF: 'FRA',
};

/** Partially recognised entities (PLOVER sector PRE) among the ISO entries. */
const PARTIALLY_RECOGNISED = new Set(['ESH']);

/**
 * Alternative spellings from the packages that are dangerous as words or not names of the country in English text:
 * common English words, first names, company-name parts, names of a larger region or island.
 */
const JUNK = new Set([
  'Island', 'Mann', 'Mannin', 'Prathet', 'Viti', 'Timor', 'Dominique', 'Nippon', 'Nihon', 'Zhonghua', 'Guiana', 'Guyane',
  'Emirates', 'Portuguesa', 'Mexicanos', 'Pleasant Island', 'the Abode of Peace', 'Togolese', 'Thai', 'Saudi', 'Lao',
  'Reunion', 'Nijar', 'Kosova', 'Bhārat', 'Sarnam', 'Sranangron', 'Buliwya', 'Wuliwya', 'Ngwane', 'Swatini', 'weSwatini',
  'Dzayer', 'Jabuuti', 'Gabuuti', 'Pitcairn', 'Jersey', 'Guernsey', 'Prathet Thai',
]);

const STOP = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'da', 'do', 'y']);
const words = (s: string): string[] => s.toLowerCase().split(/[\s-]+/).filter((w) => w !== '' && !STOP.has(w));

/** English-usable spellings: Latin script, no codes, no inverted "X, Republic of" forms, no parentheses. */
function usableAlias(alias: string, english: string[]): boolean {
  if (JUNK.has(alias)) return false;
  if (/^[A-Z]{2}$/.test(alias)) return false; // ISO alpha-2 codes: "IN", "IT", "NO", "ME" are words
  if (/[,()]/.test(alias)) return false;
  if (!/^[\p{Script=Latin}\s'’.\-]+$/u.test(alias)) return false;
  const ws = words(alias);
  if (ws.length <= 1) return true;
  // a long form in another language ("Royaume de Belgique") shares no word with the English names
  const known = new Set(english.flatMap(words));
  return ws.some((w) => known.has(w));
}

/** Singular adjectives / people nouns from the packages' strings ("Antiguan, Barbudan", "Trinidadian or Tobagonian"). */
function adjectiveForms(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+-\s+|,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && /^[\p{Script=Latin}\s'’.\-]+$/u.test(s));
}

/** "Antiguans": the packages sometimes give a plural where an adjective is meant. */
const looksPlural = (s: string): boolean => /[^s]s$/.test(s);

const INVARIABLE = new Set(['Ni-Vanuatu', 'I-Kiribati', 'Burkinabe', 'Malagasy']);

/** Regular English plural of a people noun ("Iranian" -> "Iranians"); null for adjective-only forms ("Chinese", "Danish"). */
function peoplePlural(form: string): string | null {
  if (INVARIABLE.has(form) || /(ese|sh|ch|ss|ic|x|z|y|s)$/.test(form)) return null;
  return /[nioker]$/.test(form) || /[a-z]i$/.test(form) ? `${form}s` : null;
}

const surfaceKey = (s: string): string => (/^[A-Z.]{2,8}$/.test(s) && s.replace(/\./g, '').length <= 5 ? s : s.toLowerCase());
const uniq = (xs: string[]): string[] => [...new Set(xs)];

function generated(): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const c of WORLD) {
    const iso = CODE_FIX[c.cca3] ?? c.cca3;
    const country = FOLDED_INTO[iso] ?? iso;
    const folded = country !== iso;
    const isoNames = ISO_NAMES[c.cca2];
    const english = [c.name.common, c.name.official, ...(Array.isArray(isoNames) ? isoNames : isoNames ? [isoNames] : [])];
    const name = c.name.common;
    const aliases = uniq([...english, ...c.altSpellings]).filter((a) => a !== name && usableAlias(a, english));
    const demonymNouns = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap(adjectiveForms);
    // i18n-nationality has errors for territories (Wallis and Futuna: "Welsh"), so dependencies use world-countries only.
    const adjectives = uniq([...(folded ? [] : adjectiveForms(NATIONALITIES[c.cca2])), ...demonymNouns])
      .filter((a) => !english.includes(a) && !looksPlural(a));
    const demonyms = uniq(adjectives.map(peoplePlural).filter((d): d is string => d !== null));
    out.push({
      kind: 'country', name, country, sector: PARTIALLY_RECOGNISED.has(iso) ? 'PRE' : null,
      aliases, adjectives, demonyms, type: null, base: null, iso: folded ? iso : null, origin: `world-countries:${c.cca3}`,
    });
  }
  dropSharedFormsOfDependencies(out);
  return out;
}

/** A dependency loses any form it shares with another entry ("American", "Channel Islander", "Virgin Islander"). */
function dropSharedFormsOfDependencies(entries: ActorEntry[]): void {
  const count = new Map<string, number>();
  for (const e of entries) for (const f of new Set(surfaceForms(e).map(surfaceKey))) count.set(f, (count.get(f) ?? 0) + 1);
  const shared = (f: string): boolean => (count.get(surfaceKey(f)) ?? 0) > 1;
  for (const e of entries) {
    if (e.iso === null) continue;
    e.aliases = e.aliases.filter((f) => !shared(f));
    e.adjectives = e.adjectives.filter((f) => !shared(f));
    e.demonyms = e.demonyms.filter((f) => !shared(f));
  }
}

function surfaceForms(e: ActorEntry): string[] {
  return [e.name, ...e.aliases, ...e.adjectives, ...e.demonyms];
}

interface Correction {
  entry: ActorEntry;
  remove: string[];
  given: Set<string>;
}

function readCorrections(file: string): Correction[] {
  return readJsonLines(file).map(({ obj, line }) => {
    try {
      const entry = parseActor(obj, `${file}:${line}`, ['remove']);
      if (entry.kind !== 'country') throw new FieldError('kind', 'must be "country" in the corrections file');
      const remove = obj.remove === undefined ? [] : obj.remove;
      if (!Array.isArray(remove) || remove.some((r) => typeof r !== 'string')) throw new FieldError('remove', 'must be a list of strings');
      return { entry, remove: remove as string[], given: new Set(Object.keys(obj)) };
    } catch (e) {
      if (e instanceof FieldError) throw new LexiconError(file, line, e.message);
      throw e;
    }
  });
}

/** Corrections match a generated entry by its own ISO code (`iso`, else `country`); unmatched ones are added. */
function applyCorrections(entries: ActorEntry[], corrections: Correction[]): ActorEntry[] {
  const byIso = new Map(entries.map((e) => [e.iso ?? e.country, e]));
  for (const { entry: c, remove, given } of corrections) {
    const key = c.iso ?? c.country;
    const target = byIso.get(key);
    if (target === undefined) {
      byIso.set(key, c);
      entries.push(c);
      continue;
    }
    if (target.name !== c.name) target.aliases.push(target.name);
    target.name = c.name;
    target.country = c.country;
    if (given.has('sector')) target.sector = c.sector;
    if (given.has('type')) target.type = c.type;
    const gone = new Set(remove.map(surfaceKey));
    if (gone.has(surfaceKey(c.name))) throw new Error(`${c.origin}: "remove" lists the entry's own name "${c.name}"`);
    const keep = (xs: string[]): string[] => uniq(xs).filter((x) => !gone.has(surfaceKey(x)) && x !== target.name);
    target.aliases = keep([...target.aliases, ...c.aliases]);
    target.adjectives = keep([...target.adjectives, ...c.adjectives]);
    target.demonyms = keep([...target.demonyms, ...c.demonyms]);
    target.origin = c.origin;
  }
  return entries;
}

/** Surface forms claimed by more than one country code. */
function collisions(entries: ActorEntry[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const f of surfaceForms(e)) {
      const k = surfaceKey(f);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(e.country);
    }
  }
  return new Map([...owners].filter(([, cs]) => cs.size > 1).map(([k, cs]) => [k, [...cs]]));
}

function line(e: ActorEntry): string {
  const o: Record<string, unknown> = { kind: 'country', name: e.name, country: e.country };
  if (e.iso !== null) o.iso = e.iso;
  if (e.sector !== null) o.sector = e.sector;
  o.aliases = e.aliases;
  o.adjectives = e.adjectives;
  o.demonyms = e.demonyms;
  return JSON.stringify(o);
}

function main(): void {
  const dir = join(packageRoot(), 'lexicons', 'actors');
  const entries = applyCorrections(generated(), readCorrections(join(dir, 'country-corrections.jsonl')));
  const clash = collisions(entries);
  if (clash.size > 0 && !process.argv.includes('--allow-collisions')) {
    for (const [form, codes] of clash) console.error(`collision: "${form}" is claimed by ${codes.join(', ')}`);
    console.error('fix these in lexicons/actors/country-corrections.jsonl ("remove")');
    process.exit(1);
  }
  entries.sort((a, b) => (a.iso ?? a.country).localeCompare(b.iso ?? b.country));
  const header = [
    '# Generated by scripts/gen-countries.ts (npm run lexicon:countries) from world-countries, i18n-iso-countries,',
    '# i18n-nationality and country-corrections.jsonl. Do not edit by hand: edit the corrections and regenerate.',
    '# Territories folded into a state (PLOVER) keep their own ISO code in "iso".',
  ];
  writeFileSync(join(dir, 'countries.jsonl'), [...header, ...entries.map(line)].join('\n') + '\n');
  console.log(`wrote ${entries.length} countries to ${join(dir, 'countries.jsonl')}`);
}

main();
