// The story metrics on hand-made cases: B-cubed, pairwise grouping scores, the alignment of system events to gold
// mentions, the gold reader's messages, and scoreStories end to end with fake coder/clusterer/merger (no S1/S2 code).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignMentions, bcubed, pairwise, scoreStories, storiesSuite, type MergedGroup, type StoryItem } from '../../src/eval/stories.js';
import { parseStoriesGold } from '../../src/eval/stories-gold.js';
import type { ReadoutEvent } from '../../src/types.js';
import { article, ev } from './helpers.js';

test('B-cubed on a known example: gold {a,b,c}{d,e}, predicted {a,b}{c,d,e} gives P = R = F1 = 73.3', () => {
  const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G1'], ['d', 'G2'], ['e', 'G2']]);
  const pred = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);
  // precision per item 1, 1, 1/3, 2/3, 2/3; recall 2/3, 2/3, 1/3, 1, 1
  assert.deepEqual(bcubed(pred, gold), { precision: 73.3, recall: 73.3, f1: 73.3 });
});

test('B-cubed: identical clusterings give 100; all singletons give precision 100 and recall by cluster sizes', () => {
  const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G2']]);
  assert.deepEqual(bcubed(new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]), gold), { precision: 100, recall: 100, f1: 100 });
  // unassigned items count as clusters of their own: recall (1/2 + 1/2 + 1) / 3
  assert.deepEqual(bcubed(new Map(), gold), { precision: 100, recall: 66.7, f1: 80 });
  // everything in one cluster: precision (2/3 + 2/3 + 1/3) / 3, recall 100
  assert.deepEqual(bcubed(new Map([['a', 'x'], ['b', 'x'], ['c', 'x']]), gold), { precision: 55.6, recall: 100, f1: 71.4 });
});

test('pairwise on a known example: gold {1,2,3}{4}, system {1,2}{3,4} gives P 50, R 33.3, F1 40', () => {
  const r = pairwise([
    { gold: 'G1', system: 'S1' },
    { gold: 'G1', system: 'S1' },
    { gold: 'G1', system: 'S2' },
    { gold: 'G2', system: 'S2' },
  ]);
  assert.deepEqual(r, { precision: 50, recall: 33.3, f1: 40, goldPairs: 3, systemPairs: 2, correctPairs: 1 });
  assert.deepEqual(pairwise([]), { precision: 0, recall: 0, f1: 0, goldPairs: 0, systemPairs: 0, correctPairs: 0 });
});

test('alignment: same article and quote inside the evidence; the gold category wins; one event per mention and per event', () => {
  const text = 'Iran and China signed a memorandum. Radan met Wang in Beijing and praised him.';
  const e = [
    ev({ article: 'a1', event: 'SUPPORT', evidence: 'Radan met Wang in Beijing and praised him.' }),
    ev({ article: 'a1', event: 'CONSULT', evidence: 'Radan met Wang in Beijing and praised him.' }),
    ev({ article: 'a2', event: 'CONSULT', evidence: 'Radan met Wang in Beijing and praised him.' }),
    ev({ article: 'a1', event: 'SUPPORT', evidence: text.slice(0, 35) }),
  ];
  const m = alignMentions(
    [
      { article: 'a1', quote: 'Radan met Wang', event: 'CONSULT' },
      { article: 'a1', quote: 'praised him', event: 'SUPPORT' },
      { article: 'a1', quote: 'and praised', event: 'SUPPORT' }, // its only candidates are taken
      { article: 'a1', quote: 'not in any evidence', event: 'AGREE' },
    ],
    e,
  );
  assert.deepEqual([...m].sort(), [[0, 1], [1, 0]]);
});

test('alignment: a trigger inside the quote breaks a tie between events of the gold category', () => {
  const sentence = 'Poland expelled a diplomat and Belarus expelled two.';
  const a = { ...ev({ article: 'a1', event: 'SANCTION', evidence: sentence }), trigger: { text: 'expelled', start: 7, end: 15 } };
  const b = { ...ev({ article: 'a1', event: 'SANCTION', evidence: sentence }), trigger: { text: 'expelled', start: 38, end: 46 } };
  assert.deepEqual([...alignMentions([{ article: 'a1', quote: 'Belarus expelled two', event: 'SANCTION' }], [a, b])], [[0, 1]]);
});

