// Finds date expressions in one sentence with the compiled patterns and resolves them.
// Each rule is a global regular expression plus a function that turns a match into mentions, or vetoes it
// (a veto still occupies its span, so "more than two years ago" does not leave "two years ago" behind).
import type { Relation } from './lexicon.js';
import type { TimePatterns } from './patterns.js';
import {
  absoluteDay, absoluteMonth, absoluteYear, ago, calendarUnit, dayOffset, monthDay, monthOfShiftedYear, monthOnly,
  rollingWindow, weekday, weekend, type Reference, type Resolved, type Shift, type Unit,
} from './resolve.js';

/** A date expression found in a sentence; offsets are relative to the sentence string. */
export interface Found extends Resolved {
  start: number;
  end: number;
  relation: Relation;
  /** "two days earlier": a shift from the story's own date, which only the caller knows (value: from publication) */
  anchorShift?: AnchorShift;
  /** "last year's", "Tuesday's": a determiner, not an adverbial */
  possessive: boolean;
}

export interface SentenceContext {
  patterns: TimePatterns;
  ref: Reference;
  /** past/future preference of this sentence, asked only when a rule needs it */
  preferPast: () => boolean;
}

type Groups = Record<string, string | undefined>;
const VETO = 'veto' as const;
type RuleOutput = Found | Found[] | typeof VETO | null;

type Feature = keyof TimePatterns['has'];

interface Rule {
  /** the sentence must contain this for the rule to have a chance */
  needs: Feature;
  pick: (p: TimePatterns) => RegExp;
  build: (m: RegExpExecArray, g: Groups, s: string, ctx: SentenceContext) => RuleOutput;
}

function norm(w: string): string {
  return w.toLowerCase().replace(/\s+/g, ' ');
}

function relationOf(prep: string | undefined, p: TimePatterns): Relation {
  return (prep && p.relationByPreposition.get(norm(prep))) || 'at';
}

/** "at 2000" is no date, "at the end of 2021" is */
function prepNeedsPeriod(g: Groups, p: TimePatterns): boolean {
  return g.prep !== undefined && !g.mod && p.periodOnly.has(norm(g.prep));
}

function found(m: RegExpExecArray, r: Resolved, relation: Relation, possessive = false): Found {
  return { ...r, start: m.index, end: m.index + m[0].length, relation, possessive };
}

function monthNumber(form: string, p: TimePatterns): number {
  return p.monthByForm.get(form.endsWith('.') ? form.slice(0, -1) : form) ?? 0;
}

function relShift(rel: string): number {
  const r = rel.toLowerCase();
  return r === 'last' ? -1 : r === 'next' ? 1 : 0;
}

function shiftOf(word: string | undefined): Shift | undefined {
  if (!word) return undefined;
  switch (norm(word)) {
    case 'last': case 'past': case 'this past': return 'last';
    case 'next': case 'this coming': return 'next';
    case 'this': return 'this';
    default: return undefined;
  }
}

/** full dates: "March 5", "5 March 2021", "on Tuesday, January 16" */
function buildFullDate(m: RegExpExecArray, g: Groups, _s: string, ctx: SentenceContext): RuleOutput {
  const mon = monthNumber(g.mon!, ctx.patterns);
  const d = Number(g.d);
  let r: Resolved | null;
  if (g.y) r = absoluteDay(Number(g.y), mon, d, ctx.ref);
  else if (g.rel) r = monthDay(mon, d, relShift(g.rel), ctx.ref, true);
  else r = monthDay(mon, d, null, ctx.ref, ctx.preferPast());
  return r ? found(m, r, relationOf(g.prep, ctx.patterns)) : VETO;
}

const FOLLOWER_OF = /^\s+of\b/;
const WORD_BEFORE = /([A-Za-z]+)\s+$/;
const CAPITALISED_NEXT = /^\s+([A-Z][a-z]+)/;
const NEXT_WORD = /^\s+([a-z]+)/;

