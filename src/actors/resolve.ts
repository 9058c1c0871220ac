// actors: finds actor mentions in a segmented article and resolves each to a country and sector.
// Order of evidence: lexicon names, sector words combined with a country next to them, persons learned from
// titles and appositives in this article, the dated office-holder list, then definite descriptions.
import type { Mention, Sentence, Token } from '../types.js';
import { matchAll, type GazEntry, type GazMatch, type Gazetteer } from './gazetteer.js';
import { PLACE_KINDS, roleAt, type Description, type NamedActor, type Person, type Role, type SectorTerm } from './model.js';
import { homeCountry } from './home.js';
import { firstFrom, windowStart } from './window.js';
import { ownerOfHostileObject } from './possessor.js';
import { LOCATIVE_PREPOSITIONS as LOCATIVE, MONTHS, POSSESSIVE_PRONOUNS, WEEKDAYS } from '../lexicon/function-words.js';
import { isNonStateCode } from '../codes/sectors.js';

interface Learned {
  name: string;
  country: string | null;
  sector: string | null;
  mention: number;
}

interface State {
  /** the article text the tokens point into */
  text: string;
  tokens: Token[];
  gaz: Gazetteer;
  date: string | null;
  mentions: Mention[];
  /** persons introduced in this article, by every normalised name token sequence and surname */
  learned: Map<string, Learned>;
  /** sector counts from agent words in the article, to choose between same-surname office holders */
  sectorHints: Map<string, number>;
  /** persons introduced by a bare title ("President Gustavo Petro"): their country is the story's, if it has one */
  titleOnly: Set<Mention>;
}

const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
/** Capitalised words that are times, not names ("leader Yasser Arafat Wednesday"). */
const TEMPORAL_NAMES = new Set([...WEEKDAYS, ...MONTHS]);
const isName = (t: Token | undefined): boolean => !!t && isCap(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB');
const POSSESSIVE = new Set(["'s", "'"]);
/** A plural noun for people ("Kurds", "prisoners", "landowners", "activists"), by its form. */
function peopleNoun(t: Token | undefined): boolean {
  if (!t || t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  // "two Georgian shepherds", "Chinese goods": any plural noun after a country adjective is that country's
  return personNoun(t) || (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && t.lemma !== t.lower);
}

/** A plural noun for people by its word alone ("Kurds", "landowners"), not any plural ("proposals"). */
function personNoun(t: Token): boolean {
  return PEOPLE.has(t.lower) || /(ers|ors|ists|ians|ants|ents|ees|men|ites)$/.test(t.lower);
}

const PEOPLE = new Set(['people', 'kurds', 'jews', 'muslims', 'christians', 'arabs', 'shiites', 'sunnis', 'refugees', 'migrants', 'youths', 'students', 'villagers', 'farmers', 'nationals', 'citizens', 'tribesmen', 'crowds']);

/** Nouns that, after a country adjective, name its capital as a place ("the Serbian capital"). */
const CAPITAL_WORDS = new Set(['capital']);
const STATE_SECTORS = new Set(['GOV', 'COP', 'MIL', 'JUD', 'LEG', 'SPY']);
/** Bodies that act inside their own country: police and courts, unnamed, are the story's. */
const DOMESTIC_SECTORS = new Set(['COP', 'JUD']);
/** Kinds of mention that name a state for its domestic bodies: a country, its places, its officials. */
const STATE_NAMING_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'person']);
/** Bodies that act inside their own country, named or not: with one state in the sentence, they are its. */
const DOMESTIC_BODIES = new Set(['COP', 'JUD', 'OPP', 'REB', 'PTY']);


/** Words between a country and an agent or title that keep them together. */
const TITLE_MODIFIERS = new Set(['state', 'national', 'federal', 'deputy', 'vice', 'acting', 'former', 'top', 'chief', 'senior', 'junior', 'assistant', 'associate', 'new', 'first', 'then', 'outgoing', 'incoming', 'interim', 'regional', 'local', 'main', 'caretaker']);

/** Participles after a hyphen that make the country before them the body's own ("Saudi-led", "NATO-commanded"). */
const LED: ReadonlySet<string> = new Set(['led', 'commanded', 'run']);

/** Find and resolve the actor mentions of a segmented article. */
export function resolveActors(text: string, tokens: Token[], sentences: Sentence[], gaz: Gazetteer, published: string | null): Mention[] {
  const st: State = { text, tokens, gaz, date: published, mentions: [], learned: new Map(), sectorHints: new Map(), titleOnly: new Set() };
  const perSentence = sentences.map((s) => matchAll(gaz, tokens, s.first, s.last));
  for (const ms of perSentence) for (const m of ms) for (const e of m.entries) {
    if (e.type === 'sector' && e.term.kind === 'agent' && e.term.sector) st.sectorHints.set(e.term.sector, (st.sectorHints.get(e.term.sector) ?? 0) + 1);
  }
  sentences.forEach((s, k) => resolveSentence(st, s, perSentence[k]!));
  return st.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

function pick<T extends GazEntry['type']>(m: GazMatch | undefined, type: T): Extract<GazEntry, { type: T }> | undefined {
  return m?.entries.find((e) => e.type === type) as Extract<GazEntry, { type: T }> | undefined;
}

/**
 * The office holder a name match stands for. A name several holders share ("King Abdullah", "President Bush") is
 * the one whose office is the country named just before it ("Jordan's King Abdullah"), else the one in office at
 * the article's date, else the one whose office is nearest in time.
 */
function pickPerson(st: State, m: GazMatch, before: GazMatch | undefined, after?: GazMatch): Extract<GazEntry, { type: 'person' }> | undefined {
  const persons = m.entries.filter((e): e is Extract<GazEntry, { type: 'person' }> => e.type === 'person');
  if (persons.length <= 1) return persons[0];
  const t = st.tokens;
  const adjacent = before !== undefined && (before.last === m.first || (before.last + 1 === m.first && POSSESSIVE.has(t[before.last]!.lower)));
  // ("King Hassan of Morocco": the country in an of-phrase right after the name)
  const ofAfter = after !== undefined && after.first === m.last + 1 && t[m.last]?.lower === 'of';
  const country = (adjacent ? countryActor(before)?.country : undefined) ?? (ofAfter ? countryActor(after)?.country : undefined);
  if (country) {
    const there = persons.filter((e) => e.person.roles.some((r) => r.country === country));
    if (there.length > 0) return there.find((e) => roleAt(e.person, st.date)?.country === country) ?? there[0];
  }
  const inOffice = persons.filter((e) => roleAt(e.person, st.date) !== null);
  if (inOffice.length > 0) return inOffice[0];
  const gap = (e: Extract<GazEntry, { type: 'person' }>): number => {
    const r = nearestRole(e.person, st.date);
    return r && st.date !== null ? roleGap(r, st.date) : Infinity;
  };
  return [...persons].sort((a, b) => gap(a) - gap(b))[0];
}

function sectorOf(m: GazMatch | undefined, kind: SectorTerm['kind']): SectorTerm | undefined {
  return m?.entries.find((e): e is Extract<GazEntry, { type: 'sector' }> => e.type === 'sector' && e.term.kind === kind)?.term;
}

function countryActor(m: GazMatch | undefined): NamedActor | undefined {
  if (!m) return undefined;
  for (const e of m.entries) {
    if ((e.type === 'name' || e.type === 'adjective') && (e.actor.kind === 'country' || e.actor.kind === 'capital')) return e.actor;
  }
  // a city gives its country to a body next to it ("police in Karachi", "Karachi police"), as a place, not as a party
  return namedOf(m, 'city');
}

/** The match's named actor: another kind before a city when a user lexicon gives a form to both. */
function namedOf(m: GazMatch | undefined, only?: NamedActor['kind']): NamedActor | undefined {
  const names = (m?.entries ?? []).filter((e): e is Extract<GazEntry, { type: 'name' }> => e.type === 'name').map((e) => e.actor);
  if (only) return names.find((a) => a.kind === only);
  return names.find((a) => a.kind !== 'city') ?? names[0];
}

/** Kinds that name a place rather than an organisation: an agent named with them takes their country, not an affiliation. */

function push(st: State, first: number, last: number, m: Omit<Mention, 'start' | 'end' | 'first' | 'last' | 'sent' | 'text'>): Mention {
  const t = st.tokens;
  const mention: Mention = {
    text: '', ...m, start: t[first]!.start, end: t[last - 1]!.end, first, last, sent: t[first]!.sent,
  };
  st.mentions.push(mention);
  return mention;
}

/** A run of capitalised name tokens starting at i (allowing hyphen-joined parts: Ahmad-Reza). */
function nameRun(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end) {
    const t = tokens[j]!;
    if (isName(t) && !(t.pos === 'VERB' && j > i)) { j++; continue; }
    if ((t.text === '-' || t.text === '.') && j > i && j + 1 < end && isName(tokens[j + 1]) && tokens[j]!.start === tokens[j - 1]!.end) { j++; continue; }
    // lower-case particles inside a name: "Omar Hassan al-Bashir", "Abdullah bin Zayed", "Ursula von der Leyen"
    if (j > i && NAME_PARTICLES.has(t.lower) && t.text === t.lower) {
      let k = j + 1;
      while (k < end && NAME_PARTICLES.has(tokens[k]!.lower) && tokens[k]!.text === tokens[k]!.lower) k++;
      if (k < end && tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end) k++;
      if (k < end && isName(tokens[k])) { j = k; continue; }
    }
    break;
  }
  return j;
}

