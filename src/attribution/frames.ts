// attribution: reporting frames ("X said …", "…, X said", "according to X") and the chain of sources of each event.
import type { AttributionRef, Mention, Token } from '../types.js';
import { groupLeft, groupRight, type SentenceView } from '../events/arguments.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/function-words.js';
import { timePhraseEnd } from '../events/time-phrases.js';

/** Reporting cues as compiled from lexicons/cues/reporting.jsonl. */
export interface ReportingCues {
  /** lemmas of reporting verbs: say, tell, report … */
  verbs: Set<string>;
  /** multi-word prepositional cues, as token lists: ["according", "to"], ["cited", "by"] */
  preps: string[][];
  /** reporting nouns: statement, report, readout … */
  nouns: Set<string>;
  /** stance verbs (lemma, or lemma + particle: "call for"): a source for `readout attributions`, no event frame */
  stances: Set<string>;
}

export interface Frame {
  source: Mention[];
  cue: string;
  /** token span of the cue */
  cueFirst: number;
  cueLast: number;
  /** the tokens the frame covers [first, last) */
  scope: [number, number];
  /** the outlet a speaker told ("… told AFP"): a link of the chain, not a speaker of its own */
  relay?: boolean;
  /** "…, citing security concerns": a participle cue that names no source (a reason); its events keep their own */
  reason?: boolean;
}

const OPEN_QUOTE = new Set(['“', '"', '‘', "'"]);
const CLOSE_PUNCT = new Set([',', '”', '"', '’', "'", '.', '…']);

