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

/**
 * Replace the text between `<!-- name:start -->` and `<!-- name:end -->` in `file` with `body`: for a generated
 * table inside a hand-written section (docs/stories.md's merge cost). The markers must already be there, once each
 * and in order, so that a script never writes into a place nobody chose.
 */
export function writeBlock(file: string, name: string, body: string): void {
  const old = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = old.indexOf(start);
  const b = old.indexOf(end);
  if (a < 0 || b < 0 || b < a || old.indexOf(start, a + 1) >= 0 || old.indexOf(end, b + 1) >= 0) {
    throw new Error(`${file}: expected one "${start}" followed by one "${end}"`);
  }
  writeFileSync(file, `${old.slice(0, a + start.length)}\n${body.trimEnd()}\n${old.slice(b)}`);
}
