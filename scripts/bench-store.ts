// Store measurements for docs/store.md (a script, not a test):
//   node dist/scripts/bench-store.js [--db FILE|postgres://…] [--articles 10000] [--events 1000000]
// 1. ingest throughput for generated articles: coding time, storing time (batches of 200), end to end;
// 2. N synthetic events written through putArticles in big batches, then a dyad/month stats query over them,
//    a dyad + date filter page, and the database size per million events.
import { rmSync, statSync, existsSync } from 'node:fs';
import pg from 'pg';
import { iterCorpus } from '../src/bench/corpus.js';
import { createRng } from '../src/bench/prng.js';
import { loadLexicons } from '../src/lexicons.js';
import { codeArticle, CODER_VERSION } from '../src/pipeline.js';
import { openStore, isPostgresUrl, type Store } from '../src/store/index.js';
import { parsePgUrl } from '../src/store/postgres.js';
import { PLOVER_CATEGORIES, STATUSES, type Article, type ReadoutEvent } from '../src/types.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const db = arg('db', '/tmp/readout-bench.db');
const nArticles = Number(arg('articles', '10000'));
const nEvents = Number(arg('events', '1000000'));
const pgUrl = isPostgresUrl(db);
const secs = (t0: number) => (performance.now() - t0) / 1000;
const log = (s: string) => process.stdout.write(`${s}\n`);

async function fresh(suffix: string): Promise<{ url: string; size: () => Promise<number> }> {
  if (!pgUrl) {
    const file = db.replace(/\.db$/, '') + `-${suffix}.db`;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return {
      url: file,
      size: async () => [file, `${file}-wal`].filter(existsSync).reduce((s, f) => s + statSync(f).size, 0),
    };
  }
  const schema = `bench_${suffix}`;
  const { connectionString } = parsePgUrl(db);
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
  const u = new URL(connectionString);
  u.searchParams.set('schema', schema);
  return {
    url: u.toString(),
    size: async () => {
      const c = new pg.Client({ connectionString });
      await c.connect();
      const r = await c.query(`select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`, [schema]);
      await c.end();
      return Number(r.rows[0].n);
    },
  };
}

async function ingestBench(): Promise<void> {
  const lex = loadLexicons();
  const articles: Article[] = [...iterCorpus({ articles: nArticles, sentencesPerArticle: 8, seed: 21 })]
    .map((a) => ({ id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: null, title: null, language: null, origin: a.id }));
  let t0 = performance.now();
  const items = articles.map((article) => ({ article, events: codeArticle(article, lex) }));
  const coding = secs(t0);
  const events = items.reduce((s, i) => s + i.events.length, 0);
  const target = await fresh('ingest');
  const store = await openStore(target.url);
  t0 = performance.now();
  for (let i = 0; i < items.length; i += 200) await store.putArticles(items.slice(i, i + 200), CODER_VERSION);
  const storing = secs(t0);
  t0 = performance.now();
  for (let i = 0; i < items.length; i += 200) await store.unchanged(articles.slice(i, i + 200), CODER_VERSION);
  const recheck = secs(t0);
  await store.close();
  log(`ingest ${nArticles} articles (${events} events): coding ${coding.toFixed(1)} s (${(nArticles / coding).toFixed(0)} articles/s), ` +
    `storing ${storing.toFixed(1)} s (${(nArticles / storing).toFixed(0)} articles/s, ${(events / storing).toFixed(0)} events/s), ` +
    `end to end ${(nArticles / (coding + storing)).toFixed(0)} articles/s; re-ingest check ${(nArticles / recheck).toFixed(0)} articles/s`);
}

const CODES = ['CHN', 'IRN', 'USA', 'RUS', 'UKR', 'FRA', 'DEU', 'GBR', 'IND', 'PAK', 'ISR', 'PSE', 'TUR', 'SAU', 'EGY', 'JPN', 'KOR', 'PRK',
  'BRA', 'MEX', 'ZAF', 'NGA', 'ETH', 'KEN', 'IDN', 'PHL', 'VNM', 'AUS', 'CAN', 'POL', 'FIN', 'EST', 'IGO', 'UNO', 'NGO', 'SYR', 'IRQ', 'AFG', 'VEN', 'COL'];
const SECTORS = ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'CVL', 'REB', 'BUS', 'OPP', null];
const CONTEXTS = ['diplomatic', 'military', 'economic', 'terrorism', 'crime', 'human_rights', 'territory', 'election'];

