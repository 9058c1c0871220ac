// Attribution by layout (src/attribution/transcript.ts): "NAME: …" at the start of a line, "…” ― Name" after a quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutCues } from '../../src/attribution/transcript.js';

const shown = (text: string) => layoutCues(text).map((c) => [text.slice(c.source.start, c.source.end), text.slice(c.cue.start, c.cue.end)]);

test('a speaker before a colon at the start of a line, with or without an opening quote', () => {
  const text = 'Partial transcript:\n"HOST: Will you run again?\n"OKAFOR: Not this year.\nMayor Lena Park: We will rebuild.';
  assert.deepEqual(shown(text), [['HOST', ':'], ['OKAFOR', ':'], ['Mayor Lena Park', ':']]);
});

test('a name after a dash that closes a quotation, without the sentence full stop', () => {
  const text = '“The town deserves better.” ― Ana Ruiz.\n“We waited for hours.” — John Q.\n“Fine,” ― Tom Lee “said it all.”';
  assert.deepEqual(shown(text), [['Ana Ruiz', '―'], ['John Q.', '—'], ['Tom Lee', '―']]);
});

test('times, lower-case labels, long phrases and dashes inside a sentence are not speakers', () => {
  const text = 'At 5:45 p.m. the vote closed.\nnote: this is a draft.\nThe Committee On Ways And Means Report: Final.\nThe plan ― a bold one ― failed.';
  assert.deepEqual(shown(text), []);
});
