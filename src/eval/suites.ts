// Every suite of the instrument, run in a fixed order; suites whose data is absent are skipped, not failed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldFile } from './gold.js';
import { goldSuite } from './markdown.js';
import { scoreGold } from './score.js';
import type { Attributor, Coder, SuiteOutcome } from './types.js';
import { runPetrarchGsr } from './adapters/petrarch-gsr.js';
import { runPetrarchUnit } from './adapters/petrarch-unit.js';
import { runPloverGsr } from './adapters/plover-gsr.js';
import { runConfliBert } from './adapters/conflibert.js';
import { runPolnear } from './adapters/polnear.js';
import { runCase2021 } from './adapters/case2021.js';
import { runTreebankSuite } from './syntax.js';
import type { Segmenter } from '../segment/index.js';
import { entitySuites, runEntitySuite } from './entities.js';
import type { ParseModels } from '../parse/index.js';
import { metamorphicSuite, runMetamorphic, type Analyser } from './metamorphic.js';
import { readStoriesGold } from './stories-gold.js';
import { readArticlesSync } from './stories-input.js';
import { scoreStories, storiesSuite } from './stories.js';
import { clusterInMemory } from '../stories/index.js';
import { explainPair, mergeStory } from '../stories/merge.js';

export interface SuiteOptions {
  /** the shared folder holding gold/ and anchors/ */
  shared: string;
  /** readout's own gold file (test/gold/readout.gold.jsonl) */
  ownGold: string;
  /** readout's held-out gold (test/gold/heldout.gold.jsonl): written blind, measured, never tuned on */
  heldoutGold?: string;
  /** readout's second blind gold (test/gold/blind.gold.jsonl): written blind before the coder read the tree, never tuned on */
  blindGold?: string;
  /** readout's third blind gold (test/gold/blind3.gold.jsonl): written blind to measure this session's coder changes, never tuned on */
  blind3Gold?: string;
  coder: Coder;
  /** tokens and actor mentions of an article, for the metamorphic suite (skipped without it) */
  analyse?: Analyser;
  /** a coder with extra lexicon files loaded (the PETRARCH unit tests need their validation dictionaries) */
  coderWith?: (lexiconFiles: string[]) => Coder;
  attributor: Attributor;
  polnearMaxDocs?: number;
  /** the stories suite (issue #12): its gold file and the article files/folders it names (skipped when absent) */
  stories?: { gold: string; inputs: string[] };
  /** only suites whose name contains one of these (all when empty) */
  only?: string[];
  progress?: (msg: string) => void;
  /** readout's trained models and sentence splitter, for the parse suites (skipped when absent) */
  parse?: { models: ParseModels; split: Segmenter };
}

export const SUITE_NAMES = ['gold-seed', 'gold-readout', 'gold-heldout', 'gold-blind', 'gold-blind3', 'metamorphic', 'stories', 'petrarch-gsr', 'petrarch-unit', 'plover-gsr', 'conflibert', 'polnear', 'case2021', 'parse-ewt', 'parse-gum', 'parse-gum-news', 'ner-uner', 'ner-re3d', 'ner-wikigold'] as const;

function goldOutcome(suite: string, title: string, path: string, coder: Coder): SuiteOutcome {
  if (!existsSync(path)) return { suite, title, skipped: `${path} not found` };
  return goldSuite(suite, title, scoreGold(readGoldFile(path), coder));
}

/** Rewrites of the own gold's correctly coded sentences that must keep their events (src/eval/metamorphic.ts). */
function metamorphicOutcome(o: SuiteOptions): SuiteOutcome {
  const suite = 'metamorphic';
  const title = "Metamorphic robustness: meaning-preserving rewrites of readout's own gold sentences (test/gold/readout.gold.jsonl)";
  if (!existsSync(o.ownGold)) return { suite, title, skipped: `${o.ownGold} not found` };
  if (!o.analyse) return { suite, title, skipped: 'no analyser given (SuiteOptions.analyse)' };
  return metamorphicSuite(suite, title, runMetamorphic(readGoldFile(o.ownGold), { coder: o.coder, analyse: o.analyse }));
}

