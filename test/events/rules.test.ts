// The coder's rules, one sentence each (readout's own sentences): a failure names the rule that broke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import type { ReadoutEvent } from '../../src/types.js';

const lex = loadLexicons();

function code(text: string, published: string | null = '2024-03-14'): ReadoutEvent[] {
  return codeArticle({ id: 't', text, published, outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex);
}

const countries = (xs: { country: string | null }[]) => xs.map((x) => x.country).sort().join('+');
const brief = (e: ReadoutEvent) => `${e.event} ${countries(e.actor)}>${countries(e.recipient)} ${e.status}`;

function only(text: string, event: string, published?: string): ReadoutEvent {
  const evs = code(text, published).filter((e) => e.event === event);
  assert.equal(evs.length, 1, `one ${event} in: ${text}\n got: ${code(text, published).map(brief).join(' | ')}`);
  return evs[0]!;
}

test('subject => actor, with-phrase => recipient, metonyms resolve to governments', () => {
  const e = only('The Kremlin held talks with Ankara on Tuesday.', 'CONSULT');
  assert.equal(brief(e), 'CONSULT RUS>TUR asserted');
  assert.equal(e.date?.value, '2024-03-12');
});

test('passive by-agent => actor, passive subject => recipient', () => {
  assert.equal(brief(only('Iran was accused by the United States of supplying drones.', 'ACCUSE')), 'ACCUSE USA>IRN asserted');
  assert.equal(brief(only('New sanctions were imposed on Syria by the European Union.', 'SANCTION')), 'SANCTION EUR>SYR asserted');
});

test('coordinated actors make one compound event; listed recipients all count', () => {
  assert.equal(brief(only('France and Germany signed a defence agreement.', 'SUPPORT')), 'SUPPORT DEU+FRA> asserted');
  const e = only('Wang Yi met his counterparts from Russia, Brazil and South Africa.', 'CONSULT', '2024-03-14');
  assert.equal(countries(e.recipient), 'BRA+RUS+ZAF');
});

test('possessive nominal: the visitor acts, the host receives', () => {
  assert.equal(brief(only("Lavrov's visit to Ankara lasted two days.", 'CONSULT')), 'CONSULT RUS>TUR asserted');
});

test('a future visit is AGREE; a conditional sanction is THREATEN; a refusal is REJECT', () => {
  assert.equal(only('Japanese Prime Minister Fumio Kishida will visit Seoul next week.', 'AGREE').status, 'asserted');
  assert.equal(brief(only('The European Union would impose sanctions on Iran if it sent missiles to Russia.', 'THREATEN')).split(' ')[0], 'THREATEN');
  assert.equal(brief(only('Hungary would not take part in the NATO mission.', 'REJECT')), 'REJECT HUN>IGO asserted');
});

test('the content of an accusation is alleged, of a denial denied; a denial of a claim points to the accuser', () => {
  const evs = code('Armenia accused Azerbaijani forces of opening fire on its positions. The Azerbaijani defence ministry denied the claim.');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && e.status === 'alleged' && countries(e.actor) === 'AZE'), evs.map(brief).join(' | '));
  assert.ok(evs.some((e) => e.event === 'REJECT' && countries(e.actor) === 'AZE' && countries(e.recipient) === 'ARM'), evs.map(brief).join(' | '));
});

test('negation is kept as a status', () => {
  assert.equal(only('Indonesia did not sign the memorandum with Malaysia.', 'SUPPORT').status, 'negated');
});

test('a statement about coverage is not an event of what was not covered', () => {
  assert.deepEqual(code("But Xinhua did not mention Tehran's willingness to cooperate, or Radan's visit to the centre.").map(brief), []);
});

test('attribution chains, innermost first', () => {
  const e = only('“We will strengthen cooperation with Iran,” Wang said, according to Xinhua.', 'AGREE');
  assert.deepEqual(e.attribution.map((a) => a.text), ['Wang', 'Xinhua']);
  const tail = only('Russia and Ukraine exchanged prisoners on Wednesday, TASS reported.', 'RETREAT');
  assert.deepEqual(tail.attribution.map((a) => a.name), ['TASS']);
});

