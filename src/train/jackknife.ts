// Tags for training sentences as a tagger that never saw them predicts them: the parser and the recogniser
// then learn from the kind of tags they will meet in new text. K taggers, each trained without one fold.
import { trainTagger } from './tagger.js';
import type { TreeSentence } from './treebank.js';
import { decodeModel } from '../parse/model-file.js';
import { Tagger } from '../parse/tagger.js';
import { tokenIds, type ClusterIndex } from '../parse/token-features.js';

export interface JackknifeOptions {
  folds: number;
  epochs: number;
  seed: number;
  minUpdates: number;
  /** the final tagger's classes: the returned ids are indices into this list */
  classes: readonly string[];
  log?: (msg: string) => void;
}

export function jackknifedTags(train: readonly TreeSentence[], clusters: ClusterIndex | null, o: JackknifeOptions): Int32Array[] {
  const out: Int32Array[] = new Array(train.length);
  const index = new Map(o.classes.map((c, i) => [c, i]));
  for (let f = 0; f < o.folds; f++) {
    const rest = train.filter((_, i) => i % o.folds !== f);
    const t = trainTagger(rest, clusters, { epochs: o.epochs, seed: o.seed + f + 1 });
    const header = { name: `tagger-fold-${f}`, classes: t.classes, trainedWith: '', corpora: [], licence: '', meta: t.meta };
    const tagger = new Tagger(decodeModel(t.model.encode(header, { minUpdates: o.minUpdates }), `fold ${f}`));
    const remap = tagger.classes.map((c) => index.get(c) ?? 0);
    train.forEach((s, i) => {
      if (i % o.folds === f) out[i] = Int32Array.from(tagger.tag(tokenIds(s.forms, clusters)), (c) => remap[c]!);
    });
    o.log?.(`  jackknife fold ${f + 1}/${o.folds}`);
  }
  return out;
}
