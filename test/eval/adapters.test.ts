// Each adapter's parser and scorer on tiny samples written here in the peers' formats (not copied from them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parsePetrarchRecords, cameoCountries, cameoRoot } from '../../src/eval/adapters/petrarch-xml.js';
import { scoreCameoRecords, runPetrarchGsr } from '../../src/eval/adapters/petrarch-gsr.js';
import { runPetrarchUnit } from '../../src/eval/adapters/petrarch-unit.js';
import { parsePloverGsr, partyCodes, scorePloverGsr, mapPloverLabel, runPloverGsr } from '../../src/eval/adapters/plover-gsr.js';
import { parseConfliTsv, scoreConfli, pentaClass, runConfliBert } from '../../src/eval/adapters/conflibert.js';
import { parseBratAttributions, scorePolnear, matchSpans, runPolnear } from '../../src/eval/adapters/polnear.js';
import { parseCaseTsv, scoreCase, runCase2021 } from '../../src/eval/adapters/case2021.js';
import { isSkipped, type Coder } from '../../src/eval/types.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import { ev, type EvSpec } from './helpers.js';

/** A fake coder: a rule per regex over the text. */
function fake(rules: [RegExp, Omit<EvSpec, 'article'>][]): Coder {
  return (a: Article): ReadoutEvent[] => rules.filter(([re]) => re.test(a.text)).map(([, s]) => ev({ ...s, article: a.id }));
}

const XML = `<?xml version='1.0'?>
<Validation>
# a banner line that is not XML
<Sentences>
<Sentence date="20190304" id="S1" category="T" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="FRAGOV" targetcode="DEU" />
<Text>
Ministers of France travelled to Berlin
on Monday.
</Text>
</Sentence>
<!-- <Sentence date="20190304" id="HIDDEN" category="T"/> -->
<Sentence date="190305" id="S2" category="T" sentence="true">
<EventCoding sourcecode='"THE RIVER COUNCIL"' targetcode="IGOUNOKID" eventcode="1123"></EventCoding>
<EventCoding sourcecode="---REB" targetcode="---" eventcode="190"></EventCoding>
<Text>The river council blamed UNICEF.</Text>
</Sentence>
<Sentence date="19950101" id="S3" category="T" sentence="false">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="010"></EventCoding>
<Text>Not implemented.</Text>
</Sentence>
<Sentence date="19950101" id="S4" category="T" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened in Lisbon.</Text>
</Sentence>
<Sentence date="19950101" id="S5" category="T" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CITY: -- text</Text>
</Sentence>
<Sentence date="20150101" id="S6" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGA" />
<Text>
</Text>
<Parse>
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>
</Sentences>
</Validation>`;

