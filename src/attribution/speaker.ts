// The source of a reporting or stance cue, read off the dependency tree: the subject of the cue's verb (or of the verb
// it hangs on: "…, saying", "went on to argue"), the agent of a passive ("was written by Springsteen"), the nominal after
// "according to"; and the span of that phrase as attribution corpora mark it (appositions and their closing comma in,
// comma-set-off clauses out: "Trump, speaking to veterans, said" ⇒ "Trump").
import type { Tree } from '../events/tree.js';

/** A source is a noun phrase; these words never are one ("Friday saying …", "citing …"). */
const NOT_SOURCES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'there',
  'what', 'this', 'these', 'those', 'here',
]);

const SUBJECTS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:outer']);
/** relations through which a verb without a subject of its own shares its head's ("Clinton mocked it, saying …") */
const SHARES_SUBJECT: ReadonlySet<string> = new Set(['advcl', 'xcomp', 'conj']);
/** clausal modifiers set off by commas inside a source phrase, which the source does not include */
const CLAUSAL: ReadonlySet<string> = new Set(['acl', 'acl:relcl', 'advcl', 'parataxis']);
/** modifiers of a name that the parser may hang on its verb */
const NAME_PARTS: ReadonlySet<string> = new Set(['nmod:desc', 'compound', 'amod', 'flat', 'det', 'nmod:poss']);
/** what the parser hangs on the left of a noun that is no part of its phrase ("Last week Hope Hicks", "But Megan") */
const NOT_LEFT: ReadonlySet<string> = new Set(['advcl', 'obl', 'obl:tmod', 'obl:unmarked', 'nmod:tmod', 'nmod:unmarked', 'advmod', 'cc', 'mark', 'case', 'punct', 'parataxis', 'discourse', 'dislocated']);

function isNotSource(tr: Tree, j: number): boolean {
  const s = tr.syn[j]!;
  return NOT_SOURCES.has(s.text.toLowerCase()) || s.upos === 'VERB' || s.upos === 'SCONJ' || (s.upos === 'NUM' && tr.kids[j]!.length === 0);
}

/**
 * The parse token heading the source of the verb at parse token c: its subject, a passive's agent, or (for a verb with
 * neither, joined to another by advcl / conj) the subject of that verb. null when the tree names none or the
 * candidate is never a source (a weekday, "there").
 */
export function speakerOf(tr: Tree, c: number, depth = 0): number | null {
  const kids = tr.kids[c]!;
  const subj = kids.find((k) => SUBJECTS.has(tr.syn[k]!.deprel));
  if (subj !== undefined) return isNotSource(tr, subj) ? null : subj;
  const agent = kids.find((k) => tr.syn[k]!.deprel === 'obl:agent');
  if (agent !== undefined) return isNotSource(tr, agent) ? null : agent;
  if (kids.some((k) => tr.syn[k]!.deprel === 'nsubj:pass')) return null;
  const s = tr.syn[c]!;
  if (depth < 3 && s.head >= 0 && SHARES_SUBJECT.has(s.deprel) && (tr.syn[s.head]!.upos === 'VERB' || tr.syn[s.head]!.upos === 'AUX')) {
    return speakerOf(tr, s.head, depth + 1);
  }
  return null;
}

/** A kid of j that starts right after a comma: a phrase set off from its head. */
function setOff(tr: Tree, k: number, first: (k: number) => number): boolean {
  const f = first(k);
  // (the parser may hang the comma on the clause itself)
  return tr.syn[f]!.text === ',' || (f > 0 && tr.syn[f - 1]!.text === ',');
}

/**
 * [start, end) character span of the source phrase headed by parse token j: its subtree without what the parser hung
 * on its left that is no part of it, without clauses set off by commas ("Trump, speaking to a veterans group, said"),
 * without edge punctuation — but with the comma that closes an apposition before the verb ("Brian Fallon, the
 * campaign's press secretary, noted").
 */
export function speakerSpan(tr: Tree, j: number): { start: number; end: number } {
  const firstOf = (k: number): number => {
    let f = k;
    for (const c of tr.kids[k]!) if (c < f) f = Math.min(f, firstOf(c));
    return f;
  };
  const inside: number[] = [j];
  const stack = tr.kids[j]!.filter((k) => !(k < j && NOT_LEFT.has(tr.syn[k]!.deprel)));
  while (stack.length > 0) {
    const k = stack.pop()!;
    const rel = tr.syn[k]!.deprel;
    if (CLAUSAL.has(rel) && k > j && setOff(tr, k, firstOf)) continue;
    inside.push(k);
    for (const c of tr.kids[k]!) stack.push(c);
  }
  inside.sort((a, b) => a - b);
  // (the run of adjacent tokens that holds the head: a clause cut out leaves what stands before it)
  const h = inside.indexOf(j);
  let a = h;
  while (a > 0 && inside[a - 1] === inside[a]! - 1) a--;
  let b = h;
  while (b + 1 < inside.length && inside[b + 1] === inside[b]! + 1) b++;
  while (a < b && tr.syn[inside[a]!]!.upos === 'PUNCT') a++;
  const opened = (to: number) => inside.slice(a, to).some((k) => tr.syn[k]!.text === '(');
  // (a closing bracket stays when its opening one is in: "Sen. David Perdue (R-Ga.)")
  while (b > a && tr.syn[inside[b]!]!.upos === 'PUNCT' && !(tr.syn[inside[b]!]!.text === ')' && opened(b))) b--;
  // (titles and modifiers the parser hung on the verb rather than on the name: "City Attorney | Brad Holm said")
  let first = inside[a]!;
  const verb = tr.syn[j]!.head;
  if (verb >= 0 && tr.syn[j]!.deprel.startsWith('nsubj')) {
    let k = first;
    while (k - 1 >= 0 && tr.syn[k - 1]!.sent === tr.syn[j]!.sent && NAME_PARTS.has(tr.syn[k - 1]!.deprel)) k--;
    // (each word taken hangs on the verb or inside the phrase)
    const within = (x: number) => tr.syn[x]!.head === verb || (tr.syn[x]!.head >= k && tr.syn[x]!.head <= inside[b]!);
    while (k < first && !Array.from({ length: first - k }, (_, d) => k + d).every(within)) k++;
    first = k;
  }
  const last = inside[b]!;
  const next = tr.syn[last + 1];
  const hasAppos = inside.slice(a, b + 1).some((k) => tr.syn[k]!.deprel === 'appos' && tr.syn[k]!.head === j);
  const closes = next !== undefined && next.text === ',' && next.sent === tr.syn[j]!.sent && hasAppos && last + 1 > j;
  return { start: tr.syn[first]!.start, end: closes ? next.end : tr.syn[last]!.end };
}

/**
 * The source span of a cue over coder tokens [cueFirst, cueLast): the nominal a prepositional cue is the case marker of
 * ("according to the event organizer"), or the speaker of the cue's verb. null when the tree names none.
 */
export function cueSource(tr: Tree, cueFirst: number, cueLast: number): { start: number; end: number } | null {
  for (let w = cueFirst; w < cueLast; w++) {
    const c = tr.toSyn[w]!;
    if (c < 0) continue;
    const s = tr.syn[c]!;
    if (s.deprel === 'case' && s.head >= 0) return speakerSpan(tr, s.head);
    if (s.upos === 'VERB' || s.upos === 'AUX') {
      const j = speakerOf(tr, c);
      return j === null ? null : speakerSpan(tr, j);
    }
  }
  return null;
}
