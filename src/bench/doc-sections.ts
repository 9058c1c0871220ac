// docs/performance.md is written by several scripts: `npm run bench` writes the top, and the scripts that measure
// one thing on demand (bench-api, bench-size, bench-queue) each own one "## " section of it, which the others keep.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Sections written by their own scripts, which `npm run bench` keeps after its part. */
export const OWNED_SECTIONS = ['## HTTP API under load', '## Hostile sizes', '## Job queue', '## Story clustering'] as const;

/** Replace the section under `heading` (up to the next "## " heading) with `body`, or append it. */
export function writeSection(file: string, heading: string, body: string): void {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(`${heading}\n`);
  const end = at < 0 ? -1 : old.indexOf('\n## ', at + heading.length);
  const section = `${heading}\n\n${body.trimEnd()}\n`;
  const next = at < 0 ? `${old.trimEnd()}\n\n${section}` : `${old.slice(0, at)}${section}${end < 0 ? '' : `\n${old.slice(end + 1)}`}`;
  writeFileSync(file, next);
}

/** The owned sections of an existing file, in file order, to carry over when the rest is rewritten. */
export function ownedSections(file: string): string {
  if (!existsSync(file)) return '';
  const old = readFileSync(file, 'utf8');
  const starts = OWNED_SECTIONS.map((h) => old.indexOf(`${h}\n`)).filter((i) => i >= 0).sort((a, b) => a - b);
  return starts.map((at) => {
    const end = old.indexOf('\n## ', at + 3);
    return old.slice(at, end < 0 ? undefined : end + 1).trimEnd();
  }).join('\n\n');
}
