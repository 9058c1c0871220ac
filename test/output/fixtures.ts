// Hand-built contract events over a small invented article, with offsets computed from the text
// so that they are right by construction.
import type { ReadoutEvent } from '../../src/types.js';

export const ARTICLE_TEXT = [
  'Ministers of two countries met on Monday in Geneva.',
  'Kenya\'s foreign minister, Ann Mwangi, held talks with her Peruvian counterpart Luis Rojas in Geneva on 8 January 2024, the ministry said.',
  'Rojas said Peru was "ready to work with Nairobi, and soon",\nadding that a trade office would open, according to Andina.',
  'The United Nations and Kenya said they would send aid\tto the region.',
].join(' ');

/** Offsets of the first occurrence of `needle` in the fixture article. */
export function span(needle: string): { start: number; end: number; text: string } {
  const start = ARTICLE_TEXT.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length, text: needle };
}

const article = { id: 'fx-article', outlet: 'Example Wire', url: 'https://example.org/news/1', published: '2024-01-10' };

const s1 = span('Kenya\'s foreign minister, Ann Mwangi, held talks with her Peruvian counterpart Luis Rojas in Geneva on 8 January 2024, the ministry said.');
const s2 = span('Rojas said Peru was "ready to work with Nairobi, and soon",\nadding that a trade office would open, according to Andina.');
const s3 = span('The United Nations and Kenya said they would send aid\tto the region.');

/** A CONSULT with a day date, one attribution, a location and a trigger. */
export const consult: ReadoutEvent = {
  id: 'fx-consult-1',
  article,
  event: 'CONSULT',
  mode: 'meet',
  contexts: ['diplomatic'],
  cameo: '043',
  quad: 1,
  goldstein: 2.8,
  actor: [{ text: 'Ann Mwangi', name: 'Ann Mwangi', country: 'KEN', sector: 'GOV' }],
  recipient: [{ text: 'Luis Rojas', name: 'Luis Rojas', country: 'PER', sector: 'GOV' }],
  date: { value: '2024-01-08', granularity: 'day', text: '8 January 2024', basis: 'text' },
  location: { name: 'Geneva', country: 'CHE' },
  attribution: [{ text: 'the ministry', name: null, country: 'KEN', sector: 'GOV', cue: 'said' }],
  status: 'asserted',
  evidence: { sentence: 1, ...s1 },
  confidence: 0.9,
  trigger: { ...span('held talks') },
};

/** An AGREE with a month date, a two-step attribution chain, and quotes, commas and a newline in the evidence. */
export const agree: ReadoutEvent = {
  id: 'fx-agree-2',
  article,
  event: 'AGREE',
  mode: null,
  contexts: ['economic', 'diplomatic'],
  cameo: '030',
  quad: 1,
  goldstein: 4,
  actor: [{ text: 'Peru', name: 'Peru', country: 'PER', sector: null }],
  recipient: [{ text: 'Nairobi', name: 'Kenya', country: 'KEN', sector: 'GOV' }],
  date: { value: '2024-01', granularity: 'month', text: null, basis: 'published' },
  location: null,
  attribution: [
    { text: 'Rojas', name: 'Luis Rojas', country: 'PER', sector: 'GOV', cue: 'said' },
    { text: 'Andina', name: 'Andina', country: 'PER', sector: 'JRN', cue: 'according to' },
  ],
  status: 'asserted',
  evidence: { sentence: 2, ...s2 },
  confidence: 0.7,
};

/** A future AID with a compound actor (UN + Kenya), no recipient, no date, a tab in its evidence. */
export const aid: ReadoutEvent = {
  id: 'fx-aid-3',
  article: { ...article, url: null, published: null },
  event: 'AID',
  mode: null,
  contexts: [],
  cameo: '07',
  quad: 2,
  goldstein: 7,
  actor: [
    { text: 'The United Nations', name: 'United Nations', country: 'UNO', sector: null },
    { text: 'Kenya', name: 'Kenya', country: 'KEN', sector: 'GOV' },
  ],
  recipient: [],
  date: null,
  location: null,
  attribution: [],
  status: 'future',
  evidence: { sentence: 3, ...s3 },
  confidence: 0.6,
};

export const ALL: readonly ReadoutEvent[] = [consult, agree, aid];

/** A deep copy that a test may mutate freely. */
export function copy<T>(x: T): T {
  return structuredClone(x);
}
