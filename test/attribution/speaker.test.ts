// Sources read off the dependency tree (src/attribution/speaker.ts) and the attribution view built on them
// (src/attribution/view.ts). The trees are written by hand (UD relations), so the span rules are tested apart from the
// parser; the last tests run the whole attribution stage with the trained models on simple sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTree, type Tree } from '../../src/events/tree.js';
import { cueSource, speakerOf, speakerSpan } from '../../src/attribution/speaker.js';
import { attributionsOf } from '../../src/attribution/view.js';
import { layoutCues } from '../../src/attribution/transcript.js';
import { loadLexicons } from '../../src/lexicons.js';
import { analyse } from '../../src/pipeline.js';
import type { SyntaxToken, Token } from '../../src/types.js';

const UPOS: Record<string, string> = { VB: 'VERB', NNP: 'PROPN', NN: 'NOUN', PRP: 'PRON', WP: 'PRON', DT: 'DET', IN: 'ADP', ',': 'PUNCT', '(': 'PUNCT', ')': 'PUNCT', '.': 'PUNCT', JJ: 'ADJ', POS: 'PART', TO: 'PART', MD: 'AUX' };

/** A hand-parsed sentence: "form/TAG/head/deprel" items, head 1-based (0 = root). */
function parsed(spec: string): { text: string; tree: Tree } {
  let text = '';
  const syn: SyntaxToken[] = [];
  const tokens: Token[] = [];
  spec.split(' ').forEach((item, i) => {
    const [form, tag, head, deprel] = item.split('/') as [string, string, string, string];
    if (i > 0) text += ' ';
    const start = text.length;
    text += form;
    const upos = UPOS[tag.replace(/[DZGN]$/, '')] ?? UPOS[tag] ?? 'X';
    syn.push({ i, start, end: text.length, text: form, upos, xpos: tag, head: Number(head) - 1, deprel, ne: 'O', sent: 0 });
    tokens.push({ i, text: form, lower: form.toLowerCase(), lemma: form.toLowerCase(), pos: upos, start, end: text.length, sent: 0 });
  });
  const tree = alignTree(tokens, { tokens: syn, sentences: [{ index: 0, start: 0, end: text.length, first: 0, last: syn.length }], entities: [] });
  return { text, tree };
}

const at = (tree: Tree, form: string): number => tree.syn.findIndex((s) => s.text === form);
const spanText = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);
const sourceOf = (p: { text: string; tree: Tree }, verb: string): string | null => {
  const j = speakerOf(p.tree, at(p.tree, verb));
  return j === null ? null : spanText(p.text, speakerSpan(p.tree, j));
};

test('an apposition is part of the source, with the comma that closes it before the verb', () => {
  const p = parsed('Maria/NNP/8/nsubj Lopez/NNP/1/flat ,/,/6/punct the/DT/6/det city/NN/6/compound mayor/NN/1/appos ,/,/1/punct warned/VBD/0/root that/IN/11/mark rents/NNS/11/nsubj rise/VBP/8/ccomp');
  assert.equal(sourceOf(p, 'warned'), 'Maria Lopez , the city mayor ,');
});

test('a clause set off by commas is not part of the source; nor is the comma after a bare name', () => {
  const participle = parsed('Lopez/NNP/9/nsubj ,/,/3/punct visiting/VBG/1/advcl a/DT/5/det school/NN/3/obj in/IN/7/case Leeds/NNP/5/nmod ,/,/1/punct said/VBD/0/root');
  assert.equal(sourceOf(participle, 'said'), 'Lopez');
  const relative = parsed('Okafor/NNP/8/nsubj ,/,/4/punct who/WP/4/nsubj chairs/VBZ/1/acl:relcl the/DT/6/det panel/NN/4/obj ,/,/1/punct said/VBD/0/root');
  assert.equal(sourceOf(relative, 'said'), 'Okafor');
});

test('a bracketed party and state after a name stay in the source', () => {
  const p = parsed('Sen./NNP/2/nmod:desc Ann/NNP/8/nsubj Byrd/NNP/2/flat (/(/5/punct D-Vt./NNP/2/appos )/)/5/punct also/RB/8/advmod said/VBD/0/root');
  assert.equal(sourceOf(p, 'said'), 'Sen. Ann Byrd ( D-Vt. )');
});

