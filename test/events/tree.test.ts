// The tree under the coder (src/events/tree.ts): alignment of the parse with the coder's tokens, and the relations an
// event's arguments come from. The trees here are written by hand (UD relations), so the rules are tested apart from
// the parser's accuracy; the last tests run the whole coder with the trained models.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentOf, alignTree, isPassiveTree, isTemporal, jointModifier, ownerOf, partiesOf, prepParties, subjectParties, type Tree } from '../../src/events/tree.js';
import type { Mention, ReadoutEvent, Syntax, SyntaxToken, Token } from '../../src/types.js';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';

/** A sentence as "word/XPOS/head/deprel" items (head 1-based as in CoNLL-U, 0 = root), with offsets in a text. */
function sentence(spec: string): { text: string; syntax: Syntax; tokens: Token[] } {
  const items = spec.split(' ').map((w) => {
    const [form, xpos, head, deprel] = w.split('/');
    return { form: form!.replace(/_/g, ' '), xpos: xpos!, head: Number(head), deprel: deprel! };
  });
  let text = '';
  const syn: SyntaxToken[] = [];
  const tokens: Token[] = [];
  items.forEach((it, i) => {
    if (i > 0) text += ' ';
    const start = text.length;
    text += it.form;
    const upos = it.xpos.startsWith('VB') ? 'VERB' : it.xpos.startsWith('NNP') ? 'PROPN' : it.xpos.startsWith('NN') ? 'NOUN' : 'X';
    syn.push({ i, start, end: text.length, text: it.form, upos, xpos: it.xpos, head: it.head - 1, deprel: it.deprel, ne: 'O', sent: 0 });
    tokens.push({ i, text: it.form, lower: it.form.toLowerCase(), lemma: it.form.toLowerCase(), pos: upos, start, end: text.length, sent: 0 });
  });
  return { text, syntax: { tokens: syn, sentences: [{ index: 0, start: 0, end: text.length, first: 0, last: syn.length }], entities: [] }, tokens };
}

/** Mentions on the named words (by form), each with the given country. */
function mentionsAt(tokens: Token[], named: Record<string, string | null>, kind: Mention['kind'] = 'country'): Map<number, Mention[]> {
  const at = new Map<number, Mention[]>();
  for (const t of tokens) {
    if (!(t.text in named)) continue;
    const m: Mention = { text: t.text, name: t.text, country: named[t.text]!, sector: null, start: t.start, end: t.end, first: t.i, last: t.i + 1, sent: 0, kind, how: 'lexicon' };
    at.set(t.i, [m]);
  }
  return at;
}

let loaded: ReturnType<typeof loadLexicons> | null = null;
/** the real lexicons and models, loaded once for the tests that run the coder */
const lexicons = () => (loaded ??= loadLexicons());

/** The events the real coder gives for one text, each shown by `show` (default "CATEGORY ACTORS>RECIPIENTS"). */
function coded(text: string, show: (e: ReadoutEvent) => string = (e) => `${e.event} ${dyad(e)}`, published = '2024-06-05', lex = lexicons()): string[] {
  return codeArticle({ id: 't', text, published, outlet: null, url: null, title: null, language: 'en', origin: 'test' }, lex).map(show);
}
const dyad = (e: ReadoutEvent): string => `${e.actor.map((a) => a.country).join('+')}>${e.recipient.map((a) => a.country).join('+')}`;

const countries = (ms: Mention[] | null): string | null => (ms === null ? null : ms.map((m) => m.country).join('+'));
const find = (tr: Tree, form: string): number => tr.syn.findIndex((s) => s.text === form);

