// Shared by the actor tests: the built-in actor lexicon, resolved mentions of a text, coded events of a text, and
// temporary lexicon files for bad-input tests. Loaded once per test file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSegmenter } from '../../src/segment/index.js';
import { builtinActorFiles, loadActorLexicon } from '../../src/actors/load.js';
import { toActorLexicon } from '../../src/actors/compile.js';
import { compileGazetteer } from '../../src/actors/gazetteer.js';
import { resolveActors } from '../../src/actors/resolve.js';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import type { Mention, ReadoutEvent } from '../../src/types.js';

export const actorData = loadActorLexicon(builtinActorFiles());
const segment = createSegmenter();
const gaz = compileGazetteer(toActorLexicon(actorData));
let lex: ReturnType<typeof loadLexicons> | null = null;

/** The resolved actor mentions of a text published on `published`. */
export function mentionsIn(text: string, published: string | null): Mention[] {
  const { tokens, sentences } = segment(text);
  return resolveActors(text, tokens, sentences, gaz, published);
}

/** The events the full coder codes in a text published on `published`. */
export function eventsIn(text: string, published: string | null): ReadoutEvent[] {
  lex ??= loadLexicons();
  return codeArticle({ id: 't', text, published, outlet: null, url: null, title: null, language: 'en', origin: 'test' }, lex);
}

/** A lexicon file with these lines in a fresh temporary folder. */
export function tmpLexicon(name: string, lines: string[]): string {
  const f = join(mkdtempSync(join(tmpdir(), 'readout-actors-')), name);
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}