test('a frame adverbial dates its sentence and the following ones; a date in a relative clause stays put', () => {
  const evs = code('Last year, Turkey held talks with Sweden. Turkish officials also met Finnish diplomats. The deal follows a pact, which Ankara signed in 2019.');
  const byTrigger = new Map(evs.map((e) => [e.trigger?.text, e.date?.value]));
  assert.equal(byTrigger.get('held'), '2023');
  assert.equal(byTrigger.get('met'), '2023');
  assert.equal(byTrigger.get('signed'), '2019');
});

test('an event without a resolvable actor is not emitted', () => {
  assert.deepEqual(code('The talks were described as constructive.').map(brief), []);
});

test('weekdays look back in past-tense reports and forward in future ones', () => {
  // published on Thursday 2024-03-14
  assert.equal(only('Germany and France signed a treaty on Friday.', 'SUPPORT').date?.value, '2024-03-08');
  assert.equal(only('Japanese Prime Minister Fumio Kishida will visit Seoul on Friday.', 'AGREE').date?.value, '2024-03-15');
});

test('an event noun under a verb of stance is not that actor\'s act; a deployment at nobody is no threat', () => {
  assert.ok(!code('Finland would not tolerate attacks on its critical infrastructure.').some((e) => e.event === 'ASSAULT'));
  const e = only('NATO said the alliance would send additional frigates to the Baltic Sea.', 'MOBILIZE');
  assert.equal(e.status, 'future');
});

test('an alleged act is coded with less confidence than the accusation that reports it', () => {
  const evs = code('Armenia accused Azerbaijani forces of opening fire on its positions.');
  const accuse = evs.find((e) => e.event === 'ACCUSE')!;
  const alleged = evs.find((e) => e.status === 'alleged')!;
  assert.ok(alleged.confidence < accuse.confidence, `${alleged.confidence} < ${accuse.confidence}`);
});

test('leaving or quitting a named organisation is a SANCTION against it ("@igo" objects)', () => {
  assert.equal(brief(only('Hungary said on Monday it was leaving the International Criminal Court.', 'SANCTION')), 'SANCTION HUN>IGO asserted');
  assert.equal(brief(only('Burundi quit the African Union in 2023.', 'SANCTION')), 'SANCTION BDI>IGO asserted');
  // a country is not an organisation: leaving a place is no sanction
  assert.equal(code('The French ambassador left Niger on Wednesday.').filter((e) => e.event === 'SANCTION').length, 0);
});

test('ending an accord with a state is a SANCTION toward it; the accord is not a second event', () => {
  const e = only('Niger ended a military cooperation accord with Washington in March.', 'SANCTION');
  assert.equal(brief(e), 'SANCTION NER>USA asserted');
  assert.equal(e.date?.value, '2024-03');
  assert.equal(code('Niger ended a military cooperation accord with Washington in March.').filter((x) => x.event === 'SUPPORT').length, 0);
});

test('an agreement or promise to withdraw or to release is a CONCEDE (PLOVER: announced retreats)', () => {
  assert.equal(brief(only('The United States has agreed to pull its remaining troops out of Niger.', 'CONCEDE')), 'CONCEDE USA>NER asserted');
  assert.equal(code('The United States has agreed to pull its remaining troops out of Niger.').filter((e) => e.event === 'AGREE').length, 0);
  // an agreement to cooperate stays AGREE
  assert.equal(brief(only('Japan agreed to expand security cooperation with the Philippines.', 'AGREE')), 'AGREE JPN>PHL asserted');
});

test('an adverbial clause after a comma is not part of what was agreed or requested', () => {
  const evs = code('The United States agreed to pull its troops out of Niger, after Niger ended a cooperation accord with Washington.');
  assert.ok(evs.some((e) => e.event === 'SANCTION' && countries(e.actor) === 'NER'), evs.map(brief).join(' | '));
});

test('"his spokesman said": the speaker belongs to the sentence\'s person and is the attribution', () => {
  const e = only('Pakistani Prime Minister Imran Khan will visit Kabul next week for talks with Ashraf Ghani, his spokesman said.', 'AGREE', '2020-07-29');
  assert.deepEqual(e.attribution.map((a) => [a.text, a.country]), [['his spokesman', 'PAK']]);
});