test('alignTree matches tokens by offset when the two tokenisations differ', () => {
  const coder: Token[] = [
    { i: 0, text: "Iran's", lower: "iran's", lemma: 'iran', pos: 'PROPN', start: 0, end: 6, sent: 0 },
    { i: 1, text: 'navy', lower: 'navy', lemma: 'navy', pos: 'NOUN', start: 7, end: 11, sent: 0 },
  ];
  const syn: SyntaxToken[] = [
    { i: 0, start: 0, end: 4, text: 'Iran', upos: 'PROPN', xpos: 'NNP', head: 2, deprel: 'nmod:poss', ne: 'O', sent: 0 },
    { i: 1, start: 4, end: 6, text: "'s", upos: 'PART', xpos: 'POS', head: 0, deprel: 'case', ne: 'O', sent: 0 },
    { i: 2, start: 7, end: 11, text: 'navy', upos: 'NOUN', xpos: 'NN', head: -1, deprel: 'root', ne: 'O', sent: 0 },
  ];
  const tr = alignTree(coder, { tokens: syn, sentences: [], entities: [] });
  assert.deepEqual([...tr.toSyn], [0, 2]);
  assert.deepEqual([...tr.toWink], [0, 0, 1]);
  assert.deepEqual(tr.kids[2], [0]);
  assert.deepEqual(tr.kids[0], [1]);
});

test('a subject behind an adverbial and a long actor phrase; coordination gives every party', () => {
  const s = sentence('Riot/NN/2/compound police/NNS/6/nsubj and/CC/5/cc pro-government/JJ/5/amod paramilitaries/NNS/2/conj stormed/VBD/0/root the/DT/8/det district/NN/6/obj');
  const tr = alignTree(s.tokens, s.syntax);
  const at = mentionsAt(s.tokens, { police: 'NIC', paramilitaries: 'NIC' }, 'agent');
  assert.equal(countries(subjectParties(tr, at, find(tr, 'stormed'), () => false)), 'NIC+NIC');
});

test('control: the object of "urge" acts in its infinitive, the subject of "vow" in his', () => {
  const urged = sentence('China/NNP/2/nsubj urged/VBD/0/root Iran/NNP/2/obj to/TO/5/mark release/VB/2/xcomp the/DT/7/det sailors/NNS/5/obj');
  let tr = alignTree(urged.tokens, urged.syntax);
  let at = mentionsAt(urged.tokens, { China: 'CHN', Iran: 'IRN' });
  const control = (j: number) => tr.syn[j]!.text === 'urged';
  assert.equal(countries(subjectParties(tr, at, find(tr, 'release'), control)), 'IRN');
  const vowed = sentence('Iran/NNP/2/nsubj vowed/VBD/0/root to/TO/4/mark retaliate/VB/2/xcomp');
  tr = alignTree(vowed.tokens, vowed.syntax);
  at = mentionsAt(vowed.tokens, { Iran: 'IRN' });
  assert.equal(countries(subjectParties(tr, at, find(tr, 'retaliate'), () => false)), 'IRN');
});

test('a coordinated verb phrase and a participle clause share the subject', () => {
  const s = sentence('Troops/NNS/2/nsubj stormed/VBD/0/root the/DT/4/det town/NN/2/obj ,/,/6/punct killing/VBG/2/advcl four/CD/8/nummod people/NNS/6/obj and/CC/10/cc left/VBD/2/conj');
  const tr = alignTree(s.tokens, s.syntax);
  const at = mentionsAt(s.tokens, { Troops: 'SDN' }, 'agent');
  assert.equal(countries(subjectParties(tr, at, find(tr, 'killing'), () => false)), 'SDN');
  assert.equal(countries(subjectParties(tr, at, find(tr, 'left'), () => false)), 'SDN');
});

test('a relative clause takes its antecedent, but a place does not act ("a bombing in the capital that killed")', () => {
  const rel = sentence('the/DT/2/det RSF/NNP/0/root ,/,/5/punct which/WDT/5/nsubj attacked/VBD/2/acl:relcl Darfur/NNP/5/obj');
  let tr = alignTree(rel.tokens, rel.syntax);
  assert.equal(countries(subjectParties(tr, mentionsAt(rel.tokens, { RSF: 'SDN', Darfur: 'SDN' }), find(tr, 'attacked'), () => false)), 'SDN');
  const place = sentence('a/DT/2/det bombing/NN/0/root in/IN/5/case the/DT/5/det capital/NN/2/nmod that/WDT/7/nsubj killed/VBD/5/acl:relcl');
  tr = alignTree(place.tokens, place.syntax);
  assert.equal(subjectParties(tr, mentionsAt(place.tokens, { capital: 'SOM' }, 'capital'), find(tr, 'killed'), () => false), null);
});