export const RULES: readonly Rule[] = [
  {
    needs: 'digit', pick: (p) => p.iso,
    build(m, g, _s, ctx) {
      const r = absoluteDay(Number(g.y), Number(g.m), Number(g.d), ctx.ref);
      return r ? found(m, r, relationOf(g.prep, ctx.patterns)) : VETO;
    },
  },
  { needs: 'month', pick: (p) => p.monthDayYear, build: buildFullDate },
  { needs: 'month', pick: (p) => p.dayMonthYear, build: buildFullDate },
  {
    needs: 'month', pick: (p) => p.monthYear,
    build(m, g, _s, ctx) {
      const mon = monthNumber(g.mon!, ctx.patterns);
      const r = g.y ? absoluteMonth(Number(g.y), mon, ctx.ref) : monthOfShiftedYear(mon, relShift(g.rel!), ctx.ref);
      return found(m, r, relationOf(g.prep, ctx.patterns));
    },
  },
  {
    needs: 'month', pick: (p) => p.month,
    build(m, g, _s, ctx) {
      if (!g.prep && !g.mod && !g.shift) return null; // a bare month name is too ambiguous ("May", "March")
      if (prepNeedsPeriod(g, ctx.patterns)) return VETO;
      const mon = monthNumber(g.mon!, ctx.patterns);
      const shift = shiftOf(g.shift) ?? null;
      const r = monthOnly(mon, shift, ctx.ref, shift !== null || ctx.preferPast());
      return found(m, r, relationOf(g.prep, ctx.patterns), g.poss !== undefined);
    },
  },
  {
    needs: 'digit', pick: (p) => p.year,
    build(m, g, _s, ctx) {
      if ((!g.prep && !g.mod && !g.poss) || prepNeedsPeriod(g, ctx.patterns)) return VETO; // "more than 2022 people"
      const p = ctx.patterns;
      const first = found(m, absoluteYear(Number(g.y), ctx.ref), relationOf(g.prep, p), g.poss !== undefined);
      if (!g.y2) return first;
      const connStart = m.index + m[0].length - g.y2.length - g.conn!.length;
      first.end = connStart;
      const conn = g.conn!.trim().toLowerCase();
      const range = conn !== 'and' && conn !== 'or';
      if (range || first.relation === 'since') {
        if (first.relation === 'at') first.relation = 'since';
      }
      const second: Found = {
        ...absoluteYear(Number(g.y2), ctx.ref),
        start: m.index + m[0].length - g.y2.length,
        end: m.index + m[0].length,
        relation: range || first.relation === 'since' ? 'until' : first.relation,
        possessive: false,
      };
      return [first, second];
    },
  },
  {
    needs: 'weekday', pick: (p) => p.weekday,
    build(m, g, s, ctx) {
      const p = ctx.patterns;
      const shift = shiftOf(g.prep);
      if (!g.prep && !g.mod) {
        const before = WORD_BEFORE.exec(s.slice(Math.max(0, m.index - 24), m.index));
        if (before && (p.weekdayDeterminers.has(before[1]!.toLowerCase()) || p.weekdayCompounds.has(before[1]!))) return VETO;
        const after = s.slice(m.index + m[0].length, m.index + m[0].length + 24);
        const cap = CAPITALISED_NEXT.exec(after);
        if (cap && !p.monthByForm.has(cap[1]!) && !g.poss) return VETO; // "Sunday Times"
        const next = NEXT_WORD.exec(after);
        if (next && p.weekdayNouns.has(next[1]!)) return VETO; // "Friday prayers"
      }
      const wd = p.weekdayByName.get(g.wd!)!;
      const r = weekday(wd, shift ?? null, ctx.ref, shift !== undefined || ctx.preferPast());
      return found(m, r, shift !== undefined ? 'at' : relationOf(g.prep, p), g.poss !== undefined);
    },
  },
  {
    needs: 'word', pick: (p) => p.anchored,
    build(m, g, _s, ctx) {
      const p = ctx.patterns;
      let n = 1;
      if (g.n) {
        const nText = norm(g.n);
        const k = /^\d+$/.test(nText) ? Number(nText) : nText === 'a couple of' ? 2 : p.numbers.get(nText);
        if (k === undefined || k < 1) return VETO;
        n = k;
      }
      const unit = (g.unit ?? g.unit2 ?? g.unit3)!.toLowerCase().replace(/s$/, '') as AnchorShift['unit'];
      const dir = (g.dir ?? g.dir3 ?? '').toLowerCase();
      const back = g.prev !== undefined || dir === 'earlier' || dir === 'before';
      // until the caller finds the story's date, the shift counts from publication
      const fallback = back ? ago(unit as 'day' | Unit, n, ctx.ref) : { ...ago(unit as 'day' | Unit, -n, ctx.ref), future: true };
      return { ...found(m, fallback, 'at'), anchorShift: { unit, n: back ? -n : n } };
    },
  },
  {
    needs: 'word', pick: (p) => p.dayWord,
    build(m, g, s, ctx) {
      const kw = norm(g.kw!);
      const kwStart = m.index + m[0].indexOf(g.kw!);
      // "USA Today", "Russia Today": a capitalised day word inside a sentence is a name
      const capitalised = g.kw![0] !== g.kw![0]!.toLowerCase();
      if (capitalised) {
        const [q, c] = leadPositions(s, ctx.patterns);
        if (kwStart !== q && kwStart !== c) return VETO;
      }
      const offset = kw === 'yesterday' || kw === 'last night' ? -1
        : kw === 'tomorrow' ? 1
        : kw === 'the day before yesterday' ? -2
        : kw === 'the day after tomorrow' ? 2 : 0;
      const mod = g.mod?.toLowerCase();
      const laterToday = offset === 0 && (mod === 'later' || mod === 'late');
      const r = dayOffset(offset, ctx.ref, { lexical: laterToday, preferredFuture: offset === 0 && !ctx.preferPast() });
      return found(m, r, relationOf(g.prep, ctx.patterns), g.poss !== undefined);
    },
  },
  {
    needs: 'word', pick: (p) => p.unit,
    build(m, g, s, ctx) {
      if (FOLLOWER_OF.test(s.slice(m.index + m[0].length))) return VETO; // "the last week of March"
      const word = norm(g.shift!);
      const unit = g.unit as Unit | 'weekend';
      const rel = relationOf(g.prep, ctx.patterns);
      const poss = g.poss !== undefined;
      if (word === 'previous' || word === 'following') return VETO; // relative to the story, not to publication
      const window = g.the !== undefined || word === 'this past';
      if (unit === 'weekend') {
        if (word === 'next' || word === 'coming' || word === 'this coming') return found(m, weekend('next', ctx.ref, false), rel, poss);
        if (word === 'this') return found(m, weekend('near', ctx.ref, ctx.preferPast()), rel, poss);
        return found(m, weekend('last', ctx.ref, true), rel, poss);
      }
      if (window) {
        if (word === 'last' || word === 'past' || word === 'this past') return found(m, rollingWindow(unit, -1, ctx.ref), rel, poss);
        if (word === 'coming') return found(m, rollingWindow(unit, 1, ctx.ref), rel, poss);
        return VETO; // "the next year": relative to the story
      }
      if (word === 'past') return VETO;
      const shift = word === 'last' ? -1 : word === 'this' ? 0 : 1;
      const mod = g.mod ? norm(g.mod.replace(/[-\s]+in\s*$|-$/, '').trim()) : '';
      const forward = shift === 0 && (mod === 'later' || mod === 'late');
      const backward = shift === 0 && (mod === 'earlier' || mod === 'early');
      const part = forward ? 'future' : backward ? 'past' : unit !== 'week' || shift !== 0 ? null : ctx.preferPast() ? 'past' : 'future';
      return found(m, calendarUnit(unit, shift, part, ctx.ref, forward), rel, poss);
    },
  },
  {
    needs: 'word', pick: (p) => p.weekendPhrase,
    build(m, g, _s, ctx) {
      return found(m, weekend('near', ctx.ref, ctx.preferPast()), 'at', g.poss !== undefined);
    },
  },
  {
    needs: 'word', pick: (p) => p.ago,
    build(m, g, _s, ctx) {
      const p = ctx.patterns;
      if (g.approx && p.inexact.has(norm(g.approx))) return VETO;
      const nText = norm(g.n!);
      const n = /^\d+$/.test(nText) ? Number(nText) : p.numbers.get(nText);
      if (n === undefined || n < 1) return VETO; // "a few days ago", "several years ago"
      const unit = g.unit!.replace(/s$/, '');
      if (unit === 'decade') return VETO;
      return found(m, ago(unit as 'day' | Unit, n, ctx.ref), 'at');
    },
  },

];

