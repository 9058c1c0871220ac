// Compiles the temporal vocabulary into the regular expressions the recogniser runs.
// Month and weekday names are case-sensitive (capitalised) so that "may", "march" and "sunday best"
// in lower case never match; other words accept either case of their first letter (sentence-initial).
import type { PrepositionUse, Relation, TimeVocabulary } from './lexicon.js';

export interface TimePatterns {
  /** cheap test: could this sentence contain a date at all? */
  precheck: RegExp;
  /** finer tests, run after the precheck passed, to skip rules that cannot match */
  has: { digit: RegExp; month: RegExp; weekday: RegExp; word: RegExp };
  iso: RegExp;
  monthDayYear: RegExp;
  dayMonthYear: RegExp;
  monthYear: RegExp;
  month: RegExp;
  year: RegExp;
  weekday: RegExp;
  dayWord: RegExp;
  unit: RegExp;
  weekendPhrase: RegExp;
  ago: RegExp;
  /** "two days earlier", "a day later", "the previous day": relative to the story's own date, not to publication */
  anchored: RegExp;
  /** sentence opening before a frame adverbial: quotes, brackets, dashes */
  leadQuotes: RegExp;
  /** sentence-opening connective that may precede a frame adverbial ("But last year, …") */
  leadConnective: RegExp;
  /** what follows a sentence-initial date that makes it a subject, not a frame ("Last year was …") */
  subjectFollower: RegExp;
  monthByForm: Map<string, number>;
  weekdayByName: Map<string, number>;
  numbers: Map<string, number>;
  relationByPreposition: Map<string, Relation>;
  weekdayCompounds: Set<string>;
  weekdayNouns: Set<string>;
  /** lower-cased */
  weekdayDeterminers: Set<string>;
  inexact: Set<string>;
  /** prepositions that date a year or month only with a period word ("at the end of") */
  periodOnly: Set<string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "as of" → "[Aa]s\s+of": either case of the first letter, flexible spaces. */
export function keyword(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escape);
  const first = words[0]!;
  const c = first[0]!;
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  words[0] = (lo !== up ? `[${lo}${up}]` : c) + first.slice(1);
  return words.join('\\s+');
}

function alt(parts: string[]): string {
  return parts.join('|');
}

