import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineEnd } from '../../src/time/dateline.js';
import { findDates } from '../../src/time/index.js';

test('datelineEnd: the opening place, filing date and agency of wire copy', () => {
  for (const [text, dateline] of [
    ['JUBA, Nov 11 (Nile Courier) - Sudanese warplanes bombed a camp.', 'JUBA, Nov 11 (Nile Courier) - '],
    ['WASHINGTON (AP) \u2014 The Senate voted.', 'WASHINGTON (AP) \u2014 '],
    ['GAZA/JERUSALEM, May 16 (Reuters) - Israeli troops fired.', 'GAZA/JERUSALEM, May 16 (Reuters) - '],
    ['BEIJING, Dec. 4 (Xinhua) -- China said.', 'BEIJING, Dec. 4 (Xinhua) -- '],
    ['NEW DELHI, 4 October (PTI) - India said.', 'NEW DELHI, 4 October (PTI) - '],
    ['SAN JOSE, Costa Rica, May 2 (Reuters) - Costa Rica said.', 'SAN JOSE, Costa Rica, May 2 (Reuters) - '],
  ] as const) assert.equal(text.slice(0, datelineEnd(text)), dateline, text);
  // no dateline: ordinary openings, a capitalised word that is no place
  for (const text of ['Sudanese warplanes bombed a camp on Nov 10 - officials said.', 'Iran - a country of 85 million - said.', 'UN chief Guterres said.']) {
    assert.equal(datelineEnd(text), 0, text);
  }
});

test('a dateline date is the filing date: no event takes it', () => {
  const text = 'ANKARA, Oct 12 (Reuters) - Turkish artillery pounded Syrian positions on Thursday.';
  const [found] = findDates(text, [{ start: 0, end: text.length }], '2012-10-12');
  assert.deepEqual(found!.map((d) => d.text), ['on Thursday']);
});
