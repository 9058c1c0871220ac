import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEvents, scoreGold, formatReport } from '../../src/eval/score.js';
import { datesCompatible, attributionHolds, toPredictions, matches } from '../../src/eval/match.js';
import { ev, gold, goldArticle } from './helpers.js';

const base = gold({ id: 'g', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01' });

function one(p: Parameters<typeof ev>[0], g = base) {
  return scoreEvents([goldArticle('a1', [g])], [ev(p)]);
}

test('exact match gives recall and precision 100', () => {
  const r = one({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2024-01-10' });
  assert.equal(r.recall, 100);
  assert.equal(r.precision, 100);
  assert.equal(r.f1, 100);
});

test('category mismatch does not match', () => {
  const r = one({ event: 'AGREE', actor: ['IRN'], recipient: ['CHN'], date: '2024-01' });
  assert.equal(r.matchedRequired, 0);
  assert.equal(r.correctPredictions, 0);
  assert.deepEqual(r.confusion, [{ gold: 'CONSULT', predicted: 'AGREE', count: 1 }]);
  assert.match(r.unmatched[0]!.nearest!.reasons.join(), /category AGREE ≠ CONSULT/);
});

test('a missing party does not match; parties may come from actor or recipient, in any order', () => {
  assert.equal(one({ event: 'CONSULT', actor: ['IRN'], recipient: ['RUS'], date: '2024-01' }).matchedRequired, 0);
  assert.equal(one({ event: 'CONSULT', actor: ['CHN', 'IRN'], recipient: [], date: '2024-01' }).matchedRequired, 1);
  assert.equal(one({ event: 'CONSULT', actor: ['CHN'], recipient: ['IRN'], date: '2024-01' }).matchedRequired, 1);
  const alt = gold({ event: 'ACCUSE', parties: [['NGO', 'ESP'], ['CHN']] });
  assert.equal(one({ event: 'ACCUSE', actor: ['ESP'], recipient: ['CHN'] }, alt).matchedRequired, 1);
  assert.equal(one({ event: 'ACCUSE', actor: ['FRA'], recipient: ['CHN'] }, alt).matchedRequired, 0);
});

test('dates: prefix either way is compatible, different values are not', () => {
  assert.equal(datesCompatible('2024-01-15', '2024-01'), true);
  assert.equal(datesCompatible('2024', '2024-01'), true);
  assert.equal(datesCompatible('2024-02', '2024-01'), false);
  assert.equal(datesCompatible('2023', '2024'), false);
  assert.equal(one({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2024' }).matchedRequired, 1);
  assert.equal(one({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2023-12' }).matchedRequired, 0);
});

test('null predicted date matches only a gold event without a date', () => {
  assert.equal(datesCompatible(null, '2024'), false);
  assert.equal(datesCompatible(null, null), true);
  assert.equal(datesCompatible('2024', null), true);
  assert.equal(one({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: null }).matchedRequired, 0);
  const undated = gold({ event: 'REJECT', parties: [['CHN']] });
  assert.equal(one({ event: 'REJECT', actor: ['CHN'], date: null }, undated).matchedRequired, 1);
  assert.equal(one({ event: 'REJECT', actor: ['CHN'], date: '2021' }, undated).matchedRequired, 1);
});

test('attribution: a gold name must be a case-insensitive substring of a predicted entry text or name', () => {
  const g = gold({ event: 'AGREE', parties: [['CHN'], ['USA']], attribution: ['Washington', 'readout'] });
  const mk = (attribution: { text: string; name?: string | null }[]) =>
    one({ event: 'AGREE', actor: ['CHN'], recipient: ['USA'], attribution }, g).matchedRequired;
  assert.equal(mk([{ text: 'a READOUT issued by Washington' }]), 1);
  assert.equal(mk([{ text: 'the US', name: 'Washington' }]), 1);
  assert.equal(mk([{ text: 'Xinhua', name: 'Xinhua News Agency' }]), 0);
  assert.equal(mk([]), 0);
  assert.equal(attributionHolds([], null), true);
});

test('status must be equal, and the gold default is asserted', () => {
  const g = gold({ event: 'REJECT', parties: [['CHN']] });
  assert.equal(g.status, 'asserted');
  assert.equal(one({ event: 'REJECT', actor: ['CHN'], status: 'asserted' }, g).matchedRequired, 1);
  assert.equal(one({ event: 'REJECT', actor: ['CHN'], status: 'denied' }, g).matchedRequired, 0);
  const alleged = gold({ event: 'COERCE', parties: [['CHN']], status: 'alleged' });
  assert.equal(one({ event: 'COERCE', actor: ['CHN'], status: 'alleged' }, alleged).matchedRequired, 1);
  assert.equal(one({ event: 'COERCE', actor: ['CHN'] }, alleged).matchedRequired, 0);
});

test('non-required gold counts for precision only', () => {
  const g = [
    base,
    gold({ id: 'opt', event: 'SUPPORT', parties: [['IRN'], ['RUS']], required: false }),
  ];
  const r = scoreEvents(
    [goldArticle('a1', g)],
    [ev({ event: 'SUPPORT', actor: ['IRN'], recipient: ['RUS'], sentence: 3 })],
  );
  assert.equal(r.requiredGold, 1);
  assert.equal(r.matchedRequired, 0);
  assert.equal(r.recall, 0);
  assert.equal(r.precision, 100);
  assert.equal(r.goldEvents, 2);
});

test('predictions in an article without a gold line are not scored', () => {
  const r = scoreEvents(
    [goldArticle('a1', [base])],
    [
      ev({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2024-01' }),
      ev({ article: 'other', event: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] }),
    ],
  );
  assert.equal(r.predictions, 1);
  assert.equal(r.unscoredEvents, 1);
  assert.equal(r.precision, 100);
});

test('a prediction in the wrong article does not match that article gold', () => {
  const r = scoreEvents(
    [goldArticle('a1', [base]), goldArticle('a2', [])],
    [ev({ article: 'a2', event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2024-01' })],
  );
  assert.equal(r.recall, 0);
  assert.equal(r.precision, 0);
});

test('one event with several recipients and several events with one recipient score the same', () => {
  const separateGold = [
    gold({ event: 'CONSULT', parties: [['CHN'], ['RUS']], date: '2023' }),
    gold({ event: 'CONSULT', parties: [['CHN'], ['MMR']], date: '2023' }),
  ];
  const compoundGold = [gold({ event: 'CONSULT', parties: [['CHN'], ['RUS'], ['MMR']], date: '2023' })];
  const oneEvent = [ev({ event: 'CONSULT', actor: ['CHN'], recipient: ['RUS', 'MMR'], date: '2023', sentence: 4 })];
  const twoEvents = [
    ev({ event: 'CONSULT', actor: ['CHN'], recipient: ['RUS'], date: '2023', sentence: 4 }),
    ev({ event: 'CONSULT', actor: ['CHN'], recipient: ['MMR'], date: '2023', sentence: 4 }),
  ];
  for (const g of [separateGold, compoundGold]) {
    const a = scoreEvents([goldArticle('a1', g)], oneEvent);
    const b = scoreEvents([goldArticle('a1', g)], twoEvents);
    assert.equal(a.recall, 100);
    assert.deepEqual(
      [b.recall, b.precision, b.predictions],
      [a.recall, a.precision, a.predictions],
    );
    assert.equal(b.predictedEvents, 2);
  }
  // events in different sentences stay separate predictions
  const apart = [
    ev({ event: 'CONSULT', actor: ['CHN'], recipient: ['RUS'], date: '2023', sentence: 4 }),
    ev({ event: 'CONSULT', actor: ['CHN'], recipient: ['MMR'], date: '2023', sentence: 9 }),
  ];
  assert.equal(toPredictions(apart).length, 2);
});

test('per-category rows and F1', () => {
  const g = [
    gold({ event: 'CONSULT', parties: [['IRN'], ['CHN']] }),
    gold({ event: 'AGREE', parties: [['IRN'], ['CHN']] }),
  ];
  const r = scoreEvents(
    [goldArticle('a1', g)],
    [
      ev({ event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], sentence: 1 }),
      ev({ event: 'ASSAULT', actor: ['IRN'], recipient: ['CHN'], sentence: 2 }),
    ],
  );
  assert.equal(r.recall, 50);
  assert.equal(r.precision, 50);
  assert.equal(r.f1, 50);
  const consult = r.categories.find((c) => c.category === 'CONSULT')!;
  assert.deepEqual([consult.goldRequired, consult.matched, consult.predicted, consult.correct], [1, 1, 1, 1]);
  const agree = r.categories.find((c) => c.category === 'AGREE')!;
  assert.deepEqual([agree.goldRequired, agree.matched, agree.predicted, agree.recall], [1, 0, 0, 0]);
  const assault = r.categories.find((c) => c.category === 'ASSAULT')!;
  assert.deepEqual([assault.predicted, assault.precision], [1, 0]);
  // missed AGREE: predictions with the same parties were CONSULT and ASSAULT
  assert.deepEqual(
    r.confusion.map((c) => `${c.gold}>${c.predicted}`).sort(),
    ['AGREE>ASSAULT', 'AGREE>CONSULT'],
  );
});

test('confusion says none when nothing was predicted for the parties', () => {
  const r = scoreEvents([goldArticle('a1', [base])], [ev({ event: 'CONSULT', actor: ['FRA'], recipient: ['DEU'] })]);
  assert.deepEqual(r.confusion, [{ gold: 'CONSULT', predicted: 'none', count: 1 }]);
});

test('scoreGold runs the coder per article and survives a throwing coder', () => {
  const arts = [goldArticle('a1', [base]), goldArticle('bad', [])];
  const r = scoreGold(arts, (a) => {
    if (a.id === 'bad') throw new Error('boom');
    return [ev({ article: a.id, event: 'CONSULT', actor: ['IRN'], recipient: ['CHN'], date: '2024-01' })];
  });
  assert.equal(r.recall, 100);
  assert.deepEqual(r.errors, [{ articleId: 'bad', message: 'boom' }]);
});

test('verbose report lists the missed event with its note and sentence, and the unmatched prediction', () => {
  const text = 'Markets rose on Monday. Iran and China held talks in Beijing on police cooperation. Rain fell.';
  const g = gold({ id: 'talks', event: 'CONSULT', parties: [['IRN'], ['CHN']], note: 'held talks in Beijing' });
  const r = scoreEvents(
    [goldArticle('a1', [g], text)],
    [ev({ event: 'AGREE', actor: ['IRN'], recipient: ['CHN'], evidence: 'Iran and China held talks' })],
  );
  const s = formatReport(r, { verbose: true });
  assert.match(s, /MISSED gold events:/);
  assert.match(s, /talks: CONSULT IRN \+ CHN/);
  assert.match(s, /note: held talks in Beijing/);
  assert.match(s, /text: Iran and China held talks in Beijing on police cooperation\./);
  assert.match(s, /UNMATCHED predictions:/);
  assert.match(s, /evidence: Iran and China held talks/);
  assert.doesNotMatch(formatReport(r), /MISSED/);
  assert.equal(matches(toPredictions([ev({ event: 'CONSULT', actor: ['IRN', 'CHN'] })])[0]!, g), true);
});

test('empty inputs give zeros, not NaN', () => {
  const r = scoreEvents([], []);
  assert.deepEqual([r.precision, r.recall, r.f1], [0, 0, 0]);
});