const goldLine = (o: unknown) => JSON.stringify(o);

test('story gold: a well-formed file parses; every problem is reported with file, line and field', () => {
  const ok = parseStoriesGold(
    goldLine({ story: 's1', articles: ['a', 'b'], events: [{ id: 's1.meet', event: 'CONSULT', mentions: [{ article: 'a', quote: 'met' }] }] }),
    'g.jsonl',
  );
  assert.equal(ok[0]!.events[0]!.mentions[0]!.quote, 'met');
  const bad = [
    goldLine({ story: 's1', articles: ['a'], events: [{ id: 'x', event: 'MEET', mentions: [{ article: 'a', quote: 'q' }] }] }),
    goldLine({ story: 's2', articles: ['a'], events: [] }),
    goldLine({ story: 's3', articles: ['c'], events: [{ id: 'y', event: 'CONSULT', mentions: [{ article: 'z', quote: 'q' }] }] }),
    '{not json',
    goldLine({ story: 's4', articles: [] }),
  ].join('\n');
  assert.throws(() => parseStoriesGold(bad, 'g.jsonl'), (e: Error) => {
    assert.match(e.message, /g\.jsonl:1: events\[0\]\.event: "MEET" is not a PLOVER category/);
    assert.match(e.message, /g\.jsonl:2: articles: article "a" is already in story "s1"/);
    assert.match(e.message, /g\.jsonl:3: events\[0\]\.mentions\[0\]\.article: "z" is not an article of story "s3"/);
    assert.match(e.message, /g\.jsonl:4: \(line\): invalid JSON/);
    assert.match(e.message, /g\.jsonl:5: articles: must be a non-empty array/);
    return true;
  });
  assert.throws(() => parseStoriesGold('\n', 'empty.jsonl'), /empty\.jsonl: no stories/);
});

test('scoreStories end to end with fakes: clustering, merging per predicted story, unaligned events counted', () => {
  const s = 'Poland expelled a Belarusian diplomat on Friday.';
  const arts = [article('a1', s, '2025-03-08'), article('a2', s, '2025-03-07'), article('b1', 'Chile signed a deal.', '2025-08-05')];
  const events = new Map<string, ReadoutEvent[]>([
    ['a1', [ev({ article: 'a1', event: 'SANCTION', evidence: s }), ev({ article: 'a1', event: 'CONSULT', evidence: s })]],
    ['a2', [ev({ article: 'a2', event: 'SANCTION', evidence: s })]],
    ['b1', [ev({ article: 'b1', event: 'SUPPORT', evidence: 'Chile signed a deal.' })]],
  ]);
  const gold = parseStoriesGold(
    [
      goldLine({ story: 'pl', articles: ['a1', 'a2'], events: [{ id: 'pl.x', event: 'SANCTION', mentions: [{ article: 'a1', quote: 'expelled' }, { article: 'a2', quote: 'expelled' }] }] }),
      goldLine({ story: 'cl', articles: ['b1'], events: [{ id: 'cl.x', event: 'SUPPORT', mentions: [{ article: 'b1', quote: 'signed' }] }] }),
    ].join('\n'),
    'g',
  );
  const fed: string[][] = [];
  const mergeAll = (items: StoryItem[]): MergedGroup[] => {
    fed.push(items.map((i) => i.article.id));
    return [{ id: 'm', mentions: items.flatMap((i) => i.events.map((e) => ({ eventId: e.id }))) }];
  };
  const r = scoreStories(arts, gold, {
    code: (a) => events.get(a.id)!,
    cluster: (items) => {
      assert.deepEqual(items.map((i) => i.article.id), ['a2', 'a1', 'b1'], 'fed in publication order');
      return new Map([['a1', 'S1'], ['a2', 'S1'], ['b1', 'S2']]);
    },
    merge: mergeAll,
  });
  assert.deepEqual(fed, [['a2', 'a1'], ['b1']], 'merged once per predicted story');
  assert.deepEqual(r.bcubed, { precision: 100, recall: 100, f1: 100 });
  assert.deepEqual(r.pairs, { precision: 100, recall: 100, f1: 100, goldPairs: 1, systemPairs: 1, correctPairs: 1 });
  assert.equal(r.alignedMentions, 3);
  assert.equal(r.unalignedEvents, 1);
  assert.equal(r.mergedEvents, 2);

  // every article its own story and every event its own merged event: pairs are lost, and a coder crash is reported
  const split = scoreStories(arts, gold, {
    code: (a) => {
      if (a.id === 'b1') throw new Error('boom');
      return events.get(a.id)!;
    },
    cluster: (items) => new Map(items.map((i) => [i.article.id, i.article.id])),
    merge: (items) => items.flatMap((i) => i.events.map((e) => ({ id: e.id, mentions: [{ eventId: e.id }] }))),
  });
  assert.deepEqual(split.bcubed, { precision: 100, recall: 66.7, f1: 80 });
  assert.deepEqual(split.pairs, { precision: 0, recall: 0, f1: 0, goldPairs: 1, systemPairs: 0, correctPairs: 0 });
  assert.deepEqual(split.errors, [{ article: 'b1', message: 'boom' }]);
  const suite = storiesSuite('stories', 'Stories', split);
  assert.deepEqual(suite.rows.map((x) => x.metric).slice(0, 3), ['stories.bcubed.precision', 'stories.bcubed.recall', 'stories.bcubed.f1']);
  assert.ok(suite.rows.some((x) => x.metric === 'stories.events.f1'));
});

