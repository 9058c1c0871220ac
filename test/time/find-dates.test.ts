// findDates over whole texts: offsets, frames, non-dates, missing publication dates, tense, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, PublishedDateError, type DateMention } from '../../src/time/index.js';

const PUB = '2024-01-17';

/** Split on blank-line or sentence-final punctuation followed by a space (good enough for these texts). */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim() !== '') out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

function all(text: string, published: string | null = PUB, pastTense?: (i: number) => boolean): DateMention[] {
  return findDates(text, sentencesOf(text), published, pastTense ? { pastTense } : {}).flat();
}

function texts(text: string, published: string | null = PUB): string[] {
  return all(text, published).map((m) => m.text);
}

const ARTICLE =
  'The two ministers signed a customs protocol in Ankara on Monday. ' +
  'Last year, the countries agreed to double border crossings. ' +
  '“Earlier this month, our patrols intercepted three shipments,” the minister said. ' +
  'The accord replaces one negotiated by Baku and Tbilisi last year. ' +
  'In 2022, the commission reported more than 100 police stations in 53 countries. ' +
  'But on Tuesday, officials said talks would resume next week. ' +
  'A delegation will travel to Geneva on Friday. ' +
  "Last year's figures, published on 5 March, showed a decline. " +
  'Trade has grown since 2019 and is expected to double by 2030.';

test('offsets are exact: text.slice(start, end) === text for every mention', () => {
  const ms = all(ARTICLE);
  assert.ok(ms.length >= 12, `found ${ms.length}`);
  for (const m of ms) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
});

test('mentions come per sentence, in text order, with expected values', () => {
  const per = findDates(ARTICLE, sentencesOf(ARTICLE), PUB);
  const simple = per.map((ms) => ms.map((m) => [m.text, m.value]));
  assert.deepEqual(simple, [
    [['on Monday', '2024-01-15']],
    [['Last year', '2023']],
    [['Earlier this month', '2024-01']],
    [['last year', '2023']],
    [['In 2022', '2022']],
    [['on Tuesday', '2024-01-16'], ['next week', '2024-01']],
    [['on Friday', '2024-01-12']], // default preference is past; see the tense test
    [["Last year's", '2023'], ['on 5 March', '2023-03-05']],
    [['since 2019', '2019'], ['by 2030', '2030']],
  ]);
});

test('frame: sentence-initial adverbials (also after a quote or "But") are frames, later ones are not', () => {
  const frames = Object.fromEntries(all(ARTICLE).map((m) => [`${m.text}@${m.start}`, m.frame]));
  const byText = (t: string): boolean[] => Object.entries(frames).filter(([k]) => k.startsWith(`${t}@`)).map(([, v]) => v);
  assert.deepEqual(byText('Last year'), [true]);
  assert.deepEqual(byText('Earlier this month'), [true]);
  assert.deepEqual(byText('In 2022'), [true]);
  assert.deepEqual(byText('on Tuesday'), [true]); // "But on Tuesday, …"
  assert.deepEqual(byText('last year'), [false]); // "… signed by Baku and Tbilisi last year."
  assert.deepEqual(byText('on Monday'), [false]);
  assert.deepEqual(byText("Last year's"), [false]); // a determiner, not an adverbial
  assert.deepEqual(byText('next week'), [false]);
});

test('frame: a date that is the subject of the sentence is not a frame', () => {
  const [m] = all('Last year was the warmest on record in the region.');
  assert.equal(m!.text, 'Last year');
  assert.equal(m!.frame, false);
  const [n] = all('On Monday the envoy arrived in Doha.');
  assert.equal(n!.frame, true);
});

test('future: lexical cues and dates after publication', () => {
  const ms = all(ARTICLE);
  const fut = (t: string): boolean | undefined => ms.find((m) => m.text === t)?.future;
  assert.equal(fut('next week'), true);
  assert.equal(fut('by 2030'), true);
  assert.equal(fut('on Tuesday'), false);
  assert.equal(fut('Last year'), false);
  assert.equal(fut('since 2019'), false);
});

test('pastTense option: a future-tense clause resolves weekdays and months forward and marks them future', () => {
  const text = 'The envoy met rebels on Friday. The envoy will meet rebels on Friday. Elections are due in March.';
  const past = (i: number): boolean => i === 0;
  const ms = all(text, PUB, past);
  assert.deepEqual(
    ms.map((m) => [m.text, m.value, m.future]),
    [
      ['on Friday', '2024-01-12', false],
      ['on Friday', '2024-01-19', true],
      ['in March', '2024-03', true],
    ],
  );
});

test('pastTense is asked only for sentences that need it, once each', () => {
  const text = 'No dates here at all. Talks resumed on Friday, and again on Saturday. Last year was calm.';
  const asked: number[] = [];
  all(text, PUB, (i) => {
    asked.push(i);
    return true;
  });
  assert.deepEqual(asked, [1]);
});

