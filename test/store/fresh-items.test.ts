// FreshItems (src/store/story-pending.ts): what a process stored, kept for its story steps. The step may use an item
// only while the article's mark still has the stamp the item was stored under (else another writer stored it again
// and the stored version is read); the oldest go first past the limit, but never the ones just added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FreshItems, type StoryItem } from '../../src/store/story-pending.js';

const item = (id: string): StoryItem => ({
  article: { id, text: `text of ${id}`, published: null, outlet: null, url: null, title: null, language: 'en', origin: 'test' },
  events: [],
});

test('an item is given for its own stamp only', () => {
  const fresh = new FreshItems(10);
  fresh.add('s1', [item('a'), item('b')]);
  assert.equal(fresh.get({ article_id: 'a', stamp: 's1' })?.article.id, 'a');
  assert.equal(fresh.get({ article_id: 'a', stamp: 's2' }), undefined, 'a mark re-stamped by another writer');
  assert.equal(fresh.get({ article_id: 'c', stamp: 's1' }), undefined, 'an article this process did not store');
  fresh.add('s2', [item('a')]);
  assert.equal(fresh.get({ article_id: 'a', stamp: 's1' }), undefined, 'stored again by this process: the old stamp is gone');
  assert.equal(fresh.get({ article_id: 'a', stamp: 's2' })?.article.id, 'a');
});

test('past the limit the oldest go, never the items of the last add; dropped items are gone', () => {
  const fresh = new FreshItems(3);
  fresh.add('s1', [item('a'), item('b'), item('c')]);
  fresh.add('s2', [item('d')]);
  assert.equal(fresh.size, 3);
  assert.equal(fresh.get({ article_id: 'a', stamp: 's1' }), undefined);
  assert.ok(fresh.get({ article_id: 'd', stamp: 's2' }));
  fresh.add('s3', ['e', 'f', 'g', 'h', 'i'].map(item));
  assert.equal(fresh.size, 5, 'an add larger than the limit keeps all it adds');
  assert.ok(['e', 'f', 'g', 'h', 'i'].every((id) => fresh.get({ article_id: id, stamp: 's3' })));
  fresh.drop(['e', 'f']);
  assert.equal(fresh.get({ article_id: 'e', stamp: 's3' }), undefined);
  assert.equal(fresh.size, 3);
});
