// Loads every lexicon once (built-in files, then the user's --lexicon files) and compiles them for the coder.
import { readFileSync } from 'node:fs';
import { builtinActorFiles, loadActorLexicon, type ActorLexiconData } from './actors/load.js';
import { toActorLexicon } from './actors/compile.js';
import { compileGazetteer } from './actors/gazetteer.js';
import { petrarchToActorData } from './actors/petrarch-import.js';
import { builtinEventFiles, loadTriggers } from './events/lexicon.js';
import { compileTriggers } from './events/triggers.js';
import { builtinNonEventFiles, loadNonEvents } from './events/non-events.js';
import { builtinContextFiles, loadContexts } from './events/contexts.js';
import { builtinWordClassFiles, loadWordClasses } from './events/word-classes.js';
import { type CueKind, builtinReportingFiles, builtinStatusFiles, loadCoverageVerbs, loadReportingCues, loadStatusCues } from './attribution/cues.js';
import type { ReportingCues } from './attribution/frames.js';
import type { StatusCues } from './attribution/status.js';
import { loadCameo } from './codes/cameo.js';
import { createSegmenter } from './segment/index.js';
import { findDates, timePatterns } from './time/index.js';
import { loadParseModels } from './parse/index.js';
import type { Lexicons } from './pipeline.js';
import { formTokens } from './actors/gazetteer.js';

export interface LoadOptions {
  /** extra lexicon files (--lexicon): readout JSONL of any kind, or PETRARCH actor/agent dictionaries */
  user?: string[];
  /** load readout's trained parse models (models/), so that the coder reads the dependency tree (default true;
   * false codes from the shallow clause scan alone, for tools that only need the lexicons) */
  parse?: boolean;
}

type UserKind = 'actors' | 'non-events' | 'triggers' | 'reporting' | 'status' | 'contexts' | 'word-classes' | 'petrarch-actors' | 'petrarch-agents';

/** Which kind of lexicon a user file is, from its first entry. */
export function userFileKind(file: string): UserKind {
  const text = readFileSync(file, 'utf8');
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#'));
  if (!first) throw new Error(`${file}: lexicon file has no entries`);
  if (first.startsWith('{')) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(first) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${file}: first entry is not valid JSON: ${(e as Error).message}`);
    }
    if ('event' in obj) return 'triggers';
    if ('phrase' in obj) return 'non-events';
    if ('cue' in obj) return 'status' in obj ? 'status' : 'reporting';
    if ('context' in obj) return 'contexts';
    if ('class' in obj) return 'word-classes';
    return 'actors';
  }
  // PETRARCH dictionaries: agents carry "[~COP]" / "[NGO~]" codes, actors "[USAGOV]"
  return /\[\s*~?[A-Z]{3}~?\s*\]/.test(text) && /\[~|~\]/.test(text) ? 'petrarch-agents' : 'petrarch-actors';
}

export function loadLexicons(opts: LoadOptions = {}): Lexicons {
  const user = opts.user ?? [];
  const byKind = (k: UserKind) => user.filter((f) => kinds.get(f) === k);
  const kinds = new Map(user.map((f) => [f, userFileKind(f)] as const));

  const actorData: ActorLexiconData = loadActorLexicon([...builtinActorFiles(), ...byKind('actors')]);
  const pa = byKind('petrarch-actors');
  const pg = byKind('petrarch-agents');
  if (pa.length + pg.length > 0) {
    const extra = petrarchToActorData({ actors: pa, agents: pg });
    actorData.actors.push(...extra.actors);
    actorData.persons.push(...extra.persons);
    actorData.agents.push(...extra.agents);
  }
  const cameo = loadCameo();
  const triggers = loadTriggers([...builtinEventFiles(), ...byKind('triggers')], cameo);
  const contexts = loadContexts([...builtinContextFiles(), ...byKind('contexts')]);
  const reporting = compileReporting(loadReportingCues([...builtinReportingFiles(), ...byKind('reporting')]));
  const status = compileStatus(loadStatusCues([...builtinStatusFiles(), ...byKind('status')]));
  // (a user file naming a class adds its words to the built-in class)
  const words = loadWordClasses([...builtinWordClassFiles(), ...byKind('word-classes')]);
  const patterns = timePatterns();

  return {
    segment: createSegmenter(),
    gazetteer: compileGazetteer(toActorLexicon(actorData)),
    rules: { triggers: compileTriggers(triggers, loadNonEvents([...builtinNonEventFiles(), ...byKind('non-events')])), reporting, status, coverage: loadCoverageVerbs(), words },
    cameo: (code) => {
      const e = cameo.lookup(code);
      return e ? { quad: e.quad, goldstein: e.goldstein } : undefined;
    },
    contexts: (lemmas) => contexts.contextsFor(lemmas),
    dates: (text, sentences, published, pastTense) => findDates(text, sentences, published, { patterns, ...(pastTense ? { pastTense } : {}) }),
    ...(opts.parse !== false ? { parse: loadParseModels() } : {}),
  };
}

/** Cue words tokenised the way the segmenter splits them ("didn't" => did + n't). */
function cueTokens(words: string): string[] {
  return formTokens(words).flatMap((w) => {
    const m = /^(.+)(n't)$/.exec(w);
    return m ? [m[1]!, m[2]!] : [w];
  });
}

function compileReporting(cues: { cue: string; kind: CueKind }[]): ReportingCues {
  const out: ReportingCues = { verbs: new Set(), preps: [], nouns: new Set(), stances: new Set() };
  for (const c of cues) {
    if (c.kind === 'verb' && !c.cue.includes(' ')) out.verbs.add(c.cue.toLowerCase());
    else if (c.kind === 'stance') out.stances.add(c.cue.toLowerCase());
    else if (c.kind === 'noun') out.nouns.add(c.cue.toLowerCase());
    else if (c.kind === 'prep') out.preps.push(cueTokens(c.cue));
  }
  out.preps.sort((a, b) => b.length - a.length);
  return out;
}

function compileStatus(cues: { cue: string; status: string }[]): StatusCues {
  const out: StatusCues = {};
  for (const c of cues) {
    const k = c.status as keyof StatusCues;
    (out[k] ??= []).push(cueTokens(c.cue));
  }
  return out;
}
