// Story clustering on small hand-written fixtures (fictional places and people): near-duplicate rewrites, an
// independent telling, a follow-up days later, two unrelated stories with the same parties in the same week, and a
// single-article story. Plus MinHash/LSH basics and the determinism and stability rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterInMemory, MemoryClusterer, outletOf, storyFeatures, storyIdFor, type StoryInput } from '../../src/stories/index.js';
import { bandKeys, BANDS, decodeSignature, encodeSignature, PERMUTATIONS, signature, similarity, hash32 } from '../../src/stories/minhash.js';
import { WINDOW_DAYS } from '../../src/stories/cluster.js';
import type { ActorRef, PloverCategory, ReadoutEvent } from '../../src/types.js';

const party = (name: string, country: string): ActorRef => ({ text: name, name, country, sector: 'GOV' });

function event(article: string, cat: PloverCategory, actor: ActorRef, recipient: ActorRef): ReadoutEvent {
  return {
    id: `${article}-${cat}`, article: { id: article, outlet: null, url: null, published: null }, event: cat, mode: null, contexts: [],
    cameo: '000', quad: 1, goldstein: 0, actor: [actor], recipient: [recipient], date: null, location: null, attribution: [],
    status: 'asserted', evidence: { sentence: 0, start: 0, end: 1, text: 'x' }, confidence: 1,
  };
}

function item(id: string, published: string, outlet: string, text: string, events: ReadoutEvent[] = []): StoryInput {
  return { article: { id, text, published, outlet, url: null, title: null, language: null, origin: id }, events };
}

const KES = party('Kestria', 'KES');
const DOV = party('Dovania', 'DOV');

const STRIKE_WIRE = 'Dockworkers at the port of Valmora walked out on Tuesday in a strike over automated cranes, halting ' +
  'container traffic at the country\'s busiest harbour. Union leader Ines Corvalan said 4,200 members had joined the stoppage ' +
  'and that the Harbour Authority had refused to discuss job guarantees. Ships queued outside the breakwater as the cranes stood idle. ' +
  'The authority said the strike was illegal and that it would seek a court order.';
const STRIKE_REWRITE = 'Dockworkers at the port of Valmora walked out on Tuesday in a strike over automated cranes, halting ' +
  'container traffic at the busiest harbour in the country. Union leader Ines Corvalan said 4,200 members had joined the stoppage ' +
  'and that the Harbour Authority had refused to discuss job guarantees. Ships queued outside the breakwater while the cranes stood idle.';
const STRIKE_OWN = 'Valmora\'s harbour fell silent as thousands of dockworkers stopped work to protest against automated cranes. ' +
  'Corvalan, who leads the dockers\' union, told our reporter the Harbour Authority wanted to replace 4,200 people with machines. ' +
  'Freight companies diverted ships to smaller ports along the coast.';
const STRIKE_FOLLOWUP = 'A court in Valmora ordered striking dockworkers back to work on Friday, ruling that the stoppage over ' +
  'automated cranes broke the notice rules. Ines Corvalan said the union would appeal and that the Harbour Authority ' +
  'still refused to talk about job guarantees. Dozens of ships remain anchored off the breakwater.';

const FISHERIES = 'Kestria and Dovania signed a fisheries agreement on Monday that opens the Serren Banks to trawlers from both ' +
  'countries for the first time since 1998. The accord sets a joint quota of 38,000 tonnes of cod and creates a commission to ' +
  'inspect catches. Dovania\'s fisheries minister called the deal a model for the region.';
const FISHERIES_2 = 'Trawler crews in Dovania welcomed the accord with Kestria that reopens the Serren Banks, where fishing had been ' +
  'banned since 1998. Under the agreement the two countries will share a quota of 38,000 tonnes of cod, checked by a joint commission.';
const SHELLING = 'Kestria accused Dovania on Thursday of shelling a border village near Ostrel, killing two farmers and wounding ' +
  'five. Dovania denied firing across the frontier and said Kestrian artillery had hit its own territory. Kestria ' +
  'summoned the Dovanian ambassador and demanded an investigation by observers.';
const VOLCANO = 'The Mount Tavor volcano erupted overnight, sending ash over villages on the island of Pesca and forcing ' +
  'the closure of its airport. Geologists said lava flows were moving slowly toward the uninhabited western slopes.';

function fixtures(): StoryInput[] {
  return [
    item('strike-wire', '2024-05-07', 'Harbour Wire', STRIKE_WIRE),
    item('fish-1', '2024-05-06', 'Kestria Today', FISHERIES, [event('fish-1', 'AGREE', KES, DOV)]),
    item('strike-rewrite', '2024-05-07', 'Coast Daily', STRIKE_REWRITE),
    item('strike-own', '2024-05-08', 'Valmora Voice', STRIKE_OWN),
    item('fish-2', '2024-05-07', 'Dovania Post', FISHERIES_2, [event('fish-2', 'AGREE', DOV, KES)]),
    item('shelling', '2024-05-09', 'Kestria Today', SHELLING, [event('shelling', 'ACCUSE', KES, DOV), event('shelling', 'ASSAULT', DOV, KES)]),
    item('volcano', '2024-05-09', 'Island News', VOLCANO),
    item('strike-followup', '2024-05-10', 'Harbour Wire', STRIKE_FOLLOWUP),
  ];
}