function cueText(tokens: Token[], a: number, b: number, text: string): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** Reporting frames of one sentence, plus the tokens where a reporting tail starts (argument barriers). */
export function findFrames(v: SentenceView, cues: ReportingCues, text: string, triggerTokens: Set<number>): { frames: Frame[]; barriers: number[] } {
  const t = v.tokens;
  const { first: S, last: E } = v.s;
  const frames: Frame[] = [];
  const barriers: number[] = [];
  const endOfSentence = (j: number) => j >= E || (t[j]!.pos === 'PUNCT' && j === E - 1) || (t[j]!.pos === 'PUNCT' && CLOSE_PUNCT.has(t[j]!.text) && j + 1 >= E - 1);

  for (let i = S; i < E; i++) {
    // prepositional cues: "according to X", "cited by X"
    const prep = cues.preps.find((p) => p.every((w, k) => t[i + k] && (t[i + k]!.lower === w || t[i + k]!.lemma === w)));
    if (prep) {
      const after = i + prep.length;
      let src: Mention[] = [];
      let srcEnd = after;
      let comma = after;
      while (comma < E && t[comma]!.text !== ',') comma++;
      // "citing Iranian officials", "quoting a ministry statement": a participle takes a clause, whose object is a source
      // only when it names someone right there ("citing security concerns over Iran" gives a reason, not a source)
      const clause = prep.length === 1 && prep[0]!.endsWith('ing');
      for (let k = after; k < E && k < after + 8; k++) {
        if (t[k]!.text === ',' && src.length === 0) break;
        if (v.at.has(k)) { [src, srcEnd] = groupRight(v, k, comma); break; }
        if (clause && !CITED_LEAD.has(t[k]!.pos) && !cues.nouns.has(t[k]!.lemma) && !CITED_GLUE.has(t[k]!.lower)) break;
      }
      // extend the cue over "a readout issued by" / "the IRNA report"
      let cueEnd = after;
      while (cueEnd < E && cueEnd < srcEnd && !v.at.has(cueEnd)) cueEnd++;
      // (only over report words: "according to the Secret Service" keeps the cue "according to")
      if (!t.slice(after, cueEnd).some((x) => x.pos === 'NOUN' || x.pos === 'VERB')) cueEnd = after;
      // a source the lexicon does not know ("according to a poll", "according to the report"): the phrase itself
      // (after "citing", only a phrase headed by a speaker or report noun: "citing unnamed sources", not "citing concerns")
      if (src.length === 0 && (!clause || citesSpeaker(t, after, comma, cues.nouns)) && after < E && t[after]!.text !== ',') {
        let end = after;
        while (end < comma && end < after + 8 && !endOfSentence(end)) end++;
        if (end > after) { src = [reportMention(v, after, end, text)]; srcEnd = end; }
      }
      let tail = srcEnd;
      while (tail < E && t[tail]!.text !== ',' && !endOfSentence(tail) && tail < srcEnd + 3) tail++;
      if (src.length > 0 || clause) {
        const atStart = i === S || (i - 1 >= S && OPEN_QUOTE.has(t[i - 1]!.text));
        const scope: [number, number] = atStart ? [tail, E] : [S, i];
        frames.push({ source: src, cue: cueText(t, i, Math.max(cueEnd, after), text), cueFirst: i, cueLast: Math.max(cueEnd, after), scope, ...(src.length === 0 ? { reason: true } : {}) });
        if (!atStart) barriers.push(i - (t[i - 1]?.text === ',' ? 1 : 0));
      }
      i = Math.max(i, srcEnd - 1);
      continue;
    }
    const tok = t[i]!;
    if (!cues.verbs.has(tok.lemma) || triggerTokens.has(i)) continue;
    // the tagger sometimes takes "says" for a noun; "state" in "state media" or "the IRNA report" is one
    if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && !(tok.pos === 'NOUN' && /s$/.test(tok.lower) && v.endsAt.has(i - 1))) continue;
    // the speaker: the group right before the verb ("IRNA said", "Radan noted") …
    let j = i - 1;
    while (j >= S && (t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX' || t[j]!.lower === 'also')) j--;
    // (past a time phrase: "Kanaani on Monday said", "the ministry yesterday said"; a weekday is never the speaker)
    j = beforeTimePhrase(t, j, S);
    while (j >= S && (t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX' || t[j]!.lower === 'also')) j--;
    // (past a short parenthetical after the name: "Sen. David Perdue (R-Ga.) said")
    if (j >= S && t[j]!.text === ')') {
      let o = j - 1;
      while (o > S && o > j - 7 && t[o]!.text !== '(') o--;
      if (o > S && t[o]!.text === '(') j = o - 1;
    }
    let speaker: Mention[] = [];
    let speakerFirst = i;
    // a tail whose speaker is a whole noun phrase: ", the State Border Service in Baku said."
    const tail = tailSpeaker(v, j, i, text) ?? headSpeaker(v, j, text);
    if (tail) [speaker, speakerFirst] = [[tail.speaker], tail.first];
    else if (j >= S && v.endsAt.has(j)) [speaker, speakerFirst] = groupLeft(v, j);
    // … or a body the lexicon does not know, owned by one it does: "South Korea's Joint Chiefs of Staff said"
    if (speaker.length === 0 && j >= S) {
      const np = nounPhraseLeft(v, j);
      if (np) [speaker, speakerFirst] = [np.owner, np.first];
    }
    // … or a report itself: "the readout said", "the statement said"
    if (speaker.length === 0 && j >= S && cues.nouns.has(t[j]!.lemma)) {
      let f = j;
      while (f - 1 >= S && (t[f - 1]!.pos === 'DET' || t[f - 1]!.pos === 'ADJ')) f--;
      speaker = [reportMention(v, f, j + 1, text)];
      speakerFirst = f;
    }
    // … or any other speaker: a pronoun ("he said"), an unknown name ("Smith said"), a noun phrase ("the official said")
    if (speaker.length === 0 && j >= S) {
      const np = plainSpeaker(v, j, text, cues.nouns);
      if (np) [speaker, speakerFirst] = [[np.speaker], np.first];
    }
    // … or after it in an inverted tail (", said IRNA")
    let inverted = false;
    if (speaker.length === 0 && i + 1 < E && v.at.has(i + 1) && i - 1 >= S && CLOSE_PUNCT.has(t[i - 1]!.text)) {
      [speaker] = groupRight(v, i + 1);
      speakerFirst = i;
      inverted = true;
    }
    if (speaker.length === 0) {
      // no speaker found ("saying …", a parenthetical subject): the cue is still a report, with no source to attribute
      frames.push({ source: [], cue: cueText(t, i, i + 1, text), cueFirst: i, cueLast: i + 1, scope: [i + 1, E] });
      continue;
    }
    let b = speakerFirst - 1;
    while (b > S && t[b]!.pos === 'DET') b--;
    const before = t[b];
    speakerFirst = b + 1;
    // a tail ends the sentence: ", IRNA said." / ", Radan said, according to …" (not "Separately, the office said that …")
    const after = t[i + 1];
    const endsSentence = !after || after.text === ',' || (after.pos === 'PUNCT' && i + 2 >= E) || after.text === '.' || placeOfReport(t, i + 1, E);
    const isTail = inverted || (before !== undefined && CLOSE_PUNCT.has(before.text) && speakerFirst > S + 1 && endsSentence);
    const cue = cueText(t, i, i + 1, text);
    if (isTail) {
      const comma = speakerFirst - 1;
      frames.push({ source: speaker, cue, cueFirst: i, cueLast: i + 1, scope: [S, comma] });
      // ", a spokesman … told AFP.": the outlet told is the next link of the chain
      const told = t[i]!.lemma === 'tell' ? (v.at.get(i + 1) ?? []).filter((m) => m.first === i + 1 && m.sector === 'JRN') : [];
      if (told.length) frames.push({ source: told, cue, cueFirst: i, cueLast: i + 1, scope: [S, comma], relay: true });
      barriers.push(comma);
    } else {
      // head: "Xinhua said (that) Wang expressed …" — the report covers what follows, up to a tail of its own
      let k = i + 1;
      if (t[k]?.lower === 'that' || t[k]?.text === ':' || t[k]?.text === ',') k++;
      frames.push({ source: speaker, cue, cueFirst: i, cueLast: i + 1, scope: [k, E] });
    }
  }
  // a tail frame's scope ends where another tail begins
  for (const f of frames) {
    for (const b of barriers) if (b > f.scope[0] && b < f.scope[1] && !(f.cueFirst >= b)) f.scope[1] = Math.min(f.scope[1], b);
  }
  return { frames, barriers };
}

/** ", … said on state television.", "… said in a statement on Tuesday.": a short phrase of where or when, then the end. */
function placeOfReport(t: Token[], from: number, end: number): boolean {
  // (", a spokesman told AFP.", "… told reporters in Kyiv.": the one told, then the end)
  const told = t[from - 1]?.lemma === 'tell' && (t[from]?.pos === 'PROPN' || t[from]?.pos === 'NOUN');
  if ((t[from]?.pos !== 'ADP' && !told) || end - from > 8) return false;
  for (let k = from + 1; k < end; k++) {
    const w = t[k]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || w.lower === 'that') return false;
  }
  return true;
}

/** the last token before a time phrase that ends at j (j itself when none does) */
function beforeTimePhrase(t: Token[], j: number, S: number): number {
  for (let k = Math.max(S, j - 4); k <= j; k++) if (timePhraseEnd(t, k, j + 1) === j + 1) return k - 1;
  return j;
}

/** what may stand between "citing" and the name it cites: "citing a senior ministry official", "citing a statement by" */
const CITED_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
const CITED_GLUE: ReadonlySet<string> = new Set(['by', 'from', 'of', 'issued', 'its', 'their', 'his', 'her']);

/** Is the noun phrase from `from` headed by a speaker or report noun ("unnamed sources", "a ministry statement")? */
function citesSpeaker(t: Token[], from: number, end: number, nouns: ReadonlySet<string>): boolean {
  let k = from;
  while (k < end && (CITED_LEAD.has(t[k]!.pos) || POSSESSIVE_PRONOUNS.has(t[k]!.lower))) k++;
  while (k + 1 < end && (t[k + 1]!.pos === 'NOUN' || t[k + 1]!.pos === 'PROPN')) k++;
  return k < end && (nouns.has(t[k]!.lemma) || nouns.has(t[k]!.lower));
}

const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NP_GLUE = new Set(['of', 'in', 'for', 'at', "'s", '-', '.', 'and']);


/**
 * A reporting tail ", NP said." whose NP is more than a known name: the speaker keeps the whole phrase as its text
 * and takes its country and sector from the mention inside it (the owner: "South Korea's …", "… in Baku").
 */
function tailSpeaker(v: SentenceView, j: number, verb: number, text: string): { speaker: Mention; first: number } | null {
  const t = v.tokens;
  const after = t[verb + 1];
  if (after && !(after.text === ',' || after.text === '.' || (after.pos === 'PUNCT' && verb + 2 >= v.s.last) || placeOfReport(t, verb + 1, v.s.last))) return null;
  let k = j;
  while (k >= v.s.first && k > j - 10 && npWord(v, k)) k--;
  if (k < v.s.first || k === j || !CLOSE_PUNCT.has(t[k]!.text) || k <= v.s.first + 1) return null;
  return phraseSpeaker(v, k + 1, j, text);
}

/** A word that can be inside a speaker's noun phrase (hyphenated compounds included: "state-run"). */
function npWord(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  const tok = t[k]!;
  if (NP_WORD.has(tok.pos) || NP_GLUE.has(tok.lower) || POSSESSIVE_PRONOUNS.has(tok.lower)) return true;
  return t[k - 1]?.text === '-' || t[k + 1]?.text === '-';
}

/** "The United Nations peacekeeping force in Lebanon said …": a sentence-initial noun phrase as the speaker. */
function headSpeaker(v: SentenceView, j: number, text: string): { speaker: Mention; first: number } | null {
  let k = j;
  while (k >= v.s.first && k > j - 10 && npWord(v, k)) k--;
  if (k === j) return null;
  if (k < v.s.first) return phraseSpeaker(v, v.s.first, j, text);
  // (after a short fronted adverbial: "Meanwhile, the UN peacekeeping force in Lebanon said")
  const t = v.tokens;
  if (t[k]!.text !== ',' || k - v.s.first > 4 || k === v.s.first) return null;
  for (let x = v.s.first; x < k; x++) if (t[x]!.pos === 'VERB' || t[x]!.pos === 'AUX' || t[x]!.text === ',') return null;
  return phraseSpeaker(v, k + 1, j, text);
}

function phraseSpeaker(v: SentenceView, first: number, j: number, text: string, plain = false, speakerNouns: Set<string> = new Set()): { speaker: Mention; first: number } | null {
  const t = v.tokens;
  const inside: Mention[] = [];
  for (let x = first; x <= j; x++) for (const m of v.at.get(x) ?? []) if (!inside.includes(m)) inside.push(m);
  if (inside.length === 1 && inside[0]!.first === first && inside[0]!.last === j + 1) return null; // a plain known name
  if (plain && inside.length === 0 && t[first]!.pos !== 'PRON' && t[first]!.pos !== 'PROPN' && !/^\p{Lu}/u.test(t[j]!.text) && !speakerNouns.has(t[j]!.lemma) && !t[j]!.lemma.endsWith('er')) return null;
  const owner = inside.find((m) => m.country) ?? null;
  const place = owner?.kind === 'city';
  const span = text.slice(t[first]!.start, t[j]!.end);
  return {
    first,
    speaker: {
      // "a hospital official in Kharkiv": a city gives the speaker its country, not its name or kind
      text: span, name: place ? null : owner?.name ?? null, country: owner?.country ?? null, sector: owner?.sector ?? null,
      start: t[first]!.start, end: t[j]!.end, first, last: j + 1, sent: v.s.index, kind: place ? 'group' : owner?.kind ?? 'org', how: 'description',
    },
  };
}

const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** A speaker the lexicon does not know: a pronoun, a capitalised name, or a short noun phrase right before the cue. */
function plainSpeaker(v: SentenceView, j: number, text: string, speakerNouns: Set<string>): { speaker: Mention; first: number } | null {
  const t = v.tokens;
  const tok = t[j]!;
  let first = j;
  if (tok.pos === 'PRON' && SPEAKER_PRONOUNS.has(tok.lower)) first = j;
  else if (tok.pos === 'PROPN') { while (first - 1 >= v.s.first && (t[first - 1]!.pos === 'PROPN' || t[first - 1]!.text === '.')) first--; }
  else if (tok.pos === 'NOUN') { while (first - 1 >= v.s.first && first > j - 4 && ['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(t[first - 1]!.pos)) first--; }
  else return null;
  return phraseSpeaker(v, first, j, text, true, speakerNouns);
}

/** A noun phrase ending at j whose owner is a mention: "South Korea's Joint Chiefs of Staff", "the spokesman of the ministry". */
function nounPhraseLeft(v: SentenceView, j: number): { owner: Mention[]; first: number } | null {
  const t = v.tokens;
  for (let k = j, n = 0; k >= v.s.first && n < 7; k--, n++) {
    const tok = t[k]!;
    if (tok.lower === "'s" && v.endsAt.has(k - 1)) {
      const [owner, first] = groupLeft(v, k - 1);
      return owner.length ? { owner, first } : null;
    }
    if (!(tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.lower === 'of' || tok.pos === 'ADJ')) return null;
  }
  return null;
}

/** A report as the source of a frame ("the readout"): no country of its own. */
function reportMention(v: SentenceView, first: number, last: number, text: string): Mention {
  const t = v.tokens;
  return {
    text: text.slice(t[first]!.start, t[last - 1]!.end), name: null, country: null, sector: null,
    start: t[first]!.start, end: t[last - 1]!.end, first, last, sent: v.s.index, kind: 'org', how: 'description',
  };
}

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Speakers that are bare pronouns ("He said …") as event sources: "he" or "she" is the latest person named before it
 * (`prior`: the article's mentions the sentence may look back to, in text order); any other pronoun, or one with no
 * person before it, names no source, and the frame keeps its scope without one.
 */
export function resolvePronounSpeakers(frames: Frame[], tokens: readonly Token[], prior: readonly Mention[]): void {
  for (const f of frames) {
    f.source = f.source.flatMap((m) => {
      if (m.country !== null || m.last !== m.first + 1 || tokens[m.first]!.pos !== 'PRON') return [m];
      if (!PERSONAL_PRONOUNS.has(tokens[m.first]!.lower)) return [];
      const person = subjectPerson(prior.filter((p) => p.kind === 'person' && p.end <= m.start && p.country !== null), tokens, prior);
      // (the pronoun as written, standing for the person: "He" named Nasser Kanaani)
      return person ? [{ ...m, name: person.name ?? person.text, country: person.country, sector: person.sector, kind: 'person' as const, how: 'pronoun' as const }] : [];
    });
  }
}

/**
 * The person a speaker pronoun stands for among `persons` (named before it, in text order): the latest, unless an
 * earlier person of that sentence is its subject (its first party, no verb before it): "Germany's foreign minister met
 * Wang Yi. He said …" is the minister, as the subject carries on; "The talks were held with Wang Yi. He said …" is Wang.
 */
function subjectPerson(persons: readonly Mention[], tokens: readonly Token[], prior: readonly Mention[]): Mention | undefined {
  const latest = persons.at(-1);
  if (!latest) return undefined;
  const opening = prior.find((p) => p.sent === latest.sent);
  if (!opening || opening === latest || !persons.includes(opening)) return latest;
  for (let j = opening.first - 1; j >= 0 && tokens[j]!.sent === latest.sent; j--) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return latest;
  return opening;
}

/** What a possessive pronoun may stand for: "its" an organisation or a state, "his"/"her" a person, "their" either. */
const POSSESSIVE_KIND: ReadonlyMap<string, 'person' | 'other' | 'any'> = new Map([['its', 'other'], ['his', 'person'], ['her', 'person'], ['their', 'any']]);

/** Does a speaker agree in kind with a pronoun of that kind? */
export function agreesInKind(speaker: Mention, kind: 'person' | 'other' | 'any'): boolean {
  return kind === 'any' || (kind === 'person') === (speaker.kind === 'person');
}

/**
 * The speaker a pronoun at token `pron` refers to first: in the content clause of a reporting frame ("Russia's
 * defence ministry said its forces struck …", "…, its forces struck …, the ministry said"), the frame's source, when
 * it agrees in kind. The innermost frame covering the pronoun decides; a relay (the outlet told), a reason ("citing
 * …") or a source with no country names no speaker. [] when none fits.
 */
export function speakerOfPronoun(frames: readonly Frame[], pron: number, kind: 'person' | 'other' | 'any'): Mention[] {
  const covering = frames.filter((f) => pron >= f.scope[0] && pron < f.scope[1] && !(pron >= f.cueFirst && pron < f.cueLast) && !f.reason && !f.relay);
  covering.sort((a, b) => (a.scope[1] - a.scope[0]) - (b.scope[1] - b.scope[0]) || b.cueFirst - a.cueFirst);
  const f = covering[0];
  if (!f) return [];
  const named = f.source.filter((m) => m.country !== null);
  // ("they"/"their" is never one person: "Obama and Putin said they …" whose frame names Obama alone)
  if (kind === 'any' && named.length === 1 && named[0]!.kind === 'person') return [];
  return named.length > 0 && named.every((m) => agreesInKind(m, kind)) ? named : [];
}

/**
 * A body owned through a possessive pronoun in a reported clause ("said its forces had struck …") is the speaker's:
 * the pronoun refers first to the reporting verb's subject when the two agree in kind, whoever was named nearer
 * ("Ukraine's armed forces" two sentences back). Only bodies whose country came from the look-back (a pronoun's
 * owner or the same body named before) are changed; "its Russian allies" keeps its own. Mutates the mentions.
 */
export function possessivesToSpeakers(frames: readonly Frame[], tokens: readonly Token[], mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'agent' || (m.country !== null && m.how !== 'pronoun' && m.how !== 'description')) continue;
    const kind = POSSESSIVE_KIND.get(tokens[m.first - 1]?.lower ?? '');
    if (kind === undefined) continue;
    const speaker = speakerOfPronoun(frames, m.first - 1, kind);
    // (one country speaks: "the US and the EU said their …" leaves the pronoun to the nearest)
    const countries = new Set(speaker.map((x) => x.country));
    if (countries.size !== 1 || speaker.includes(m)) continue;
    m.country = speaker[0]!.country;
    m.how = 'pronoun';
  }
}

export function toRef(m: Mention, cue: string): AttributionRef {
  return { text: m.text, name: m.name, country: m.country, sector: m.sector, cue };
}

/** The attribution chain of a token: the frames that cover it, innermost (smallest scope) first. */
export function chainAt(frames: Frame[], token: number): AttributionRef[] {
  const covering = frames.filter((f) => token >= f.scope[0] && token < f.scope[1] && !(token >= f.cueFirst && token < f.cueLast));
  covering.sort((a, b) => (a.scope[1] - a.scope[0]) - (b.scope[1] - b.scope[0]) || b.cueFirst - a.cueFirst);
  const out: AttributionRef[] = [];
  for (const f of covering) for (const m of f.source) out.push(toRef(m, f.cue));
  return out;
}