test('a country adjective on a plural noun is a party ("two Georgian shepherds"), but not before an agent word', () => {
  assert.equal(brief(only('Russian border guards detained two Georgian shepherds on Tuesday.', 'COERCE')), 'COERCE RUS>GEO asserted');
  assert.equal(brief(only('French and Egyptian warships launched joint exercises on Monday.', 'COOPERATE')), 'COOPERATE EGY+FRA> asserted');
});

test('unnamed police in a story about one country are that country\'s police, also "Police in <unknown city>"', () => {
  const text = 'Pakistan held a general election on Thursday. Pakistani authorities suspended mobile services. Police in Karachi arrested dozens of opposition supporters.';
  assert.deepEqual(code(text, '2024-02-09').filter((e) => e.trigger?.text === 'arrested').map(brief), ['COERCE PAK>PAK asserted']);
});

test('a reduced relative with a by-agent: the noun before is the patient', () => {
  const e = only('The families of 11 Israeli athletes killed by Palestinian gunmen in 1972 sued Germany.', 'ASSAULT');
  assert.equal(brief(e), 'ASSAULT PSE>ISR asserted');
});

test('talks that are the purpose of a visit are that visit, not a second event', () => {
  const evs = code('Abdullah Abdullah will visit Islamabad next week for talks with Prime Minister Imran Khan.', '2020-07-29');
  assert.deepEqual(evs.map(brief), ['AGREE AFG>PAK asserted']);
});

test('a visit with no named host is hosted where it takes place; undated events share the sentence\'s earlier date', () => {
  const evs = code('Australia handed over a patrol boat to Vanuatu in Port Vila on Wednesday during a visit by Australian Foreign Minister Penny Wong.', '2023-11-17');
  assert.deepEqual(evs.map(brief), ['AID AUS>VUT asserted', 'CONSULT AUS>VUT asserted']);
  assert.deepEqual(evs.map((e) => e.date?.value), ['2023-11-15', '2023-11-15']);
  // a background event in a relative clause does not lend its date
  const bg = code('Burkina Faso, which left ECOWAS in January, urged Mali to stay.', '2024-07-08');
  assert.equal(bg.find((e) => e.event === 'REQUEST')?.date?.value, '2024-07-08');
});

test('equipment handed over, given or donated is military AID to the receiver', () => {
  assert.equal(brief(only('The United States gave Kenya 16 helicopters last year.', 'AID')), 'AID USA>KEN asserted');
  assert.equal(brief(only('Turkey donated armoured vehicles to Somalia.', 'AID')), 'AID TUR>SOM asserted');
});

test('", a charge X denied": the denial is asserted and answers the accuser', () => {
  const evs = code("Afghanistan's interior ministry accused Pakistan of letting insurgents recruit fighters, a charge Islamabad denied.");
  assert.ok(evs.map(brief).includes('REJECT PAK>AFG asserted'), evs.map(brief).join(' | '));
});

test('"welcomed the prisoner releases": an evaluation of an earlier act is addressed to its actor', () => {
  const evs = code('The Afghan government released 500 Taliban prisoners on Saturday. The US State Department welcomed the prisoner releases.', '2020-07-28');
  assert.ok(evs.map(brief).includes('SUPPORT USA>AFG asserted'), evs.map(brief).join(' | '));
});

test('a fronted phrase\'s event noun belongs to the main subject; an agent word before a full name makes a person', () => {
  const evs = code('At a summit in Accra last month, ECOWAS leaders warned Guinea against delays.', '2022-08-05');
  assert.ok(evs.some((e) => e.event === 'CONSULT' && countries(e.actor) === 'IGO'), evs.map(brief).join(' | '));
  assert.equal(brief(only('Palestinian leader Yasser Arafat Wednesday rejected a US offer to host a summit.', 'REJECT', '2000-07-05')), 'REJECT PSE>USA asserted');
});

test('a participle with no actor ("two boats pledged under an agreement") takes no content', () => {
  const evs = code('The vessel is the first of two pledged under a security agreement that was signed by Australia and Vanuatu last December.', '2023-11-17');
  assert.ok(evs.some((e) => e.event === 'SUPPORT' && countries(e.actor) === 'AUS+VUT'), evs.map(brief).join(' | '));
});

