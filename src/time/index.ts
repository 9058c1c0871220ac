// Date expressions in news text, resolved against the publication date.
// Public API of the time stage: findDates (per sentence) and resolvePhrase (one phrase).
import { datelineEnd } from './dateline.js';
import { loadTimeVocabulary, type Relation, type TimeVocabulary } from './lexicon.js';
import { compilePatterns, type TimePatterns } from './patterns.js';
import { recogniseSentence, type AnchorShift } from './recognise.js';
import { makeReference, type Granularity } from './resolve.js';

export type { Granularity } from './resolve.js';
export type { Relation, TimeVocabulary } from './lexicon.js';
export type { TimePatterns } from './patterns.js';
export { loadTimeVocabulary, TimeLexiconError } from './lexicon.js';
export { compilePatterns } from './patterns.js';
export { PublishedDateError } from './resolve.js';

export interface DateMention {
  /** character offsets into the text given (end exclusive) */
  start: number;
  end: number;
  /** the phrase, e.g. "earlier this month", "last year", "on Tuesday", "in 2022", "January 5" */
  text: string;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; null when it needs a publication date and none is known */
  value: string | null;
  granularity: Granularity;
  /** a sentence-initial frame adverbial ("Last year, …", "In 2022, …"): dates the sentence and what follows */
  frame: boolean;
  /** the phrase points to the future ("next week", "on Friday" in a future-tense clause, "by 2030") */
  future: boolean;
  /** how the event relates to the date: "in 2022" at, "since 2022" since, "until/through" until, "by" by, before, after */
  relation: Relation;
  /** "two days earlier", "the next day": a shift from the story's own date (then `value` counts from publication) */
  anchorShift?: AnchorShift;
}

export interface FindDatesOptions {
  /** is sentence i reported in the past? Decides "in March", "on Friday", "March 5" (default: past) */
  pastTense?: (sentenceIndex: number) => boolean;
  /** compiled patterns to use (default: the built-in lexicons/time vocabulary) */
  patterns?: TimePatterns;
}

/** Compile a vocabulary (e.g. loadTimeVocabulary(path)) for FindDatesOptions.patterns. */
export function timePatterns(vocab: TimeVocabulary = loadTimeVocabulary()): TimePatterns {
  return compilePatterns(vocab);
}

// The built-in vocabulary is read-only data; it is compiled once, on first use.
let builtin: TimePatterns | null = null;
function builtinPatterns(): TimePatterns {
  builtin ??= compilePatterns(loadTimeVocabulary());
  return builtin;
}

/**
 * Date mentions of every sentence, in text order: result[i] belongs to sentences[i].
 * `published` is 'YYYY-MM-DD' or null (relative expressions then get value null); anything else throws
 * PublishedDateError. Sentences must lie within the text (RangeError otherwise).
 */
export function findDates(
  text: string,
  sentences: readonly { start: number; end: number }[],
  published: string | null,
  opts: FindDatesOptions = {},
): DateMention[][] {
  if (typeof text !== 'string') throw new TypeError('findDates: text must be a string');
  const ref = makeReference(published);
  const patterns = opts.patterns ?? builtinPatterns();
  const pastTense = opts.pastTense;
  const out: DateMention[][] = [];
  // the dateline's date is the filing date, not an event's
  const dateline = datelineEnd(text);
  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new RangeError(`findDates: sentence ${i} has offsets [${start}, ${end}) outside the text (length ${text.length})`);
    }
    const s = text.slice(start, end);
    let past: boolean | undefined;
    const found = recogniseSentence(s, {
      patterns,
      ref,
      preferPast: () => (past ??= pastTense ? pastTense(i) : true),
    });
    out.push(
      found.filter((f) => start + f.start >= dateline).map((f) => ({
        start: start + f.start,
        end: start + f.end,
        text: s.slice(f.start, f.end),
        value: f.value,
        granularity: f.granularity,
        frame: f.frame,
        future: f.future,
        relation: f.relation,
        ...(f.anchorShift ? { anchorShift: f.anchorShift } : {}),
      })),
    );
  }
  return out;
}

/** Resolve one phrase ("last year", "on 5 March") against a publication date; null when it holds no date. */
export function resolvePhrase(
  phrase: string,
  published: string | null,
  preferPast = true,
): { value: string | null; granularity: Granularity } | null {
  const [mentions] = findDates(phrase, [{ start: 0, end: phrase.length }], published, { pastTense: () => preferPast });
  const first = mentions?.[0];
  return first ? { value: first.value, granularity: first.granularity } : null;
}
