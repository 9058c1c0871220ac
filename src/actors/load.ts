// Loads the actor lexicon files (docs/lexicons.md): reads JSON Lines, validates every line, dispatches by kind,
// and lets later files replace earlier entries of the same kind and name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorLexiconData } from './entries.js';
import { FieldError, type Json } from './fields.js';
import { isActorKind, isAgentKind, parseActor, parseAgent, parseDescription, parsePerson } from './parse.js';

export type { ActorEntry, ActorLexiconData, AgentEntry, DescriptionEntry, PersonEntry, PersonRole } from './entries.js';

/** A lexicon line that is not valid; the message starts with `file:line:` (`file:` when the file itself is unreadable, line 0). */
export class LexiconError extends Error {
  constructor(readonly file: string, readonly line: number, detail: string) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
    this.name = 'LexiconError';
  }
}

export interface JsonLine {
  obj: Json;
  line: number;
}

/** Reads a JSON Lines file, skipping blank lines and `#` comments; each line must hold one JSON object. */
export function readJsonLines(file: string): JsonLine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(file, 0, `cannot read file: ${(e as Error).message}`);
  }
  const out: JsonLine[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    let obj: unknown;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      throw new LexiconError(file, i + 1, `invalid JSON: ${(e as Error).message}`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      throw new LexiconError(file, i + 1, 'a line must be one JSON object');
    }
    out.push({ obj: obj as Json, line: i + 1 });
  });
  return out;
}

/** Files whose lines are persons (kind "person" optional) or definite descriptions (kind "description" optional). */
const isPersonFile = (file: string): boolean => /^officeholders.*\.jsonl$/.test(basename(file));
const isDescriptionFile = (file: string): boolean => /^descriptions.*\.jsonl$/.test(basename(file));

/** Adds an entry, replacing an earlier one with the same key (kind + name) in place. */
function upsert<T>(list: T[], index: Map<string, number>, key: string, entry: T): void {
  const at = index.get(key);
  if (at === undefined) {
    index.set(key, list.length);
    list.push(entry);
  } else {
    list[at] = entry;
  }
}

/**
 * Reads and validates the given lexicon files in order. Throws a LexiconError (`file:line: field "x" …`)
 * for the first bad line. Entries of a later file replace earlier ones with the same kind and name
 * (agents and descriptions: the same kind and first term).
 */
export function loadActorLexicon(files: string[]): ActorLexiconData {
  const data: ActorLexiconData = { actors: [], persons: [], agents: [], descriptions: [] };
  const index = { actors: new Map<string, number>(), persons: new Map<string, number>(), agents: new Map<string, number>(), descriptions: new Map<string, number>() };
  for (const file of files) {
    for (const { obj, line } of readJsonLines(file)) {
      const origin = `${file}:${line}`;
      try {
        const kind = obj.kind;
        if (kind === 'person' || (kind === undefined && isPersonFile(file))) {
          const p = parsePerson(obj, origin);
          upsert(data.persons, index.persons, p.name, p);
        } else if (kind === 'description' || (kind === undefined && isDescriptionFile(file))) {
          const d = parseDescription(obj, origin);
          upsert(data.descriptions, index.descriptions, d.terms[0]!, d);
        } else if (kind === undefined) {
          throw new FieldError('kind', 'is missing');
        } else if (typeof kind !== 'string') {
          throw new FieldError('kind', `must be a string, got ${JSON.stringify(kind)}`);
        } else if (isActorKind(kind)) {
          const a = parseActor(obj, origin);
          upsert(data.actors, index.actors, `${a.kind}\u0000${a.name}`, a);
        } else if (isAgentKind(kind)) {
          const a = parseAgent(obj, origin);
          upsert(data.agents, index.agents, `${a.kind}\u0000${a.terms[0]}`, a);
        } else {
          throw new FieldError('kind', `is unknown: "${kind}" (known: country, capital, city, igo, ngo, media, org, person, agent, title, descriptor, thing, description)`);
        }
      } catch (e) {
        if (e instanceof FieldError) throw new LexiconError(file, line, `field "${e.field}" ${e.detail}`);
        throw e;
      }
    }
  }
  return data;
}

/** The package root: the nearest folder above this module holding package.json and lexicons/ (works from src/ via tsx, dist/, and node_modules). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lexicons'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`readout: cannot find the package root (a folder with package.json and lexicons/) above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** Generator inputs that live beside the lexicons but are not lexicons themselves. */
const isGeneratorInput = (name: string): boolean => name.endsWith('-corrections.jsonl');

/** The built-in actor lexicon files (lexicons/actors/*.jsonl, sorted by name), absolute paths. */
export function builtinActorFiles(root: string = packageRoot()): string[] {
  const dir = resolve(root, 'lexicons', 'actors');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl') && !isGeneratorInput(name))
    .sort()
    .map((name) => join(dir, name));
}