test('a warning at nobody about no act is no threat; a warning to someone or of an act is', () => {
  assert.equal(code('ECOWAS Commission President Omar Touray warned that the region risked disintegration.', '2024-07-08').filter((e) => e.event === 'THREATEN').length, 0);
  assert.equal(brief(only('China warned Taiwan against further provocations.', 'THREATEN')), 'THREATEN CHN>TWN asserted');
});

test('a noun after a topic preposition is what something is about, not an act of the subject; a rejected criticism is no event', () => {
  assert.equal(code('Venezuela broke off relations with Colombia in February during a standoff over humanitarian aid.', '2019-09-13').filter((e) => e.event === 'AID').length, 0);
  const evs = code("North Korea's state news agency KCNA rejected what it called hostile criticism by the United States.");
  assert.deepEqual(evs.map(brief), ['REJECT PRK>USA asserted']);
});

test('an act named in the object of praise or thanks is not a new event; its actor is the one praised', () => {
  const evs = code('Saudi Arabia delivered food to Port Sudan on Wednesday. Sudan\'s army chief, General Abdel Fattah al-Burhan, thanked Riyadh for the assistance.', '2024-08-15');
  assert.deepEqual(evs.map(brief), ['AID SAU>SDN asserted', 'SUPPORT SDN>SAU asserted']);
  // an agreement that is ratified is the support itself and keeps its party
  assert.equal(brief(only('Ukraine ratified a sweeping agreement with the European Union on Tuesday.', 'SUPPORT')), 'SUPPORT UKR>EUR asserted');
});

test('a deal brokered by a third party: the mediator consults the parties of the deal', () => {
  const evs = code('Russia and Ukraine exchanged 230 prisoners of war on Wednesday in a deal brokered by the United Arab Emirates.', '2024-01-26');
  assert.ok(evs.some((e) => e.event === 'CONSULT' && countries(e.actor) === 'ARE' && countries(e.recipient) === 'RUS+UKR'), evs.map(brief).join(' | '));
});

test('a deployment or drill is aimed at the neighbour it borders, watches or answers', () => {
  assert.equal(brief(only('Venezuela began military exercises along its border with Colombia on Tuesday.', 'MOBILIZE')), 'MOBILIZE VEN>COL asserted');
  assert.equal(brief(only('Taiwan dispatched naval and air forces to monitor the Chinese vessels.', 'MOBILIZE')), 'MOBILIZE TWN>CHN asserted');
  assert.equal(brief(only('Japan scrambled fighter jets after two Chinese drones flew near Yonaguni.', 'MOBILIZE')), 'MOBILIZE JPN>CHN asserted');
});

test('"would respond to", "will act to prevent": announced retaliation is a THREATEN toward its target', () => {
  assert.equal(brief(only('A Kremlin spokesman said Russia would respond to every unfriendly step taken by Berlin.', 'THREATEN')), 'THREATEN RUS>DEU asserted');
  assert.equal(brief(only('Netanyahu said Israel would act to prevent Iran from acquiring nuclear weapons.', 'THREATEN')), 'THREATEN ISR>IRN asserted');
  // with nobody named, no threat
  assert.equal(code('The minister said the government would act quickly.').filter((e) => e.event === 'THREATEN').length, 0);
});

test('"announced measures against X" is a SANCTION when X is a party; measures against a disease are not', () => {
  assert.equal(brief(only("Britain and Canada announced similar measures against the aerospace unit of Iran's Revolutionary Guards.", 'SANCTION')), 'SANCTION CAN+GBR>IRN asserted');
  assert.equal(code('Canada announced new measures against the pandemic.').filter((e) => e.event === 'SANCTION').length, 0);
});

test('a tail "X said on state television." is a report; a title with its own name is not an appositive of the word before', () => {
  const e = only('Venezuela began military exercises along its border with Colombia on Tuesday, sending troops to the states of Zulia and Tachira, Defence Minister Vladimir Padrino Lopez said on state television.', 'MOBILIZE', '2019-09-13');
  assert.deepEqual(e.attribution.map((a) => a.text), ['Defence Minister Vladimir Padrino Lopez']);
  assert.equal(brief(e), 'MOBILIZE VEN>COL asserted');
});