test('owners: a possessor or an of-phrase names the party of an unnamed head; a time or a joint modifier does not', () => {
  const poss = sentence("Iran/NNP/3/nmod:poss 's/POS/1/case police/NN/4/compound chief/NN/0/root");
  let tr = alignTree(poss.tokens, poss.syntax);
  assert.equal(countries(partiesOf(tr, mentionsAt(poss.tokens, { Iran: 'IRN' }), find(tr, 'chief'))), 'IRN');
  const of = sentence('the/DT/2/det government/NN/0/root of/IN/4/case Iraq/NNP/2/nmod');
  tr = alignTree(of.tokens, of.syntax);
  assert.equal(countries(partiesOf(tr, mentionsAt(of.tokens, { Iraq: 'IRQ' }), find(tr, 'government'))), 'IRQ');
  const joint = sentence('the/DT/5/det Iran/NNP/4/compound -/HYPH/2/punct Russia/NNP/5/compound MOU/NNP/0/root');
  tr = alignTree(joint.tokens, joint.syntax);
  assert.ok(jointModifier(tr, find(tr, 'MOU')));
  assert.deepEqual(partiesOf(tr, mentionsAt(joint.tokens, { Iran: 'IRN', Russia: 'RUS' }), find(tr, 'MOU')), []);
  const day = sentence('on/IN/2/case Wednesday/NNP/0/root ,/,/4/punct Chiefs/NNPS/2/nmod');
  tr = alignTree(day.tokens, day.syntax);
  assert.ok(isTemporal(tr, find(tr, 'Wednesday')));
  assert.deepEqual(partiesOf(tr, mentionsAt(day.tokens, { Chiefs: 'KOR' }), find(tr, 'Wednesday')), []);
});

test('passives: the by-agent acts and the passive subject receives; a content clause with its own subject is no passive', () => {
  const s = sentence('The/DT/2/det vessel/NN/4/nsubj:pass was/VBD/4/aux:pass boarded/VBN/0/root by/IN/6/case commandos/NNS/4/obl:agent');
  let tr = alignTree(s.tokens, s.syntax);
  assert.ok(isPassiveTree(tr, find(tr, 'boarded')));
  assert.equal(countries(agentOf(tr, mentionsAt(s.tokens, { commandos: 'IRN' }, 'agent'), find(tr, 'boarded'))), 'IRN');
  const report = sentence('a/DT/2/det report/NN/0/root that/IN/6/mark Beijing/NNP/6/nsubj had/VBD/6/aux offered/VBN/2/acl');
  tr = alignTree(report.tokens, report.syntax);
  assert.ok(!isPassiveTree(tr, find(tr, 'offered')));
});

test('recipients: complements with the trigger\'s prepositions, on the verb or on its object', () => {
  const s = sentence('China/NNP/2/nsubj suspended/VBD/0/root exports/NNS/2/obj of/IN/5/case sand/NN/3/nmod to/IN/7/case Taiwan/NNP/3/nmod');
  const tr = alignTree(s.tokens, s.syntax);
  const at = mentionsAt(s.tokens, { China: 'CHN', Taiwan: 'TWN' });
  assert.deepEqual(prepParties(tr, at, find(tr, 'suspended'), new Set(['to'])), []);
  assert.equal(countries(prepParties(tr, at, find(tr, 'exports'), new Set(['to']))), 'TWN');
});

test('the coder fills arguments the clause scan misses from the parse', () => {
  const lex = lexicons();
  const noTree = { ...lex };
  delete noTree.parse;
  const code = (text: string, l = lex) => codeArticle({ id: 't', text, published: '2024-06-07', outlet: null, url: null, title: null, language: 'en', origin: 'test' }, l)
    .map((e) => `${e.event} ${e.actor.map((a) => a.country).join('+')}>${e.recipient.map((a) => a.country).join('+')}`);
  // a long actor phrase with an apposition: the head ("The head of Kenya's national police service") owns the subject
  const text = "The head of Kenya's national police service, Japhet Koome, met with Haitian officials in Port-au-Prince on Tuesday.";
  assert.deepEqual(code(text, noTree), []);
  assert.deepEqual(code(text), ['CONSULT KEN>HTI']);
});

