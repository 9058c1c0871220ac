// The store suite, run against SQLite (temp file) and PostgreSQL (TEST_DATABASE_URL, own schema per run).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openStore, type EventFilter, type Store } from '../../src/store/index.js';
import { genCorpus } from '../../src/bench/corpus.js';
import { CODER_VERSION } from '../../src/pipeline.js';
import type { Article, ReadoutEvent } from '../../src/types.js';
import { coded, plain, postgresDb, readAll, sqliteDb } from './helpers.js';
import { matches, statsOf, topOf } from './oracle.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function corpusArticles(): Article[] {
  return genCorpus({ articles: 120, sentencesPerArticle: 6, seed: 11, from: '2023-11-01', to: '2024-04-30' }).map((a, i) => ({
    id: a.id, text: a.text, published: a.published, outlet: i % 7 === 0 ? null : a.outlet, url: null, title: null, language: null, origin: a.id,
  }));
}

async function all(store: Store, f: EventFilter): Promise<ReadoutEvent[]> {
  const out: ReadoutEvent[] = [];
  for await (const e of store.streamEvents(f)) out.push(e);
  return out;
}

const STOP = new Set(['or', 'and', 'not', 'the', 'a', 'of']);

const mostCommon = <T>(xs: T[]): T => {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1])[0]![0];
};