/** Lower-case particles of personal names (Arabic, Dutch, German, Iberian, French) */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'y']);

/** A name run that stops before a weekday or month ("Yasser Arafat Wednesday rejected"). */
function personNameRun(tokens: Token[], i: number, end: number): number {
  const e = nameRun(tokens, i, end);
  for (let j = i; j < e; j++) if (TEMPORAL_NAMES.has(tokens[j]!.lower)) return j;
  return e;
}

/** Words before a month name that make it a date ("on May 16", "since May", "last May", "3 May"). */
const DATE_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'last', 'next', 'early', 'late', 'mid', 'mid-', 'of', 'before', 'after', 'during', 'between', 'and', 'or', 'this', 'that', '-', ',']);

/** A one-word name run that is a month used as a date, not a surname ("on May 16", "since May", "3 May": not Theresa
 * May): a month followed by a number, or after a number or a word that leads a date. */
function monthAsDate(tokens: Token[], i: number, end: number): boolean {
  if (end - i !== 1 || !MONTHS.includes(tokens[i]!.lower)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return /^\d/.test(after?.text ?? '') || (before !== undefined && before.sent === tokens[i]!.sent && (/^\d/.test(before.text) || DATE_LEADS.has(before.lower)));
}

function learn(st: State, name: string, country: string | null, sector: string | null, mention: number): void {
  const l: Learned = { name, country, sector, mention };
  const { full, last, first } = learnedKeys(name);
  st.learned.set(full, l);
  if (last !== null) st.learned.set(last, l);
  // family name first (Cho Tae-yul, Wang Yi): the first part, unless another person already has it
  if (first !== null && !st.learned.has(first)) st.learned.set(first, l);
}

/** The keys `learn` files a name under: the whole name, the last part, and the first part when it may be the family
 * name (two parts, or a hyphenated given name after it). Also how a learned person is found again. */
function learnedKeys(name: string): { full: string; last: string | null; first: string | null } {
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { full: name.toLowerCase(), last: null, first: null };
  const familyFirst = parts.length === 2 || parts[1]!.includes('-');
  return { full: name.toLowerCase(), last: parts[parts.length - 1]!.toLowerCase(), first: familyFirst ? parts[0]!.toLowerCase() : null };
}

function resolveSentence(st: State, s: Sentence, matches: GazMatch[]): void {
  const { tokens } = st;
  const src = (a: number, b: number) => st.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const used = new Uint8Array(s.last - s.first);
  const mark = (a: number, b: number) => { for (let i = a; i < b; i++) used[i - s.first] = 1; };
  const free = (i: number) => i >= s.first && i < s.last && used[i - s.first] === 0;
  const byFirst = new Map<number, GazMatch>();
  for (const m of matches) byFirst.set(m.first, m);
  const descriptions: [GazMatch, Description][] = [];

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (!free(m.first)) continue;
    // "the military leaders", "a return to civilian rule": a one-word agent used as an adjective modifies the noun after it
    // (but "a Kenyan military base" is Kenya's military's)
    const prev = matches[k - 1];
    const next = matches[k + 1];
    const countryBefore = prev !== undefined && prev.last === m.first && (pick(prev, 'adjective') !== undefined || pick(prev, 'name') !== undefined);
    const oneAgentWord = m.last - m.first === 1 && sectorOf(m, 'agent') !== undefined && !pick(m, 'name') && !pick(m, 'adjective');
    if (oneAgentWord && tokens[m.first]!.pos === 'ADJ' && tokens[m.last]?.pos === 'NOUN' && !countryBefore) continue;
    // "urged Washington to press Israel", "forces them to leave": a one-word agent used as a verb names no one
    if (oneAgentWord && tokens[m.first]!.pos === 'VERB' && !isCap(tokens[m.first])) continue;

    // 1. sector words: "China's foreign ministry", "the Iranian police force", "police in Iran"
    const agent = sectorOf(m, 'agent');
    const title = sectorOf(m, 'title');
    const descriptor = sectorOf(m, 'descriptor');
    const namedActor = namedOf(m);
    const named = namedActor ? { type: 'name' as const, actor: namedActor } : undefined;
    const person = pickPerson(st, m, prev, next);
    const adjective = pick(m, 'adjective');

    if (person && !monthAsDate(tokens, m.first, m.last)) {
      const role = roleAt(person.person, st.date) ?? roleAt(person.person, null);
      const mention = push(st, m.first, m.last, { name: person.person.name, country: role?.country ?? null, sector: role?.sector ?? null, kind: 'person', how: 'officeholder' });
      mention.text = src(m.first, m.last);
      learn(st, person.person.name, mention.country, mention.sector, st.mentions.length - 1);
      mark(m.first, m.last);
      continue;
    }

    if (named && !(adjective && next && (sectorOf(next, 'agent') || sectorOf(next, 'title')) && next.first <= m.last + 1)) {
      const a = named.actor;
      const mention = push(st, m.first, m.last, {
        name: a.name, country: a.country, sector: a.sector ?? (a.kind === 'country' ? 'GOV' : null),
        kind: a.kind, how: a.kind === 'capital' ? 'metonym' : 'lexicon',
        // a city is a place: its country, no sector (never a government by itself, unlike a capital)
      });
      mention.text = src(m.first, m.last);
      mark(m.first, m.last);
      continue;
    }

    const bareDescriptor = descriptor && !agent && !title && nameRun(tokens, m.last, s.last) === m.last ? descriptor : undefined;
    if (agent || title || bareDescriptor) {
      const term = (agent ?? title ?? bareDescriptor)!;
      // country to the left: adjective/name directly before, or with a possessive 's between
      let first = m.first;
      let country: string | null = null;
      let viaName: NamedActor | undefined;
      if (prev) {
        const gap = tokens.slice(prev.last, m.first).map((t) => t.lower);
        // "China's foreign ministry", "Chinese state media", "Ukraine's deputy defence minister"
        const rest = gap.length > 0 && POSSESSIVE.has(gap[0]!) ? gap.slice(1) : gap;
        // (and adjectives: "Indonesian naval vessels", "Syrian paramilitary forces")
        const gapTokens = tokens.slice(m.first - rest.length, m.first);
        // (after a possessive, premodifiers the tagger takes for adverbs or verbs count too: "China's powerful military",
        // "Russia's heavily armed units"; without one, "Israel attacked militants" has a verb between, not a modifier)
        const possessed = rest.length < gap.length;
        const premodifier = (t: Token): boolean => t.pos === 'ADJ' || (possessed && (t.pos === 'ADV' || (t.pos === 'VERB' && /ed$/.test(t.lower))));
        // (and one lower-case noun: "Palestinian suicide bombers", "Russian gas company")
        const nounModifier = (t: Token): boolean => rest.length === 1 && t.pos === 'NOUN' && t.text === t.lower;
        // (and a type designation, "American B-1B bombers", "South Korean F-15K fighters"; and "-led": "Saudi-led forces"
        // are Saudi Arabia's, as "Iranian-backed militias" are not Iran's)
        const designation = (t: Token): boolean => /^\p{Lu}[\p{L}\d]*-?[\p{L}\d]*\d/u.test(t.text) && t.text !== t.lower;
        const led = (i: number): boolean => (rest[i] === '-' && LED.has(rest[i + 1] ?? '')) || (i > 0 && rest[i - 1] === '-' && LED.has(rest[i]!));
        const okGap = rest.length <= (rest.includes('-') ? 3 : 2) && rest.every((w, i) => TITLE_MODIFIERS.has(w) || premodifier(gapTokens[i]!) || nounModifier(gapTokens[i]!) || designation(gapTokens[i]!) || led(i));
        const ca = countryActor(prev);
        const nm = pick(prev, 'name')?.actor;
        if (okGap && (ca || nm)) {
          viaName = ca ?? nm;
          country = viaName!.country;
          first = prev.first;
          // the country mention itself is part of this agent mention: drop it if it was pushed already
          dropMentionAt(st, prev.first);
        }
      }
      // "Houthi fighters", "Haftar's forces", "Assad loyalists": a known person's name before a body makes it that
      // person's side (a one-token name the lexicon knows as a surname, or a person named earlier in the article)
      const side = country === null && !title ? personBefore(st, m.first, s.first, free, prev) : null;
      if (side) {
        country = side.country;
        // (a name used as a modifier is part of the body's mention; a possessor, "Haftar's forces", stays a person of
        // its own)
        if (!side.possessive) {
          first = side.first;
          dropMentionAt(st, side.first);
        }
      }
      // "police in Iran", "ministry of defence of Ukraine"
      let last = m.last;
      // ("its forces in Lebanon" are the owner's, and armed forces "in" a country are often foreign: "of" only for them)
      const prep = tokens[m.last]?.lower;
      const owned = POSSESSIVE_PRONOUNS.has(tokens[m.first - 1]?.lower ?? '');
      const gapOk = next && (next.first === m.last + 1 || (next.first === m.last + 2 && tokens[m.last + 1]!.pos === 'DET'));
      // ("a delegation from Hamas", "officials from Iran": where the people come from is whose they are)
      if (!country && next && gapOk && !owned && (prep === 'of' || prep === 'from' || (prep === 'in' && term.sector !== 'MIL'))) {
        const ca = countryActor(next);
        const org = pick(next, 'name')?.actor;
        if (ca) { country = ca.country; last = next.last; }
        else if (org && (title || prep === 'from')) { country = org.country; last = next.last; }
        else if (prep === 'of' && agent && term.sector === 'GOV') {
          // "the government of Nicolas Maduro": a leader's government is his country's (the name stays a mention of its own)
          const pm = pick(next, 'person');
          const role = pm ? roleAt(pm.person, st.date) : undefined;
          if (role?.country) country = role.country;
        }
      }
      // "Palestinian leader Yasser Arafat", "Iranian negotiator Ali Bagheri": a singular agent word before a full name
      const runEnd = personNameRun(tokens, m.last, s.last);
      const personAfter = !title && agent !== undefined && tokens[m.last - 1]!.lemma === tokens[m.last - 1]!.lower && runEnd - m.last >= 2;
      if (title || personAfter) {
        // a title before a name: "Chinese President Xi Jinping", "US Homeland Security Secretary Alejandro Mayorkas"
        let j = m.last;
        const end = runEnd;
        // ("the rebel Revolutionary United Front": after an agent word, not a title, an organisation the lexicon knows
        // resolves itself)
        const known = title ? undefined : byFirst.get(j);
        const org = known && !pick(known, 'person') ? namedOf(known) : undefined;
        if (end > j && org && !PLACE_KINDS.has(org.kind) && known!.last >= end) continue;
        if (end > j) {
          const nameText = src(j, end);
          // "King Hassan of Morocco": a country in an of-phrase after the name is the title's
          const after = tokens[end]?.lower === 'of' ? countryActor(byFirst.get(end + 1)) : undefined;
          const ofCountry = after && after.kind !== 'city' ? after.country : null;
          const found = matchPersonAt(st, byFirst.get(j), j, end);
          const pm = found && ofCountry !== null && found.country !== ofCountry ? null : found;
          const mention = push(st, first, end, {
            name: pm?.name ?? nameText, country: pm?.country ?? country ?? ofCountry, sector: pm?.sector ?? term.sector, kind: 'person',
            how: pm ? 'officeholder' : 'appositive',
          });
          mention.text = src(first, end);
          if (!pm && country === null && first === m.first && (first === s.first || !isCap(tokens[first - 1]))) st.titleOnly.add(mention);
          if (viaName && !PLACE_KINDS.has(viaName.kind)) {
            mention.affiliation = { name: viaName.name, country: viaName.country, sector: viaName.sector, kind: viaName.kind };
          }
          learn(st, mention.name!, mention.country, mention.sector, st.mentions.length - 1);
          mark(first, end);
          j = end;
          // skip the gazetteer matches inside the name
          while (k + 1 < matches.length && matches[k + 1]!.first < end) k++;
          continue;
        }
        if (!agent && !bareDescriptor && !country && !owned) {
          // a bare title ("the president") is left to the descriptions; "his spokesman", "her office" belong to the
          // person before (countriesForBodies)
          continue;
        }
      }
      // "the Chinese news agency" => the news agency of that country mentioned before
      const typed = country ? findTyped(st, s.index, country, tokens.slice(m.first, m.last).map((t) => t.lower).join(' ')) : undefined;
      if (typed) {
        const mention = push(st, first, last, { name: typed.name, country: typed.country, sector: typed.sector, kind: typed.kind, how: 'description', antecedent: typed.index });
        mention.text = src(first, last);
        mark(first, last);
        continue;
      }
      // (not "the kingdom's aid agency": the possessor's)
      const possessor = tokens[m.first - 1]?.lower ?? '';
      const possessed = possessor === "'s" || possessor === "'" || POSSESSIVE_PRONOUNS.has(possessor);
      // "the police" after "Colombian police": the same body as before
      // (not "its police", "the kingdom's police": the possessive decides whose, countriesForBodies)
      const same = country || possessed ? undefined : sameAgentBefore(st, s.index, tokens.slice(m.first, m.last).map((t) => t.lemma).join(' '));
      // (a bare descriptor with a body of its own: "peacekeepers" with no country named are the UN's)
      const own = bareDescriptor && !agent && !possessed ? bareDescriptor.country ?? null : null;
      // "Germany's chancellor", "Ukraine's foreign minister": a title alone, singular, with its country named, is a
      // person (he/she refer to it); "his spokesman" stays a body for its owner to be found (countriesForBodies)
      // (not a military title: "the US commander … visit to Beirut" stands for the forces, troopsArriving in same-event.ts)
      const oneHolder = title !== undefined && !agent && country !== null && term.sector !== 'MIL' && tokens[m.last - 1]!.lemma === tokens[m.last - 1]!.lower;
      const mention = push(st, first, last, { name: same?.name ?? null, country: country ?? same?.country ?? own, sector: term.sector, kind: oneHolder ? 'person' : 'agent', how: same ? 'description' : 'agent' });
      // "Kenyan and Somali intelligence agencies": one body for each coordinated country
      const k2 = k - 2;
      if (viaName && first === prev!.first && k2 >= 0 && tokens[prev!.first - 1]?.lower === 'and') {
        const other = countryActor(matches[k2]);
        if (other && matches[k2]!.last === prev!.first - 1 && free(matches[k2]!.first)) {
          const twin = push(st, matches[k2]!.first, last, { name: null, country: other.country, sector: term.sector, kind: 'agent', how: 'agent' });
          twin.text = src(matches[k2]!.first, last);
          mark(matches[k2]!.first, matches[k2]!.last);
        }
      }
      mention.name = country && viaName ? `${viaName.name} ${tokens.slice(m.first, m.last).map((t) => t.text).join(' ')}` : null;
      if (viaName && !PLACE_KINDS.has(viaName.kind)) {
        mention.affiliation = { name: viaName.name, country: viaName.country, sector: viaName.sector, kind: viaName.kind };
      }
      mention.text = src(first, last);
      mark(first, last);
      continue;
    }

    if (descriptor) {
      // "human rights organisation Safeguard Defenders": a proper name after the descriptor
      const end = nameRun(tokens, m.last, s.last);
      if (end > m.last) {
        const known = byFirst.get(m.last);
        const kn = known && pick(known, 'name');
        if (kn) continue; // a known name follows: it resolves itself
        const nameText = src(m.last, end);
        const mention = push(st, m.last, end, { name: nameText, country: descriptor.country, sector: descriptor.sector, kind: descriptor.country === 'NGO' ? 'ngo' : 'org', how: 'appositive' });
        mention.text = nameText;
        learn(st, nameText, descriptor.country, descriptor.sector, st.mentions.length - 1);
        mark(m.first, end);
        while (k + 1 < matches.length && matches[k + 1]!.first < end) k++;
      }
      continue;
    }

    // "Iraqi Kurds", "Palestinian prisoners", "Algerian landowners": a country adjective on a plural noun for people
    const agentNext = next !== undefined && next.first === m.last && (sectorOf(next, 'agent') !== undefined || sectorOf(next, 'title') !== undefined || sectorOf(next, 'descriptor') !== undefined);
    // "in the Serbian capital": a country adjective on "capital" names a place of that country
    if (adjective && !named && !agent && !title && !descriptor && CAPITAL_WORDS.has(tokens[m.last]?.lower ?? '') && free(m.last)) {
      const mention = push(st, m.first, m.last + 1, { name: null, country: adjective.actor.country, sector: null, kind: 'city', how: 'description' });
      mention.text = src(m.first, m.last + 1);
      mark(m.first, m.last + 1);
      continue;
    }
    // "rejected an Indian proposal", "Israeli air raids", "seized Iranian tankers": a country adjective on a thing
    // the state does or owns names the state (the adjective is the mention; the thing's noun gives the sector)
    const thing = adjective && !named && !agent && !title && !descriptor && !agentNext && adjective.actor.kind === 'country' ? stateThing(st, matches, k, s.last) : null;
    // (people: "Iraqi Kurds" below; but each of "the Turkish and Greek sides" is its country's people)
    const people = thing !== null && thing.sector === null && personNoun(tokens[thing.head]!);
    if (thing && (!people || thing.adjectives.length > 1)) {
      for (const [g, actor] of thing.adjectives) {
        // (the mention runs to the thing's head, "Indian proposal", as an agent's runs over its body; the first of two
        // coordinated adjectives stops at its own word)
        const end = g === thing.adjectives[thing.adjectives.length - 1]![0] ? thing.head + 1 : g.last;
        const mention = push(st, g.first, end, {
          name: actor.name, country: actor.country, sector: people ? 'CVL' : thing.sector ?? 'GOV', kind: 'group', how: people ? 'lexicon' : 'adjective',
        });
        mention.text = src(g.first, end);
        mark(g.first, end);
      }
      k = thing.k;
      continue;
    }
    if (adjective && !named && !agent && !title && !descriptor && !agentNext && peopleNoun(tokens[m.last]) && free(m.last)) {
      const mention = push(st, m.first, m.last + 1, { name: adjective.actor.name, country: adjective.actor.country, sector: 'CVL', kind: 'group', how: 'lexicon' });
      mention.text = src(m.first, m.last + 1);
      mark(m.first, m.last + 1);
      continue;
    }

    const demonym = pick(m, 'demonym');
    if (demonym) {
      const mention = push(st, m.first, m.last, { name: demonym.actor.name, country: demonym.actor.country, sector: 'CVL', kind: 'group', how: 'lexicon' });
      mention.text = src(m.first, m.last);
      mark(m.first, m.last);
      continue;
    }

    const desc = pick(m, 'description');
    if (desc) {
      descriptions.push([m, desc.description]);
      mark(m.first, m.last);
      continue;
    }
  }

  // 2. names the lexicon does not know: persons learned in this article, office holders by surname,
  //    and "NAME, title of ORG" appositives
  for (let i = s.first; i < s.last; i++) {
    if (!free(i) || !isName(tokens[i])) continue;
    const end = nameRun(tokens, i, s.last);
    if (end === i) continue;
    let ok = true;
    for (let j = i; j < end; j++) if (!free(j)) ok = false;
    if (!ok || monthAsDate(tokens, i, end)) { i = end - 1; continue; }
    const pm = matchPersonAt(st, byFirst.get(i), i, end);
    if (pm) {
      const mention = push(st, i, end, { name: pm.name, country: pm.country, sector: pm.sector, kind: 'person', how: pm.how, antecedent: pm.antecedent });
      mention.text = src(i, end);
      if (pm.how !== 'surname') learn(st, pm.name, pm.country, pm.sector, st.mentions.length - 1);
      mark(i, end);
    } else {
      const app = appositive(st, end, s.last);
      if (app) {
        const mention = push(st, i, end, { name: src(i, end), country: app.country, sector: app.sector, kind: 'person', how: 'appositive' });
        mention.text = src(i, end);
        learn(st, mention.name!, app.country, app.sector, st.mentions.length - 1);
        mark(i, end);
      }
    }
    i = end - 1;
  }
  // 3. bodies with no country of their own, resolved from the sentence or the story
  const at = firstFrom(st.mentions, s.index);
  const from = at < st.mentions.length ? at : -1;
  const here = from < 0 ? [] : st.mentions.slice(from);
  if (here.some((m) => m.country === null)) countriesForBodies(st, here);
  // 4. definite descriptions last, so that every name before them in the sentence is known (mentions in text order)
  if (from >= 0) st.mentions.splice(from, here.length, ...here.sort((a, b) => a.start - b.start || a.end - b.end));
  for (const [m, d] of descriptions) {
    // ("both sides" with no list before: the nearest two parties, as an ordinary description)
    if (d.group) { if (!resolveGroup(st, m, d.count, src(m.first, m.last)) && d.kinds.some((k) => k !== 'country')) resolveDescription(st, m, d, src(m.first, m.last)); }
    else resolveDescription(st, m, d, src(m.first, m.last));
  }
}