test('a denial presupposes the act named in its prepositional phrase: "denied the seizure was linked to US sanctions"', () => {
  const lex = lexicons();
  const code = (text: string) => codeArticle({ id: 't', text, published: '2024-06-07', outlet: null, url: null, title: null, language: 'en', origin: 'test' }, lex);
  const sanctions = code('Iran denied that the seizure was linked to US sanctions on its oil exports.').find((e) => e.event === 'SANCTION');
  assert.equal(sanctions?.status, 'asserted');
  // the act that is the denial's own content stays denied
  const raid = code('Russia denied carrying out the raid on the Syrian border post.').find((e) => e.event === 'ASSAULT');
  assert.equal(raid?.status, 'denied');
});

test('attribution sources are the whole phrase the tree gives, also where the lexicons name nobody', async () => {
  const { analyse } = await import('../../src/pipeline.js');
  const { attributionsOf } = await import('../../src/attribution/view.js');
  const lex = lexicons();
  const sources = (text: string) => attributionsOf(analyse({ id: 't', text, published: '2024-06-07', outlet: null, url: null, title: null, language: 'en', origin: 'test' }, lex, { parseAll: true }), lex.rules.reporting, lex.rules.words)
    .map((a) => `${a.source?.text ?? '-'} / ${a.cue.text}`);
  assert.deepEqual(sources('Several opposition lawmakers argued on Monday that the new budget would hurt farmers.'), ['Several opposition lawmakers / argued']);
  assert.deepEqual(sources("The head of Kenya's national police service, Japhet Koome, said the mission would begin in January."),
    ["The head of Kenya's national police service, Japhet Koome, / said"]);
  assert.deepEqual(sources("The mission will begin in January, according to the head of Kenya's national police service."),
    ["the head of Kenya's national police service / according to"]);
});

test('a date on the reporting verb is the report\'s: an act told in the past perfect takes its own date, else only that month', () => {
  const dated = (text: string) => coded(text, (e) => `${e.event} ${e.date?.value ?? '-'}`);
  assert.deepEqual(dated('Iran said on Monday that its navy had seized a British tanker on Sunday.'), ['COERCE 2024-06-02']);
  assert.deepEqual(dated('Iran said on Monday that its navy had seized a British tanker.'), ['COERCE 2024-06']);
  // a stance stated in the report is dated by it
  assert.deepEqual(dated("Guinea's foreign ministry said on Thursday that the country would not bow to outside pressure."), ['REJECT 2024-05-30']);
});

test('a verb with its own subject is active whatever by-phrase follows; a state protesting is a diplomatic protest (ACCUSE)', () => {
  const code = (text: string) => coded(text);
  const evs = code('Japan protested the arrest of one of its citizens by Chinese authorities.');
  assert.ok(evs.includes('ACCUSE JPN>CHN'), evs.join(' | '));
  assert.ok(evs.includes('COERCE CHN>JPN'), evs.join(' | '));
  // people protesting stay a demonstration
  assert.ok(code('Thousands of Kenyans protested against the finance bill in Nairobi.').some((e) => e.startsWith('PROTEST KEN')));
});

test('"his Greek counterpart" is the Greek government; "his counterparts from Russia and Brazil" are theirs', () => {
  const code = (text: string) => coded(text);
  assert.deepEqual(code("Turkey's foreign minister met his Greek counterpart in Ankara on Tuesday."), ['CONSULT TUR>GRC']);
  assert.deepEqual(code('Wang Yi met his counterparts from Russia and Brazil in Beijing.'), ['CONSULT CHN>RUS+BRA']);
});

test('party patterns: a complement of the object through an of-phrase, a nominal\'s by-agent, launched missiles, diplomats thrown out', () => {
  const code = (text: string) => coded(text);
  assert.deepEqual(code('China suspended exports of natural sand to Taiwan on Monday.'), ['SANCTION CHN>TWN']);
  assert.ok(code('The strike on Rafah by Israeli aircraft killed 12 people.').some((e) => e.startsWith('ASSAULT ISR>')));
  assert.deepEqual(code('Houthi rebels launched missiles at a US destroyer in the Red Sea.'), ['ASSAULT YEM>USA']);
  assert.deepEqual(code('Russia threw out two Moldovan diplomats on Friday.'), ['SANCTION RUS>MDA']);
});

