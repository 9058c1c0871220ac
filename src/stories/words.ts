// stories: the content words of a piece of evidence, for comparing how outlets tell the same thing.
// Function words, reporting words and numbers carry no content; a light suffix strip makes "talks"/"talked" one word.

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about',
  'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while',
  'it', 'its', 'he', 'his', 'she', 'her', 'they', 'their', 'them', 'we', 'our', 'us', 'you', 'your', 'i', 'my',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'further', 'its', 'both', 'two',
  'said', 'say', 'says', 'according', 'report', 'reported', 'reports', 'told', 'added', 'there', 'here', 'after',
  'before', 'during', 'over', 'under', 'between', 'against', 'other', 'such', 'all', 'any', 'some', 'more', 'most',
  'very', 'just', 'then', 'so', 'if', 'because', 'since', 'until', 'up', 'out', 'off', 'last', 'next', 'year',
  'month', 'week', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'earlier', 'later', 'new',
]);

/** "meetings" -> "meeting", "talked" -> "talk", "cooperation" stays: enough to line up inflected forms. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The distinct stemmed content words of a text, sorted. */
export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().replace(/[\u2018\u2019]/g, "'").matchAll(/\p{L}[\p{L}\p{M}'-]*/gu)) {
    const w = m[0].replace(/'s?$/u, '');
    if (w.length < 2 || FUNCTION_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return [...out].sort();
}