/**
 * "its troops" belong to whoever the possessive points back to; "police in Bogota" to the place the sentence names;
 * "the interior ministry" and "President Gustavo Petro", in a story about one country, to that country.
 */
function countriesForBodies(st: State, here: Mention[]): void {
  const { tokens } = st;
  for (const m of here) {
    if (m.kind !== 'agent' || m.country !== null) continue;
    const pron = tokens[m.first - 1]?.lower ?? '';
    if (!POSSESSIVE_PRONOUNS.has(pron)) continue;
    // "his spokesman said", "her office said": the person before; "its troops": whoever came before
    const person = pron === 'his' || pron === 'her';
    // (a person's: the sentence's first person, its usual subject — "Abdullah will visit … with Khan, his spokesman said")
    const fits = (x: Mention) => x.end <= tokens[m.first - 1]!.start && x.country !== null && x !== m && (!person || x.kind === 'person');
    const nearest = (person ? firstWhere(st.mentions, firstFrom(st.mentions, m.sent), (x) => x.sent === m.sent && fits(x)) : undefined) ??
      lastWhere(st.mentions, windowStart(st.mentions, m.sent), fits);
    if (!nearest) continue;
    // "Iran accused Israel of attacking its embassy": the main clause's subject, not the attack's agent
    const owner = person ? nearest : ownerOfHostileObject(tokens, st.mentions, m, nearest, (x) => fits(x) && (pron === 'their' || x.kind !== 'person')) ?? nearest;
    m.country = owner.country;
    m.how = 'pronoun';
    // "Israel and Hamas …; their negotiators": a plural possessor after two coordinated parties is both
    const other = pron === 'their' ? coordinatedBefore(st, owner) : undefined;
    if (other) {
      const twin = push(st, m.first, m.last, { name: null, country: other.country, sector: m.sector, kind: m.kind, how: 'pronoun' });
      twin.text = m.text;
    }
  }
  const locative = (m: Mention) => LOCATIVE.has(tokens[m.first - 1]?.lower ?? '') || (['ADJ', 'DET'].includes(tokens[m.first - 1]?.pos ?? '') && LOCATIVE.has(tokens[m.first - 2]?.lower ?? ''));
  // (a place absorbed into a body, "people in Kaduna", still says where the sentence is)
  const place = here.find((m) => PLACE_KINDS.has(m.kind) && locative(m)) ?? here.find((m) => m.kind === 'agent' && m.country !== null && m.how === 'agent' && / in /.test(m.text));
  // ("At a summit in Accra, … if the junta did not …": a definite body refers back, it is not the place's)
  if (place) for (const m of here) if (m.kind === 'agent' && m.country === null && m.sector !== 'JRN' && !isDefinite(tokens, m)) { m.country = place.country; m.how = 'agent'; }
  // "In Beijing, Vice Foreign Minister Xie Feng summoned …": an official known by title alone, in a sentence framed by
  // a place, is that place's
  // (a state's place only: "In Brussels, …" is a venue of the EU's, where visiting officials speak)
  const frame = here.find((m) => PLACE_KINDS.has(m.kind) && m.country !== null && /^[A-Z]{3}$/.test(m.country) && !NON_STATE_CODES.has(m.country) && m.first === here[0]!.first && LOCATIVE.has(tokens[m.first - 1]?.lower ?? '') &&
    tokens[m.first - 1]!.i === firstTokenOfSentence(tokens, m.first) && tokens[m.last]?.text === ',');
  if (frame) for (const m of here) if (m.kind === 'person' && m.country === null && STATE_SECTORS.has(m.sector ?? '')) { m.country = frame.country; m.how = 'appositive'; }
  if (!here.some((m) => m.country === null)) return;
  const home = homeCountry(st.mentions, here[0]!.sent);
  // with no story country to refer back to, a definite body is the place's after all ("The military government … in Haiti")
  if (!home) {
    if (place) for (const m of here) if (m.kind === 'agent' && m.country === null && m.sector !== 'JRN' && STATE_SECTORS.has(m.sector ?? '')) { m.country = place.country; m.how = 'agent'; }
    // "President Omar El Bashir shortened the curfew in Sudan": an official known by title alone, in a sentence whose
    // place is one state's, is that state's
    if (place && !NON_STATE_CODES.has(place.country ?? '')) {
      for (const m of here) if (st.titleOnly.has(m) && m.country === null && STATE_SECTORS.has(m.sector ?? '')) { m.country = place.country; m.how = 'appositive'; }
    }
    // "The Mozambique government accepted demands from Shona rebels", "Georgia's president resigned as the opposition
    // threatened …": a domestic body (opposition, rebels, police, courts, parties) in a sentence that names one state
    // and no other is that state's
    // (states named as such: countries, their places, officials and bodies; not a news agency's or a company's home)
    const states = new Set(here.filter((m) => m.country !== null && !isNonStateCode(m.country) && (STATE_NAMING_KINDS.has(m.kind) || (m.kind === 'agent' && m.how === 'agent' && !m.affiliation))).map((m) => m.country));
    if (states.size === 1) {
      const only = [...states][0]!;
      for (const m of here) if (domesticBody(tokens, m)) { m.country = only; m.how = 'agent'; }
    }
    return;
  }
  for (const m of here) {
    if (m.country !== null) continue;
    const definite = isDefinite(tokens, m);
    // "Police in Karachi arrested …", "authorities said": a bare police force, court or authority is the story's own
    const bare = m.kind === 'agent' && !['DET', 'PRON', 'NUM'].includes(tokens[m.first - 1]?.pos ?? '') && tokens[m.first]!.pos !== 'DET' &&
      (DOMESTIC_SECTORS.has(m.sector ?? '') || tokens[m.last - 1]!.lower === 'authorities');
    // ("the opposition threatened …", "rebels attacked …" in a story about one country: its opposition, its rebels)
    const domestic = domesticBody(tokens, m);
    if ((m.kind === 'agent' && (definite || bare) && STATE_SECTORS.has(m.sector ?? '')) || domestic || (st.titleOnly.has(m) && STATE_SECTORS.has(m.sector ?? ''))) {
      m.country = home;
      if (m.name !== null) {
        const { full, last, first } = learnedKeys(m.name);
        for (const k of [full, last, first]) {
          const l = k === null ? undefined : st.learned.get(k);
          if (l?.name === m.name) st.learned.set(k!, { ...l, country: home });
        }
      }
    }
  }
}

