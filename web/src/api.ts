// The explorer's calls to the readout API; errors carry the API's message.
import type { ActorRef, Article, AttributionRef, Evidence, PloverCategory, ReadoutEvent, Status } from '../../src/types.js';
import type { EventPage, StatsRow, TopRow } from '../../src/store/types.js';

export type { Article, ReadoutEvent, EventPage, StatsRow, TopRow };

// The stories API's JSON (issue #12's plan: StorySummary/StoryPage/StoryDetail of src/store/types.ts and Comparison of
// src/stories/compare.ts). Written out here because the explorer's build reads only the contract's type files.
export interface StorySummary {
  id: string;
  title: string | null;
  articles: string[];
  outlets: string[];
  first: string | null;
  last: string | null;
  /** merged events */
  events: number;
}
export interface StoryPage { stories: StorySummary[]; total: number; next: string | null }
export interface StoryArticle { id: string; outlet: string; published: string | null; title: string | null; url: string | null; text: string; events: ReadoutEvent[] }
export interface StoryDetail { story: StorySummary; articles: StoryArticle[] }
export interface MentionCell {
  outlet: string; article: string; event_id: string; event: PloverCategory; contexts: string[];
  status: Status; attribution: AttributionRef[]; evidence: Evidence;
}
export interface ComparedEvent {
  id: string; event: PloverCategory; mode: string | null; contexts: string[];
  actor: ActorRef[]; recipient: ActorRef[]; date: string | null;
  mentions: MentionCell[];
  /** outlets of the story with no mention of it */
  missing: string[];
  /** the one outlet that carries it, when only one does */
  only: string | null;
  /** its mentions disagree on category, mode or contexts */
  framing: boolean;
  /** statements about coverage linked to it */
  coverage: { outlet: string; article: string; text: string }[];
}
export interface Comparison { story: StorySummary; outlets: string[]; events: ComparedEvent[] }

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string, readonly field?: string) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) }, ...init });
  const body = (await res.json().catch(() => null)) as { error?: { message: string; field?: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`, body?.error?.field);
  return body as T;
}

const qs = (p: URLSearchParams) => (p.toString() ? `?${p}` : '');

export const api = {
  events: (p: URLSearchParams) => call<EventPage>(`/api/events${qs(p)}`),
  stats: (p: URLSearchParams) => call<{ rows: StatsRow[] }>(`/api/stats${qs(p)}`),
  top: (p: URLSearchParams) => call<{ rows: TopRow[] }>(`/api/top${qs(p)}`),
  article: (id: string) => call<{ article: Article; events: ReadoutEvent[] }>(`/api/articles/${encodeURIComponent(id)}`),
  stories: (p: URLSearchParams) => call<StoryPage>(`/api/stories${qs(p)}`),
  story: (id: string) => call<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`),
  compare: (id: string) => call<Comparison>(`/api/stories/${encodeURIComponent(id)}/compare`),
  info: () => call<{ backend: string; coderVersion: string; articles: number; events: number; ingest: boolean }>('/api/info'),
  code: (body: { text: string; published?: string | null; outlet?: string | null }) =>
    call<{ article: { id: string; text: string; published: string | null; outlet: string | null }; events: ReadoutEvent[] }>('/api/code', { method: 'POST', body: JSON.stringify(body) }),
};