test('a subject pronoun with no antecedent in its sentence is the previous sentence\'s subject', () => {
  const code = (text: string) => coded(text, (e) => `${e.trigger?.text} ${dyad(e)}`);
  const evs = code("Iran's police chief Ahmad-Reza Radan visited Moscow on Monday. He signed a security agreement with his Russian counterpart.");
  assert.ok(evs.includes('signed IRN>RUS'), evs.join(' | '));
});

test('an official known by title alone, in a sentence framed by a place ("In Beijing, …"), is that place\'s', () => {
  const code = (text: string) => coded(text);
  assert.deepEqual(code('Japan protested on Monday. In Beijing, Vice Foreign Minister Xie Feng summoned the Japanese ambassador on Tuesday.').slice(-1), ['ACCUSE CHN>JPN']);
});

test('a request is addressed to whoever it asks to act: "demanded that President Faure Gnassingbe step down"', () => {
  const code = (text: string) => coded(text, (e) => `${e.event} ${e.actor.map((a) => `${a.country}/${a.sector}`).join('+')}>${e.recipient.map((a) => `${a.country}/${a.sector}`).join('+')}`);
  assert.deepEqual(code('The opposition in Togo demanded that President Faure Gnassingbe step down.'), ['REQUEST TGO/OPP>TGO/GOV']);
});

test('review cases: a verb is no premodifier without a possessive; a denied report keeps its content denied; a place is no pronoun antecedent; a venue frames no official; people protesting somewhere demonstrate', () => {
  const code = (text: string) => coded(text, (e) => `${e.event} ${e.status} ${dyad(e)}`);
  assert.deepEqual(code('Israel attacked militants in Gaza on Monday.'), ['ASSAULT asserted ISR>PSE']);
  assert.ok(code('The Nigerian army denied reports of a massacre by its soldiers in the village.').includes('ASSAULT denied NGA>'));
  assert.deepEqual(code('Fighting resumed in Khartoum on Saturday. They shelled the airport.'), []);
  assert.deepEqual(code('In Brussels, Foreign Minister Ahmed Kamal criticised Israel.'), []);
  const demo = code('Government supporters protested outside the US embassy in Caracas.');
  assert.ok(demo.length > 0 && demo.every((e) => e.startsWith('PROTEST')), demo.join(' | '));
});

test('the owner of a nominal: a possessor or a party modifier, not the head\'s own sector word ("fighter jets")', () => {
  const poss = sentence("expelled/VBD/0/root Chad/NNP/5/nmod:poss 's/POS/2/case senior/JJ/5/amod diplomats/NNS/1/obj");
  let tr = alignTree(poss.tokens, poss.syntax);
  assert.equal(countries(ownerOf(tr, mentionsAt(poss.tokens, { Chad: 'TCD' }), find(tr, 'diplomats'))), 'TCD');
  const of = sentence('seized/VBD/0/root the/DT/3/det passports/NNS/1/obj of/IN/5/case Peru/NNP/3/nmod');
  tr = alignTree(of.tokens, of.syntax);
  assert.equal(countries(ownerOf(tr, mentionsAt(of.tokens, { Peru: 'PER' }), find(tr, 'passports'))), 'PER');
  // a mention spanning the head and its compound ("fighter jets", its country taken from the story) is the thing, not an owner
  const jets = sentence('scrambled/VBD/0/root fighter/NN/3/compound jets/NNS/1/obj');
  tr = alignTree(jets.tokens, jets.syntax);
  const own: Mention = { text: 'fighter jets', name: null, country: 'TWN', sector: 'MIL', start: jets.tokens[1]!.start, end: jets.tokens[2]!.end, first: 1, last: 3, sent: 0, kind: 'agent', how: 'description' };
  assert.deepEqual(ownerOf(tr, new Map([[1, [own]], [2, [own]]]), find(tr, 'jets')), []);
});

