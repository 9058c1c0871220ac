// A synthetic 10-million-event PostgreSQL store (docs/scale.md): generates articles, events and their side tables
// with SQL (generate_series) into a throwaway database, builds the indexes afterwards, and measures load time,
// table and index sizes, and the latency of the store's typical queries through readout's own store code.
// Not part of `npm test`; run it once, on a machine with ~40 GB free:
//   node dist/scripts/scale-load.js [--server postgres://postgres@127.0.0.1:5433] [--db h_q1_scale] [--events 10000000] [--keep]
// The database is dropped at the end unless --keep. Prints a Markdown report on stdout; progress on stderr.
import { statfsSync } from 'node:fs';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import type { EventFilter, Store } from '../src/store/index.js';

const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const SERVER = opt('server') ?? 'postgres://postgres@127.0.0.1:5433';
const DB = opt('db') ?? 'h_q1_scale';
const EVENTS = Number(opt('events') ?? 10_000_000);
const PER_ARTICLE = 10;
const CHUNK = 1_000_000;
const URL_DB = `${SERVER}/${DB}`;
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

// realistic skew: a few countries and categories dominate (index = floor(n * random()^k))
const COUNTRIES = ['USA', 'RUS', 'CHN', 'UKR', 'ISR', 'IRN', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'TUR', 'SYR', 'PSE', 'JPN', 'KOR',
  'PRK', 'SAU', 'EGY', 'IRQ', 'AFG', 'NGA', 'ZAF', 'BRA', 'MEX', 'CAN', 'AUS', 'ITA', 'ESP', 'POL', 'FIN', 'EST', 'LVA', 'LTU',
  'SWE', 'NOR', 'BLR', 'GEO', 'ARM', 'AZE', 'KAZ', 'VNM', 'PHL', 'IDN', 'MYS', 'THA', 'MMR', 'BGD', 'LKA', 'NPL', 'ETH', 'KEN',
  'SDN', 'SSD', 'SOM', 'LBY', 'TUN', 'DZA', 'MAR', 'VEN', 'COL', 'ARG', 'CHL', 'PER', 'CUB', 'HTI', 'EUR', 'NATO', 'UNO'];
const CATEGORIES: [string, string, number, number][] = [
  ['CONSULT', '040', 1, 1], ['ACCUSE', '112', 3, -2], ['AGREE', '030', 1, 4], ['SUPPORT', '051', 1, 3.4], ['REQUEST', '020', 1, 3],
  ['ASSAULT', '190', 4, -10], ['COOPERATE', '060', 2, 6], ['THREATEN', '130', 3, -4.4], ['REJECT', '120', 3, -4], ['AID', '070', 2, 7],
  ['SANCTION', '163', 3, -8], ['PROTEST', '140', 3, -6.5], ['COERCE', '170', 4, -7], ['MOBILIZE', '150', 4, -7.2], ['RETREAT', '080', 2, 5],
  ['CONCEDE', '081', 2, 5]];
const VERBS = ['met', 'accused', 'agreed with', 'backed', 'asked', 'struck', 'worked with', 'warned', 'rejected', 'sent aid to',
  'imposed sanctions on', 'protested against', 'detained citizens of', 'deployed troops near', 'withdrew from talks with', 'yielded to'];
const TOPICS = ['grain exports', 'the border', 'gas supplies', 'undersea cables', 'nuclear talks', 'refugees', 'the ceasefire',
  'tariffs', 'fishing rights', 'a prisoner exchange', 'drone strikes', 'election monitors', 'the pipeline', 'port access',
  'cyber attacks', 'water rights', 'the embassy', 'arms deliveries', 'debt relief', 'vaccine deliveries'];
