// Locating peers' files under the anchors folder (read in place, never copied).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** First file called `name` under `root` (breadth-first, bounded depth), or null. */
export function findFile(root: string, name: string, maxDepth = 6): string | null {
  if (!existsSync(root)) return null;
  let level = [root];
  for (let d = 0; d <= maxDepth && level.length > 0; d++) {
    const next: string[] = [];
    for (const dir of level) {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        continue;
      }
      for (const n of names) {
        const p = join(dir, n);
        let isDir = false;
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          continue;
        }
        if (isDir) next.push(p);
        else if (n === name) return p;
      }
    }
    level = next;
  }
  return null;
}