test('the trigger\'s own object noun belongs to the party acted on: "banned Malian opposition groups"', () => {
  assert.deepEqual(coded('The junta in Bamako banned Malian opposition groups on Friday.'), ['COERCE MLI>MLI']);
  assert.deepEqual(coded('President Kais Saied has banned Tunisian opposition candidates from standing in the vote.'), ['COERCE TUN>TUN']);
});

test('a verb passing its subject to an infinitive is aimed at whom the infinitive acts on: "refused to meet Croatia\'s foreign minister"', () => {
  assert.deepEqual(coded('The Serbian president refused to meet Croatia\'s foreign minister on Monday.'), ['REJECT SRB>HRV']);
  assert.deepEqual(coded('Turkey threatened to cut off water supplies to Syria.'), ['THREATEN TUR>SYR']);
});

test('a noun phrase runs on over a participle premodifier and a quantity: "proposed Syrian changes", "to neighbouring Togo", "more than 40 …"', () => {
  assert.deepEqual(coded('Egyptian police arrested more than 40 Sudanese migrants near the border.'), ['COERCE EGY>SDN']);
  assert.deepEqual(coded('Lebanon rejected proposed Syrian changes to the border deal.'), ['REJECT LBN>SYR']);
  assert.deepEqual(coded('Ghana recalled its ambassador to neighbouring Togo.'), ['SANCTION GHA>TGO']);
});

test('the tree finds an object past an adverbial and a claimant past its modifiers; a border\'s neighbour past "neighbouring"', () => {
  assert.deepEqual(coded('The United States accused Ghana of rigging the vote. Ghana rejected on Monday the allegations.'), ['ACCUSE USA>GHA', 'REJECT GHA>USA']);
  assert.ok(coded('Russia denied that its aircraft had bombed a hospital, as senior Ukrainian officials had claimed.').includes('REJECT RUS>UKR'));
  assert.deepEqual(coded('Peru began military exercises along its border with neighbouring Bolivia.'), ['MOBILIZE PER>BOL']);
});

test('a for-phrase names whom a thing is for; a deployment\'s target is an against-phrase on its complements', () => {
  const camp = sentence('a/DT/2/det camp/NN/0/root for/IN/5/case Malian/JJ/5/amod refugees/NNS/2/nmod');
  const tr = alignTree(camp.tokens, camp.syntax);
  assert.equal(countries(partiesOf(tr, mentionsAt(camp.tokens, { refugees: 'MLI' }, 'group'), find(tr, 'camp'))), 'MLI');
  assert.deepEqual(coded('A refugee camp for Malian refugees was attacked by Burkinabe militiamen on Sunday.'), ['ASSAULT BFA>MLI']);
  assert.deepEqual(coded('Hungary mobilized reservists for a possible war against Serbia.'), ['MOBILIZE HUN>SRB']);
});

test('a recipient the scan found without a country gives way to the tree\'s; a possessive pronoun or a conjunct owns no object', () => {
  // ("intelligence" is a sector word with no country: the to-phrase on the coordinated object names the party)
  assert.deepEqual(coded('Japan is providing aerial photographs and other military intelligence to Vietnam.'), ['AID JPN>VNM']);
  const s = sentence('demanded/VBD/0/root the/DT/3/det release/NN/1/obj of/IN/6/case the/DT/6/det tanker/NN/3/nmod and/CC/9/cc its/PRP$/9/nmod:poss crew/NN/6/conj');
  const tr = alignTree(s.tokens, s.syntax);
  assert.deepEqual(ownerOf(tr, mentionsAt(s.tokens, { crew: 'USA' }, 'agent'), find(tr, 'release')), []);
});

/** A mention over tokens [first, last) of a hand-built sentence. */
function spanMention(tokens: Token[], first: number, last: number, country: string | null, kind: Mention['kind'] = 'agent', how: Mention['how'] = 'agent'): Mention {
  const text = tokens.slice(first, last).map((t) => t.text).join(' ');
  return { text, name: null, country, sector: null, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, sent: 0, kind, how };
}
/** Index mentions by every token they cover. */
function indexed(ms: Mention[]): Map<number, Mention[]> {
  const at = new Map<number, Mention[]>();
  for (const m of ms) for (let i = m.first; i < m.last; i++) at.set(i, [...(at.get(i) ?? []), m]);
  return at;
}

