// Job payloads: the job id is a function of the article id and its (normalised) text; a payload that is not an
// article is an error naming the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleOf, jobId } from '../../src/queue/jobs.js';
import type { Article } from '../../src/types.js';

const article: Article = { id: 'a1', text: 'Finland said  it would talk to Estonia.', published: '2024-01-02', outlet: 'X', url: null, title: null, language: null, origin: 'f.txt' };

test('the job id is a UUID that changes with the article id or its text, not with whitespace', () => {
  const id = jobId(article);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(jobId({ ...article, text: 'Finland said it would talk to Estonia. ' }), id);
  assert.notEqual(jobId({ ...article, id: 'a2' }), id);
  assert.notEqual(jobId({ ...article, text: 'Estonia said it would talk to Finland.' }), id);
});

test('articleOf returns the article a job carries and names the bad field otherwise', () => {
  assert.deepEqual(articleOf({ article }), article);
  assert.deepEqual(articleOf({ article: { id: 'b', text: 't' } }),
    { id: 'b', text: 't', published: null, outlet: null, url: null, title: null, language: null, origin: 'queue:b' });
  assert.throws(() => articleOf(null), /job data: no "article" object/);
  assert.throws(() => articleOf({ article: { text: 't' } }), /article\.id must be a non-empty string/);
  assert.throws(() => articleOf({ article: { id: 'c', text: ['t'] } }), /article c: article\.text must be a string/);
  assert.throws(() => articleOf({ article: { id: 'd', text: 't', published: 2024 } }), /article d: article\.published must be a string or null/);
});