test('a preposition\'s object ends at a comma ("on Thursday, wounding two soldiers")', () => {
  const e = only('Armenia accused Azerbaijani forces of opening fire on its positions near the village of Sotk on Thursday, wounding two soldiers.', 'ASSAULT', '2023-05-12');
  assert.equal(brief(e), 'ASSAULT AZE>ARM alleged');
});

test('"will raise the detentions with X": a topic taken up with someone is a (future) consultation, not a threat', () => {
  const evs = code('Georgian Foreign Minister David Zalkaliani will raise the detentions with envoys of the European Union and the United Nations, his ministry said.', '2021-10-15');
  assert.deepEqual(evs.map(brief), ['AGREE GEO>EUR+UNO asserted']);
});

test('"X criticised Y and said Z would act": a coordinated reporting verb ends the criticism\'s content', () => {
  const evs = code('Israeli Prime Minister Benjamin Netanyahu criticised the arrangement and said Israel would act to prevent Iran from acquiring nuclear weapons.', '2023-03-06');
  assert.ok(evs.map(brief).includes('THREATEN ISR>IRN asserted'), evs.map(brief).join(' | '));
});

test('", and <new subject> …" ends a request\'s content: the second clause is an event of its own', () => {
  const evs = code('Oman and Qatar called on Tehran and Washington to show restraint, and Iranian Foreign Minister Abbas Araghchi discussed the incident by phone with his Omani counterpart Badr Albusaidi on Monday.', '2025-02-11');
  assert.ok(evs.some((e) => e.event === 'CONSULT' && brief(e) === 'CONSULT IRN>OMN asserted'), evs.map(brief).join(' | '));
});

test('"asked X to …" is a request to X; "when asked about" is none', () => {
  assert.equal(brief(only('Prime Minister Charlot Salwai said he had asked Canberra to renegotiate parts of the agreement.', 'REQUEST', '2023-11-17')), 'REQUEST VUT>AUS asserted');
  assert.equal(code('When asked about the talks, the spokesman declined to comment.').filter((e) => e.event === 'REQUEST').length, 0);
});

test('the name between commas is the subject ("the group\'s spokesman, Zabihullah Mujahid, announced"); a relative clause\'s date stays in it', () => {
  const e = only("On Tuesday the group's spokesman, Zabihullah Mujahid, announced a three-day ceasefire for the holiday, which begins on Friday.", 'CONCEDE', '2020-07-29');
  assert.equal(brief(e), 'CONCEDE AFG> asserted');
  assert.equal(e.date?.value, '2020-07-28');
});

test('meeting is the point of a journey ("will travel to Baku next week to meet"), not a mere purpose', () => {
  assert.equal(brief(only('Lavrov will travel on to Baku next week to meet Azerbaijani President Ilham Aliyev.', 'AGREE', '2024-03-14')), 'AGREE RUS>AZE asserted');
  assert.equal(code('The United States gave Kenya 16 helicopters last year to support its operations.').filter((e) => e.event === 'SUPPORT').length, 0);
});

test('"two days earlier" counts from the episode\'s date, not from publication', () => {
  const evs = code('The Afghan government released 500 Taliban prisoners on Saturday. The Taliban freed 80 members of the Afghan security forces two days earlier.', '2020-07-29');
  assert.deepEqual(evs.map((e) => [e.event, e.date?.value]), [['RETREAT', '2020-07-25'], ['RETREAT', '2020-07-23']]);
  // with no episode date, from publication
  assert.equal(only('Pakistani police arrested dozens of protesters two days earlier.', 'COERCE', '2024-02-09').date?.value, '2024-02-07');
});

test('weapons handed to one\'s own army are a disarmament, announced: a CONCEDE', () => {
  const evs = code('Ethiopia and Tigray signed a peace agreement in 2022. In Ethiopia, the Tigray authorities said they would hand over heavy weapons to the federal army.', '2024-05-17');
  assert.ok(evs.map(brief).includes('CONCEDE ETH>ETH asserted'), evs.map(brief).join(' | '));
  assert.equal(evs.filter((e) => e.event === 'AID' || e.event === 'AGREE').length, 0);
});