for (const make of [sqliteDb, postgresDb]) {
  describe(`store on ${make().name}`, { skip: make().skip }, () => {
    const tdb = make();
    let store: Store;
    let items: { article: Article; events: ReadoutEvent[] }[];
    let expected: ReadoutEvent[];

    before(async () => {
      items = coded([...(await readAll([EXAMPLES])), ...corpusArticles()]);
      expected = plain(items.flatMap((i) => i.events));
      store = await openStore(tdb.fresh());
      for (let i = 0; i < items.length; i += 50) await store.putArticles(items.slice(i, i + 50), CODER_VERSION);
    });
    after(async () => {
      await store?.close();
      await tdb.cleanup();
    });

    test('the data set is big enough to test filters', () => {
      assert.ok(items.length > 100 && expected.length > 300, `${items.length} articles, ${expected.length} events`);
    });

    test('ingesting the same articles again stores nothing more', async () => {
      const before = await store.counts();
      assert.deepEqual(before, { articles: items.length, events: expected.length });
      const r = await store.putArticles(items, CODER_VERSION);
      assert.deepEqual(r, { stored: 0, skipped: items.length, events: 0 });
      assert.equal((await store.unchanged(items.map((i) => i.article), CODER_VERSION)).size, items.length);
      assert.deepEqual(await store.counts(), before);
    });

    test('stored events are exactly what codeArticle produced, in article then text order', async () => {
      assert.deepEqual(await all(store, {}), expected);
      const one = items.find((i) => i.events.length > 2)!;
      const got = await store.article(one.article.id);
      assert.ok(got);
      assert.deepEqual(got.events, plain(one.events));
      assert.equal(got.article.text, one.article.text);
      assert.equal(got.article.coderVersion, CODER_VERSION);
      assert.equal(await store.article('no-such-article'), null);
    });

    test('every filter returns exactly the matching events', async () => {
      const first = expected.find((e) => e.actor[0]?.country && e.recipient[0]?.country)!;
      const actor = mostCommon(expected.flatMap((e) => e.actor.map((a) => a.country)).filter((c): c is string => c !== null));
      const recipient = mostCommon(expected.flatMap((e) => e.recipient.map((a) => a.country)).filter((c): c is string => c !== null));
      const withMode = expected.find((e) => e.mode !== null)!;
      const sectored = expected.find((e) => e.actor[0]?.country && e.actor[0].sector && e.recipient[0]?.country)!;
      const withContext = expected.find((e) => e.contexts.length > 0)!;
      const attributed = expected.find((e) => e.attribution.some((a) => a.text.length > 4))!;
      const source = attributed.attribution.find((a) => a.text.length > 4)!.text.slice(1, 5).toUpperCase();
      const outlet = mostCommon(expected.map((e) => e.article.outlet).filter((o): o is string => o !== null));
      const otherStatuses = [...new Set(expected.map((e) => e.status).filter((s) => s !== 'asserted'))];
      const cases: EventFilter[] = [
        { dyad: [first.actor[0]!.country!, first.recipient[0]!.country!] },
        { dyad: [first.recipient[0]!.country!, first.actor[0]!.country!] },
        { actor },
        { actorSector: 'GOV' },
        { actor, actorSector: 'GOV' },
        { recipient },
        { recipientSector: 'GOV' },
        { recipient, recipientSector: 'MIL' },
        { event: ['ACCUSE', 'CONSULT'] },
        { event: [first.event] },
        { mode: withMode.mode! },
        { context: withContext.contexts[0]! },
        { status: otherStatuses },
        { status: ['asserted'] },
        { outlet },
        { outlet: 'Helsinki Wire' },
        { source },
        { from: '2024-01' },
        { to: '2023-12-31' },
        { from: '2024-02-01', to: '2024-03' },
        { from: '2024', to: '2024' },
        { article: first.article.id },
        { actor, event: ['ACCUSE', 'REJECT', 'REQUEST', 'SANCTION', 'COERCE'], from: '2023-12' },
        { actor: 'ZZZ' },
        // only side-table conditions: totals counted from their indexes alone
        { actor: first.actor[0]!.country!, recipient: first.recipient[0]!.country! },
        { actorSector: 'GOV', context: withContext.contexts[0]! },
        { dyad: [sectored.recipient[0]!.country!, sectored.actor[0]!.country!], actorSector: sectored.actor[0]!.sector! },
      ];
      let nonEmpty = 0;
      const empty: string[] = [];
      for (const f of cases) {
        const want = expected.filter((e) => matches(e, f)).map((e) => e.id);
        const got = (await all(store, f)).map((e) => e.id);
        assert.deepEqual(got, want, `filter ${JSON.stringify(f)}`);
        assert.equal((await store.events(f, { limit: 1 })).total, want.length, `total for ${JSON.stringify(f)}`);
        if (want.length > 0) nonEmpty++;
        else empty.push(JSON.stringify(f));
      }
      assert.ok(nonEmpty >= cases.length - 3, `only ${nonEmpty} of ${cases.length} filters matched anything; empty: ${empty.join(' ')}`);
    });

    test('full-text search finds the evidence words, and only them', async () => {
      for (const word of ['police', 'sanctions', 'talks']) {
        const got = await all(store, { q: word });
        const exact = expected.filter((e) => new RegExp(`\\b${word}\\b`, 'i').test(e.evidence.text)).map((e) => e.id);
        assert.ok(exact.length > 0, `corpus has "${word}"`);
        const ids = new Set(got.map((e) => e.id));
        for (const id of exact) assert.ok(ids.has(id), `${word}: missing ${id}`);
        for (const e of got) assert.match(e.evidence.text, new RegExp(word.slice(0, 4), 'i'));
      }
      const both = await all(store, { q: 'police arrested' });
      for (const e of both) assert.match(e.evidence.text, /polic.*arrest|arrest.*polic/i);
      assert.ok(both.length > 0);
    });

    test('paging with the cursor is complete and never overlaps', async () => {
      for (const f of [{}, { actorSector: 'GOV' }] as EventFilter[]) {
        const want = (await all(store, f)).map((e) => e.id);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await store.events(f, { limit: 37, cursor });
          assert.equal(page.total, want.length);
          assert.ok(page.events.length <= 37);
          seen.push(...page.events.map((e) => e.id));
          cursor = page.next;
          pages++;
        } while (cursor !== null && pages < 1000);
        assert.deepEqual(seen, want);
        assert.ok(pages > 1);
      }
    });

    test('stats: counts and Goldstein sums per period and group', async () => {
      for (const by of ['dyad', 'event', 'quad'] as const) {
        for (const interval of ['day', 'week', 'month', 'year'] as const) {
          const got = await store.stats(by, interval, {});
          const want = statsOf(expected, by, interval);
          assert.deepEqual(got.map((r) => [r.period, r.key, r.count]), want.map((r) => [r.period, r.key, r.count]), `${by}/${interval}`);
          got.forEach((r, i) => assert.ok(Math.abs(r.goldstein - want[i]!.goldstein) < 1e-6, `${by}/${interval} ${r.period} ${r.key}`));
        }
      }
      const f: EventFilter = { actorSector: 'GOV', from: '2024-01' };
      const got = await store.stats('event', 'month', f);
      assert.equal(got.reduce((s, r) => s + r.count, 0), expected.filter((e) => matches(e, f)).length);
    });

    test('top actors and dyads (first actor and recipient)', async () => {
      assert.deepEqual(await store.topActors({}, 5), topOf(expected.map((e) => e.actor[0]?.country ?? null), 5));
      const dyads = expected.map((e) => (e.actor[0]?.country && e.recipient[0]?.country ? `${e.actor[0].country}-${e.recipient[0].country}` : null));
      assert.deepEqual(await store.topDyads({}, 7), topOf(dyads, 7));
    });

    test('injection attempts through every filter neither error nor match wrongly', async () => {
      const before = await store.counts();
      const nasty = ["x' OR 1=1 --", "'; DROP TABLE events; --", '%', '_', '\\', '" OR ""="', "') OR ('a'='a"];
      for (const v of nasty) {
        for (const f of [{ outlet: v }, { source: v }, { article: v }] as EventFilter[]) {
          assert.equal((await store.events(f, { limit: 10 })).total, 0, JSON.stringify(f));
        }
      }
      const queries = ['"', '*', 'OR', 'NEAR(', 'police" OR "', 'police OR talks', 'police NOT talks', '-police', '^police', 'evidence_text:police', '()', "x' OR 1=1 --", 'NEAR(police talks, 2)', 'pol*'];
      for (const q of queries) {
        const got = await all(store, { q });
        // PostgreSQL's english configuration drops stop words such as "or" and "not"; SQLite keeps them
        const terms = (q.match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t.toLowerCase()));
        for (const e of got) for (const t of terms) assert.match(e.evidence.text, new RegExp(t.slice(0, 3), 'i'), `q=${q}`);
      }
      assert.equal((await all(store, { q: 'police OR talks' })).length, (await all(store, { q: 'police talks or' })).length);
      assert.deepEqual(await store.counts(), before);
    });

    test('bad filter values, cursors and limits are refused with the option named', async () => {
      const bad: [EventFilter, RegExp][] = [
        [{ actor: 'china' }, /--actor/],
        [{ actor: "CHN' --" }, /--actor/],
        [{ dyad: ['CHN', 'IR'] }, /--dyad/],
        [{ event: ['FOO' as 'AGREE'] }, /--event/],
        [{ mode: 'lunch' }, /--mode/],
        [{ context: 'weather' }, /--context/],
        [{ status: ['maybe' as 'asserted'] }, /--status/],
        [{ from: '2024-13' }, /--from/],
        [{ to: '2024-02-30' }, /--to/],
        [{ from: '2024-03', to: '2024-01' }, /--from/],
        [{ outlet: '  ' }, /--outlet/],
      ];
      for (const [f, re] of bad) await assert.rejects(store.events(f, { limit: 5 }), (e: Error) => e instanceof RangeError && re.test(e.message), JSON.stringify(f));
      await assert.rejects(store.events({}, { limit: 5, cursor: 'garbage' }), /--cursor/);
      await assert.rejects(store.events({}, { limit: 0 }), /--limit/);
      assert.throws(() => store.streamEvents({ actor: 'x' }), /--actor/);
    });
  });

  describe(`store on ${make().name}: duplicates, updates and failed batches`, { skip: make().skip }, () => {
    const tdb = make();
    let store: Store;
    let items: { article: Article; events: ReadoutEvent[] }[];
    before(async () => {
      items = coded(await readAll([EXAMPLES]));
      store = await openStore(tdb.fresh());
    });
    after(async () => {
      await store?.close();
      await tdb.cleanup();
    });

    test('an article twice in one batch, and the same text under another id, are stored once', async () => {
      const a = items[0]!;
      const copy = { article: { ...a.article, id: 'copy-of-first', text: `  ${a.article.text.replace(/ /g, '  ')}\n` }, events: [] };
      const r = await store.putArticles([a, a, copy], CODER_VERSION);
      assert.deepEqual(r, { stored: 1, skipped: 2, events: a.events.length });
      assert.equal(await store.article('copy-of-first'), null);
    });

    test('a failing batch stores nothing of it', async () => {
      const before = await store.counts();
      const good = items[1]!;
      const broken = { article: items[2]!.article, events: [{ ...items[2]!.events[0]!, article: { ...items[2]!.events[0]!.article, id: 'elsewhere' } }] };
      await assert.rejects(store.putArticles([good, broken], CODER_VERSION), /names article elsewhere/);
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.article(good.article.id), null);
    });

    test('a changed text under the same id replaces the article and its events', async () => {
      const a = items[0]!;
      const changed = coded([{ ...a.article, text: 'Finland and Estonia signed an agreement on cable protection on Monday.' }])[0]!;
      const r = await store.putArticles([changed], CODER_VERSION);
      assert.equal(r.stored, 1);
      const got = await store.article(a.article.id);
      assert.deepEqual(got?.events, plain(changed.events));
      assert.equal((await store.counts()).articles, 1);
    });

    test('another coder version: listed as stale, re-stored, then not stale', async () => {
      await store.putArticles(items.slice(1), 'old-version');
      const stale: string[] = [];
      for await (const a of store.staleArticles(CODER_VERSION)) stale.push(a.id);
      assert.deepEqual(stale, items.slice(1).map((i) => i.article.id).sort());
      const r = await store.putArticles(items.slice(1), CODER_VERSION);
      assert.equal(r.stored, items.length - 1);
      for await (const a of store.staleArticles(CODER_VERSION)) assert.fail(`still stale: ${a.id}`);
      assert.equal((await store.counts()).articles, items.length);
    });

    test('an empty batch is a no-op', async () => {
      assert.deepEqual(await store.putArticles([], CODER_VERSION), { stored: 0, skipped: 0, events: 0 });
    });

    test('stats kept in the rollup follow replaced and re-coded articles (no group left at zero)', async () => {
      // replace some articles by texts with other events, then one by a text with none
      const changed = coded(items.slice(1, 4).map((i, k) => ({ ...i.article, text: `${['Russia', 'China', 'Iran'][k]} condemned Estonia for expelling its diplomats on 3 March 2024.` })));
      await store.putArticles(changed, CODER_VERSION);
      await store.putArticles([{ article: { ...items[4]!.article, text: 'Nothing happened here.' }, events: [] }], 'another-version');
      const stored = await all(store, {});
      assert.ok(stored.length > 0);
      for (const by of ['dyad', 'event', 'quad'] as const) {
        for (const interval of ['day', 'week', 'month', 'year'] as const) {
          const got = await store.stats(by, interval, {});
          const want = statsOf(stored, by, interval);
          assert.deepEqual(got.map((r) => [r.period, r.key, r.count]), want.map((r) => [r.period, r.key, r.count]), `${by}/${interval}`);
          got.forEach((r, i) => assert.ok(Math.abs(r.goldstein - want[i]!.goldstein) < 1e-6, `${by}/${interval} ${r.period} ${r.key}`));
        }
      }
      assert.equal((await store.events({}, { limit: 1 })).total, stored.length);
      const dyads = stored.map((e) => (e.actor[0]?.country && e.recipient[0]?.country ? `${e.actor[0].country}-${e.recipient[0].country}` : null));
      assert.deepEqual(await store.topDyads({}, 50), topOf(dyads, 50));
    });
  });

  describe(`store on ${make().name}: totals carried in cursors`, { skip: make().skip }, () => {
    const tdb = make();
    let store: Store;
    let expected: ReadoutEvent[];
    before(async () => {
      const items = coded(await readAll([EXAMPLES]));
      expected = plain(items.flatMap((i) => i.events));
      store = await openStore(tdb.fresh());
      await store.putArticles(items, CODER_VERSION);
    });
    after(async () => {
      await store?.close();
      await tdb.cleanup();
    });

    test('a later page keeps the first page\'s total; a cursor from another filter gets its own count', async () => {
      const actor = expected.find((e) => e.actor[0]?.country)!.actor[0]!.country!;
      const first = await store.events({}, { limit: 2 });
      assert.equal(first.total, expected.length);
      assert.ok(first.next);
      const second = await store.events({}, { limit: 2, cursor: first.next });
      assert.equal(second.total, expected.length);
      const other = await store.events({ actor }, { limit: 2, cursor: first.next });
      assert.equal(other.total, expected.filter((e) => matches(e, { actor })).length);
      assert.notEqual(other.total, expected.length);
    });

    test('a forged or truncated cursor is refused', async () => {
      const first = await store.events({}, { limit: 2 });
      const text = Buffer.from(first.next!, 'base64url').toString('utf8');
      for (const bad of [text.slice(0, -3), `${text}x`, text.replace(/^s/, 'q'), 's1t2', 's1t2fshort']) {
        await assert.rejects(store.events({}, { limit: 2, cursor: Buffer.from(bad).toString('base64url') }), /--cursor/, bad);
      }
    });
  });
}