export interface AnchorShift {
  unit: 'day' | 'week' | 'month' | 'year';
  /** signed: -2 for "two days earlier" */
  n: number;
}

interface Candidate {
  start: number;
  end: number;
  items: Found[] | null; // null: veto
}

/** Where a frame adverbial may start: after opening quotes, and after an opening connective. */
function leadPositions(s: string, p: TimePatterns): [number, number] {
  const q = p.leadQuotes.exec(s)?.[0].length ?? 0;
  const c = p.leadConnective.exec(s.slice(q));
  return [q, c ? q + c[0].length : q];
}

export interface SentenceMention extends Found {
  frame: boolean;
}

/** All date mentions in one sentence string, left to right, non-overlapping. */
export function recogniseSentence(s: string, ctx: SentenceContext): SentenceMention[] {
  const p = ctx.patterns;
  if (!p.precheck.test(s)) return [];
  const cands: Candidate[] = [];
  const has: Partial<Record<Feature, boolean>> = {};
  for (const rule of RULES) {
    if (!(has[rule.needs] ??= p.has[rule.needs].test(s))) continue;
    const re = rule.pick(p);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const out = rule.build(m, (m.groups ?? {}) as Groups, s, ctx);
      if (out === null) continue;
      const items = out === VETO ? null : Array.isArray(out) ? out : [out];
      cands.push({ start: m.index, end: m.index + m[0].length, items });
    }
  }
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const res: SentenceMention[] = [];
  let lastEnd = -1;
  let lead: [number, number] | null = null;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    if (!c.items) continue;
    for (const f of c.items) {
      lead ??= leadPositions(s, p);
      const atLead = f.start === lead[0] || f.start === lead[1];
      const frame = atLead && !f.possessive && !p.subjectFollower.test(s.slice(f.end, f.end + 16));
      res.push({ ...f, frame });
    }
  }
  return res;
}