test('non-dates: the modal "may", "march" as a noun or verb, "Sunday Times", plain numbers', () => {
  const cases = [
    'Officials said they may consider sanctions.',
    'May the talks succeed, the envoy said.',
    'Thousands joined a march in the capital.',
    'Veterans will march to the parliament.',
    'The Sunday Times reported the payments.',
    'Sunday Times journalists were detained.',
    'The group ran more than 100 police stations in as many as 53 countries.',
    'More than 2022 people signed the petition.',
    'The convoy carried 1998 tonnes of grain.',
    'The dates were given as 05/01/2024 in the filing.',
    'Growth was strongest in the 1990s.',
    'Pilgrims attended Friday prayers in the old city.',
    'She hosts a Sunday talk show and writes every Monday.',
    'Negotiators revived the Good Friday Agreement.',
    'The interview ran on USA Today and Russia Today.',
    'He was killed in the last week of the siege.',
    'More than two years ago the border closed.',
  ];
  for (const c of cases) assert.deepEqual(texts(c), [], c);
});

test('several mentions in one sentence, including a year range', () => {
  const t = 'Between 2019 and 2022 the mission grew, and from March 2021 until last month it doubled.';
  assert.deepEqual(
    all(t).map((m) => [m.text, m.value, m.relation]),
    [
      ['Between 2019', '2019', 'since'],
      ['2022', '2022', 'until'],
      ['from March 2021', '2021-03', 'since'],
      ['until last month', '2023-12', 'until'],
    ],
  );
});

test('without a publication date: relative expressions have value null, absolute ones still resolve', () => {
  const ms = all(ARTICLE, null);
  const v = (t: string): string | null | undefined => ms.find((m) => m.text === t)?.value;
  assert.equal(v('Last year'), null);
  assert.equal(v('Earlier this month'), null);
  assert.equal(v('on Monday'), null);
  assert.equal(v('on 5 March'), null); // needs a year
  assert.equal(v('next week'), null);
  assert.equal(v('In 2022'), '2022');
  assert.equal(v('since 2019'), '2019');
  assert.equal(ms.find((m) => m.text === 'Last year')!.granularity, 'year');
  assert.equal(ms.find((m) => m.text === 'next week')!.future, true);
  const abs = all('The treaty was signed on 12 June 2019 and ratified in March 2020.', null);
  assert.deepEqual(abs.map((m) => m.value), ['2019-06-12', '2020-03']);
});

test('sentences that are not the whole text: offsets refer to the full text', () => {
  const text = 'HEADER. Protests began on Saturday. Footer';
  const per = findDates(text, [{ start: 8, end: 35 }], PUB);
  assert.equal(per.length, 1);
  const m = per[0]![0]!;
  assert.equal(text.slice(m.start, m.end), 'on Saturday');
  assert.equal(m.frame, false);
  assert.equal(m.value, '2024-01-13');
});

test('bad input: invalid publication dates and sentence offsets are rejected with clear errors', () => {
  assert.throws(() => findDates('in 2022', [{ start: 0, end: 7 }], '17/01/2024'), PublishedDateError);
  assert.throws(() => findDates('in 2022', [{ start: 0, end: 7 }], '2024-02-30'), /published must be a date/);
  assert.throws(() => findDates('in 2022', [{ start: 0, end: 99 }], PUB), RangeError);
  assert.throws(() => findDates('in 2022', [{ start: 5, end: 2 }], PUB), RangeError);
  assert.throws(() => findDates(undefined as unknown as string, [], PUB), TypeError);
  // empty input is fine
  assert.deepEqual(findDates('', [], PUB), []);
  assert.deepEqual(findDates('', [{ start: 0, end: 0 }], PUB), [[]]);
  // a time part after the date is accepted
  assert.equal(findDates('last year', [{ start: 0, end: 9 }], '2024-01-17T08:30:00Z')[0]![0]!.value, '2023');
});

test('story-relative phrases carry a shift from the story\'s date, and count from publication until a caller has one', () => {
  const text = 'The Taliban freed 80 soldiers two days earlier. Talks resumed the next day. They met a week later, officials said. It came two days earlier than planned.';
  const found = findDates(text, sentencesOf(text), PUB).flat();
  const byText = new Map(found.map((m) => [m.text, m] as const));
  assert.deepEqual(byText.get('two days earlier')?.anchorShift, { unit: 'day', n: -2 });
  assert.equal(byText.get('two days earlier')?.value, '2024-01-15');
  assert.deepEqual(byText.get('the next day')?.anchorShift, { unit: 'day', n: 1 });
  assert.deepEqual(byText.get('a week later')?.anchorShift, { unit: 'week', n: 1 });
  // "two days earlier than planned" is a comparison, not a date
  assert.equal(found.filter((m) => m.text === 'two days earlier').length, 1);
});