test('PETRARCH records: self-closed openings, comments, quoted codes, noevents, errors, disabled, text from parse', () => {
  const r = parsePetrarchRecords(XML);
  assert.deepEqual(r.map((x) => x.id), ['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  assert.equal(r[0]!.text, 'Ministers of France travelled to Berlin on Monday.');
  assert.equal(r[0]!.date, '2019-03-04');
  assert.equal(r[1]!.date, '2019-03-05');
  assert.deepEqual(r[1]!.codings[0], { eventcode: '1123', sourcecode: 'THE RIVER COUNCIL', targetcode: 'IGOUNOKID' });
  assert.equal(r[2]!.disabled, true);
  assert.equal(r[3]!.noEvents, true);
  assert.equal(r[4]!.expectsError, true);
  assert.equal(r[5]!.text, 'Rebels attacked.');
  assert.equal(cameoRoot('0352'), '03');
  assert.deepEqual(cameoCountries('IGOUNOKID'), ['UNO', 'IGO']);
  assert.deepEqual(cameoCountries('IGOEUREEC'), ['EUR', 'IGO']);
  assert.deepEqual(cameoCountries('IGOCOPITP'), ['IGO']);
  assert.equal(cameoCountries('---REB'), null);
  assert.deepEqual(cameoCountries('ROMGOV'), ['ROU']);
  assert.equal(cameoCountries('THE RIVER COUNCIL'), null);
});

test('CAMEO root and dyad scoring with a fake coder', () => {
  const records = parsePetrarchRecords(XML);
  const coder = fake([
    [/France travelled/, { event: 'CONSULT', cameo: '043', actor: ['FRA'], recipient: ['DEU'] }],
    [/blamed UNICEF/, { event: 'ACCUSE', cameo: '112', actor: ['RVR'], recipient: ['UNO'] }],
    [/Lisbon/, { event: 'PROTEST', cameo: '141', actor: ['PRT'] }],
  ]);
  const s = scoreCameoRecords(records, coder);
  assert.equal(s.sentences, 4); // S3 disabled, S5 expects an error
  assert.equal(s.goldCodings, 4);
  assert.equal(s.predictions, 3);
  // roots: 04 found, 11 found, 19 (S2) missed, 19 (S6) missed; predictions: 043 ok, 112 ok, 141 (no gold) wrong
  assert.deepEqual([s.root.matchedGold, s.root.correctPredictions], [2, 2]);
  assert.equal(s.root.recall, 50);
  assert.equal(s.root.precision, 66.7);
  // dyads: S1 FRA→DEU ok; S2 target UNO ok (source unknown); S2 ---→--- not scorable; S6 NGA→NGA missed
  assert.equal(s.dyad.goldScorable, 3);
  assert.equal(s.dyad.matchedGold, 2);
});

const PLOVER = JSON.stringify([
  { id: 'DOC', event: 'DOCUMENT', eventText: 'notes' },
  { id: 'R1', event: 'DEMAND', text: 'Freedonia demanded that Sylvania withdraw.', source: [{ actorText: 'Freedonia', code: 'FRD' }], target: [{ actorText: 'Sylvania', code: 'SYL' }] },
  { id: 'R2', event: 'CONSULT', mode: 'visit', text: 'The Sylvanian envoy visited Freedonia.', source: [{ code: 'SYL' }], target: [{ code: 'FRD' }] },
  { id: 'R3', event: 'FIGHT', text: 'Troops clashed on the border.', source: [{ code: 'FRD' }, { code: 'SYL' }], target: '' },
]);

test('PLOVER GSR: label mapping, accuracy, macro-F1, actor/recipient/mode', () => {
  assert.equal(mapPloverLabel('DISAPPROVE'), 'ACCUSE');
  assert.equal(mapPloverLabel('INVESTIGATE'), 'ACCUSE');
  assert.equal(mapPloverLabel('DOCUMENT'), null);
  const recs = parsePloverGsr(PLOVER);
  assert.deepEqual(recs.map((r) => r.event), ['REQUEST', 'CONSULT', 'ASSAULT']);
  assert.throws(() => parsePloverGsr('{oops'), /not valid JSON/);
  const coder = fake([
    [/demanded/, { event: 'REQUEST', actor: ['FRD'], recipient: ['SYL'] }],
    [/visited/, { event: 'CONSULT', actor: ['SYL'], recipient: ['FRD'], mode: 'visit' }],
    [/clashed/, { event: 'COERCE', actor: ['FRD'], recipient: ['SYL'] }],
  ]);
  const r = scorePloverGsr(recs, coder);
  assert.equal(r.categoryAccuracy, 66.7);
  assert.equal(r.actorAccuracy, 100); // reciprocal R3: FRD+SYL found among actor ∪ recipient
  assert.equal(r.recipientAccuracy, 100);
  assert.equal(r.modeAccuracy, 100);
  // per class F1: REQUEST 100, CONSULT 100, ASSAULT 0 => macro 66.7
  assert.equal(r.macroF1, 66.7);
});

test('a joint act (several actors, no recipient) holds the dyads between two of its actors, either way; not one of a single actor', () => {
  const xml = `<Sentences>
<Sentence date="20190304" id="J1" category="T" sentence="true">
<EventCoding eventcode="057" sourcecode="BRAGOV" targetcode="USAGOV" />
<EventCoding eventcode="057" sourcecode="USAGOV" targetcode="BRAGOV" />
<EventCoding eventcode="057" sourcecode="USAGOV" targetcode="USAGOV" />
<Text>Brazil and the United States signed a trade accord.</Text>
</Sentence>
<Sentence date="20190304" id="J2" category="T" sentence="true">
<EventCoding eventcode="111" sourcecode="FRAGOV" targetcode="DEUGOV" />
<Text>France criticised the plan.</Text>
</Sentence>
</Sentences>`;
  const records = parsePetrarchRecords(xml);
  const s = scoreCameoRecords(records, fake([
    [/signed/, { event: 'AGREE', cameo: '057', actor: ['BRA', 'USA'] }],
    [/France/, { event: 'ACCUSE', cameo: '111', actor: ['FRA'] }],
  ]));
  assert.equal(s.dyad.goldScorable, 4);
  assert.equal(s.dyad.matchedGold, 2, 'BRA->USA and USA->BRA, not USA->USA, not FRA->DEU with no recipient');
  const withRecipient = scoreCameoRecords(records, fake([[/signed/, { event: 'AGREE', cameo: '057', actor: ['BRA', 'USA'], recipient: ['CHN'] }]]));
  assert.equal(withRecipient.dyad.matchedGold, 0, 'an act with a recipient is directed');
});

test('PLOVER GSR codes: a gold IGO is any intergovernmental party, NGO a non-governmental one, JAP is Japan', () => {
  const ref = (country: string | null, sector: string | null) => ({ text: 'x', name: 'x', country, sector });
  assert.deepEqual(partyCodes([ref('UNO', 'IGO'), ref('EUR', null), ref(null, 'NGO'), ref('FRA', 'GOV'), ref('FRA', 'MIL')]), ['UNO', 'IGO', 'EUR', 'NGO', 'FRA']);
  assert.deepEqual(partyCodes([ref('RUS', 'GOV')]), ['RUS'], 'a state is no IGO');
  const gsr = JSON.stringify([
    { id: 'g1', event: 'ACCUSE', text: 'Tokyo criticised the alliance.', source: [{ code: 'JAP' }], target: [{ code: 'IGO' }] },
    { id: 'g2', event: 'ACCUSE', text: 'Moscow criticised Berlin.', source: [{ code: 'RUS' }], target: [{ code: 'IGO' }] },
  ]);
  const recs = parsePloverGsr(gsr);
  assert.deepEqual(recs[0]!.sourceCodes, ['JPN']);
  const coder: Coder = (a) => [{
    ...ev({ event: 'ACCUSE', article: a.id, actor: [/Tokyo/.test(a.text) ? 'JPN' : 'RUS'] }),
    recipient: [/alliance/.test(a.text) ? ref(null, 'IGO') : ref('DEU', 'GOV')],
  }];
  const r = scorePloverGsr(recs, coder);
  assert.equal(r.actorAccuracy, 100);
  assert.equal(r.recipientAccuracy, 50, 'Germany is no IGO');
});

test('ConfliBERT TSV: parse, pentaclass, macro-F1, 0 when no event', () => {
  const tsv = 'The minister said talks would go on.\t0\r\nThe two states agreed to cooperate.\t1\r\nRioters burned a depot.\t4\r\nbroken line without label\r\n';
  const { items, bad } = parseConfliTsv(tsv);
  assert.equal(items.length, 3);
  assert.deepEqual(bad, [4]);
  assert.deepEqual(['010', '020', '036', '057', '070', '112', '138', '145', '190'].map(pentaClass), [0, 0, 1, 1, 2, 3, 3, 4, 4]);
  const coder = fake([
    [/agreed/, { event: 'AGREE', cameo: '030' }],
    [/burned/, { event: 'ASSAULT', cameo: '180' }],
  ]);
  const r = scoreConfli(items, coder);
  assert.equal(r.accuracy, 100);
  assert.equal(r.macroF1, 100);
  assert.equal(r.noEvent, 1);
  const wrong = scoreConfli(items, fake([[/./, { event: 'PROTEST', cameo: '140' }]]));
  assert.equal(wrong.accuracy, 33.3);
});

test('brat attributions: events join spans; code-point offsets map to UTF-16; exact vs overlap', () => {
  const text = '😀 Ana Ruiz said the plan failed, officials noted.';
  // brat offsets count code points: the emoji is one character there, two in JavaScript
  const ann = ['T1\tSource 2 10\tAna Ruiz', 'T2\tCue 11 15\tsaid', 'T3\tContent 16 31\tthe plan failed', 'T4\tAttribution 11 15\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', 'T5\tSource 33 42\tofficials', 'T6\tCue 43 46;46 49\tnoted.', 'E2\tAttribution:T6 Source:T5 Cue:T6'].join('\n');
  const rels = parseBratAttributions(ann, text);
  assert.equal(rels.length, 2);
  assert.equal(text.slice(rels[0]!.source!.start, rels[0]!.source!.end), 'Ana Ruiz');
  assert.equal(text.slice(rels[0]!.cue!.start, rels[0]!.cue!.end), 'said');
  assert.equal(text.slice(rels[1]!.cue!.start, rels[1]!.cue!.end), 'noted.');
  const article: Article = { id: 'p', text, published: null, outlet: null, url: null, title: null, language: 'en', origin: 'p' };
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const r = scorePolnear([{ article, relations: rels }], () => [
    { source: at('Ana Ruiz'), cue: at('said'), content: null },
    { source: at('officials'), cue: at('noted'), content: null },
  ]);
  assert.equal(r.cue.exact.f1, 50);
  assert.equal(r.cue.overlap.f1, 100);
  assert.equal(r.source.exact.f1, 100);
  assert.equal(matchSpans([{ start: 0, end: 2 }], [{ start: 2, end: 4 }], 'overlap'), 0);
});

test('CASE 2021 TSV: parse, expected-category hits, unmapped event rate', () => {
  const tsv = 'id\tEventSnippet\tSubType\n1\tCrowds marched against fuel prices.\tPEACE_PROTEST\n2\tA flood hit the valley.\tNATURAL_DISASTER\n3\tPolice detained two reporters.\tARREST\n4\tbroken\n';
  const { items, bad } = parseCaseTsv(tsv);
  assert.equal(items.length, 3);
  assert.deepEqual(bad, [5]);
  const r = scoreCase(items, fake([
    [/marched/, { event: 'PROTEST' }],
    [/flood/, { event: 'AID' }],
    [/detained/, { event: 'ASSAULT' }],
  ]));
  assert.equal(r.mappedSnippets, 2);
  assert.equal(r.mappedHits, 1);
  assert.equal(r.mappedHitRate, 50);
  assert.equal(r.unmappedWithEvents, 1);
  assert.deepEqual(r.types.find((t) => t.type === 'ARREST')!.top, { ASSAULT: 1 });
});

const anchors = '/work/shared/anchors';
const skip = existsSync(anchors) ? false : 'skipped: ../shared not present';
test('real peers\' files load and score with an empty coder', { skip }, () => {
  const none: Coder = () => [];
  for (const o of [runPetrarchGsr(anchors, none), runPetrarchUnit(anchors, none), runPloverGsr(anchors, none), runConfliBert(anchors, none), runCase2021(anchors, none)]) {
    assert.ok(!isSkipped(o), `${o.suite} skipped`);
    assert.ok(o.rows.length > 0 && o.rows.some((r) => r.n > 0), o.suite);
  }
  const pol = runPolnear(anchors, () => [], { maxDocs: 3 });
  assert.ok(!isSkipped(pol));
  assert.equal((pol.report as { documents: number }).documents, 3);
  assert.ok(isSkipped(runPetrarchGsr('/nonexistent', none)));
});
