// Training the tagger: averaged perceptron, greedy left to right, the previous tags as the model predicts
// them (so training sees its own mistakes, as inference does), sentences shuffled with a fixed seed.
import { FeatureBuffer } from '../parse/hash.js';
import { ambiguityOf, taggerFeatures, type AmbiguityClasses } from '../parse/tagger.js';
import { strHash } from '../parse/hash.js';
import { tokenIds, type ClusterIndex, type TokenIds } from '../parse/token-features.js';
import { createRng } from '../bench/prng.js';
import { Perceptron } from './perceptron.js';
import { shuffleInPlace } from './shuffle.js';
import type { TreeSentence } from './treebank.js';

export interface TaggerTraining {
  model: Perceptron;
  classes: string[];
  /** what the model header's meta must carry for the Tagger (the ambiguity classes) */
  meta: { ambiguityWords: number[]; ambiguityIds: number[] };
}

/** Words seen at least 3 times, with the tags that make up at least a tenth of their occurrences. */
export function ambiguityClasses(sents: readonly TreeSentence[], ids: readonly TokenIds[]): { map: AmbiguityClasses; words: number[]; classIds: number[] } {
  const counts = new Map<number, Map<string, number>>();
  sents.forEach((s, k) => {
    const w = ids[k]!.word;
    s.tags.forEach((tag, i) => {
      let m = counts.get(w[i]!);
      if (!m) counts.set(w[i]!, (m = new Map()));
      m.set(tag, (m.get(tag) ?? 0) + 1);
    });
  });
  const entries: [number, number][] = [];
  for (const [word, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < 3) continue;
    const set = [...m].filter(([, c]) => c * 10 >= total).map(([t]) => t).sort().join(' ');
    entries.push([word, strHash(set) || 1]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return { map: new Map(entries), words: entries.map((e) => e[0]), classIds: entries.map((e) => e[1]) };
}

export function tagClasses(sents: readonly TreeSentence[]): string[] {
  const seen = new Set<string>();
  for (const s of sents) for (const t of s.tags) seen.add(t);
  return [...seen].sort();
}

export function trainTagger(
  sents: readonly TreeSentence[], clusters: ClusterIndex | null, o: { epochs: number; seed: number; progress?: (epoch: number, acc: number) => void },
): TaggerTraining {
  const classes = tagClasses(sents);
  const index = new Map(classes.map((c, i) => [c, i]));
  const model = new Perceptron(classes.length, 1 << 18);
  const buf = new FeatureBuffer();
  const scores = new Float32Array(classes.length);
  const ids: TokenIds[] = sents.map((s) => tokenIds(s.forms, clusters));
  const amb = ambiguityClasses(sents, ids);
  const ambs = ids.map((t) => ambiguityOf(t, amb.map));
  const gold = sents.map((s) => Int32Array.from(s.tags.map((t) => index.get(t)!)));
  const order = sents.map((_, i) => i);
  const rng = createRng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const k of order) {
      const t = ids[k]!;
      const g = gold[k]!;
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < t.n; i++) {
        taggerFeatures(t, i, p1, p2, ambs[k]!, buf);
        model.score(buf, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        model.update(buf, g[i]!, guess);
        if (guess === g[i]) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    o.progress?.(epoch + 1, right / Math.max(1, total));
    shuffleInPlace(order, rng);
  }
  return { model, classes, meta: { ambiguityWords: amb.words, ambiguityIds: amb.classIds } };
}