const SOURCES = ['Reuters', 'Xinhua', 'TASS', 'AFP', 'IRNA', 'Yonhap', 'Anadolu', 'the ministry', 'a spokesman', 'state media'];
const CONTEXTS = ['military', 'diplomatic', 'economic', 'terrorism', 'human_rights', 'migration', 'cyber', 'election', 'legal', 'environment'];
const STATUSES = ['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'alleged', 'denied',
  'negated', 'future', 'hypothetical', 'asserted', 'asserted', 'asserted', 'asserted', 'alleged', 'asserted', 'asserted'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC', 'Al Jazeera', 'Xinhua', 'TASS', 'SCMP', 'The Hindu', 'Dawn', 'Yle', 'ERR', 'DW', 'NHK'];
// a real event's stored body (its evidence text is kept in its own column), with placeholders
const BODY = JSON.stringify({
  id: '@ID', article: { id: '@ART', outlet: '@OUT', url: null, published: '@DAY' }, event: '@EV', mode: null, contexts: [], cameo: '@CAMEO',
  quad: 1, goldstein: 1, actor: [{ text: '@A', name: '@A', country: '@A', sector: 'GOV' }],
  recipient: [{ text: '@R', name: '@R', country: '@R', sector: 'GOV' }], date: { value: '@DAY', granularity: 'day', text: null, basis: 'published' },
  location: null, attribution: [{ text: 'the ministry', name: null, country: '@A', sector: 'GOV', cue: 'said' }], status: 'asserted',
  evidence: { sentence: 0, start: 0, end: 80, text: '' }, confidence: 0.8, trigger: { text: 'met', start: 10, end: 13 },
});

/** One column of CATEGORIES as an SQL array (category, cameo, quad, goldstein). */
const col = (i: number) => `(${arr(CATEGORIES.map((c) => String(c[i])))})`;
const arr = (xs: string[]) => `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const pick = (xs: string[], r: string, k = 1) => `(${arr(xs)})[1 + floor(${xs.length} * power(${r}, ${k}))::int]`;

async function timed<T>(what: string, run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await run();
  const s = (performance.now() - t0) / 1000;
  log(`${what}: ${s.toFixed(1)} s`);
  return [r, s];
}

const SECONDARY = [
  'articles_coder_version', 'events_article', 'events_event_id', 'events_dyad', 'events_recipient', 'events_category', 'events_date',
  'events_outlet', 'events_evidence_tsv', 'event_parties_country', 'event_parties_sector', 'event_contexts_context', 'event_dyads_seq',
];

async function main(): Promise<void> {
  const free = statfsSync('/').bavail * statfsSync('/').bsize / 1e9;
  log(`free disk: ${free.toFixed(0)} GB`);
  if (free < 30 * (EVENTS / 1e7)) throw new Error(`not enough free disk (${free.toFixed(0)} GB) for ${EVENTS} events`);
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${DB}`);
  await admin.query(`create database ${DB}`);
  const report: string[] = [];
  const c = new pg.Client({ connectionString: URL_DB });
  try {
    await (await openStore(URL_DB, 'create')).close();
    await c.connect();
    await c.query(`set synchronous_commit = off; set maintenance_work_mem = '1GB'; set work_mem = '256MB'`);
    // a backfill loads without the secondary indexes and foreign keys and builds them afterwards (docs/scale.md)
    const idxDefs = (await c.query(`select indexname, indexdef from pg_indexes where schemaname = 'public' and indexname = any($1)`, [SECONDARY])).rows as { indexname: string; indexdef: string }[];
    const fkDefs = (await c.query(`select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`)).rows as { t: string; conname: string; def: string }[];
    for (const i of idxDefs) await c.query(`drop index ${i.indexname}`);
    for (const f of fkDefs) await c.query(`alter table ${f.t} drop constraint ${f.conname}`);
    const articles = Math.floor(EVENTS / PER_ARTICLE) + 1;
    const dayOf = (r: string) => `(date '2015-01-01' + floor(3652 * sqrt(${r}))::int)`;
    const [, tArticles] = await timed(`articles (${articles})`, () => c.query(`insert into articles (id, text, published, outlet, url, title, language, content_hash, coder_version, event_count)
      select 'a' || j, 'synthetic article ' || j, ${dayOf('random()')}::text, ${pick(OUTLETS, 'random()')}, null, null, 'en', md5(j::text), 'scale', ${PER_ARTICLE}
      from generate_series(0, ${articles - 1}) j`));
    let tEvents = 0;
    for (let lo = 1; lo <= EVENTS; lo += CHUNK) {
      const hi = Math.min(EVENTS, lo + CHUNK - 1);
      const [, s] = await timed(`events ${lo}..${hi}`, () => c.query(`insert into events (seq, event_id, article_id, ord, event, mode, cameo, quad, goldstein, status,
          confidence, actor_country, actor_sector, recipient_country, recipient_sector, date_start, date_end, day, week, month, year, outlet, published, evidence_text, body)
        select i, substr(md5(i::text), 1, 20), 'a' || (i / ${PER_ARTICLE}), i % ${PER_ARTICLE}, ${col(0)}[k], null, ${col(1)}[k], ${col(2)}[k]::int, ${col(3)}[k]::float8, st, 0.8,
          ac, 'GOV', rc, 'GOV', d::text, d::text, d::text, date_trunc('week', d)::date::text, to_char(d, 'YYYY-MM'), to_char(d, 'YYYY'), outlet, d::text,
          ac || ' ' || verb || ' ' || rc || ' over ' || topic || ' in case ' || (i % 50000) || ', ' || src || ' said.',
          replace(replace(replace(replace(replace(replace(replace($1, '@ID', substr(md5(i::text), 1, 20)), '@ART', 'a' || (i / ${PER_ARTICLE})), '@OUT', outlet), '@DAY', d::text), '@EV', ${col(0)}[k]), '@CAMEO', ${col(1)}[k]), '@A', ac)
        from (select i, ${dayOf('random()')} as d, ${pick(COUNTRIES, 'random()', 2.5)} as ac, ${pick(COUNTRIES, 'random()', 2.5)} as rc,
                1 + floor(${CATEGORIES.length} * power(random(), 1.6))::int as k,
                ${pick(STATUSES, 'random()')} as st, ${pick(OUTLETS, 'random()')} as outlet, ${pick(VERBS, 'random()')} as verb,
                ${pick(TOPICS, 'random()', 1.5)} as topic, ${pick(SOURCES, 'random()')} as src
              from generate_series(${lo}, ${hi}) i) g`, [BODY]));
      tEvents += s;
    }
    await c.query(`select setval(pg_get_serial_sequence('events', 'seq'), ${EVENTS})`);
    const [, tSide] = await timed('event_parties, event_dyads, event_contexts', async () => {
      await c.query(`insert into event_parties (event_seq, role, pos, country, sector, label)
        select seq, 'A', 0, actor_country, actor_sector, null from events
        union all select seq, 'R', 0, recipient_country, recipient_sector, null from events
        union all select seq, 'S', 0, actor_country, 'JRN', lower(outlet) || chr(10) || lower(outlet) from events where seq % 5 < 2`);
      await c.query(`insert into event_dyads (actor, recipient, event_seq) select actor_country, recipient_country, seq from events`);
      await c.query(`insert into event_contexts (event_seq, context) select seq, ${pick(CONTEXTS, '((seq * 7919) % 1000) / 1000.0')} from events where seq % 10 < 3`);
    });
    const [, tRollup] = await timed('event_rollup', async () => {
      const keys: Record<string, string> = { quad: 'cast(quad as text)', event: 'event', dyad: `coalesce(actor_country, '?') || '-' || coalesce(recipient_country, '?')` };
      for (const [by, grains] of [['quad', ['day', 'week', 'month', 'year']], ['event', ['day', 'week', 'month', 'year']], ['dyad', ['month', 'year']]] as const) {
        for (const g of grains) {
          await c.query(`insert into event_rollup (dimension, grain, period, key, n, goldstein)
            select '${by}', '${g}', coalesce(${g}, 'unknown'), ${keys[by]}, count(*), sum(goldstein) from events group by 3, 4`);
        }
      }
    });
    const idxTimes: string[] = [];
    const [, tIndexes] = await timed('indexes and foreign keys', async () => {
      for (const i of idxDefs) idxTimes.push(`${i.indexname} ${(await timed(i.indexname, () => c.query(i.indexdef)))[1].toFixed(0)} s`);
      for (const f of fkDefs) idxTimes.push(`${f.conname} ${(await timed(f.conname, () => c.query(`alter table ${f.t} add constraint ${f.conname} ${f.def}`)))[1].toFixed(0)} s`);
    });
    const [, tVacuum] = await timed('vacuum analyze', () => c.query('vacuum analyze'));
    const sizes = (await c.query(`select c.relname as t, c.reltuples::bigint as rows, pg_table_size(c.oid) as tbl, pg_indexes_size(c.oid) as idx
      from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace order by pg_total_relation_size(c.oid) desc`)).rows as { t: string; rows: number; tbl: string; idx: string }[];
    const gb = (b: string | number) => `${(Number(b) / 1e9).toFixed(2)} GB`;
    report.push(`Load of ${EVENTS.toLocaleString('en-US')} events (${articles.toLocaleString('en-US')} articles) without secondary indexes, then indexes built: ` +
      `articles ${tArticles.toFixed(0)} s, events ${tEvents.toFixed(0)} s (${(EVENTS / tEvents).toFixed(0)} rows/s, the stored tsvector computed per row), ` +
      `side tables ${tSide.toFixed(0)} s, rollup ${tRollup.toFixed(0)} s, indexes and foreign keys ${tIndexes.toFixed(0)} s (${idxTimes.join(', ')}), vacuum analyze ${tVacuum.toFixed(0)} s.`, '');
    report.push('| table | rows | table size | index size |', '| --- | --- | --- | --- |');
    for (const s of sizes) report.push(`| ${s.t} | ${Number(s.rows).toLocaleString('en-US')} | ${gb(s.tbl)} | ${gb(s.idx)} |`);
    report.push('', ...await queryLatencies());
  } finally {
    await c.end().catch(() => undefined);
    if (!process.argv.includes('--keep')) {
      await admin.query(`drop database if exists ${DB}`);
      log(`dropped ${DB}`);
    }
    await admin.end();
  }
  process.stdout.write(`${report.join('\n')}\n`);
}

