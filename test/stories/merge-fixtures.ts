// Hand-made articles and events for the merge and comparison tests: small enough to read, no coder involved.
import type { ActorRef, Article, PloverCategory, ReadoutEvent, Status } from '../../src/types.js';
import type { StoryInput } from '../../src/stories/merge.js';

export const IRN: ActorRef = { text: 'Iran', name: 'Iran', country: 'IRN', sector: 'GOV' };
export const CHN: ActorRef = { text: 'China', name: 'China', country: 'CHN', sector: 'GOV' };
export const RADAN: ActorRef = { text: 'Radan', name: 'Ahmad-Reza Radan', country: 'IRN', sector: 'COP' };
export const WANG: ActorRef = { text: 'Wang', name: 'Wang Xiaohong', country: 'CHN', sector: 'COP' };
export const RUS: ActorRef = { text: 'Russia', name: 'Russia', country: 'RUS', sector: 'GOV' };
export const GBR: ActorRef = { text: 'Britain', name: 'United Kingdom', country: 'GBR', sector: 'GOV' };

export function article(id: string, outlet: string | null, published: string | null, text = ''): Article {
  return { id, text, published, outlet, url: null, title: null, language: 'en', origin: id };
}

export interface EventSpec {
  id: string;
  event: PloverCategory;
  actor: ActorRef[];
  recipient?: ActorRef[];
  evidence: string;
  date?: string | null;
  /** where the date comes from: the publication date (default) or the article's words ("on Saturday") */
  dateBasis?: 'text' | 'published';
  status?: Status;
  contexts?: string[];
  mode?: string | null;
  start?: number;
  source?: string;
  /** the source's country (default none) */
  sourceCountry?: string;
}

export function event(a: Article, s: EventSpec): ReadoutEvent {
  const start = s.start ?? Math.max(0, a.text.indexOf(s.evidence));
  const date = s.date === undefined ? a.published : s.date;
  return {
    id: s.id,
    article: { id: a.id, outlet: a.outlet, url: a.url, published: a.published },
    event: s.event, mode: s.mode ?? null, contexts: s.contexts ?? [], cameo: '040', quad: 1, goldstein: 1,
    actor: s.actor, recipient: s.recipient ?? [],
    date: date === null ? null : { value: date, granularity: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', text: null, basis: s.dateBasis ?? 'published' },
    location: null,
    attribution: s.source ? [{ text: s.source, name: s.source, country: s.sourceCountry ?? null, sector: s.sourceCountry ? 'GOV' : 'JRN', cue: 'said' }] : [],
    status: s.status ?? 'asserted',
    evidence: { sentence: 0, start, end: start + s.evidence.length, text: s.evidence },
    confidence: 0.8,
  };
}

export function story(...parts: [Article, EventSpec[]][]): StoryInput[] {
  return parts.map(([a, specs]) => ({ article: a, events: specs.map((s) => event(a, s)) }));
}

/** The seed's meeting as IRNA and as Xinhua would tell it: one meeting, an offer only IRNA carries, a hope only Xinhua does. */
export function seedPair(): StoryInput[] {
  const irnaText = 'Iranian police chief Radan met Chinese public security minister Wang in Beijing on Tuesday. ' +
    "Radan expressed Iran's willingness to cooperate on police technology and visited the ministry's technology centre, IRNA said.";
  const xinhuaText = 'Wang Xiaohong held talks with Iranian police commander Radan in Beijing on Tuesday. ' +
    'Wang expressed the hope that China and Iran would strengthen practical cooperation in counterterrorism and combating transnational crime. ' +
    'Xinhua did not mention the technology centre.';
  const irna = article('irna-1', 'IRNA', '2024-01-16', irnaText);
  const xinhua = article('xinhua-1', 'Xinhua', '2024-01-16', xinhuaText);
  return story(
    [irna, [
      { id: 'i1', event: 'CONSULT', actor: [RADAN], recipient: [WANG], mode: 'visit', evidence: 'Iranian police chief Radan met Chinese public security minister Wang in Beijing on Tuesday.' },
      { id: 'i2', event: 'AGREE', actor: [RADAN], recipient: [CHN], source: 'IRNA', evidence: "Radan expressed Iran's willingness to cooperate on police technology and visited the ministry's technology centre, IRNA said." },
    ]],
    [xinhua, [
      { id: 'x1', event: 'CONSULT', actor: [WANG], recipient: [RADAN], evidence: 'Wang Xiaohong held talks with Iranian police commander Radan in Beijing on Tuesday.' },
      { id: 'x2', event: 'AGREE', actor: [WANG], recipient: [CHN, IRN], contexts: ['terrorism', 'crime'], evidence: 'Wang expressed the hope that China and Iran would strengthen practical cooperation in counterterrorism and combating transnational crime.' },
    ]],
  );
}