test('"would not bow to pressure" is a refusal; defying a protest ban and setting up barricades are protests', () => {
  assert.ok(code("Guinea's foreign ministry said the country would not bow to outside pressure.", '2022-08-05').some((e) => e.event === 'REJECT'));
  const evs = code('In Guinea, hundreds of young protesters defied a ban on demonstrations and set up barricades in Conakry on Thursday.', '2022-08-05');
  assert.ok(evs.length > 0 && evs.every((e) => e.event === 'PROTEST'), evs.map(brief).join(' | '));
});

test('a nominal that another noun is about is no event ("requests for comment on the militia\'s ceasefire")', () => {
  assert.equal(code('The Ethiopian government did not respond to requests for comment on the Fano militia\'s ceasefire.').length, 0);
});

test('ramming a vessel is an attack; barring aid convoys is a refusal; peacekeepers with no country are the UN\'s', () => {
  assert.equal(brief(only('A Chinese coast guard ship rammed a Philippine vessel near Sabina Shoal.', 'ASSAULT')), 'ASSAULT CHN>PHL asserted');
  assert.equal(brief(only("Sudan's government barred UN aid convoys from using the crossing.", 'REJECT')), 'REJECT SDN>UNO asserted');
  assert.equal(brief(only('The Israeli military instructed the peacekeepers to remain in protected spaces.', 'REQUEST')), 'REQUEST ISR>UNO asserted');
});

test('"X said Y had violated the border" / "said the vote had been marred": the speaker accuses; unreported it is no event', () => {
  const evs = code("Russian foreign ministry spokeswoman Maria Zakharova said the Georgian shepherds had violated the state border.", '2021-10-15');
  assert.ok(evs.map(brief).includes('ACCUSE RUS>GEO asserted'), evs.map(brief).join(' | '));
  const vote = code('Pakistan held a general election on Thursday. Pakistan counted the votes. The United States and the European Union said the vote had been marred by restrictions.', '2024-02-09');
  assert.ok(vote.some((e) => e.event === 'ACCUSE' && countries(e.actor) === 'EUR+USA' && countries(e.recipient) === 'PAK'), vote.map(brief).join(' | '));
  assert.equal(code('Georgian shepherds violated the state border.').filter((e) => e.event === 'ACCUSE').length, 0);
});

test('an internet shutdown is censorship (COERCE); a meeting in a when-clause is the planned consultation; plans take no earlier episode date', () => {
  assert.equal(brief(only('Pakistani authorities suspended mobile phone and internet services across the country on Thursday.', 'COERCE')), 'COERCE PAK>PAK asserted'); // (done across the country: to its people)
  const evs = code('Maduro broke off diplomatic relations with Colombia in February. Duque said he would raise the matter with US President Donald Trump when the two leaders meet in New York.', '2019-09-13');
  assert.deepEqual(evs.map(brief), ['SANCTION VEN>COL asserted', 'AGREE COL>USA asserted']);
  assert.equal(evs[1]!.date?.value, '2019-09-13');
});

test('an object is a noun: "dispatched forces to monitor the vessels" is a deployment, not an inspection', () => {
  const evs = code("Taiwan's defence ministry said it had dispatched naval, air and ground forces to monitor the Chinese vessels.");
  assert.deepEqual(evs.map((e) => e.event), ['MOBILIZE']);
  assert.equal(brief(only('The IAEA dispatched inspectors to Iran on Monday.', 'ACCUSE')), 'ACCUSE UNO>IRN asserted');
});

test('refusals, concessions and handovers the lexicon names', () => {
  assert.equal(brief(only('Kenyan police handed over two suspected Somali militants to the authorities in Mogadishu.', 'COOPERATE')), 'COOPERATE KEN>SOM asserted');
  assert.ok(code('Zambia reneged on its commitment to the IMF.').some((e) => e.event === 'REJECT'));
  assert.ok(code('Sudan cancelled the curfew in Khartoum on Thursday.').some((e) => e.event === 'CONCEDE'));
  assert.ok(code('Uzbekistan opened the Friendship Bridge to Afghanistan.').some((e) => e.event === 'RETREAT'));
});

