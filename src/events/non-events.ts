// Set phrases that contain a trigger word but are not events ("requests for comment", "heart attack"):
// loaded from lexicons/events/non-events.jsonl and applied by findTriggers.
import { onlyFields, parseLines, phrase, requiredString } from '../lexicon/jsonl.js';

export type NonEventPhrases = Map<string, string[][]>;

export function builtinNonEventFiles(): string[] {
  return [new URL('../../../lexicons/events/non-events.jsonl', import.meta.url).pathname];
}

export function loadNonEvents(files: readonly string[] = builtinNonEventFiles()): NonEventPhrases {
  const out: NonEventPhrases = new Map();
  for (const words of parseLines(files, (obj) => {
    onlyFields(obj, ['phrase', 'note']);
    return phrase(requiredString(obj, 'phrase'), 'phrase');
  })) {
    const list = out.get(words[0]!) ?? [];
    list.push(words);
    out.set(words[0]!, list);
  }
  return out;
}