/**
 * The person whose name ends right before token `at` (with a possessive 's between or not), when the lexicon or the
 * article places them: the name's first token and the person's country. `prev` is the gazetteer match before `at`.
 */
function personBefore(st: State, at: number, sentFirst: number, free: (i: number) => boolean, prev: GazMatch | undefined): { first: number; country: string; possessive: boolean } | null {
  const t = st.tokens;
  const possessive = POSSESSIVE.has(t[at - 1]?.lower ?? '');
  const end = possessive ? at - 1 : at;
  if (prev && prev.last === end && pick(prev, 'person')) {
    const pushed = st.mentions[st.mentions.length - 1];
    return pushed && pushed.first === prev.first && pushed.kind === 'person' && pushed.country !== null && !isNonStateCode(pushed.country) ? { first: prev.first, country: pushed.country, possessive } : null;
  }
  let i = end;
  while (i > sentFirst && free(i - 1) && isName(t[i - 1]) && t[i - 1]!.pos !== 'VERB' && !TEMPORAL_NAMES.has(t[i - 1]!.lower)) i--;
  if (i === end || nameRun(t, i, end) !== end) return null;
  const pm = matchPersonAt(st, undefined, i, end);
  return pm && pm.country !== null && !isNonStateCode(pm.country) ? { first: i, country: pm.country, possessive } : null;
}