test('weapons and vehicles are military bodies; equipment given goes to the indirect object; a denied act\'s victim is the accuser', () => {
  assert.equal(brief(only('Israeli helicopters and tanks shelled positions of the Palestinian security forces near Rafah.', 'ASSAULT', '2002-03-01')), 'ASSAULT ISR>PSE asserted');
  assert.equal(brief(only('The United States gave Kenya 16 helicopters last year.', 'AID')), 'AID USA>KEN asserted');
  const evs = code('The Russian defence ministry denied that its artillery had shelled a bus carrying freed prisoners, as Ukrainian officials had claimed.', '2024-01-26');
  assert.ok(evs.map(brief).includes('ASSAULT RUS>UKR denied'), evs.map(brief).join(' | '));
});

test('"X said Y must …" is a demand of X to Y; unreported "must" is no event', () => {
  assert.equal(brief(only('A senior British minister said Libya must hand over the suspects.', 'REQUEST', '1992-01-01')), 'REQUEST GBR>LBY asserted');
  assert.equal(code('Libya must hand over the suspects.', '1992-01-01').filter((e) => e.event === 'REQUEST').length, 0);
  // the demanded act is the demand's content, not an event of its own
  assert.equal(code('A senior British minister said Libya must hand over the suspects.', '1992-01-01').length, 1);
});

test('reinforcing forces and going on alert are mobilisations', () => {
  assert.equal(brief(only('Israel has strengthened its forces in Lebanon.', 'MOBILIZE', '2000-01-01')), 'MOBILIZE ISR>LBN asserted');
});

test('a participle phrase between subject and verb ("aircraft using precision guided missiles killed")', () => {
  assert.equal(brief(only('British aircraft using precision guided missiles killed 4 Iraqis in Basra.', 'ASSAULT', '2000-01-01')), 'ASSAULT GBR>IRQ asserted');
  assert.equal(brief(only('Russian aircraft including helicopter gunships killed 46 Afghan civilians.', 'ASSAULT', '1985-01-01')), 'ASSAULT RUS>AFG asserted');
});

test('only a missile or rocket fired at no party is a show of force; demolitions and blasts are attacks; arriving troops deploy', () => {
  assert.equal(brief(only('North Korea fired two short-range ballistic missiles into the sea on Wednesday.', 'MOBILIZE', '2024-06-19')), 'MOBILIZE PRK> asserted');
  assert.ok(code('Israeli army bulldozers demolished Palestinian homes in southern Gaza on Sunday.', '2002-01-01').some((e) => e.event === 'ASSAULT'));
  assert.equal(brief(only('Russian troops arrived in Kazakhstan on Thursday.', 'MOBILIZE', '2022-01-07')), 'MOBILIZE RUS>KAZ asserted');
  // an aid ban is a sanction, not aid; announced for later it is a threat of one
  assert.deepEqual(code('The United States prohibited all aid to Albanian rebels in Macedonia.', '2001-03-01').map((e) => e.event), ['SANCTION']);
  assert.deepEqual(code('The United States said it would prohibit all aid to Albanian rebels.', '2001-03-01').map((e) => e.event), ['THREATEN']);
});

test('a visit to a place of one\'s own country is no consultation; to another country it is', () => {
  assert.equal(code('Finnish President Alexander Stubb visited the cable landing station near Helsinki on Wednesday.', '2025-02-12').length, 0);
  assert.equal(brief(only('Finnish President Alexander Stubb visited Tallinn on Wednesday.', 'CONSULT', '2025-02-12')), 'CONSULT FIN>EST asserted');
});

test('", a spokesman for the militia told AFP." is a reporting tail', () => {
  const e = only('Fano commanders declared a unilateral ceasefire in the Gondar area from Saturday, a spokesman for the militia told AFP.', 'CONCEDE', '2024-05-17');
  // the outlet told is the next link of the chain
  assert.deepEqual(e.attribution.map((a) => a.text), ['a spokesman for the militia', 'AFP']);
});

test('an agreement named with what it commits to is an AGREE; a signed agreement stays SUPPORT', () => {
  const evs = code("The drills follow Cairo's agreement with Riyadh in September to expand the sharing of intelligence.", '2023-10-17');
  assert.deepEqual(evs.map(brief), ['AGREE EGY>SAU asserted']);
  assert.deepEqual(code('Egypt and Saudi Arabia signed an agreement in September to expand intelligence sharing.', '2023-10-17').map((e) => e.event), ['SUPPORT']);
});