/** The store's typical reads, through readout's store code: the first run (cold-ish) and the median of five more. */
async function queryLatencies(): Promise<string[]> {
  const store = await openStore(URL_DB, 'read');
  const cases: [string, (s: Store) => Promise<unknown>][] = [
    ['events page, no filter (50)', (s) => s.events({}, { limit: 50 })],
    ['events page, dyad USA-RUS (50, with total)', (s) => s.events({ dyad: ['USA', 'RUS'] }, { limit: 50 })],
    ['events page, dyad FIN-EST + category + 2022 (50)', (s) => s.events({ dyad: ['FIN', 'EST'], event: ['CONSULT', 'AGREE'], from: '2022', to: '2022' } as EventFilter, { limit: 50 })],
    ['events page, rare dyad CUB-NPL (50)', (s) => s.events({ dyad: ['CUB', 'NPL'] }, { limit: 50 })],
    ['stats by dyad per month, no filter (rollup)', (s) => s.stats('dyad', 'month', {})],
    ['stats by event per month, actor CHN', (s) => s.stats('event', 'month', { actor: 'CHN' })],
    ['stats by quad per month, dyad USA-CHN', (s) => s.stats('quad', 'month', { dyad: ['USA', 'CHN'] })],
    ['top actors, no filter', (s) => s.topActors({}, 10)],
    ['top dyads, 2023', (s) => s.topDyads({ from: '2023', to: '2023' }, 10)],
    ['full-text q "pipeline" (50, with total)', (s) => s.events({ q: 'pipeline' }, { limit: 50 })],
    ['full-text q "case 4242" (50)', (s) => s.events({ q: 'case 4242' }, { limit: 50 })],
    ['one article with its events', (s) => s.article('a123456')],
  ];
  const rows = ['| query (through the store) | first | median of 5 |', '| --- | --- | --- |'];
  try {
    for (const [name, run] of cases) {
      const times: number[] = [];
      for (let k = 0; k < 6; k++) {
        const t0 = performance.now();
        await run(store);
        times.push(performance.now() - t0);
      }
      const rest = times.slice(1).sort((a, b) => a - b);
      rows.push(`| ${name} | ${times[0]!.toFixed(0)} ms | ${rest[2]!.toFixed(0)} ms |`);
      log(rows[rows.length - 1]!);
    }
  } finally {
    await store.close();
  }
  return rows;
}

await main();
