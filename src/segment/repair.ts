// Repairs of wink-nlp's part-of-speech tags where news text trips it: past-tense verbs that are also nouns ("shot",
// "hit") tagged NOUN between a subject and an object ("troops shot dead two protesters", "Police shot two men").
import type { Token } from '../types.js';

/** Past-tense forms that wink often takes for nouns, with their lemma. */
const PAST_FORMS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['hit', 'hit'], ['cut', 'cut'], ['shut', 'shut'], ['wounded', 'wound'], ['shelled', 'shell'],
  ['bombed', 'bomb'], ['raided', 'raid'], ['stormed', 'storm'], ['jailed', 'jail'], ['fined', 'fine'],
  ['struck', 'strike'], ['downed', 'down'], ['beat', 'beat'], ['set', 'set'], ['put', 'put'], ['cast', 'cast'],
]);
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);

/** Retag tokens[first, last) in place. */
export function repairTags(tokens: Token[], first: number, last: number): void {
  for (let i = first + 1; i < last - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.text !== t.lower) continue;
    const lemma = PAST_FORMS.get(t.lower);
    if (lemma === undefined) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    // "troops shot dead", "police shot two men", "Israel hit Hamas targets"
    const objectNext = OBJECT_START.has(after.pos) || (after.lower === 'dead' && lemma === 'shoot');
    if (SUBJECT_END.has(before.pos) && before.lower !== 'the' && objectNext) {
      t.pos = 'VERB';
      t.lemma = lemma;
    }
  }
}