function synthetic(articleId: string, k: number, rng: ReturnType<typeof createRng>, sentences: string[]): ReadoutEvent {
  const day = new Date(Date.UTC(2018, 0, 1) + rng.int(8 * 365) * 86_400_000).toISOString().slice(0, 10);
  const party = () => ({ text: 'x', name: null, country: rng.pick(CODES), sector: rng.pick(SECTORS) });
  const text = rng.pick(sentences);
  return {
    id: `${articleId}-${k}`,
    article: { id: articleId, outlet: `Outlet ${rng.int(50)}`, url: null, published: day },
    event: rng.pick(PLOVER_CATEGORIES), mode: null, contexts: rng.chance(0.5) ? [rng.pick(CONTEXTS)] : [],
    cameo: '042', quad: (1 + rng.int(4)) as 1 | 2 | 3 | 4, goldstein: rng.int(200) / 10 - 10,
    actor: rng.chance(0.1) ? [party(), party()] : [party()], recipient: rng.chance(0.2) ? [] : [party()],
    date: rng.chance(0.05) ? null : { value: rng.chance(0.2) ? day.slice(0, 7) : day, granularity: 'day', text: null, basis: 'text' },
    location: null, attribution: rng.chance(0.6) ? [{ text: 'officials', name: null, country: null, sector: null, cue: 'said' }] : [],
    status: rng.chance(0.8) ? 'asserted' : rng.pick(STATUSES), evidence: { sentence: k, start: 0, end: text.length, text }, confidence: 0.7,
  };
}

async function millionBench(): Promise<void> {
  const rng = createRng(5);
  const sentences = [...iterCorpus({ articles: 300, sentencesPerArticle: 8, seed: 3 })].flatMap((a) => a.text.split(/(?<=\.)\s+/));
  const target = await fresh('events');
  const store: Store = await openStore(target.url);
  const perArticle = 10;
  const batchArticles = 1000;
  let t0 = performance.now();
  let written = 0;
  for (let a = 0; written < nEvents; a += batchArticles) {
    const batch = [];
    for (let i = 0; i < batchArticles && written < nEvents; i++) {
      const id = `bench-${a + i}`;
      const events = Array.from({ length: Math.min(perArticle, nEvents - written) }, (_, k) => synthetic(id, k, rng, sentences));
      written += events.length;
      batch.push({ article: { id, text: `synthetic article ${id}`, published: null, outlet: null, url: null, title: null, language: null, origin: id }, events });
    }
    await store.putArticles(batch, CODER_VERSION);
  }
  const load = secs(t0);
  log(`wrote ${written} synthetic events (${written / perArticle} articles, batches of ${batchArticles * perArticle} events) in ${load.toFixed(1)} s (${(written / load).toFixed(0)} events/s)`);
  const time = async (what: string, f: () => Promise<unknown>) => {
    t0 = performance.now();
    const r = await f();
    log(`${what}: ${(secs(t0) * 1000).toFixed(0)} ms${Array.isArray(r) ? ` (${r.length} rows)` : ''}`);
  };
  await time('stats --by dyad --interval month, all events', () => store.stats('dyad', 'month', {}));
  await time('stats --by quad --interval month, all events', () => store.stats('quad', 'month', {}));
  await time('stats --by event --interval day, all events', () => store.stats('event', 'day', {}));
  await time('stats --by dyad --interval week, all events (not in the rollup: a scan)', () => store.stats('dyad', 'week', {}));
  await time('stats --by event --interval year --actor CHN', () => store.stats('event', 'year', { actor: 'CHN' }));
  await time('events --dyad CHN-IRN --from 2024-01 --to 2024-03 (page of 50 + total)', async () => (await store.events({ dyad: ['CHN', 'IRN'], from: '2024-01', to: '2024-03' }, { limit: 50 })).events);
  let next: string | null = null;
  await time('events --dyad RUS-BRA (first page of 50 + total)', async () => {
    const page = await store.events({ dyad: ['RUS', 'BRA'] }, { limit: 50 });
    next = page.next;
    return page.events;
  });
  await time('events --dyad RUS-BRA (second page: total from the cursor)', async () => (await store.events({ dyad: ['RUS', 'BRA'] }, { limit: 50, cursor: next })).events);
  await time('events, no filter (page of 50 + total)', async () => (await store.events({}, { limit: 50 })).events);
  await time('events --actor CHN (page of 50 + total)', async () => (await store.events({ actor: 'CHN' }, { limit: 50 })).events);
  await time('events --q "police arrested" (page of 50 + total)', async () => (await store.events({ q: 'police arrested' }, { limit: 50 })).events);
  await time('stats --top dyads', () => store.topDyads({}, 10));
  await time('stats --top actors', () => store.topActors({}, 10));
  await store.close();
  const bytes = await target.size();
  log(`database size: ${(bytes / 2 ** 20).toFixed(0)} MiB for ${written} events = ${((bytes / 2 ** 20) * (1_000_000 / written)).toFixed(0)} MiB per million events`);
}

log(`store bench on ${pgUrl ? 'PostgreSQL' : 'SQLite'} (${db})`);
if (nArticles > 0) await ingestBench();
if (nEvents > 0) await millionBench();