/** The party joined to `m` by "and" right before it ("Israel and Hamas" for Hamas), when it has another country. */
function coordinatedBefore(st: State, m: Mention): Mention | undefined {
  const k = st.mentions.indexOf(m);
  const x = k > 0 ? st.mentions[k - 1] : undefined;
  if (!x || x.sent !== m.sent || x.country === null || x.country === m.country || x.last >= m.first) return undefined;
  const gap = st.tokens.slice(x.last, m.first).map((t) => t.lower);
  return gap.length >= 1 && gap.length <= 2 && gap.includes('and') && gap.every((w) => w === 'and' || w === 'the') ? x : undefined;
}

/** The last of xs[from…] that is ok. */
function lastWhere<T>(xs: readonly T[], from: number, ok: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= from; k--) if (ok(xs[k]!)) return xs[k];
  return undefined;
}

/** The first of xs[from…] that is ok. */
function firstWhere<T>(xs: readonly T[], from: number, ok: (x: T) => boolean): T | undefined {
  for (let k = from; k < xs.length; k++) if (ok(xs[k]!)) return xs[k];
  return undefined;
}

/** "the police", "the federal army": a definite article before the body, adjectives allowed in between. */
function isDefinite(tokens: Token[], m: Mention): boolean {
  if (tokens[m.first]?.lower === 'the') return true;
  let j = m.first - 1;
  while (j > 0 && tokens[j]!.pos === 'ADJ') j--;
  return tokens[j]?.lower === 'the';
}