/** Stories across outlets: the real clusterer and merger on readout's story data, coded with the coder under test. */
function storiesOutcome(o: SuiteOptions): SuiteOutcome {
  const suite = 'stories';
  const title = 'Stories across outlets: clustering and merged events (test/stories/, examples/)';
  if (!o.stories) return { suite, title, skipped: 'no story data given (SuiteOptions.stories)' };
  const missing = [o.stories.gold, ...o.stories.inputs].find((p) => !existsSync(p));
  if (missing !== undefined) return { suite, title, skipped: `${missing} not found` };
  const read = readArticlesSync(o.stories.inputs);
  if (read.errors.length > 0) throw new Error(`stories suite: unreadable input:\n${read.errors.join('\n')}`);
  const report = scoreStories(read.articles, readStoriesGold(o.stories.gold), { code: o.coder, cluster: clusterInMemory, merge: mergeStory, explain: explainPair });
  return storiesSuite(suite, title, report);
}

/** The unit records use invented actors: code them with PETRARCH's validation dictionaries imported (--lexicon). */
function petrarchValidationCoder(anchors: string, o: SuiteOptions): Coder {
  const dir = join(anchors, 'petrarch2', 'petrarch2', 'data', 'dictionaries');
  const files = ['PETR.Validate.actors.txt', 'PETR.Validate.agents.txt'].map((f) => join(dir, f));
  if (!o.coderWith || !files.every((f) => existsSync(f))) return o.coder;
  return o.coderWith(files);
}

export function runSuites(o: SuiteOptions): SuiteOutcome[] {
  const anchors = join(o.shared, 'anchors');
  const runs: [string, () => SuiteOutcome][] = [
    ['gold-seed', () => goldOutcome('gold-seed', 'Seed gold (shared/gold/seed.gold.jsonl)', join(o.shared, 'gold', 'seed.gold.jsonl'), o.coder)],
    ['gold-readout', () => goldOutcome('gold-readout', "readout's own gold (test/gold/readout.gold.jsonl)", o.ownGold, o.coder)],
    ['gold-heldout', () => goldOutcome('gold-heldout', "readout's held-out gold, written blind and never tuned on (test/gold/heldout.gold.jsonl)", o.heldoutGold ?? '', o.coder)],
    ['gold-blind', () => goldOutcome('gold-blind', "readout's second blind gold, written blind and never tuned on (test/gold/blind.gold.jsonl)", o.blindGold ?? '', o.coder)],
    ['gold-blind3', () => goldOutcome('gold-blind3', "readout's third blind gold, written blind and never tuned on (test/gold/blind3.gold.jsonl)", o.blind3Gold ?? '', o.coder)],
    ['metamorphic', () => metamorphicOutcome(o)],
    ['stories', () => storiesOutcome(o)],
    ['petrarch-gsr', () => runPetrarchGsr(anchors, o.coder)],
    ['petrarch-unit', () => runPetrarchUnit(anchors, petrarchValidationCoder(anchors, o))],
    ['plover-gsr', () => runPloverGsr(anchors, o.coder)],
    ['conflibert', () => runConfliBert(anchors, o.coder)],
    ['polnear', () => runPolnear(anchors, o.attributor, o.polnearMaxDocs === undefined ? {} : { maxDocs: o.polnearMaxDocs })],
    ['case2021', () => runCase2021(anchors, o.coder)],
    ...treebankRuns(o),
  ];
  const out: SuiteOutcome[] = [];
  for (const [name, run] of runs) {
    if (o.only && o.only.length > 0 && !o.only.some((x) => name.includes(x))) continue;
    o.progress?.(`eval: ${name} …`);
    out.push(run());
  }
  return out;
}

function treebankRuns(o: SuiteOptions): [string, () => SuiteOutcome][] {
  const corpora = join(o.shared, 'corpora');
  const ewt = join(corpora, 'ud-english-ewt', 'en_ewt-ud-test.conllu');
  const gum = join(corpora, 'gum', 'en_gum-test.conllu');
  return [
    ['parse-ewt', () => runTreebankSuite({ suite: 'parse-ewt', title: 'Parse: UD English EWT test', path: ewt, published: true }, o.parse)],
    ['parse-gum', () => runTreebankSuite({ suite: 'parse-gum', title: 'Parse: GUM test (openly licensed genres)', path: gum }, o.parse)],
    ['parse-gum-news', () => runTreebankSuite({ suite: 'parse-gum-news', title: 'Parse: GUM test, news genre (Wikinews)', path: gum, idPrefix: 'GUM_news_' }, o.parse)],
    ...entitySuites(corpora).map((s): [string, () => SuiteOutcome] => [s.suite, () => runEntitySuite(s, o.parse?.models ?? null)]),
  ];
}
