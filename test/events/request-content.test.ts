// What is proposed or asked for, and what a verb trigger's object is about, are not acts of their own; a call on a
// person is a visit; a handing-over to one's own state is a disarmament only for arms (readout's own sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import type { ReadoutEvent } from '../../src/types.js';

const lex = loadLexicons();

const countries = (xs: { country: string | null }[]) => xs.map((x) => x.country).sort().join('+');
const brief = (e: ReadoutEvent) => `${e.event}${e.mode ? '/' + e.mode : ''} ${countries(e.actor)}>${countries(e.recipient)}`;

/** The events of one sentence, briefly, in text order. */
function coded(text: string): string[] {
  return codeArticle({ id: 't', text, published: '2024-03-14', outlet: null, url: null, title: null, language: 'en', origin: 't' }, lex).map(brief);
}

/** Sentences and the events each codes to, by the rule they check (near-misses included). */
const RULES: Record<string, [string, string[]][]> = {
  'a proposed or suggested act is the content of a request, not an act': [
    ['The Prime Minister of Japan proposed that Japan continue to provide assistance to Vietnam.', ['REQUEST JPN>VNM']],
    ['Japanese Prime Minister Kishida suggested that Tokyo provide aid to Vietnam.', ['REQUEST JPN>VNM']],
    ['Germany recommended that the EU impose sanctions on Iran.', ['REQUEST DEU>EUR']],
    // (already so for urging: the urged act is the request's content)
    ['France urged Germany to send weapons to Ukraine.', ['REQUEST FRA>DEU']],
    // near-misses: an indicative "suggest" reports an act; a proposal to nobody about no act is no event
    ['Kishida suggested that Russia attacked Ukraine.', ['ASSAULT RUS>UKR']],
    ['Satellite images suggest that Russia attacked Ukrainian positions.', ['ASSAULT RUS>UKR']],
    ['France proposed a new budget.', []],
    // a proposed meeting: an offer when the proposer takes part, a request when others are to meet
    ['Hanoi proposed holding talks with Beijing.', ['AGREE VNM>CHN']],
    ['Turkey proposed that Russia and Ukraine hold talks.', ['REQUEST/meet TUR>RUS+UKR']],
  ],
  '"called on" a person with nothing asked is a visit; "called on X to …" and seeking a visit are requests': [
    ['Japanese Foreign Minister Kamikawa called on Indian Prime Minister Modi in New Delhi.', ['CONSULT/visit JPN>IND']],
    ['Kamikawa called on Prime Minister Modi to release the fishermen.', ['REQUEST JPN>IND']],
    ['China called on Japan to release the fishermen.', ['REQUEST CHN>JPN']],
    ['Japan sought a visit to North Korea.', ['REQUEST/meet JPN>PRK']],
    ["The IAEA sought an inspection of Iran's nuclear sites.", ['REQUEST UNO>IRN']],
    // (near-miss: the visit itself)
    ['Japanese Prime Minister Kishida visited North Korea.', ['CONSULT/visit JPN>PRK']],
  ],
  "a noun in the complement of a verb trigger's object is not an event of its own": [
    ["Pakistan agreed to the IMF's conditions for a bailout.", ['CONCEDE PAK>IGO']],
    // (near-miss: the bailout as the object itself, and approved, is aid)
    ['The IMF approved a bailout for Pakistan.', ['AID IGO>PAK']],
    // (an unlisted plain object too: the terms discussed are not a ceasefire)
    ['Russia and Ukraine discussed the terms of a ceasefire.', ['CONSULT RUS+UKR>']],
  ],
};

for (const [rule, cases] of Object.entries(RULES)) {
  test(rule, () => {
    for (const [text, events] of cases) assert.deepEqual(coded(text), events, text);
  });
}

test("only arms handed to one's own state are a disarmament", () => {
  assert.deepEqual(coded('Serbia handed over heavy weapons to the Serbian army.'), ['RETREAT/disarm SRB>SRB']);
  assert.ok(!coded('India evacuated its citizens from Sudan.').some((e) => e.startsWith('RETREAT')));
});
