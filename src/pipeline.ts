// The coder as one pure function: (article, lexicons, coder version) => events.
// read (by the caller) -> segment -> actors -> predicates/events -> time -> attribution -> output.
import { createHash } from 'node:crypto';
import type { Article, Doc, EventDate, Mention, ReadoutEvent } from './types.js';
import type { Segmenter } from './segment/index.js';
import type { Gazetteer } from './actors/gazetteer.js';
import { resolveActors } from './actors/resolve.js';
import { codeSentences, triggerSentences, type Candidate, type EventRules } from './events/code.js';
import { assignDates, isPastTense, type DatePhrase } from './time/assign.js';
import { afterRelativePronoun } from './events/content.js';
import { parseText, type ParseModels } from './parse/index.js';
import { alignTree, dateOwner, isPluperfect } from './events/tree.js';

export const CODER_VERSION = '0.1.0';

export interface CodeInfo {
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
}

/** Everything the coder knows, compiled once and passed explicitly. */
export interface Lexicons {
  segment: Segmenter;
  gazetteer: Gazetteer;
  rules: EventRules;
  /** CAMEO code => QuadClass and Goldstein value */
  cameo: (code: string) => CodeInfo | undefined;
  /** PLOVER contexts implied by the words of a sentence */
  contexts: (lemmas: string[]) => string[];
  /** date phrases per sentence */
  dates: (text: string, sentences: { start: number; end: number }[], published: string | null, pastTense?: (sentence: number) => boolean) => DatePhrase[][];
  /** readout's trained tagger, parser and recogniser (loaded by default); when set, Doc.syntax holds the parse of every
   * sentence with a trigger and the coder reads its arguments from the tree */
  parse?: ParseModels;
}

/** Segment and resolve actors: the first stages, shared by `readout code` and `readout actors`. */
export function analyse(article: Article, lex: Lexicons, opts: { parseAll?: boolean } = {}): Doc {
  const { tokens, sentences } = lex.segment(article.text);
  const mentions = resolveActors(article.text, tokens, sentences, lex.gazetteer, article.published);
  if (!lex.parse) return { article, tokens, sentences, mentions };
  // parsing is most of the coder's time: only sentences with a trigger are read, so only they are parsed (unless the
  // caller reads every sentence: `readout attributions`), and the recogniser is not run (mentions come from the lexicons)
  const spans = opts.parseAll ? sentences : triggerSentences(tokens, sentences, mentions, lex.rules);
  const syntax = parseText(lex.parse, article.text, spans, { entities: false });
  return { article, tokens, sentences, mentions, syntax };
}

/** Code one article into contract events (text order). */
export function codeArticle(article: Article, lex: Lexicons): ReadoutEvent[] {
  const doc = analyse(article, lex);
  return eventsOf(doc, lex);
}

export function eventsOf(doc: Doc, lex: Lexicons): ReadoutEvent[] {
  const { article, tokens, sentences, mentions } = doc;
  const trig: number[][] = sentences.map(() => []);
  const tree = doc.syntax ? alignTree(tokens, doc.syntax) : undefined;
  const cands = codeSentences(tokens, sentences, mentions, lex.rules, article.text, trig, tree);
  if (cands.length === 0) return [];
  // "on Friday" looks back in a past-tense report and forward in "will meet on Friday"
  const past = (k: number) => isPastTense(tokens, sentences[k]!.first, sentences[k]!.last);
  // ("announced sanctions on Monday": an announcement dates the act it announces)
  const reportingOnly = (lemma: string) => lex.rules.reporting.verbs.has(lemma) && !lex.rules.words['announcing-verbs'].has(lemma);
  const phrases = lex.dates(article.text, sentences, article.published, past).map((ps, k) => ps.map((p) => {
    const owner = tree && !p.frame ? dateOwner(tree, tokens, sentences[k]!, p, reportingOnly) : undefined;
    return { ...p, subordinate: afterRelative(doc, k, p.start), ...(owner === undefined ? {} : { owner }) };
  }));
  const dates = assignDates(cands.map((c) => ({
    sentence: c.sentence.index, at: tokens[c.hit.first]!.start, subordinate: c.subordinate,
    alsoAt: (c.mergedTriggers ?? []).map((h) => tokens[h.first]!.start), planned: c.planned === true,
    beforeReport: tree !== undefined && c.hit.kind === 'verb' && isPluperfect(tree, tree.toSyn[c.hit.first]!),
  })), phrases, trig, article.published);
  return cands.map((c, k) => toEvent(doc, c, dates[k]!, lex));
}

/** Is this offset inside a relative clause (after ", which / who / where") of its sentence? */
function afterRelative(doc: Doc, sentence: number, offset: number): boolean {
  const s = doc.sentences[sentence]!;
  let i = s.first;
  while (i < s.last && doc.tokens[i]!.start < offset) i++;
  return afterRelativePronoun(doc.tokens, s.first, i);
}

const ref = (m: Mention) => ({ text: m.text, name: m.name, country: m.country, sector: m.sector });

function toEvent(doc: Doc, c: Candidate, date: EventDate | null, lex: Lexicons): ReadoutEvent {
  const { article, tokens } = doc;
  const s = c.sentence;
  const info = lex.cameo(c.cameo) ?? { quad: 1, goldstein: 0 };
  const lemmas = tokens.slice(s.first, s.last).map((t) => t.lemma);
  const contexts = [...new Set([...c.contexts, ...lex.contexts(lemmas)])].sort();
  const trigger = { text: article.text.slice(tokens[c.hit.first]!.start, tokens[c.hit.last - 1]!.end), start: tokens[c.hit.first]!.start, end: tokens[c.hit.last - 1]!.end };
  const actor = c.args.actor.map(ref);
  const recipient = c.args.recipient.map(ref);
  const id = createHash('sha1')
    .update([CODER_VERSION, article.id, s.index, trigger.start, c.event, actor.map((a) => a.country).join('+'), recipient.map((a) => a.country).join('+')].join('\u0000'))
    .digest('hex').slice(0, 20);
  return {
    id,
    article: { id: article.id, outlet: article.outlet, url: article.url, published: article.published },
    event: c.event,
    mode: c.mode,
    contexts,
    cameo: c.cameo,
    quad: info.quad,
    goldstein: info.goldstein,
    actor,
    recipient,
    date,
    location: null,
    attribution: c.attribution,
    status: c.status,
    evidence: { sentence: s.index, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) },
    confidence: confidenceOf(c),
    trigger,
  };
}

function confidenceOf(c: Candidate): number {
  let p = 0.5;
  if (c.args.actorHow === 'subject' || c.args.actorHow === 'passive' || c.args.actorHow === 'possessor') p += 0.2;
  else if (c.args.actorHow === 'governor' || c.args.actorHow === 'between') p += 0.1;
  if (c.args.recipient.some((m) => m.country !== null)) p += 0.15;
  if (c.args.actor.every((m) => m.how === 'lexicon' || m.how === 'officeholder' || m.how === 'agent' || m.how === 'metonym')) p += 0.1;
  // an act that is only alleged, denied, negated or conditional is less certain to have happened than the report of it
  if (c.status !== 'asserted' && c.status !== 'future') p -= 0.25;
  return Math.round(Math.max(0.05, Math.min(p, 0.95)) * 100) / 100;
}
