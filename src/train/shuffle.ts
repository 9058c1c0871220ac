// The order of training sentences for the next epoch: Fisher-Yates with the seeded generator, so that two
// trainings with the same seed visit the sentences in the same order and write the same model.
import type { Rng } from '../bench/prng.js';

export function shuffleInPlace(order: number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