function dropMentionAt(st: State, first: number): void {
  // (a mention's first token is in its sentence: only that sentence's mentions are searched)
  for (let k = firstFrom(st.mentions, st.tokens[first]!.sent); k < st.mentions.length; k++) {
    if (st.mentions[k]!.first === first) { st.mentions.splice(k, 1); return; }
  }
}

/** The latest agent mention with a country whose head words end with these ("the police" ← "Colombian police"). */
function sameAgentBefore(st: State, sentence: number, lemmas: string): Mention | undefined {
  for (let k = st.mentions.length - 1, lo = windowStart(st.mentions, sentence); k >= lo; k--) {
    const m = st.mentions[k]!;
    if (m.kind !== 'agent' || !m.country) continue;
    const head = st.tokens.slice(m.first, m.last).map((t) => t.lemma).join(' ');
    if (head.endsWith(lemmas)) return m;
  }
  return undefined;
}

/** The previously mentioned named actor of this country whose type is this noun ("news agency"). */
function findTyped(st: State, sentence: number, country: string, noun: string): (NamedActor & { index: number }) | undefined {
  for (let k = st.mentions.length - 1, lo = windowStart(st.mentions, sentence); k >= lo; k--) {
    const m = st.mentions[k]!;
    if (m.country !== country || !m.name) continue;
    const a = st.gaz.byName.get(m.name);
    if (a && a.type && (a.type === noun || noun.endsWith(a.type) || a.type.endsWith(noun))) return { ...a, index: k };
  }
  return undefined;
}

