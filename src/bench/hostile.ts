// Texts of hostile sizes and shapes, built deterministically from the bundled example articles: the inputs that once
// made reading quadratic (issue #14). Used by scripts/bench-size.ts to time them and by the tests to check the limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../actors/load.js';
import { createRng } from './prng.js';

/** The bodies of the plain-text and JSONL example articles (examples/), without their date lines. */
export function exampleBodies(): string[] {
  const dir = join(packageRoot(), 'examples');
  const txt = ['01-helsinki-wire.txt', '02-moscow-agency.txt', '03-tallinn-daily.txt']
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*date \S+\s*/, '').trim());
  const jsonl = readFileSync(join(dir, '04-briefs.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text.trim());
  return [...txt, ...jsonl];
}

/** `unit` repeated up to exactly `chars` characters (cut at a code point boundary, so maybe one less). */
export function repeatTo(unit: string, chars: number): string {
  const s = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}

/** n seeded pseudo-random lower-case letters: a word no cache has seen in any of its pieces. */
export function letters(n: number, seed = 14): string {
  const rng = createRng(seed);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = String.fromCharCode(97 + rng.int(26));
  return out.join('');
}

export interface HostileCase {
  name: string;
  what: string;
  text: (chars: number) => string;
  /** the size measured by default, in characters */
  chars: number;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'token', what: 'one word of n random letters in an ordinary sentence', chars: 1_000_000,
    text: (n) => `Finnish police detained ${letters(n)} on Monday, officials said.` },
  { name: 'url', what: 'one URL of n characters', chars: 1_000_000,
    text: (n) => `Police said http://example.org/${letters(n)}?q=1 on Monday.` },
  { name: 'dotted-token', what: 'one n-character run of "a." (abbreviation-like, no space)', chars: 1_000_000,
    text: (n) => `Police said ${repeatTo('a.', n)} on Monday.` },
  { name: 'sentence', what: 'one sentence of n characters with no full stop', chars: 1_000_000,
    text: (n) => repeatTo('Finland detained the tanker near Estonia and the police questioned its crew, ', n) },
  { name: 'news', what: 'the example articles repeated to n characters, as one text', chars: 10_000_000,
    text: (n) => repeatTo(`${exampleBodies().join('\n\n')}\n\n`, n) },
  { name: 'article', what: 'one example article repeated to n characters, with no paragraph break', chars: 250_000,
    text: (n) => repeatTo(`${exampleBodies()[0]!.replace(/\s+/g, ' ')} `, n) },
  { name: 'cjk', what: 'n characters of CJK and emoji with no space or full stop', chars: 1_000_000,
    text: (n) => repeatTo('中国外交部发言人表示😀👍🏽', n) },
];
