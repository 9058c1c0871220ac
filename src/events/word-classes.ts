// Open-class word lists the event coder applies (quantity nouns, event nouns, journey verbs …): lexical knowledge a
// user may extend, loaded from lexicons/events/word-classes.jsonl. Closed-class grammar words stay in code.
import { FieldError, LexiconError, onlyFields, parseLines, requiredString, type Json } from '../lexicon/jsonl.js';

/** Every class the coder needs, in the order of the built-in file. */
export const WORD_CLASS_NAMES = [
  // "thousands of teachers marched": the members after "of" act (matched as written)
  'quantity-nouns',
  // "the APEC forum has agreed": a noun naming the organisation after its name (lemma)
  'org-heads',
  // "met his counterparts from Russia": the party is in the from/of-phrase (lemma)
  'relational-nouns',
  // "challenged the ban": the verb's subject is not the noun's actor (lemma)
  'topic-verbs',
  // "announced sanctions": a reporting verb whose object may be the act (lemma)
  'announcing-verbs',
  // "…, a charge Islamabad denied": report nouns naming an accusation (lemma)
  'claim-nouns',
  // "sent ships to shadow the Chinese vessels": the watched party is the target (lemma)
  'watch-verbs',
  // "will travel to Baku to meet …": the purpose of the journey is an event (lemma)
  'journey-verbs',
  // "as Ukrainian officials had claimed": the claimant is whom a denial answers (lemma)
  'claim-verbs',
  // "condemned the launches": a definite noun referring back to an act (lemma)
  'event-nouns',
  // "discussed it by phone": a by-phrase of means names no agent (matched as written)
  'means-after-by',
  // "test-fired a ballistic missile": fired at nothing named, a show of force (lemma)
  'launched-weapons',
  // "urged Iran to release": the object of these verbs is the subject of their infinitive (lemma)
  'object-control-verbs',
  // "handed over heavy weapons to the federal army": arms given to one's own state are a disarmament (lemma)
  'arms',
  // "proposed that Japan continue to provide aid": what these verbs put forward is a request's content (lemma)
  'proposal-verbs',
] as const;

export type WordClassName = (typeof WORD_CLASS_NAMES)[number];

/** The loaded classes: lower-case words by class. */
export type WordClasses = Readonly<Record<WordClassName, ReadonlySet<string>>>;

const NAMES: ReadonlySet<string> = new Set(WORD_CLASS_NAMES);

export function isWordClassName(name: string): name is WordClassName {
  return NAMES.has(name);
}

export function builtinWordClassFiles(): string[] {
  return [new URL('../../../lexicons/events/word-classes.jsonl', import.meta.url).pathname];
}

interface Entry {
  name: WordClassName;
  words: string[];
}

function parseEntry(obj: Json): Entry {
  onlyFields(obj, ['class', 'words', 'note']);
  const name = requiredString(obj, 'class');
  if (!isWordClassName(name)) throw new FieldError('class', `"${name}" is not a known word class (known: ${WORD_CLASS_NAMES.join(', ')})`);
  const raw = obj['words'];
  if (raw === undefined || raw === null) throw new FieldError('words', 'is missing');
  if (!Array.isArray(raw)) throw new FieldError('words', `must be a list of words, got ${JSON.stringify(raw)}`);
  if (raw.length === 0) throw new FieldError('words', 'must not be empty');
  const seen = new Set<string>();
  const words = raw.map((w: unknown, i) => {
    const field = `words[${i}]`;
    if (typeof w !== 'string') throw new FieldError(field, `must be a string, got ${JSON.stringify(w)}`);
    // each word is compared with one token's lower-case form or lemma, so a phrase could never match
    if (!/^[^\s]+$/.test(w)) throw new FieldError(field, `must be one word without spaces, got ${JSON.stringify(w)}`);
    if (w !== w.toLowerCase()) throw new FieldError(field, `must be lower case, got ${JSON.stringify(w)}`);
    if (/[\u2018\u2019\u2010-\u2014]/.test(w)) throw new FieldError(field, `must use plain apostrophes and hyphens, got ${JSON.stringify(w)}`);
    if (seen.has(w)) throw new FieldError(field, `"${w}" is listed twice`);
    seen.add(w);
    return w;
  });
  return { name, words };
}

/**
 * Read word-class files in order (the built-in file first, then the user's `--lexicon` files). Within one file a
 * class may be listed once; a later file that names a class ADDS its words to the class (a user extends the coder's
 * lists, never shrinks them). After all files every class must have been listed. Problems are LexiconErrors naming
 * `file:line: field`.
 */
export function loadWordClasses(files: readonly string[] = builtinWordClassFiles()): WordClasses {
  const words = new Map<WordClassName, Set<string>>();
  for (const file of files) {
    const seen = new Map<string, string>();
    parseLines([file], (obj, where) => {
      const e = parseEntry(obj);
      const first = seen.get(e.name);
      if (first !== undefined) throw new FieldError('class', `"${e.name}" is already listed at ${first}`);
      seen.set(e.name, where);
      const set = words.get(e.name) ?? new Set<string>();
      for (const w of e.words) set.add(w);
      words.set(e.name, set);
      return e;
    });
  }
  const missing = WORD_CLASS_NAMES.filter((n) => !words.has(n));
  if (missing.length > 0) {
    throw new LexiconError(files.join(', ') || '(no word-class files)', 'class',
      `${missing.map((n) => `"${n}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: every word class the coder needs must be listed (${WORD_CLASS_NAMES.join(', ')})`);
  }
  const out = {} as Record<WordClassName, ReadonlySet<string>>;
  for (const n of WORD_CLASS_NAMES) out[n] = words.get(n)!;
  return out;
}