/** The clustering as sets of article ids, sorted. */
function groups(m: Map<string, string>): string[][] {
  const by = new Map<string, string[]>();
  for (const [a, s] of m) by.set(s, [...(by.get(s) ?? []), a]);
  return [...by.values()].map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

test('fixtures: rewrite, independent telling and follow-up join; same parties in the same week stay apart; a lone story stays alone', () => {
  assert.deepEqual(groups(clusterInMemory(fixtures())), [
    ['fish-1', 'fish-2'],
    ['shelling'],
    ['strike-followup', 'strike-own', 'strike-rewrite', 'strike-wire'],
    ['volcano'],
  ]);
});

test('a story is named after its first article and never renamed', () => {
  const m = clusterInMemory(fixtures());
  assert.equal(m.get('strike-followup'), storyIdFor('strike-wire'));
  assert.equal(m.get('fish-2'), storyIdFor('fish-1'));
  assert.match(storyIdFor('x'), /^s-[0-9a-f]{16}$/);
  assert.notEqual(storyIdFor('\ud83d'), storyIdFor('\ud800'));
});

test('deterministic; an article fed again keeps its story', () => {
  assert.deepEqual([...clusterInMemory(fixtures())], [...clusterInMemory(fixtures())]);
  const c = new MemoryClusterer();
  const items = fixtures();
  const first = items.map((x) => c.add(storyFeatures(x.article, x.events)));
  const again = items.map((x) => c.add(storyFeatures(x.article, x.events)));
  assert.deepEqual(again, first);
});

test('articles further apart than the window do not join through a look-up', () => {
  const far = new Date(Date.parse('2024-05-07') + (WINDOW_DAYS + 5) * 86_400_000).toISOString().slice(0, 10);
  const m = clusterInMemory([item('a', '2024-05-07', 'X', STRIKE_WIRE), item('b', far, 'Y', STRIKE_REWRITE)]);
  assert.notEqual(m.get('a'), m.get('b'));
});

test('undated and empty articles cluster without errors', () => {
  const m = clusterInMemory([
    { ...item('a', '2024-05-07', 'X', STRIKE_WIRE), article: { ...item('a', '', 'X', STRIKE_WIRE).article, published: null } },
    item('b', '2024-05-07', 'Y', STRIKE_REWRITE),
    item('c', '2024-05-07', 'Z', ''),
    item('d', 'not a date', 'Z', '...'),
  ]);
  assert.equal(m.get('a'), m.get('b'));
  assert.equal(new Set(m.values()).size, 3);
});

test('MinHash: identical sets agree fully, disjoint ones hardly, and the estimate tracks Jaccard', () => {
  const set = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => hash32(`w${from + i}`));
  assert.equal(similarity(signature(set(0, 200)), signature(set(0, 200))), 1);
  assert.ok(similarity(signature(set(0, 200)), signature(set(200, 400))) < 0.1);
  const est = similarity(signature(set(0, 300)), signature(set(100, 400))); // true Jaccard 0.5
  assert.ok(est > 0.3 && est < 0.7, String(est));
  assert.equal(similarity(signature([]), signature([])), 0);
  assert.deepEqual(bandKeys(signature([])), []);
  assert.equal(bandKeys(signature(set(0, 10))).length, BANDS);
});

test('a signature survives its text form; a wrong length is refused', () => {
  const sig = signature([1, 2, 3].map((x) => hash32(String(x))));
  assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
  assert.equal(sig.length, PERMUTATIONS);
  assert.throws(() => decodeSignature('AAAA'), /expected 256/);
});

test('features: names, numbers with their unit, the events\' parties; generic words left out', () => {
  const f = storyFeatures(item('fish-1', '2024-05-06', 'K', FISHERIES, [event('fish-1', 'AGREE', KES, DOV)]).article, [event('fish-1', 'AGREE', KES, DOV)]);
  const keys = f.terms.map((t) => t.key);
  for (const k of ['n:serren', 'n:kestria', '#:38,000 tonne', 'e:kestria', 'w:fishery', 'w:trawler']) assert.ok(keys.includes(k), k);
  for (const k of ['w:said', 'w:minister', 'n:monday', 'w:countries']) assert.ok(!keys.includes(k), k);
  assert.ok(f.parties.has('n:kestria') && f.parties.has('e:dovania'));
  assert.deepEqual(f.categories, ['AGREE']);
});

test('outletOf: the outlet, else the url host, else article:<id>', () => {
  assert.equal(outletOf({ id: 'a', outlet: ' Nordic Briefs ', url: 'https://x.org/1' }), 'Nordic Briefs');
  assert.equal(outletOf({ id: 'a', outlet: null, url: 'https://www.example.org/news/1' }), 'example.org');
  assert.equal(outletOf({ id: 'a', outlet: '', url: 'not a url' }), 'article:a');
});
