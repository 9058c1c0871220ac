// The coverage comparison of a story: cells, missing / only / framing, coverage statements linked, the table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeStory } from '../../src/stories/merge.js';
import { buildComparison, cellOf, mentionCell, renderComparisonTable, type Comparison } from '../../src/stories/compare.js';
import { createCoverageReader, findCoverage, linkCoverage } from '../../src/stories/coverage.js';
import type { StorySummary } from '../../src/store/types.js';
import { article, GBR, RUS, seedPair, story } from './merge-fixtures.js';

const summary = (articles: string[], outlets: string[]): StorySummary => ({ id: 's-0000000000000000', title: 'Radan visits Beijing', articles, outlets, first: null, last: null, events: 0 });
const reader = createCoverageReader();

function seedComparison(): Comparison {
  const items = seedPair();
  const merged = mergeStory(items);
  const statements = linkCoverage(items.flatMap((i) => findCoverage(i.article, reader, ['IRNA', 'Xinhua'])), merged, items);
  return buildComparison(summary(items.map((i) => i.article.id), ['IRNA', 'Xinhua']), items, merged, statements);
}

describe('buildComparison', () => {
  test('the seed pair: the police-technology offer is reported by IRNA only and missing from Xinhua', () => {
    const c = seedComparison();
    assert.deepEqual(c.outlets, ['IRNA', 'Xinhua']);
    const offer = c.events.find((e) => e.mentions.some((m) => m.event_id === 'i2'))!;
    assert.equal(offer.only, 'IRNA');
    assert.deepEqual(offer.missing, ['Xinhua']);
    assert.equal(cellOf(offer, 'IRNA'), 'fact'); // "…, IRNA said" in IRNA's own report is its own voice
    assert.equal(cellOf(offer, 'Xinhua'), '—');
    const meeting = c.events.find((e) => e.mentions.length === 2)!;
    assert.deepEqual(meeting.missing, []);
    assert.equal(meeting.only, null);
    const hope = c.events.find((e) => e.mentions.some((m) => m.event_id === 'x2'))!;
    assert.equal(hope.only, 'Xinhua');
  });

  test('"Xinhua did not mention the technology centre" is linked to the offer, naming Xinhua', () => {
    const c = seedComparison();
    const offer = c.events.find((e) => e.mentions.some((m) => m.event_id === 'i2'))!;
    assert.deepEqual(offer.coverage, [{ outlet: 'Xinhua', article: 'xinhua-1', text: 'Xinhua did not mention the technology centre.' }]);
    assert.ok(c.events.filter((e) => e !== offer).every((e) => e.coverage.length === 0));
  });

  test('framing: a meeting coded CONSULT by one outlet and COOPERATE by another is marked', () => {
    const a = article('a', 'Alpha Wire', '2024-03-01');
    const b = article('b', 'Beta News', '2024-03-01');
    const items = story(
      [a, [{ id: 'a1', event: 'CONSULT', actor: [GBR], recipient: [RUS], evidence: 'British and Russian diplomats met in Geneva on the grain corridor.' }]],
      [b, [{ id: 'b1', event: 'COOPERATE', actor: [RUS], recipient: [GBR], evidence: 'Russian diplomats worked with British officials in Geneva on the grain corridor.' }]],
    );
    const c = buildComparison(summary(['a', 'b'], ['Alpha Wire', 'Beta News']), items, mergeStory(items));
    assert.equal(c.events.length, 1);
    assert.equal(c.events[0]!.framing, true);
    assert.match(renderComparisonTable(c), /framing: CONSULT \(Alpha Wire\) vs COOPERATE \(Beta News\)/);
  });

  test('a cell: status unless asserted, an attributed source, else fact', () => {
    const src = (text: string) => ({ text, name: text, country: null, sector: null, cue: 'said' });
    assert.equal(mentionCell({ status: 'asserted', attribution: [], outlet: 'IRNA' }), 'fact');
    assert.equal(mentionCell({ status: 'asserted', attribution: [src('IRNA')], outlet: 'IRNA' }), 'fact');
    assert.equal(mentionCell({ status: 'asserted', attribution: [src('Radan'), src('IRNA')], outlet: 'IRNA' }), 'Radan');
    assert.equal(mentionCell({ status: 'asserted', attribution: [src('IRNA')], outlet: 'Tehran Times' }), 'IRNA');
    for (const s of ['alleged', 'denied', 'negated', 'future', 'hypothetical'] as const) assert.equal(mentionCell({ status: s, attribution: [], outlet: 'X' }), s);
  });

  test('a story with a single outlet marks nothing as single-outlet', () => {
    const items = seedPair().slice(0, 1);
    const c = buildComparison(summary(['irna-1'], ['IRNA']), items, mergeStory(items));
    assert.ok(c.events.every((e) => e.only === null && e.missing.length === 0));
  });
});

describe('renderComparisonTable', () => {
  test('rows are merged events, columns outlets; — for not reported; single-outlet claims and coverage noted', () => {
    const table = renderComparisonTable(seedComparison());
    const lines = table.trimEnd().split('\n');
    assert.match(lines[0]!, /^story s-0000000000000000: Radan visits Beijing \(2 articles, 2 outlets, 3 events\)$/);
    assert.match(lines[1]!, /^#\s+EVENT\s+ACTOR → RECIPIENT\s+DATE\s+IRNA\s+Xinhua\s+NOTES$/);
    assert.equal(lines.length, 5);
    const offer = lines.find((l) => l.includes('AGREE') && l.includes('Radan'))!;
    assert.match(offer, /fact\s+—\s+only IRNA; Xinhua: "Xinhua did not mention the technology centre\."/);
  });

  test('a story without events says so', () => {
    const c = buildComparison(summary([], []), [], []);
    assert.match(renderComparisonTable(c), /no events\n$/);
  });
});

describe('findCoverage', () => {
  test('outlets named by description, by possessive, with a noun ("made no reference to") and in an "unlike" clause; a report of an event is not coverage', () => {
    const a = article('c', 'Tehran Times', '2024-01-17',
      'Xinhua said Radan met Wang on Tuesday. But the Chinese news agency did not mention the technology centre. ' +
      'Unlike Baltic Courier, the agency described the police technology offer. IRNA reported that Radan toured the centre. ' +
      "IRNA's report made no reference to the counterterrorism pledge, which Wang made.");
    const found = findCoverage(a, reader, ['Xinhua', 'Baltic Courier', 'IRNA']);
    assert.deepEqual(found.map((s) => [s.outlet, s.object]), [
      ['Xinhua', 'the technology centre'],
      ['Baltic Courier', 'the agency described the police technology offer'],
      ['IRNA', 'the counterterrorism pledge'],
    ]);
  });
});
