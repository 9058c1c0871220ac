// mergeStory: which mentions of a story are one real-world event. Hand-made fixtures (merge-fixtures.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { categoriesCompatible, mergedId, mergeStory, type MergedEvent } from '../../src/stories/merge.js';
import type { ActorRef } from '../../src/types.js';
import { article, CHN, type EventSpec, GBR, IRN, RADAN, RUS, seedPair, story, WANG } from './merge-fixtures.js';

/** The groups as sorted lists of event ids, sorted: what a merge decided, independent of ids and order. */
const groups = (ms: MergedEvent[]) => ms.map((m) => m.mentions.map((x) => x.eventId).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe('mergeStory', () => {
  test('the seed pair: the meeting is one event, the police-technology offer and the counterterrorism hope are not', () => {
    const merged = mergeStory(seedPair());
    assert.deepEqual(groups(merged), [['i1', 'x1'], ['i2'], ['x2']]);
    const meeting = merged.find((m) => m.mentions.length === 2)!;
    assert.equal(meeting.event, 'CONSULT');
    assert.equal(meeting.mode, 'visit');
    assert.deepEqual(meeting.mentions.map((m) => m.outlet).sort(), ['IRNA', 'Xinhua']);
  });

  test('a meeting coded CONSULT by one outlet and COOPERATE by another, sides swapped, is one event', () => {
    const a = article('a', 'Alpha Wire', '2024-03-01');
    const b = article('b', 'Beta News', '2024-03-02');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'CONSULT', actor: [GBR], recipient: [RUS], evidence: 'British and Russian diplomats met in Geneva to discuss the grain corridor.' }]],
      [b, [{ id: 'b1', event: 'COOPERATE', actor: [RUS], recipient: [GBR], evidence: 'Russian diplomats worked with British officials in Geneva on the grain corridor.' }]],
    ));
    assert.deepEqual(groups(merged), [['a1', 'b1']]);
  });

  test('a promise is its speaker\'s: "Radan offered China cooperation" and "Wang hoped Iran would cooperate" are two acts', () => {
    const a = article('a', 'IRNA', '2024-01-16');
    const b = article('b', 'Xinhua', '2024-01-16');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'AGREE', actor: [RADAN], recipient: [CHN], evidence: 'Radan expressed Iran\'s willingness to cooperate with China on police matters.' }]],
      [b, [{ id: 'b1', event: 'AGREE', actor: [WANG], recipient: [IRN], evidence: 'Wang expressed China\'s willingness to cooperate with Iran on police matters.' }]],
    ));
    assert.equal(merged.length, 2);
  });

  test('an accusation is not symmetric: A accusing B and B accusing A are two events', () => {
    const a = article('a', 'Alpha Wire', '2024-03-01');
    const b = article('b', 'Beta News', '2024-03-01');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'ACCUSE', actor: [GBR], recipient: [RUS], evidence: 'Britain accused Russia of cutting the Baltic cable.' }]],
      [b, [{ id: 'b1', event: 'ACCUSE', actor: [RUS], recipient: [GBR], evidence: 'Russia accused Britain of lying about the Baltic cable.' }]],
    ));
    assert.equal(merged.length, 2);
  });

  test('an attack reported as ASSAULT and as COERCE is one event; ASSAULT and ACCUSE are not compatible', () => {
    assert.equal(categoriesCompatible('ASSAULT', 'COERCE'), true);
    assert.equal(categoriesCompatible('COERCE', 'ASSAULT'), true);
    assert.equal(categoriesCompatible('ASSAULT', 'ACCUSE'), false);
    const a = article('a', 'Alpha Wire', '2024-03-01');
    const b = article('b', 'Beta News', '2024-03-01');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'ASSAULT', actor: [RUS], recipient: [GBR], evidence: 'Russian troops beat the British aid workers at the border crossing.' }]],
      [b, [
        { id: 'b1', event: 'COERCE', actor: [RUS], recipient: [GBR], evidence: 'Russian soldiers attacked British aid workers at the border crossing.' },
        { id: 'b2', event: 'ACCUSE', actor: [GBR], recipient: [RUS], evidence: 'Britain condemned the attack on its aid workers at the border crossing.' },
      ]],
    ));
    assert.deepEqual(groups(merged), [['a1', 'b1'], ['b2']]);
  });

  test('dates more than a few days apart are different events; an unknown date is compatible', () => {
    const text = 'Iran and China held talks on police cooperation.';
    const a = article('a', 'Alpha Wire', '2024-01-02');
    const b = article('b', 'Beta News', '2024-01-20');
    const c = article('c', 'Gamma Daily', null);
    const spec = (id: string, date: string | null) => ({ id, event: 'CONSULT' as const, actor: [IRN], recipient: [CHN], evidence: text, date });
    assert.equal(mergeStory(story([a, [spec('a1', '2024-01-02')]], [b, [spec('b1', '2024-01-20')]])).length, 2);
    assert.equal(mergeStory(story([a, [spec('a1', '2024-01-02')]], [b, [spec('b1', '2024-01-04')]])).length, 1);
    assert.equal(mergeStory(story([a, [spec('a1', '2024-01-02')]], [c, [spec('c1', null)]])).length, 1);
    // a month-granular date overlaps the days of its month
    assert.equal(mergeStory(story([a, [spec('a1', '2024-01-02')]], [b, [spec('b1', '2024-01')]])).length, 1);
  });

  test('parties must overlap', () => {
    const a = article('a', 'Alpha Wire', '2024-01-02');
    const b = article('b', 'Beta News', '2024-01-02');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'CONSULT', actor: [IRN], recipient: [CHN], evidence: 'Officials held talks on police cooperation.' }]],
      [b, [{ id: 'b1', event: 'CONSULT', actor: [GBR], recipient: [RUS], evidence: 'Officials held talks on police cooperation.' }]],
    ));
    assert.equal(merged.length, 2);
  });

  test('two mentions of one article stay apart unless they are clearly the same', () => {
    const a = article('a', 'Alpha Wire', '2024-01-02');
    const apart = mergeStory(story([a, [
      { id: 'a1', event: 'CONSULT', actor: [RADAN], recipient: [WANG], evidence: 'Radan met Wang in Beijing on the first day.', start: 0 },
      { id: 'a2', event: 'CONSULT', actor: [RADAN], recipient: [WANG], evidence: 'Radan toured the technology centre with Wang later.', start: 60 },
    ]]));
    assert.equal(apart.length, 2);
    const same = mergeStory(story([a, [
      { id: 'a1', event: 'CONSULT', actor: [RADAN], recipient: [WANG], evidence: 'Radan met Wang in Beijing on Tuesday.', start: 0 },
      { id: 'a2', event: 'CONSULT', actor: [RADAN], recipient: [WANG], evidence: 'Radan met Wang in Beijing, the ministry said.', start: 60 },
    ]]));
    assert.equal(same.length, 1);
  });

  test('complete linkage: A~B and B~C do not chain A and C together when A and C are incompatible', () => {
    const a = article('a', 'Alpha Wire', '2024-01-02');
    const b = article('b', 'Beta News', '2024-01-04');
    const c = article('c', 'Gamma Daily', '2024-01-06');
    const text = 'Iran and China held talks on police cooperation in Beijing.';
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'CONSULT', actor: [IRN], recipient: [CHN], evidence: text, date: '2024-01-02' }]],
      [b, [{ id: 'b1', event: 'CONSULT', actor: [IRN], recipient: [CHN], evidence: text, date: '2024-01-04' }]],
      [c, [{ id: 'c1', event: 'CONSULT', actor: [IRN], recipient: [CHN], evidence: text, date: '2024-01-06' }]],
    ));
    assert.equal(merged.length, 2);
    assert.ok(merged.every((m) => !(m.mentions.some((x) => x.eventId === 'a1') && m.mentions.some((x) => x.eventId === 'c1'))));
  });

  test('the result does not depend on the order of articles or of events', () => {
    const input = seedPair();
    const expected = mergeStory(input);
    const reversed = [...input].reverse().map((i) => ({ article: i.article, events: [...i.events].reverse() }));
    assert.deepEqual(mergeStory(reversed), expected);
  });

  test('the merged id comes from the earliest mention (earliest published article) and is stable', () => {
    const merged = mergeStory(seedPair());
    const meeting = merged.find((m) => m.mentions.length === 2)!;
    // both published the same day: the article id breaks the tie (irna-1 < xinhua-1)
    assert.equal(meeting.id, mergedId('i1'));
    assert.match(meeting.id, /^m-[0-9a-f]{16}$/);
    assert.deepEqual(mergeStory(seedPair()), merged);
  });

  test('the category is the one most mentions give; the date the finest', () => {
    const a = article('a', 'Alpha Wire', '2024-03-01');
    const b = article('b', 'Beta News', '2024-03-02');
    const c = article('c', 'Gamma Daily', '2024-03-02');
    const evidence = 'British and Russian diplomats met in Geneva on the grain corridor.';
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'COOPERATE', actor: [GBR], recipient: [RUS], evidence, date: '2024-03' }]],
      [b, [{ id: 'b1', event: 'CONSULT', actor: [GBR], recipient: [RUS], evidence, date: '2024-03-01' }]],
      [c, [{ id: 'c1', event: 'CONSULT', actor: [RUS], recipient: [GBR], evidence, date: null }]],
    ));
    assert.equal(merged.length, 1);
    assert.equal(merged[0]!.event, 'CONSULT');
    assert.equal(merged[0]!.date, '2024-03-01');
    assert.equal(merged[0]!.id, mergedId('a1'));
  });

  test('an empty story has no merged events; an article without events adds none', () => {
    assert.deepEqual(mergeStory([]), []);
    assert.deepEqual(mergeStory([{ article: article('a', 'X', null), events: [] }]), []);
  });

  test('a month date is weak: a day outside it is compatible when the evidence restates the same report, not otherwise', () => {
    const a = article('a', 'Alpha Wire', '2025-04-14');
    const b = article('b', 'Beta News', '2025-04-15');
    const plan = (id: string, date: string, evidence: string) => ({ id, event: 'AGREE' as const, actor: [RUS, GBR], evidence, date });
    const restated = 'Negotiators from the two sides would meet again next month in Geneva.';
    assert.equal(mergeStory(story([a, [plan('a1', '2025-04-14', restated)]], [b, [plan('b1', '2025-05', 'He said negotiators from the two sides would meet again next month.')]])).length, 1);
    // the same month date with other words: two plans
    assert.equal(mergeStory(story([a, [plan('a1', '2025-04-14', restated)]], [b, [plan('b1', '2025-05', 'The two sides would sign a trade accord in May, the ministry said.')]])).length, 2);
    // two day dates 17 days apart stay apart whatever the words
    assert.equal(mergeStory(story([a, [plan('a1', '2025-04-14', restated)]], [b, [plan('b1', '2025-05-01', restated)]])).length, 2);
  });

  test('the pairs sharing the parties\' names are taken first: the talks with the counterpart, not the reception by the premier', () => {
    const JPN: ActorRef = { text: 'Japan', name: 'Japan', country: 'JPN', sector: 'GOV' };
    const VNM: ActorRef = { text: 'Vietnam', name: 'Vietnam', country: 'VNM', sector: 'GOV' };
    const IWAYA: ActorRef = { text: 'Iwaya', name: 'Takeshi Iwaya', country: 'JPN', sector: 'GOV' };
    const SON: ActorRef = { text: 'Son', name: 'Bui Thanh Son', country: 'VNM', sector: 'GOV' };
    const a = article('a', 'Alpha Wire', '2025-07-07');
    const b = article('b', 'Beta News', '2025-07-07');
    const merged = mergeStory(story(
      [a, [
        { id: 'a1', event: 'CONSULT', actor: [IWAYA], recipient: [SON], evidence: 'Japanese Foreign Minister Takeshi Iwaya held talks with his counterpart Bui Thanh Son in Hanoi on Monday.' },
        { id: 'a2', event: 'AID', actor: [JPN], recipient: [VNM], evidence: 'Japan will lend Vietnam money for six patrol ships.' },
      ]],
      [b, [
        // the coder lost the premier: the reception is told with the country as its recipient
        { id: 'b1', event: 'CONSULT', actor: [IWAYA], recipient: [VNM], evidence: 'Prime Minister Pham Minh Chinh received Japanese Foreign Minister Takeshi Iwaya in Hanoi on Monday.', start: 0 },
        { id: 'b2', event: 'CONSULT', actor: [SON, IWAYA], evidence: 'Earlier that day Son and Iwaya held talks on a coast guard loan and witnessed the signing.', start: 120 },
      ]],
    ));
    assert.deepEqual(groups(merged), [['a1', 'b2'], ['a2'], ['b1']]);
  });

  test('one act in other words: merged when each is the other\'s only match in its article and both texts date it to the same day', () => {
    const FIN: ActorRef = { text: 'Finland', name: 'Finland', country: 'FIN', sector: 'GOV' };
    const a = article('a', 'Alpha Wire', '2025-02-09');
    const b = article('b', 'Beta News', '2025-02-13');
    const detained = { id: 'a1', event: 'COERCE' as const, actor: [FIN], date: '2025-02-08', dateBasis: 'text' as const,
      evidence: 'Finnish authorities on Saturday boarded and detained an oil tanker suspected of damaging an undersea cable.' };
    const detention = { id: 'b1', event: 'COERCE' as const, actor: [FIN], date: '2025-02-08', dateBasis: 'text' as const,
      evidence: 'Finland\'s detention of the tanker Vega Horizon last Saturday was welcomed by its allies.' };
    const other = { id: 'b2', event: 'COERCE' as const, actor: [FIN], date: '2025-02-08', dateBasis: 'text' as const, start: 200,
      evidence: 'Finnish police also searched the offices of the shipping company in Helsinki.' };
    const protest = { id: 'b3', event: 'PROTEST' as const, actor: [RUS], recipient: [FIN], start: 300, evidence: 'Moscow called the seizure piracy.' };
    assert.deepEqual(groups(mergeStory(story([a, [detained]], [b, [detention, protest]]))), [['a1', 'b1'], ['b3']]);
    // a second candidate of the same kind in one article: the words must decide, and they do not
    assert.equal(mergeStory(story([a, [detained]], [b, [detention, other]])).length, 3);
    // dated only by publication: no
    const published = { ...detention, dateBasis: 'published' as const };
    assert.equal(mergeStory(story([a, [detained]], [b, [published]])).length, 2);
    // no shared word at all: no
    assert.equal(mergeStory(story([a, [detained]], [b, [{ ...detention, evidence: 'Helsinki held the Vega Horizon over the weekend.' }]])).length, 2);
  });

  test('complete linkage: a pair dated to one day that falls just short on the evidence does not keep a group apart', () => {
    const UKR: ActorRef = { text: 'Ukraine', name: 'Ukraine', country: 'UKR', sector: 'GOV' };
    const DRONES: ActorRef = { text: 'Russian drones', name: 'Russia drones', country: 'RUS', sector: 'MIL' };
    const day: { date: string; dateBasis: 'text' | 'published' } = { date: '2025-05-22', dateBasis: 'text' };
    const a = article('a', 'Kyiv Ledger', '2025-05-22');
    const b = article('b', 'Meridian Wire', '2025-05-22');
    const c = article('c', 'Volga Daily', '2025-05-22');
    const strike = (id: string, evidence: string, over = day) => ({ id, event: 'ASSAULT' as const, actor: [DRONES], recipient: [UKR], evidence, ...over });
    const lede = (over = day) => [
      strike('a1', 'A Russian drone attack overnight set fire to an energy facility in Odesa region and left 40,000 families without power.'),
      strike('b1', 'Russian drones hit a power station in the Odesa region overnight, cutting electricity to 40,000 households.', over),
      strike('c1', 'Russian forces overnight carried out a group strike with precision weapons against energy facilities supplying Ukrainian arms plants.'),
    ];
    const background = { id: 'b2', event: 'ASSAULT' as const, actor: [DRONES], recipient: [UKR], start: 300, ...day,
      evidence: 'Ukraine\'s air force said Russia had launched 58 drones and two missiles and that air defences shot down 41.' };
    const withBackground = (over = day) => story([a, [lede()[0]!]], [b, [lede(over)[1]!, background]], [c, [lede()[2]!]]);
    assert.deepEqual(groups(mergeStory(withBackground())).find((g) => g.includes('a1')), ['a1', 'b1', 'c1']);
    // the same words, but the second outlet's strike is dated by publication only: c1 cannot join a1 and b1
    assert.deepEqual(groups(mergeStory(withBackground({ date: '2025-05-22', dateBasis: 'published' as const }))).find((g) => g.includes('c1')), ['c1']);
  });

  test('an expulsion told as an order to leave, as a sanction, or as coming is one act; a demand and an attack are not', () => {
    assert.equal(categoriesCompatible('REQUEST', 'SANCTION'), true);
    assert.equal(categoriesCompatible('THREATEN', 'SANCTION'), true);
    assert.equal(categoriesCompatible('REQUEST', 'THREATEN'), true);
    assert.equal(categoriesCompatible('REQUEST', 'ASSAULT'), false);
    const a = article('a', 'Alpha Wire', '2025-03-07');
    const b = article('b', 'Beta News', '2025-03-08');
    const merged = mergeStory(story(
      [a, [{ id: 'a1', event: 'REQUEST', actor: [GBR], recipient: [RUS], evidence: 'Britain on Friday ordered a Russian diplomat to leave the country within three days over the spying case.' }]],
      [b, [{ id: 'b1', event: 'SANCTION', actor: [GBR], evidence: 'The Russian diplomat was declared persona non grata and must leave within 72 hours over the spying case.' }]],
    ));
    assert.deepEqual(groups(merged), [['a1', 'b1']]);
  });

  test('an article\'s lede and the one later sentence that refers back to its act are one event; a new subject or "also" is not', () => {
    const POL: ActorRef = { text: 'Poland', name: 'Poland', country: 'POL', sector: 'GOV' };
    const BLR: ActorRef = { text: 'Belarus', name: 'Belarus', country: 'BLR', sector: 'GOV' };
    const MINISTER: ActorRef = { text: 'the minister', name: 'Jan Kowal', country: 'POL', sector: 'GOV' };
    const lede = { id: 'a1', event: 'THREATEN' as const, actor: [POL], recipient: [BLR], start: 0,
      evidence: 'Poland will expel a Belarusian diplomat over a spying case, the foreign minister said on Friday.' };
    const echo = (evidence: string, over: Partial<EventSpec> = {}) => ({ id: 'a2', event: 'SANCTION' as const, actor: [MINISTER], start: 200, evidence, ...over });
    const a = article('a', 'Alpha Wire', '2025-03-07');
    const merged = (...later: EventSpec[]) => groups(mergeStory(story([a, [lede, ...later]])));
    // a definite description of the lede's act, told as another category and with one side unknown
    assert.deepEqual(merged(echo('The diplomat has been declared persona non grata and must leave within 72 hours.')), [['a1', 'a2']]);
    // near-misses: a sentence with a new subject, one marked as another act, a second candidate
    assert.equal(merged(echo('A second Belarusian diplomat has been declared persona non grata.')).length, 2);
    assert.equal(merged(echo('The ministry also declared a Belarusian consul persona non grata.')).length, 2);
    assert.equal(merged(echo('The diplomat must leave within 72 hours.'), echo('The consul must leave too, the ministry said.', { id: 'a3', start: 400 })).length, 3);
    // a sentence that says it tells another act competes with nothing: the echo still has the lede to itself
    assert.deepEqual(merged(echo('The diplomat must leave within 72 hours.'), echo('The ministry also declared a consul persona non grata.', { id: 'a3', start: 400 })), [['a1', 'a2'], ['a3']]);
    // the echo's match in another article does not keep the lede apart: the lede is the summary of the same report
    const b = article('b', 'Beta News', '2025-03-07');
    const other = { id: 'b1', event: 'SANCTION' as const, actor: [POL], recipient: [BLR], evidence: 'Warsaw declared the diplomat persona non grata and gave him 72 hours to leave.' };
    assert.deepEqual(groups(mergeStory(story([a, [lede, echo('The diplomat has been declared persona non grata and must leave within 72 hours.')]], [b, [other]]))), [['a1', 'a2', 'b1']]);
  });
  test('a later sentence telling the lede\'s act as the doer reports it is one event with the lede; other speakers or days are not', () => {
    const UKR: ActorRef = { text: 'Ukraine', name: 'Ukraine', country: 'UKR', sector: 'GOV' };
    const FORCES: ActorRef = { text: 'forces', name: null, country: 'RUS', sector: 'MIL' };
    const a = article('a', 'Alpha Wire', '2025-05-22');
    const lede: EventSpec = { id: 'a1', event: 'ASSAULT', actor: [RUS], recipient: [UKR], start: 0, date: '2025-05-22', dateBasis: 'text',
      source: 'the regional governor', sourceCountry: 'UKR', evidence: 'Russian drones hit a power plant in the Odesa region overnight, starting a fire, the regional governor said on Thursday.' };
    const own = (over: Partial<EventSpec> = {}): EventSpec => ({ id: 'a2', event: 'ASSAULT', actor: [FORCES], start: 300, date: '2025-05-22', dateBasis: 'text',
      source: "Russia's defence ministry", sourceCountry: 'RUS', evidence: "Russia's defence ministry said its forces had carried out a strike with precision weapons against energy facilities.", ...over });
    const merged = (...later: EventSpec[]) => groups(mergeStory(story([a, [lede, ...later]])));
    assert.deepEqual(merged(own()), [['a1', 'a2']]);
    // near-misses: the same speaker as the lede, a speaker not of the actor's side, no speaker, another day, "also"
    assert.equal(merged(own({ sourceCountry: 'UKR' })).length, 2);
    assert.equal(merged(own({ actor: [UKR], recipient: [RUS], sourceCountry: 'UKR', source: "Ukraine's army" })).length, 2);
    assert.equal(merged(own({ source: undefined })).length, 2);
    assert.equal(merged(own({ date: '2025-05-21' })).length, 2);
    assert.equal(merged(own({ evidence: "Russia's defence ministry said its forces had also struck an arms depot in Kharkiv." })).length, 2);
    // the doer's account joins the other outlets' telling through the lede (complete linkage)
    const b = article('b', 'Beta News', '2025-05-22');
    const theirs: EventSpec = { id: 'b1', event: 'ASSAULT', actor: [RUS], recipient: [UKR], date: '2025-05-22', dateBasis: 'text', source: 'the Russian Defence Ministry', sourceCountry: 'RUS',
      evidence: 'Russian forces carried out a strike with precision weapons against energy facilities, the Russian Defence Ministry said on Thursday.' };
    assert.deepEqual(groups(mergeStory(story([a, [lede, own()]], [b, [theirs]]))), [['a1', 'a2', 'b1']]);
  });
  test('a later sentence naming the people who held the lede\'s meeting that day is the same meeting; another day, category or pair is not', () => {
    const SRB: ActorRef = { text: 'Serbia', name: 'Serbia', country: 'SRB', sector: 'GOV' };
    const XKX: ActorRef = { text: 'Kosovo', name: 'Kosovo', country: 'XKX', sector: 'GOV' };
    const VUCIC: ActorRef = { text: 'Serbian President Aleksandar Vucic', name: 'Aleksandar Vucic', country: 'SRB', sector: 'GOV' };
    const KURTI: ActorRef = { text: 'Kosovo Prime Minister Albin Kurti', name: 'Albin Kurti', country: 'XKX', sector: 'GOV' };
    const EU: ActorRef = { text: 'EU', name: 'European Union', country: 'EUR', sector: 'GOV' };
    const a = article('a', 'Alpha Wire', '2025-04-15');
    const lede: EventSpec = { id: 'a1', event: 'CONSULT', actor: [SRB, XKX], start: 0, date: '2025-04-14', dateBasis: 'text',
      evidence: 'Serbia and Kosovo failed to reach agreement on Monday on an association of municipalities after more than five hours of EU-mediated talks.' };
    const met = (over: Partial<EventSpec> = {}): EventSpec => ({ id: 'a2', event: 'CONSULT', actor: [VUCIC, KURTI], recipient: [EU], start: 300, date: '2025-04-14', dateBasis: 'text',
      evidence: 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met separately and then together with the EU envoy.', ...over });
    const merged = (...later: EventSpec[]) => groups(mergeStory(story([a, [lede, ...later]])));
    assert.deepEqual(merged(met()), [['a1', 'a2']]);
    // near-misses: another day, a date from the publication day, one of the two alone, another category, "also"
    assert.equal(merged(met({ date: '2025-04-13' })).length, 2);
    assert.equal(merged(met({ dateBasis: 'published' })).length, 2);
    assert.equal(merged(met({ actor: [VUCIC] })).length, 2);
    assert.equal(merged(met({ event: 'AGREE', evidence: 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti agreed to meet again next month.' })).length, 2);
    assert.equal(merged(met({ evidence: 'Vucic and Kurti also met the NATO commander.' })).length, 2);
  });
  test('a request and the act it asks for, or the meeting it was made at, stay apart (PLOVER: REQUEST is the verbal act)', () => {
    const VNM: ActorRef = { text: 'Vietnam', name: 'Vietnam', country: 'VNM', sector: 'GOV' };
    const JPN: ActorRef = { text: 'Japan', name: 'Japan', country: 'JPN', sector: 'GOV' };
    const a = article('a', 'Alpha Wire', '2025-07-07');
    const b = article('b', 'Beta News', '2025-07-07');
    for (const other of ['AID', 'CONSULT'] as const) {
      assert.equal(categoriesCompatible('REQUEST', other), false);
      const merged = mergeStory(story(
        [a, [{ id: 'a1', event: 'REQUEST', actor: [VNM], recipient: [JPN], date: '2025-07-07', dateBasis: 'text', evidence: 'Vietnam asked Japan on Monday to provide new development assistance for the high-speed railway.' }]],
        [b, [{ id: 'b1', event: other, actor: [JPN], recipient: [VNM], date: '2025-07-07', dateBasis: 'text', evidence: 'Japan on Monday agreed to provide new development assistance for the high-speed railway to Vietnam.' }]],
      ));
      assert.equal(merged.length, 2, other);
    }
  });
});