interface PersonMatch {
  name: string;
  country: string | null;
  sector: string | null;
  how: 'officeholder' | 'surname';
  antecedent?: number;
}

/** A name run that is a known person: learned earlier in the article, or an office holder (full name or surname). */
function matchPersonAt(st: State, gm: GazMatch | undefined, i: number, end: number): PersonMatch | null {
  const { tokens } = st;
  const full = tokens.slice(i, end).map((t) => t.text).join(' ').replace(/ - /g, '-').toLowerCase();
  const learned = st.learned.get(full);
  if (learned) return { name: learned.name, country: learned.country, sector: learned.sector, how: 'surname', antecedent: learned.mention };
  const p = gm && pickPerson(st, gm, undefined);
  if (p && gm!.last === end) {
    const role = roleAt(p.person, st.date) ?? roleAt(p.person, null);
    return { name: p.person.name, country: role?.country ?? null, sector: role?.sector ?? null, how: 'officeholder' };
  }
  if (end - i !== 1) return null;
  // a bare surname: office holders in office at the date with that surname
  const cands = (st.gaz.surnames.get(tokens[i]!.lower) ?? [])
    .map((pp) => ({ p: pp, r: roleAt(pp, st.date) }))
    .filter((x) => x.r !== null);
  if (cands.length === 0) {
    // outside the dated list's years: a surname only one office holder ever had still names that person
    // (and a surname several held in one country only, "Suh" in 2024 after Suh Wook and Suh Hoon, is that country's: the
    // holder nearest in time)
    const all = st.gaz.surnames.get(tokens[i]!.lower) ?? [];
    const near = all.map((p) => ({ p, r: nearestRole(p, st.date) })).filter((x): x is { p: Person; r: Role } => x.r !== null);
    if (near.length === 0 || new Set(near.map((x) => x.r.country)).size !== 1) return null;
    const best = st.date === null ? near[0]! : near.reduce((a, b) => (roleGap(b.r, st.date!) < roleGap(a.r, st.date!) ? b : a));
    return { name: best.p.name, country: best.r.country, sector: best.r.sector, how: 'officeholder' };
  }
  const countries = new Set(cands.map((c) => c.r!.country));
  if (countries.size !== 1) return null;
  // same country: prefer the one whose sector the article talks about (police => COP)
  let best = cands[0]!;
  let bestScore = -1;
  for (const c of cands) {
    const score = st.sectorHints.get(c.r!.sector ?? '') ?? 0;
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return { name: best.p.name, country: best.r!.country, sector: best.r!.sector, how: 'officeholder' };
}

/** The role closest in time to `date` (the latest without a date). */
function nearestRole(p: Person, date: string | null): Role | null {
  if (p.roles.length === 0) return null;
  if (date === null) return roleAt(p, null);
  return [...p.roles].sort((a, b) => roleGap(a, date) - roleGap(b, date))[0]!;
}

/** Years between a role and a date (0 for a role still held). */
function roleGap(r: Role, date: string): number {
  return Math.min(Math.abs(yearOf(r.start) - yearOf(date)), r.end === null ? 0 : Math.abs(yearOf(r.end) - yearOf(date)));
}

const yearOf = (d: string | null) => (d === null ? 9999 : Number(d.slice(0, 4)));

/** "Jürgen Stock, secretary general of Interpol": a title and an organisation after the name. */
function appositive(st: State, end: number, sentEnd: number): { country: string | null; sector: string | null } | null {
  const { tokens } = st;
  if (end >= sentEnd || tokens[end]!.text !== ',') return null;
  const ms = matchAll(st.gaz, tokens, end + 1, Math.min(sentEnd, end + 10));
  const title = ms[0] && ms[0].first <= end + 2 ? sectorOf(ms[0], 'title') : undefined;
  if (!title) return null;
  // "… Zulia and Tachira, Defence Minister Vladimir Padrino Lopez said": a title with a name of its own is someone else's
  if (personNameRun(tokens, ms[0]!.last, sentEnd) - ms[0]!.last >= 2) return null;
  const org = ms[1];
  const orgActor = org && (pick(org, 'name')?.actor ?? countryActor(org));
  if (org && orgActor && org.first === ms[0]!.last + 1 && ['of', 'at', 'for'].includes(tokens[ms[0]!.last]!.lower)) {
    return { country: orgActor.country, sector: title.sector ?? orgActor.sector };
  }
  return { country: null, sector: title.sector };
}

/** Words that may join the members of a coordinated list of countries. */
const LIST_GLUE = new Set([',', 'and', 'or', 'as', 'well', 'both', 'the', 'of', 'along', 'with']);
/** How many sentences back a plural description looks for its list. */
const GROUP_REACH = 3;

/** "the juntas", "the three governments": every country of the latest coordinated list of at least `min` countries. */
function resolveGroup(st: State, m: GazMatch, min: number, text: string): boolean {
  const { tokens } = st;
  const here = tokens[m.first]!.start;
  const before: Mention[] = [];
  const at: number[] = [];
  for (let k = windowStart(st.mentions, tokens[m.first]!.sent); k < st.mentions.length; k++) {
    const x = st.mentions[k]!;
    if (x.start < here && x.country && !isNonStateCode(x.country)) { before.push(x); at.push(k); }
  }
  const sent = before.length ? before[before.length - 1]!.sent : -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const last = before[k]!;
    if (sent - last.sent > GROUP_REACH) return false;
    const run = [last];
    for (let j = k - 1; j >= 0; j--) {
      const x = before[j]!;
      if (x.sent !== last.sent) break;
      const gap = tokens.slice(x.last, run[0]!.first);
      if (x.last > run[0]!.first || !gap.every((t) => LIST_GLUE.has(t.lower))) break;
      run.unshift(x);
    }
    const countries = [...new Map(run.map((x, j) => [x.country!, [x, at[k - run.length + 1 + j]!] as const])).values()];
    if (countries.length >= Math.max(2, min)) {
      for (const [a, index] of countries) {
        const mention = push(st, m.first, m.last, { name: a.kind === 'country' ? a.name : null, country: a.country, sector: 'GOV', kind: 'country', how: 'description', antecedent: index });
        mention.text = text;
      }
      return true;
    }
    k -= run.length - 1;
  }
  return false;
}

