import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEvents } from '../../src/eval/score.js';
import { clauseOf, missCauses } from '../../src/eval/causes.js';
import { ev, gold, goldArticle } from './helpers.js';

test('clauseOf names the clause of a mismatch reason', () => {
  assert.equal(clauseOf('category AGREE ≠ CONSULT'), 'category');
  assert.equal(clauseOf('missing party CHN'), 'missing');
  assert.equal(clauseOf('date 2023 incompatible with 2024'), 'date');
  assert.equal(clauseOf('attribution (none) lacks X'), 'attribution');
  assert.equal(clauseOf(''), 'other');
});

test('missed gold events and unmatched predictions are counted by the clauses they fail, with no sentence text', () => {
  const consult = gold({ id: 'c', event: 'CONSULT', parties: [['IRN'], ['CHN']], date: '2024-01' });
  const accuse = gold({ id: 'a', event: 'ACCUSE', parties: [['USA'], ['RUS']], date: '2024-01' });
  const found = gold({ id: 'f', event: 'REJECT', parties: [['FRA']] });
  const lonely = gold({ id: 'l', event: 'AID', parties: [['GBR'], ['UKR']] });
  const r = scoreEvents(
    [goldArticle('a1', [consult, accuse, found]), goldArticle('a2', [lonely])],
    [
      ev({ article: 'a1', event: 'AGREE', actor: ['IRN'], recipient: ['CHN'], date: '2024-01-10' }),
      ev({ article: 'a1', event: 'ACCUSE', actor: ['USA'], recipient: ['CHN'], date: '2024-01-20' }),
      ev({ article: 'a1', event: 'REJECT', actor: ['FRA'] }),
    ],
  );
  const c = missCauses(r);
  // CONSULT: the AGREE fails on the category only; ACCUSE: the closest fails on a party; AID: nothing coded
  assert.deepEqual(c.missed, [['category', 1], ['missing', 1], ['no prediction in the article', 1]]);
  assert.deepEqual(c.categoryOnly, [['CONSULT coded as AGREE', 1]]);
  assert.deepEqual(c.unmatched, [['category', 1], ['missing', 1]]);
  assert.ok(!JSON.stringify(c).includes('evidence'));
});

test('an empty report has no causes', () => {
  assert.deepEqual(missCauses({ missed: [], unmatched: [] }), { missed: [], categoryOnly: [], unmatched: [] });
});