function byLengthDesc(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

function keywords(words: string[]): string {
  return alt(byLengthDesc(words).map(keyword));
}

export function compilePatterns(v: TimeVocabulary): TimePatterns {
  const full = byLengthDesc(v.months.map((m) => m.name));
  const abbr = byLengthDesc(v.months.flatMap((m) => m.abbreviations));
  const MON_FULL = `(?<mon>${alt(full.map(escape))})(?![A-Za-z])`;
  const MON_ANY = `(?<mon>${alt([...full.map(escape), ...abbr.map((a) => `${escape(a)}\\.?`)])})(?![A-Za-z])`;
  const WD = `(?<wd>${alt(byLengthDesc(v.weekdays.map((w) => w.name)).map(escape))})`;
  const prep = (use: PrepositionUse): string => keywords(v.prepositions.filter((p) => p.uses.includes(use)).map((p) => p.word));
  const prepAny = (uses: PrepositionUse[]): string =>
    keywords(v.prepositions.filter((p) => p.uses.some((u) => uses.includes(u))).map((p) => p.word));
  const YEAR = '(?:19|20)\\d\\d';
  // a year or day number must not run on into more digits, a decade "s", a range "-23" or a decimal
  const NUM_END = '(?![\\w]|[-–/.,:]\\d)';
  const PERIODS = keywords(v.periods);
  const SEASONS = keywords(v.seasons);
  const EDGE = keywords(['early', 'late', 'mid']);
  const REL_YEAR = `(?<rel>${keywords(['last', 'this', 'next'])})\\s+year(?![A-Za-z])`;
  const MOD_MONTH = `(?<mod>(?:${EDGE})(?:-|\\s+)|(?:[Tt]he\\s+)?(?:${PERIODS})\\s+of\\s+|(?:${keywords(['earlier', 'later'])})\\s+in\\s+)`;
  const MOD_YEAR = `(?<mod>(?:${EDGE})(?:-|\\s+)|(?:[Tt]he\\s+)?(?:${PERIODS}|${SEASONS})\\s+of\\s+(?:the\\s+year\\s+)?|(?:${SEASONS})\\s+|(?:${keywords(['earlier', 'later'])})\\s+in\\s+)`;
  const MOD_REL = `(?<mod>(?:${keywords(['early', 'late', 'earlier', 'later', 'mid'])})(?:-|\\s+)(?:in\\s+)?|(?:[Tt]he\\s+)?(?:${PERIODS})\\s+of\\s+)`;
  const START = '(?<![\\w\'’-])';
  const g = (src: string): RegExp => new RegExp(src, 'g');

  const monthByForm = new Map<string, number>();
  for (const m of v.months) {
    monthByForm.set(m.name, m.number);
    for (const a of m.abbreviations) monthByForm.set(a, m.number);
  }
  const numberWords = byLengthDesc([...v.numbers.keys()]);

  return {
    precheck: new RegExp(
      `\\d|${alt(full.map(escape))}|${alt(v.weekdays.map((w) => escape(w.name)))}|` +
        keywords(['today', 'tonight', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']) +
        '|ago\\b|earlier|later|previous|following|before|after|next\\b',
    ),
    has: {
      digit: /\d/,
      month: new RegExp(alt([...full, ...abbr].map(escape))),
      weekday: new RegExp(alt(v.weekdays.map((w) => escape(w.name)))),
      word: new RegExp(keywords(['today', 'tonight', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']) + '|ago\\b|earlier|later|previous|following|before|after|next\\b'),
    },
    iso: g(`${START}(?:(?<prep>${prep('day')})\\s+)?(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w]|-\\d)`),
    monthDayYear: g(
      `${START}(?:(?<prep>${prep('day')})\\s+)?(?:${WD},?\\s+)?${MON_ANY}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?${NUM_END}` +
        `(?:,?\\s+(?:(?<y>${YEAR})${NUM_END}|${REL_YEAR}))?`,
    ),
    dayMonthYear: g(
      `(?<![\\w'’.,-])(?:(?<prep>${prep('day')})\\s+)?(?:${WD},?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON_ANY}` +
        `(?:,?\\s+(?:(?<y>${YEAR})${NUM_END}|${REL_YEAR}))?`,
    ),
    monthYear: g(
      `${START}(?:(?<prep>${prepAny(['month', 'year'])})\\s+)?${MOD_MONTH}?${MON_ANY},?\\s+(?:of\\s+)?(?:(?<y>${YEAR})${NUM_END}|${REL_YEAR})`,
    ),
    month: g(
      `${START}(?:(?<prep>${prep('month')})\\s+)?${MOD_MONTH}?` +
        `(?:(?<shift>${keywords(['last', 'next', 'this', 'this past', 'this coming'])})\\s+)?${MON_FULL}(?<poss>['’]s(?![A-Za-z]))?`,
    ),
    year: g(
      `${START}(?:(?<prep>${prep('year')})\\s+(?:the\\s+(?:year\\s+)?)?)?${MOD_YEAR}?(?<y>${YEAR})(?<poss>['’]s(?![A-Za-z]))?${NUM_END}` +
        `(?:(?<conn>\\s*[-–—]\\s*|\\s+(?:to|and|or|until|till|through)\\s+)(?<y2>${YEAR})${NUM_END})?`,
    ),
    weekday: g(
      `${START}(?:(?<prep>${prep('day')}|${keywords(['last', 'this past', 'this coming', 'this', 'next', 'past'])})\\s+)?` +
        `(?:(?<mod>${keywords(['early', 'late', 'earlier', 'later'])})\\s+(?:on\\s+)?)?${WD}(?<poss>['’]s)?` +
        `(?:\\s+(?<part>morning|afternoon|evening|night))?(?![A-Za-z])`,
    ),
    dayWord: g(
      `${START}(?:(?<prep>${prepAny(['relative'])})\\s+)?(?:(?<mod>${keywords(['early', 'late', 'earlier', 'later'])})\\s+)?` +
        `(?<kw>${keywords(['the day before yesterday', 'the day after tomorrow', 'today', 'tonight', 'yesterday', 'tomorrow'])}|` +
        `${keyword('this')}\\s+(?:morning|afternoon|evening)|${keyword('last')}\\s+night)(?<poss>['’]s)?` +
        `(?:\\s+(?<part>morning|afternoon|evening|night))?(?![A-Za-z])`,
    ),
    unit: g(
      `${START}(?:(?<prep>${prep('relative')})\\s+)?${MOD_REL}?(?<the>[Tt]he\\s+)?` +
        `(?<shift>${keywords(['this past', 'this coming', 'last', 'past', 'this', 'next', 'coming', 'previous', 'following'])})\\s+` +
        `(?<unit>week|weekend|month|year)(?<poss>['’]s)?(?![A-Za-z])`,
    ),
    weekendPhrase: g(`${START}(?<prep>${keywords(['over', 'at', 'on', 'during'])})\\s+the\\s+weekend(?<poss>['’]s)?(?![A-Za-z])`),
    ago: g(
      `${START}(?:(?<approx>${keywords([...v.approximate, ...v.inexact])})\\s+)?` +
        `(?<n>\\d{1,3}|${keywords(['a few', 'a couple of', 'several', 'many', ...numberWords])})\\s+` +
        `(?<unit>days?|weeks?|months?|years?|decades?)\\s+ago(?![A-Za-z])`,
    ),
    anchored: g(
      `${START}(?:(?:(?<n>\\d{1,3}|${keywords(['a couple of', ...numberWords])})\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>earlier|later|before|after))` +
        `|(?:[Tt]he\\s+(?:(?<prev>previous|preceding)|(?<next>next|following))\\s+(?<unit2>day|week|month|year))` +
        `|(?:[Tt]he\\s+(?<unit3>day|week|month|year)\\s+(?<dir3>before|after)))(?=\\s*[,.;:!?)]|\\s*$)`,
    ),
    leadQuotes: /^[\s"“”'‘’«»(\[—–-]*/,
    leadConnective: /^(?:But|And|Yet|So|Also|Still|Then|Now|Meanwhile|However|Separately|Instead|Similarly)\b,?\s+/,
    subjectFollower: /^\s+(?:was|were|is|are|will|would|has|had|have|saw|sees|see|marked|marks|mark|brought|brings|began|ended)\b/,
    monthByForm,
    weekdayByName: new Map(v.weekdays.map((w) => [w.name, w.number])),
    numbers: v.numbers,
    relationByPreposition: new Map(v.prepositions.map((p) => [p.word, p.relation])),
    weekdayCompounds: new Set(v.weekdayCompounds),
    weekdayNouns: new Set(v.weekdayNouns),
    weekdayDeterminers: new Set(v.weekdayDeterminers.map((w) => w.toLowerCase())),
    inexact: new Set(v.inexact.map((w) => w.toLowerCase())),
    periodOnly: new Set(v.prepositions.filter((p) => p.periodOnly).map((p) => p.word)),
  };
}