test('parties of a nominal: coordinated country adjectives, a list inside an of-phrase, an apposition before a possessor, a party modifier before a bare sector word', () => {
  // "Chilean and Peruvian naval vessels": one mention from each adjective, both over the head word
  const adj = sentence('Chilean/JJ/5/amod and/CC/3/cc Peruvian/JJ/1/conj naval/JJ/5/amod vessels/NNS/6/nsubj patrolled/VBD/0/root');
  let tr = alignTree(adj.tokens, adj.syntax);
  let at = indexed([spanMention(adj.tokens, 0, 5, 'CHL'), spanMention(adj.tokens, 2, 5, 'PER')]);
  assert.equal(countries(partiesOf(tr, at, find(tr, 'vessels'))), 'CHL+PER');
  // "the envoys of Chad, Mali and Niger": a mention taking in the of-phrase takes in its conjuncts
  const list = sentence('the/DT/2/det envoys/NNS/0/root of/IN/4/case Chad/NNP/2/nmod ,/,/6/punct Mali/NNP/4/conj and/CC/8/cc Niger/NNP/4/conj');
  tr = alignTree(list.tokens, list.syntax);
  at = indexed([spanMention(list.tokens, 1, 4, 'TCD'), spanMention(list.tokens, 5, 6, 'MLI', 'country', 'lexicon'), spanMention(list.tokens, 7, 8, 'NER', 'country', 'lexicon')]);
  assert.equal(countries(partiesOf(tr, at, find(tr, 'envoys'))), 'TCD+MLI+NER');
  // "the movement's spokesman, Omar Hassan": the apposition is the spokesman himself
  const appos = sentence("the/DT/2/det movement/NN/4/nmod:poss 's/POS/2/case spokesman/NN/0/root ,/,/6/punct Omar/NNP/4/appos Hassan/NNP/6/flat");
  tr = alignTree(appos.tokens, appos.syntax);
  at = indexed([spanMention(appos.tokens, 0, 2, 'NGO', 'ngo', 'description'), spanMention(appos.tokens, 5, 7, 'SOM', 'person', 'officeholder')]);
  assert.equal(countries(partiesOf(tr, at, find(tr, 'spokesman'))), 'SOM');
  // "Interior Ministry officials": "officials" alone takes its country from the story; the modifier names the party
  const sector = sentence('met/VBD/0/root Interior/NNP/3/compound Ministry/NNP/4/compound officials/NNS/1/obj');
  tr = alignTree(sector.tokens, sector.syntax);
  at = indexed([spanMention(sector.tokens, 1, 3, 'KEN'), spanMention(sector.tokens, 3, 4, 'UGA')]);
  assert.equal(countries(partiesOf(tr, at, find(tr, 'officials'))), 'KEN');
});

test('parser errors the subject rules read through: a verb with an object hung on its subject, a verb inside a name', () => {
  // "police detained a reporter" parsed as a reduced relative on "police": active, the noun is its subject
  const det = sentence('Egyptian/JJ/2/amod police/NNS/0/root detained/VBN/2/acl a/DT/5/det reporter/NN/3/obj');
  let tr = alignTree(det.tokens, det.syntax);
  assert.ok(!isPassiveTree(tr, find(tr, 'detained')));
  assert.equal(countries(subjectParties(tr, mentionsAt(det.tokens, { police: 'EGY' }, 'agent'), find(tr, 'detained'), () => false)), 'EGY');
  // a word of a name the parser took for a verb: "his visiting Chilean counterpart" has no subject to give
  const name = sentence('Peru/NNP/3/nsubj visiting/VBG/3/amod counterpart/VBD/0/root');
  tr = alignTree(name.tokens, name.syntax);
  const at = indexed([spanMention(name.tokens, 0, 1, 'PER', 'country', 'lexicon'), spanMention(name.tokens, 1, 3, 'CHL', 'person', 'officeholder')]);
  assert.equal(subjectParties(tr, at, find(tr, 'counterpart'), () => false), null);
});

test('a trigger word inside a name is no act', () => {
  assert.ok(!coded('Armenia appealed to the Collective Security Treaty Organization for help.').some((e) => e.startsWith('SUPPORT')));
});
