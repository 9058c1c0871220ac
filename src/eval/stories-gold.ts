// Story gold (test/stories/stories.gold.jsonl, format in test/stories/README.md): one story per line, with the ids of
// its articles and its merged-event groups (each a list of mentions: article + a quote from the sentence reporting
// the event). Every problem is reported as file:line: field: message, all of a file's problems at once.
import { readFileSync } from 'node:fs';
import { PLOVER_CATEGORIES, type PloverCategory } from '../types.js';
import { forEachJsonObject, formatIssue, type GoldIssue } from './gold.js';

export interface GoldMention {
  article: string;
  /** an exact substring of the sentence of `article` that reports the event */
  quote: string;
}

export interface GoldGroup {
  /** unique within the file (by convention `<story prefix>.<name>`) */
  id: string;
  event: PloverCategory;
  mentions: GoldMention[];
  note: string | null;
}

export interface GoldStory {
  story: string;
  articles: string[];
  events: GoldGroup[];
  /** "file:line" */
  origin: string;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Parse and validate a story gold file's text; throws one Error listing every problem. */
export function parseStoriesGold(text: string, file: string): GoldStory[] {
  const issues: GoldIssue[] = [];
  const out: GoldStory[] = [];
  const storyNames = new Set<string>();
  const articleOwner = new Map<string, string>();
  const groupIds = new Set<string>();
  forEachJsonObject(text, file, issues, (v, line, issue) => {
    const story = v['story'];
    if (!nonEmptyString(story)) return issue('story', 'must be a non-empty string');
    if (storyNames.has(story)) issue('story', `"${story}" appears twice`);
    storyNames.add(story);
    const articles = v['articles'];
    if (!Array.isArray(articles) || articles.length === 0 || !articles.every(nonEmptyString)) {
      return issue('articles', 'must be a non-empty array of article ids');
    }
    for (const a of articles) {
      const owner = articleOwner.get(a);
      if (owner !== undefined) issue('articles', `article "${a}" is already in story "${owner}"`);
      else articleOwner.set(a, story);
    }
    const events = v['events'] ?? [];
    if (!Array.isArray(events)) return issue('events', 'must be an array');
    const groups: GoldGroup[] = [];
    events.forEach((g: unknown, j) => {
      const gIssue = (field: string, message: string) => issue(`events[${j}].${field}`, message);
      if (!isObj(g)) return gIssue('(group)', 'expected an object {id, event, mentions}');
      const id = g['id'];
      if (!nonEmptyString(id)) return gIssue('id', 'must be a non-empty string');
      if (groupIds.has(id)) gIssue('id', `"${id}" appears twice`);
      groupIds.add(id);
      const event = g['event'];
      if (typeof event !== 'string' || !(PLOVER_CATEGORIES as readonly string[]).includes(event)) {
        return gIssue('event', `${JSON.stringify(event)} is not a PLOVER category`);
      }
      const note = g['note'] ?? null;
      if (note !== null && typeof note !== 'string') return gIssue('note', 'must be a string');
      const mentions = g['mentions'];
      if (!Array.isArray(mentions) || mentions.length === 0) return gIssue('mentions', 'must be a non-empty array');
      const ms: GoldMention[] = [];
      mentions.forEach((m: unknown, k) => {
        const where = `mentions[${k}]`;
        if (!isObj(m) || !nonEmptyString(m['article']) || !nonEmptyString(m['quote'])) {
          return gIssue(where, 'expected {article, quote} with non-empty strings');
        }
        if (!articles.includes(m['article'])) return gIssue(`${where}.article`, `"${m['article']}" is not an article of story "${story}"`);
        ms.push({ article: m['article'], quote: m['quote'] });
      });
      groups.push({ id, event: event as PloverCategory, mentions: ms, note });
    });
    out.push({ story, articles, events: groups, origin: `${file}:${line}` });
  });
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join('\n'));
  if (out.length === 0) throw new Error(`${file}: no stories`);
  return out;
}

export function readStoriesGold(path: string): GoldStory[] {
  return parseStoriesGold(readFileSync(path, 'utf8'), path);
}