test('missed gold pairs are broken down by cause: not found, other story, the merge rule that failed, linkage', () => {
  const s = 'Poland expelled a Belarusian diplomat on Friday.';
  const arts = ['a', 'b', 'c', 'd', 'e'].map((id) => article(id, s, '2025-03-07'));
  const sanction = (id: string) => ev({ article: id, event: 'SANCTION', evidence: s });
  const events = new Map<string, ReadoutEvent[]>([
    ['a', [sanction('a')]], ['b', [sanction('b')]], ['c', [sanction('c')]], ['d', [sanction('d')]], ['e', []],
  ]);
  const mention = (article: string) => ({ article, quote: 'expelled' });
  const gold = parseStoriesGold(goldLine({ story: 'pl', articles: ['a', 'b', 'c', 'd', 'e'], events: [
    { id: 'pl.x', event: 'SANCTION', mentions: ['a', 'b', 'c', 'd', 'e'].map(mention) },
  ] }), 'g');
  const idOf = (a: string) => events.get(a)![0]!.id;
  const explained: string[][] = [];
  const r = scoreStories(arts, gold, {
    code: (a) => events.get(a.id)!,
    // d is clustered apart; a, b and c are one predicted story
    cluster: (items) => new Map(items.map((i) => [i.article.id, i.article.id === 'd' ? 'S2' : 'S1'])),
    // a and b merged, c alone
    merge: (items) => items.flatMap((i) => i.events).map((e) => ({ id: e.article.id === 'b' ? idOf('a') : e.id, mentions: [{ eventId: e.id }] })),
    explain: (items, x, y) => {
      explained.push([x, y]);
      assert.ok(items.every((i) => i.article.id !== 'd'), 'explained within the predicted story');
      return { verdict: x === idOf('a') ? 'date' : 'compatible' };
    },
  });
  const causes = r.missed.map((m) => `${m.cause}:${m.events.map((e) => (e === null ? '-' : [...events].find(([, es]) => es[0]?.id === e)![0])).join('')}`).sort();
  // 10 gold pairs over 5 mentions: a-b merged; e not found (4); d in another story (3); a-c fails a rule; b-c linkage
  assert.deepEqual(causes, ['date:ac', 'linkage:bc', 'not found:a-', 'not found:b-', 'not found:c-', 'not found:d-', 'other story:ad', 'other story:bd', 'other story:cd']);
  assert.equal(explained.length, 2);
  const table = storiesSuite('stories', 'Stories', r).tables!.find((t) => t.title.startsWith('gold pairs not merged'))!;
  assert.deepEqual(table.rows, [['not found', '4'], ['other story', '3'], ['date', '1'], ['linkage', '1']]);
  // with no explain function the merge's misses are 'unexplained'
  const bare = scoreStories(arts, gold, { code: (a) => events.get(a.id)!, cluster: (items) => new Map(items.map((i) => [i.article.id, 'S1'])), merge: () => [] });
  assert.equal(bare.missed.filter((m) => m.cause === 'unexplained').length, 6);
});
