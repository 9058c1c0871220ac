// The explorer's calls to the readout API; errors carry the API's message.
import type { Article, ReadoutEvent } from '../../src/types.js';
import type { EventPage, StatsRow, TopRow, StoryDetail, StoryPage, StorySummary } from '../../src/store/types.js';
import type { ComparedEvent, ComparedMention, Comparison } from '../../src/stories/types.js';

export type { Article, ReadoutEvent, EventPage, StatsRow, TopRow };
// the stories API's JSON: the store's and the comparison's own types (Node-free files)
export type { StoryDetail, StoryPage, StorySummary, ComparedEvent, Comparison };
export type StoryArticle = StoryDetail['articles'][number];
export type MentionCell = ComparedMention;

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
