// The fingerprint of the code that trains the models and computes their features: stored in every model
// header (trainedWith) so that a test can tell when the committed models are older than that code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files whose change means the models must be retrained (relative to the repository root). Not weights.ts: how
 * the decoded weights are laid out for scoring is an inference detail, and test/parse/weights.test.ts holds it to
 * score exactly what the model file says (the jackknifed training tags go through it, so it must not change them). */
export function trainingSources(root: string): string[] {
  const parse = ['hash.ts', 'token-features.ts', 'tagger.ts', 'parser.ts', 'ner.ts', 'gazetteer.ts', 'model-file.ts', 'conllu.ts']
    .map((f) => join('src', 'parse', f));
  const train = readdirSync(join(root, 'src', 'train')).filter((f) => f.endsWith('.ts')).sort().map((f) => join('src', 'train', f));
  return [...parse, ...train, join('scripts', 'train.ts'), join('models', 'clusters.txt')];
}

export function trainingFingerprint(root: string): string {
  const h = createHash('sha256');
  for (const rel of trainingSources(root)) {
    h.update(rel.replace(/\\/g, '/') + '\0');
    h.update(readFileSync(join(root, rel), 'utf8').replace(/\r\n/g, '\n'));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}
