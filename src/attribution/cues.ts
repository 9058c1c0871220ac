// Attribution cues (lexicons/cues/*.jsonl): reporting cues ("said", "according to", "a readout issued by")
// and status cues ("did not", "will", "if", "allegedly", "denied"), checked line by line.
import type { Status } from '../types.js';
import { FieldError, onlyFields, optionalString, parseLines, parseUnique, phrase, requiredString, type Json } from '../lexicon/jsonl.js';

/**
 * verb: a lemma phrase introducing what the source says ("say", "tell reporters", "quote as saying");
 * prep: the source follows ("according to X", "cited by X");
 * noun: a statement, report or readout by/from/of the source ("in a statement", "a readout issued by");
 * stance: a verb of position, praise, blame or intent whose subject is a source ("urged", "praised", "vowed", "called
 * for"): listed by `readout attributions`, but not a frame around an event (the coder codes such a verb itself).
 */
export type CueKind = 'verb' | 'prep' | 'noun' | 'stance';
export const CUE_KINDS: readonly CueKind[] = ['verb', 'prep', 'noun', 'stance'];

export interface ReportingCue {
  cue: string;
  kind: CueKind;
  words: string[];
  origin: string;
}

/** Every status except the default `asserted`. */
export type CueStatus = Exclude<Status, 'asserted'>;
export const CUE_STATUSES: readonly CueStatus[] = ['alleged', 'denied', 'negated', 'future', 'hypothetical'];

export interface StatusCue {
  /** lower-case surface words ("did not", "won't"), matched on token text, not lemmas */
  cue: string;
  status: CueStatus;
  words: string[];
  note: string | null;
  origin: string;
}

export function builtinReportingFiles(): string[] {
  return [new URL('../../../lexicons/cues/reporting.jsonl', import.meta.url).pathname];
}

export function builtinStatusFiles(): string[] {
  return [new URL('../../../lexicons/cues/status.jsonl', import.meta.url).pathname];
}

/** Cue words as matched: a contraction such as "didn't" or "n't" stays one word. */
function cueWords(obj: Json): { cue: string; words: string[] } {
  const cue = requiredString(obj, 'cue');
  return { cue, words: phrase(cue, 'cue') };
}

export function loadReportingCues(files: readonly string[] = builtinReportingFiles()): ReportingCue[] {
  return parseUnique(files, (obj, where): ReportingCue => {
    onlyFields(obj, ['cue', 'kind', 'note']);
    const { cue, words } = cueWords(obj);
    const kind = requiredString(obj, 'kind');
    if (!(CUE_KINDS as readonly string[]).includes(kind)) throw new FieldError('kind', `must be one of ${CUE_KINDS.join(', ')}, got "${kind}"`);
    optionalString(obj, 'note');
    return { cue, kind: kind as CueKind, words, origin: where };
  }, (e) => `${e.kind}:${e.cue}`, (e) => ['cue', `"${e.cue}" (${e.kind})`]);
}

export function loadStatusCues(files: readonly string[] = builtinStatusFiles()): StatusCue[] {
  return parseUnique(files, (obj, where): StatusCue => {
    onlyFields(obj, ['cue', 'status', 'note']);
    const { cue, words } = cueWords(obj);
    const status = requiredString(obj, 'status');
    if (!(CUE_STATUSES as readonly string[]).includes(status)) {
      throw new FieldError('status', `must be one of ${CUE_STATUSES.join(', ')}, got "${status}"`);
    }
    return { cue, status: status as CueStatus, words, note: optionalString(obj, 'note'), origin: where };
  }, (e) => e.cue, (e) => ['cue', `"${e.cue}"`]);
}

export function builtinCoverageFiles(): string[] {
  return [new URL('../../../lexicons/cues/coverage.jsonl', import.meta.url).pathname];
}

/** Verbs of coverage (lexicons/cues/coverage.jsonl), as lemmas. */
export function loadCoverageVerbs(files: readonly string[] = builtinCoverageFiles()): Set<string> {
  return new Set(parseLines(files, (obj) => {
    onlyFields(obj, ['verb', 'note']);
    return phrase(requiredString(obj, 'verb'), 'verb').join(' ');
  }));
}
