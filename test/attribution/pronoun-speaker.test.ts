// A pronoun in what a reporting verb reports refers first to that verb's subject, the speaker, when the two agree in
// kind (it/its: a body or a state; he/his, she/her: a person; they/their: either): "Russia's defence ministry said its
// forces had struck …" is Russia's strike, whoever was named nearer before. readout's own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicons } from '../../src/lexicons.js';
import { codeArticle } from '../../src/pipeline.js';
import { agreesInKind, speakerOfPronoun, type Frame } from '../../src/attribution/frames.js';
import type { Mention, ReadoutEvent } from '../../src/types.js';

const lex = loadLexicons();
const parsed = loadLexicons({ parse: true });

function code(text: string, withParse = false): ReadoutEvent[] {
  return codeArticle({ id: 't', text, published: '2025-05-22', outlet: null, url: null, title: null, language: 'en', origin: 't' }, withParse ? parsed : lex);
}

const actorsOf = (text: string, event: string, withParse = false) =>
  code(text, withParse).filter((e) => e.event === event).map((e) => e.actor.map((m) => m.country).join('+'));

test('"its forces" in a reported clause are the speaker\'s, not the same body named before', () => {
  const text = "Ukraine's air force said 41 drones were shot down. Russia's defence ministry said its forces had carried out a strike on energy facilities in the Odesa region.";
  for (const withParse of [false, true]) assert.deepEqual(actorsOf(text, 'ASSAULT', withParse).at(-1), 'RUS', `parse: ${withParse}`);
  // the reporting clause after the report ("…, the ministry said") is a speaker too
  const tail = "Ukraine's navy said a drone had hit the port. Its forces struck a fuel depot near Kherson, Russia's defence ministry said.";
  assert.equal(actorsOf(tail, 'ASSAULT').at(-1), 'RUS');
});

test('a subject pronoun in a reported clause is the speaker when it agrees in kind, else the nearest fitting party', () => {
  const text = "Russia's defence ministry said that after the Ukrainian army shelled Belgorod it had struck energy facilities near Odesa.";
  assert.deepEqual(actorsOf(text, 'ASSAULT', true), ['UKR', 'RUS']);
  // ("he" cannot be a ministry: the person named before is the one)
  const person = "Russia's defence ministry said that after meeting Ruto he would visit Kyiv.";
  assert.ok(!actorsOf(person, 'AGREE', true).includes('RUS'), actorsOf(person, 'AGREE', true).join(' | '));
});

test('a body named by its own country keeps it, and "its" outside any report is left to the nearest owner', () => {
  assert.equal(actorsOf("Russia's defence ministry said its Belarusian allies had struck a depot near Kyiv.", 'ASSAULT').at(-1), 'BLR');
  const unreported = code("Poland's army held drills on Monday. Its soldiers attacked a mock target near Lithuania's border.").filter((e) => e.event === 'ASSAULT');
  assert.ok(unreported.every((e) => !e.actor.some((m) => m.country === 'LTU')), JSON.stringify(unreported.map((e) => e.actor)));
});

const mention = (kind: Mention['kind'], country: string | null, first: number): Mention =>
  ({ text: 'x', name: null, country, sector: null, start: first, end: first + 1, first, last: first + 1, sent: 0, kind, how: 'lexicon' });
const frame = (source: Mention[], scope: [number, number], extra: Partial<Frame> = {}): Frame => ({ source, cue: 'said', cueFirst: 1, cueLast: 2, scope, ...extra });

test('speakerOfPronoun: the innermost frame covering the pronoun, agreeing in kind; relays and reasons name no speaker', () => {
  const ministry = mention('agent', 'RUS', 0);
  const minister = mention('person', 'UKR', 0);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10])], 4, 'other'), [ministry]);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10])], 4, 'person'), []);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10])], 4, 'any'), [ministry]);
  // "they" is never one person
  assert.deepEqual(speakerOfPronoun([frame([minister], [2, 10])], 4, 'any'), []);
  assert.deepEqual(speakerOfPronoun([frame([minister, mention('person', 'RUS', 0)], [2, 10])], 4, 'any').length, 2);
  // outside the scope, or the cue itself: no speaker
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10])], 12, 'other'), []);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [0, 10])], 1, 'other'), []);
  // the innermost of two nested frames decides
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 20]), frame([minister], [5, 10], { cueFirst: 4, cueLast: 5 })], 6, 'other'), []);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10], { relay: true })], 4, 'other'), []);
  assert.deepEqual(speakerOfPronoun([frame([ministry], [2, 10], { reason: true })], 4, 'other'), []);
  // a source with no country is no speaker
  assert.deepEqual(speakerOfPronoun([frame([mention('org', null, 0)], [2, 10])], 4, 'other'), []);
  assert.ok(agreesInKind(ministry, 'other') && !agreesInKind(ministry, 'person') && agreesInKind(minister, 'any'));
});

test('"he" after a title-only official is that official; a speaker pronoun carries on the previous subject', () => {
  // (a title alone is a person: "he" in what the chancellor said is the chancellor)
  assert.deepEqual(actorsOf("Germany's chancellor said on Monday he would visit Kyiv.", 'AGREE'), ['DEU']);
  // "He said" after "X met Y": X, the subject, speaks on
  assert.deepEqual(actorsOf("Germany's foreign minister met Wang Yi in Beijing. He said he would visit Kyiv.", 'AGREE'), ['DEU']);
  // near miss: no person is the previous sentence's subject, so the latest person named
  assert.deepEqual(actorsOf('The talks in Beijing were held with Wang Yi. He said he would visit Kyiv.', 'AGREE'), ['CHN']);
  // near miss: a verb before the first person ("Meeting in Beijing, …" has no subject person first)
  assert.deepEqual(actorsOf('Talks began as Germany\'s foreign minister met Wang Yi. He said he would visit Kyiv.', 'AGREE'), ['CHN']);
});