function resolveDescription(st: State, m: GazMatch, d: Description, text: string): void {
  // an antecedent of the description's type first ("the alliance" => NATO); else any of its kinds ("the bloc" => the EU)
  if (d.type !== null && resolveDescriptionOf(st, m, d.kinds, d.count, text, d.type, d.countries)) return;
  if (resolveDescriptionOf(st, m, d.kinds, d.count, text, null, d.countries)) return;
  // "the Jewish state" names its country without an antecedent
  if (d.countries?.length === 1 && d.count === 1) {
    const mention = push(st, m.first, m.last, { name: null, country: d.countries[0]!, sector: 'GOV', kind: 'country', how: 'description' });
    mention.text = text;
  }
}

function resolveDescriptionOf(st: State, m: GazMatch, kinds: string[], count: number, text: string, type: string | string[] | null, countries: string[] | null): boolean {
  const seen = new Set<string>();
  const found: Mention[] = [];
  /** where each found mention is in st.mentions (-1 for an affiliation, a mention of its own) */
  const foundAt: number[] = [];
  const typeOk = (name: string | null) => {
    if (type === null) return true;
    const t = name !== null ? st.gaz.byName.get(name)?.type : undefined;
    return t !== undefined && t !== null && (Array.isArray(type) ? type.includes(t) : t === type);
  };
  const wantCountries = kinds.includes('country');
  for (let k = st.mentions.length - 1, lo = windowStart(st.mentions, st.tokens[m.first]!.sent); k >= lo && found.length < count; k--) {
    const x = st.mentions[k]!;
    if (x.start >= st.tokens[m.first]!.start) continue;
    if (wantCountries) {
      if (!x.country || seen.has(x.country)) continue;
      if (countries && !countries.includes(x.country)) continue;
      // "met in Beijing": the place where something happens is not what "the country" points back to
      if ((x.kind === 'capital' || x.kind === 'city') && LOCATIVE.has(st.tokens[x.first - 1]?.lower ?? '')) continue;
      seen.add(x.country);
      found.push(x);
      foundAt.push(k);
    } else if (kinds.includes(x.kind) && typeOk(x.name)) {
      const key = x.name ?? x.text;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(x);
      foundAt.push(k);
    } else if (x.affiliation && kinds.includes(x.affiliation.kind) && typeOk(x.affiliation.name) && !seen.has(x.affiliation.name)) {
      seen.add(x.affiliation.name);
      found.push({ ...x, name: x.affiliation.name, country: x.affiliation.country, sector: x.affiliation.sector, kind: x.affiliation.kind });
      foundAt.push(-1);
    }
  }
  if (found.length < count) return false;
  for (let j = found.length - 1; j >= 0; j--) {
    const a = found[j]!;
    const mention = push(st, m.first, m.last, {
      name: wantCountries && a.kind !== 'country' ? null : a.name,
      country: a.country, sector: wantCountries ? 'GOV' : a.sector, kind: wantCountries ? 'country' : a.kind,
      how: 'description', antecedent: foundAt[j]!,
    });
    mention.text = text;
  }
  return true;
}


/** Codes of bodies that are not states: a place standing for one frames no official's nationality. */
const NON_STATE_CODES: ReadonlySet<string> = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'MNC']);

/** The index of the first token of the sentence holding token i. */
function firstTokenOfSentence(tokens: Token[], i: number): number {
  const sent = tokens[i]!.sent;
  let j = i;
  while (j > 0 && tokens[j - 1]!.sent === sent) j--;
  return j;
}

/** Words after a country adjective that are not a thing of the state's ("the Indian Ocean" is a name; "Russian
 * language", "Chinese New Year" name no party). */
const NOT_STATE_THINGS: ReadonlySet<string> = new Set(['language', 'languages', 'speakers', 'descent', 'origin', 'cuisine', 'food', 'new', 'year', 'side']);

/** The endings of singular nouns for a person ("protestor", "interpreter", "activist", "civilian", "migrant", "employee"). */
const PERSON_SINGULAR = /(or|er|ist|ian|ant|ent|ee)$/;

interface StateThing {
  /** the country adjectives on the thing: one, or a coordinated pair ("Sierra Leonean and Liberian refugees") */
  adjectives: [GazMatch, NamedActor][];
  /** the thing's head noun (token index) */
  head: number;
  /** the sector of the thing's lexicon entry, null for any other noun */
  sector: string | null;
  /** the index of the last gazetteer match used */
  k: number;
}

/**
 * The thing a country adjective (matches[k]) stands on: up to three lower-case nouns and adjectives right after it,
 * ending on a noun ("an Indian proposal", "Israeli air raids", "a Senegalese peace plan"). Another country adjective
 * joined by "and" shares the thing ("the Turkish and Greek sides").
 */
function stateThing(st: State, matches: GazMatch[], k: number, sentEnd: number): StateThing | null {
  const t = st.tokens;
  const adjectives: [GazMatch, NamedActor][] = [[matches[k]!, pick(matches[k], 'adjective')!.actor]];
  let at = k;
  const other = matches[k + 1];
  const otherAdj = other && pick(other, 'adjective');
  if (other && otherAdj && otherAdj.actor.kind === 'country' && t[matches[k]!.last]?.lower === 'and' && other.first === matches[k]!.last + 1 && !pick(other, 'name')) {
    adjectives.push([other, otherAdj.actor]);
    at = k + 1;
  }
  const from = matches[at]!.last;
  let head = -1;
  for (let j = from; j < sentEnd && j < from + 3; j++) {
    const w = t[j]!;
    // (lower case only: "Indian Prime Minister", "the Syrian Observatory" are titles and names, not things)
    if (w.text !== w.lower || !/^\p{L}/u.test(w.text)) break;
    if (w.pos === 'NOUN') head = j;
    else if (w.pos !== 'ADJ') break;
  }
  if (head < 0 || NOT_STATE_THINGS.has(t[from]!.lower) || NOT_STATE_THINGS.has(t[head]!.lower)) return null;
  // "a Ukrainian protestor", "an Iraqi interpreter": one person, not the state (and no body: left unresolved)
  if (PERSON_SINGULAR.test(t[head]!.lower) && t[head]!.lemma === t[head]!.lower && !matches.some((x) => x.first === head && sectorOf(x, 'thing'))) return null;
  // a thing word among them gives the sector ("air raids" ⇒ MIL); the last one is the head's
  let sector: string | null = null;
  let last = at;
  for (let q = at + 1; q < matches.length && matches[q]!.first <= head; q++) {
    const th = sectorOf(matches[q], 'thing');
    if (!th) return null;
    sector = th.sector;
    last = q;
  }
  return { adjectives, head, sector, k: last };
}

/** An unplaced opposition, rebel force, police force, court or party whose own phrase says nothing of whose it is
 * ("activists of Amnesty International", "activists in Arnor" are placed, or not, by what follows them). */
function domesticBody(tokens: Token[], m: Mention): boolean {
  return m.kind === 'agent' && m.country === null && DOMESTIC_BODIES.has(m.sector ?? '') && !BODY_PREPOSITIONS.has(tokens[m.last]?.lower ?? '');
}

const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'for', 'with']);
