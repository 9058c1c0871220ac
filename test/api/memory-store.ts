// An in-memory Store for the API tests: the interface of src/store/types.ts implemented simply over arrays.
// It is a test double, not a backend: filters are linear scans.
import { createHash } from 'node:crypto';
import type { ReadoutEvent } from '../../src/types.js';
import type { EventFilter, EventPage, PageRequest, StatsBy, StatsInterval, StatsRow, Store, StoredArticle, TopRow } from '../../src/store/types.js';

export function memoryStore(): Store {
  const articles = new Map<string, StoredArticle>();
  const events: ReadoutEvent[] = [];
  let closed = false;
  const open = () => {
    if (closed) throw new Error('store is closed');
  };
  const matching = (f: EventFilter) => events.filter((e) => matches(e, f)).sort(order);

  return {
    backend: 'sqlite',
    async putArticles(batch, coderVersion) {
      open();
      let stored = 0, skipped = 0, n = 0;
      for (const { article, events: evs } of batch) {
        const contentHash = createHash('sha1').update(article.text).digest('hex');
        const old = articles.get(article.id);
        if (old && old.coderVersion === coderVersion) { skipped++; continue; }
        if (old) for (let i = events.length - 1; i >= 0; i--) if (events[i]!.article.id === article.id) events.splice(i, 1);
        articles.set(article.id, { ...article, coderVersion, contentHash });
        events.push(...evs);
        stored++;
        n += evs.length;
      }
      return { stored, skipped, events: n };
    },
    async *staleArticles(coderVersion) {
      for (const a of articles.values()) if (a.coderVersion !== coderVersion) yield a;
    },
    async events(filter: EventFilter, page: PageRequest): Promise<EventPage> {
      open();
      const all = matching(filter);
      const offset = page.cursor ? decodeCursor(page.cursor) : 0;
      const slice = all.slice(offset, offset + page.limit);
      const end = offset + slice.length;
      return { events: slice, total: all.length, next: end < all.length ? encodeCursor(end) : null };
    },
    async *streamEvents(filter) {
      for (const e of matching(filter)) yield e;
    },
    async stats(by: StatsBy, interval: StatsInterval, filter: EventFilter): Promise<StatsRow[]> {
      open();
      const rows = new Map<string, StatsRow>();
      for (const e of matching(filter)) {
        if (!e.date) continue;
        const key = by === 'event' ? e.event : by === 'quad' ? String(e.quad) : dyadKey(e);
        if (key === null) continue;
        const period = periodOf(e.date.value, interval);
        const id = `${period}\u0000${key}`;
        const row = rows.get(id) ?? { period, key, count: 0, goldstein: 0 };
        row.count++;
        row.goldstein = Math.round((row.goldstein + e.goldstein) * 10) / 10;
        rows.set(id, row);
      }
      return [...rows.values()].sort((a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key));
    },
    async topActors(filter, limit) {
      return top(matching(filter).flatMap((e) => [...new Set(e.actor.map((a) => a.country).filter((c): c is string => c !== null))]), limit);
    },
    async topDyads(filter, limit) {
      return top(matching(filter).map(dyadKey).filter((k): k is string => k !== null), limit);
    },
    async article(id) {
      open();
      const article = articles.get(id);
      if (!article) return null;
      return { article, events: events.filter((e) => e.article.id === id).sort((a, b) => a.evidence.start - b.evidence.start) };
    },
    async counts() {
      return { articles: articles.size, events: events.length };
    },
    async close() {
      closed = true;
    },
  };
}

function matches(e: ReadoutEvent, f: EventFilter): boolean {
  const has = (refs: ReadoutEvent['actor'], field: 'country' | 'sector', v: string | undefined) => v === undefined || refs.some((r) => r[field] === v);
  if (f.dyad) {
    const [a, b] = f.dyad;
    const ab = e.actor.some((r) => r.country === a) && e.recipient.some((r) => r.country === b);
    const ba = e.actor.some((r) => r.country === b) && e.recipient.some((r) => r.country === a);
    if (!ab && !ba) return false;
  }
  if (!has(e.actor, 'country', f.actor) || !has(e.actor, 'sector', f.actorSector)) return false;
  if (!has(e.recipient, 'country', f.recipient) || !has(e.recipient, 'sector', f.recipientSector)) return false;
  if (f.event && !f.event.includes(e.event)) return false;
  if (f.mode !== undefined && e.mode !== f.mode) return false;
  if (f.context !== undefined && !e.contexts.includes(f.context)) return false;
  if (f.status && !f.status.includes(e.status)) return false;
  if (f.outlet !== undefined && e.article.outlet !== f.outlet) return false;
  if (f.source !== undefined) {
    const s = f.source.toLowerCase();
    if (!e.attribution.some((a) => a.text.toLowerCase().includes(s) || (a.name ?? '').toLowerCase().includes(s))) return false;
  }
  if (f.from !== undefined || f.to !== undefined) {
    if (!e.date) return false;
    const start = e.date.value, end = e.date.value + '\uffff';
    if (f.from !== undefined && end < f.from) return false;
    if (f.to !== undefined && start > f.to + '\uffff') return false;
  }
  if (f.q !== undefined) {
    const text = e.evidence.text.toLowerCase();
    if (!f.q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w))) return false;
  }
  if (f.article !== undefined && e.article.id !== f.article) return false;
  return true;
}

const order = (a: ReadoutEvent, b: ReadoutEvent) =>
  (b.date?.value ?? '').localeCompare(a.date?.value ?? '') || a.article.id.localeCompare(b.article.id) || a.evidence.start - b.evidence.start || a.id.localeCompare(b.id);

function dyadKey(e: ReadoutEvent): string | null {
  const a = e.actor.find((r) => r.country)?.country;
  const r = e.recipient.find((x) => x.country)?.country;
  return a && r ? `${a}-${r}` : null;
}

function periodOf(value: string, interval: StatsInterval): string {
  const full = (value + '-01-01').slice(0, 10);
  if (interval === 'year') return full.slice(0, 4);
  if (interval === 'month') return full.slice(0, 7);
  if (interval === 'day') return full;
  const d = new Date(full + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function top(keys: string[], limit: number): TopRow[] {
  const n = new Map<string, number>();
  for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, limit);
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(c: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(c, 'base64url').toString());
  if (!m) throw new RangeError(`unknown cursor '${c.slice(0, 40)}'`);
  return Number(m[1]);
}

