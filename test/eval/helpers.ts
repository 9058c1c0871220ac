// Builders for hand-made articles, events and gold used by the eval tests.
import type { Article, PloverCategory, ReadoutEvent, Status } from '../../src/types.js';
import type { GoldArticle, GoldEvent } from '../../src/eval/gold.js';

export function article(id: string, text = 'Some text.', published: string | null = '2024-01-17'): Article {
  return { id, text, published, outlet: null, url: null, title: null, language: null, origin: id };
}

export interface EvSpec {
  article?: string;
  event: PloverCategory;
  actor?: string[];
  recipient?: string[];
  date?: string | null;
  attribution?: { text: string; name?: string | null }[];
  status?: Status;
  sentence?: number;
  evidence?: string;
  confidence?: number;
  cameo?: string;
  quad?: 1 | 2 | 3 | 4;
  mode?: string | null;
}

let counter = 0;

export function ev(s: EvSpec): ReadoutEvent {
  const ref = (c: string) => ({ text: c, name: c, country: c, sector: null });
  const date = s.date ?? null;
  return {
    id: `e${counter++}`,
    article: { id: s.article ?? 'a1', outlet: null, url: null, published: null },
    event: s.event,
    mode: s.mode ?? null,
    contexts: [],
    cameo: s.cameo ?? '040',
    quad: s.quad ?? 1,
    goldstein: 1,
    actor: (s.actor ?? []).map(ref),
    recipient: (s.recipient ?? []).map(ref),
    date: date === null ? null : { value: date, granularity: 'year', text: null, basis: 'text' },
    location: null,
    attribution: (s.attribution ?? []).map((a) => ({ text: a.text, name: a.name ?? null, country: null, sector: null, cue: 'said' })),
    status: s.status ?? 'asserted',
    evidence: { sentence: s.sentence ?? 0, start: 0, end: 1, text: s.evidence ?? 'evidence' },
    confidence: s.confidence ?? 0.5,
  };
}

export function gold(g: Partial<GoldEvent> & { event: PloverCategory; parties: string[][] }): GoldEvent {
  return {
    id: g.id ?? null,
    event: g.event,
    parties: g.parties,
    date: g.date ?? null,
    attribution: g.attribution ?? null,
    status: g.status ?? 'asserted',
    required: g.required ?? true,
    note: g.note ?? null,
    origin: 'test',
  };
}

export function goldArticle(id: string, events: GoldEvent[], text = 'Some text.'): GoldArticle {
  return { article: article(id, text), events };
}