test('unidentified attackers take the country of the place the sentence names, even one inside another phrase', () => {
  assert.equal(brief(only('Gunmen killed seven people in Kaduna on Thursday.', 'ASSAULT', '2024-05-01')), 'ASSAULT NGA>NGA asserted');
  assert.equal(brief(only('Bandits have killed seven people in separate attacks in Kaduna.', 'ASSAULT', '2024-05-01')), 'ASSAULT NGA>NGA asserted');
});

test('a list ends "…, B and C": a name after the last comma is not its member ("Zulia and Tachira, Defence Minister X said")', () => {
  const e = only('Venezuela sent troops to the states of Zulia and Tachira, Defence Minister Vladimir Padrino Lopez said.', 'MOBILIZE', '2019-09-13');
  assert.deepEqual(e.attribution.map((a) => a.text), ['Defence Minister Vladimir Padrino Lopez']);
  // a real list still coordinates
  assert.equal(brief(only('China, Russia and Iran held joint naval drills.', 'COOPERATE', '2024-03-14')), 'COOPERATE CHN+IRN+RUS> asserted');
});

test('"in the Serbian capital" is a place of Serbia; protesters pouring into the streets protest', () => {
  assert.equal(brief(only('Several thousand people marched in the Serbian capital on Saturday against President Aleksandar Vucic.', 'PROTEST', '2019-01-06')), 'PROTEST SRB>SRB asserted');
  assert.ok(code('Serbian protesters poured into the streets on Friday.', '2019-01-06').some((e) => e.event === 'PROTEST'));
});

test('an outlet that "reported that …" is the source of the event, not a statement about coverage', () => {
  for (const s of ['Reuters reported that Iran arrested two journalists.', 'State media reported Iran arrested two journalists.']) {
    const e = only(s, 'COERCE');
    assert.equal(brief(e), 'COERCE IRN> asserted');
    assert.equal(e.recipient[0]?.sector, 'JRN');
    assert.ok(e.attribution.length > 0, `${s}: the outlet is the source`);
  }
  // what an outlet left out is coverage, not an event
  assert.deepEqual(code('Xinhua did not mention the agreement to expel the diplomats.').map(brief), []);
});

test('"press" as a verb is a request to its object', () => {
  assert.equal(brief(only('Egypt pressed Washington to stop the arms sales.', 'REQUEST')), 'REQUEST EGY>USA asserted');
});

test('a to/with/on complement of the object is the recipient, whatever prepositions the trigger lists', () => {
  assert.equal(brief(only('South Africa recalled its ambassador to Israel.', 'SANCTION')), 'SANCTION ZAF>ISR asserted');
  assert.equal(brief(only('Pakistan suspended a cross-border train service to India.', 'SANCTION')), 'SANCTION PAK>IND asserted');
  // a place the act happens in is no recipient
  assert.equal(brief(only('Russia recalled its ambassador in Vienna.', 'SANCTION')).startsWith('SANCTION RUS> '), true);
});

test('a participle after a comma that names the same act again is that act ("airstrikes …, hitting fuel depots")', () => {
  const evs = code('French warplanes carried out airstrikes against Islamist rebels in Mali overnight, striking fuel depots near Douentza.');
  assert.equal(evs.filter((e) => e.event === 'ASSAULT').length, 1, evs.map(brief).join(' | '));
});

test('past tenses wink takes for nouns are verbs between a subject and an object ("troops shot dead two protesters")', () => {
  assert.equal(brief(only('Israeli troops shot dead two Palestinians.', 'ASSAULT')), 'ASSAULT ISR>PSE asserted');
  assert.deepEqual(code('The shot rang out near the embassy.').map(brief), []);
});

test('ordering a deployment is MOBILIZE; shipping fuel to a country is AID', () => {
  assert.equal(only('ECOWAS leaders ordered the deployment of a standby force.', 'MOBILIZE').event, 'MOBILIZE');
  assert.equal(brief(only('India shipped 40,000 tonnes of diesel to Sri Lanka.', 'AID')), 'AID IND>LKA asserted');
});