test('a verb without a subject takes the speaker of the verb it hangs on; a passive takes its agent', () => {
  const p = parsed('The/DT/2/det council/NN/3/nsubj rejected/VBD/0/root the/DT/5/det plan/NN/3/obj ,/,/7/punct arguing/VBG/3/advcl that/IN/10/mark costs/NNS/10/nsubj rose/VBD/7/ccomp');
  assert.equal(sourceOf(p, 'arguing'), 'The council');
  const passive = parsed('The/DT/2/det memo/NN/4/nsubj:pass was/VBD/4/aux:pass written/VBN/0/root by/IN/7/case the/DT/7/det auditor/NN/4/obl:agent');
  assert.equal(sourceOf(passive, 'written'), 'the auditor');
  const noAgent = parsed('The/DT/2/det memo/NN/4/nsubj:pass was/VBD/4/aux:pass released/VBN/0/root');
  assert.equal(sourceOf(noAgent, 'released'), null);
});

test('a weekday or "there" is never a source', () => {
  const p = parsed('Friday/NNP/2/nsubj saw/VBD/0/root protests/NNS/2/obj');
  assert.equal(speakerOf(p.tree, at(p.tree, 'saw')), null);
  const there = parsed('There/EX/2/nsubj were/VBD/0/root claims/NNS/2/obj');
  assert.equal(speakerOf(there.tree, at(there.tree, 'were')), null);
});

test('"according to X" takes the nominal its case marker belongs to', () => {
  const p = parsed('Turnout/NN/2/nsubj rose/VBD/0/root ,/,/7/punct according/VBG/7/case to/IN/4/fixed the/DT/7/det board/NN/2/obl ./././punct');
  const cueFirst = at(p.tree, 'according');
  assert.equal(spanText(p.text, cueSource(p.tree, cueFirst, cueFirst + 2)), 'the board');
});

// ---- the whole attribution stage, with the trained models ----

let loaded: ReturnType<typeof loadLexicons> | null = null;
const lexicons = () => (loaded ??= loadLexicons({ parse: true }));
function attributions(text: string): { source: string | null; cue: string }[] {
  const lex = lexicons();
  const doc = analyse({ id: 't', text, published: '2024-03-01', outlet: null, url: null, title: null, language: 'en', origin: 'test' }, lex, { parseAll: true });
  return attributionsOf(doc, lex.rules.reporting, lex.rules.words).map((a) => ({ source: a.source?.text ?? null, cue: a.cue.text }));
}

test('stance verbs are cues of the attribution view but not reporting verbs of the event coder', () => {
  const { reporting } = lexicons().rules;
  for (const v of ['urge', 'praise', 'vow', 'call for', 'criticize']) assert.ok(reporting.stances.has(v), v);
  for (const v of ['urge', 'praise', 'vow', 'criticize']) assert.ok(!reporting.verbs.has(v), v);
  const found = attributions('The mayor urged residents to stay indoors.');
  assert.deepEqual(found, [{ source: 'The mayor', cue: 'urged' }]);
});

test('a stance verb with its particle is one cue', () => {
  const found = attributions('The union called for a new vote on the contract.');
  assert.deepEqual(found, [{ source: 'The union', cue: 'called for' }]);
});

test('a first-person speaker or an infinitive names no source', () => {
  assert.deepEqual(attributions('I said the vote was fair.'), [{ source: null, cue: 'said' }]);
  assert.deepEqual(attributions('The governor refused to praise the plan.').map((a) => a.cue), ['refused']);
});

test('a reporting tail keeps the bracketed party of its speaker', () => {
  const found = attributions('"The bill is dead," Sen. Ross Hale (R-N.C.) said.');
  assert.deepEqual(found, [{ source: 'Sen. Ross Hale (R-N.C.)', cue: 'said' }]);
});

test('titles the parser hung on the verb join the subject they stand before', () => {
  const p = parsed('City/NNP/2/compound Attorney/NNP/5/nmod:desc Dana/NNP/2/flat Holm/NNP/5/nsubj said/VBD/0/root no/DT/5/obj');
  assert.equal(sourceOf(p, 'said'), 'City Attorney Dana Holm');
  // (but not a fronted phrase of its own)
  const fronted = parsed('Later/RB/3/advmod Holm/NNP/3/nsubj said/VBD/0/root no/DT/3/obj');
  assert.equal(sourceOf(fronted, 'said'), 'Holm');
});

test('a weekday is never a source, and a label that is a description is no speaker', () => {
  const found = attributions('The group launched a petition on Wednesday asking the mayor to resign.');
  assert.ok(found.every((a) => a.source === null || !/wednesday/i.test(a.source)), JSON.stringify(found));
  assert.deepEqual(layoutCues('The Latest: Storm closes schools.\nOKAFOR: We are ready.').map((c) => c.cue.start > 0), [true]);
});
