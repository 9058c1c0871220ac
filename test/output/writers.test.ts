import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CSV_COLUMNS, GDELT_COLUMNS, createWriter, isOutputFormat, OUTPUT_FORMATS, validateEvent, writeAll,
} from '../../src/output/index.js';
import { fractionDate, gdeltActor, gdeltEventId } from '../../src/output/gdelt.js';
import type { OutputFormat } from '../../src/output/index.js';
import { ALL, ARTICLE_TEXT, agree, aid, consult, copy } from './fixtures.js';

const CONTRACT_ORDER = [
  'id', 'article', 'event', 'mode', 'contexts', 'cameo', 'quad', 'goldstein', 'actor', 'recipient',
  'date', 'location', 'attribution', 'status', 'evidence', 'confidence',
];

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i += 1; continue; }
      field += c; i += 1; continue;
    }
    if (c === '"' && field === '') { quoted = true; i += 1; continue; }
    if (c === '"') throw new Error(`bare quote inside an unquoted field at ${i}`);
    if (c === ',') { row.push(field); field = ''; i += 1; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    field += c; i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

test('the test CSV reader itself rejects malformed input', () => {
  assert.throws(() => parseCsv('a,"b\r\n'), /unterminated/);
  assert.throws(() => parseCsv('a,b"c\r\n'), /bare quote/);
  assert.deepEqual(parseCsv('a,"b,""c""\r\nd",e\r\n'), [['a', 'b,"c"\r\nd', 'e']]);
});

test('jsonl: one line per event that parses back to the event, validates, keys in contract order', () => {
  const out = writeAll(createWriter('jsonl'), ALL);
  const lines = out.split('\n');
  assert.equal(lines.pop(), '', 'output ends with a newline');
  assert.equal(lines.length, ALL.length);
  lines.forEach((line, i) => {
    const back = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(back, ALL[i]);
    assert.deepEqual(validateEvent(back, ARTICLE_TEXT), []);
    const keys = Object.keys(back).filter((k) => k !== 'trigger');
    assert.deepEqual(keys, CONTRACT_ORDER);
  });
});

test('jsonl: key order follows the contract even when the event was built in another order', () => {
  const shuffled = Object.fromEntries(Object.entries(copy(agree)).reverse()) as unknown as typeof agree;
  const line = createWriter('jsonl').write(shuffled);
  assert.deepEqual(Object.keys(JSON.parse(line) as object), CONTRACT_ORDER);
  assert.ok(line.indexOf('"value"') < line.indexOf('"granularity"'));
});

test('json: one valid array for zero, one and many events', () => {
  for (const events of [[], [consult], ALL]) {
    const out = writeAll(createWriter('json'), events);
    const back = JSON.parse(out) as unknown[];
    assert.ok(Array.isArray(back));
    assert.deepEqual(back, events);
  }
});

test('json: each writer keeps its own comma state', () => {
  const a = createWriter('json');
  const b = createWriter('json');
  const outA = a.header!() + a.write(consult) + a.write(agree) + a.footer!();
  const outB = b.header!() + b.write(aid) + b.footer!();
  assert.equal((JSON.parse(outA) as unknown[]).length, 2);
  assert.equal((JSON.parse(outB) as unknown[]).length, 1);
});

test('csv: header row, then rows that parse back with quotes, commas and newlines intact', () => {
  const out = writeAll(createWriter('csv'), ALL);
  const rows = parseCsv(out);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 1 + ALL.length);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const [, c1, c2, c3] = rows as [string[], string[], string[], string[]];

  assert.equal(c2[col('evidence_text')], agree.evidence.text); // has "…", commas and a newline
  assert.match(agree.evidence.text, /"[^"]*,[^"]*",\n/);
  assert.equal(c2[col('contexts')], 'economic;diplomatic');
  assert.equal(c2[col('attribution_names')], 'Luis Rojas;Andina');
  assert.equal(c2[col('attribution_cues')], 'said;according to');
  assert.equal(c2[col('actor_sectors')], ''); // Peru has no sector: empty item
  assert.equal(c2[col('date')], '2024-01');
  assert.equal(c2[col('date_granularity')], 'month');
  assert.equal(c1[col('location')], 'Geneva');
  assert.equal(c1[col('goldstein')], '2.8');
  assert.equal(c1[col('cameo')], '043');

  assert.equal(c3[col('actor_names')], 'United Nations;Kenya');
  assert.equal(c3[col('actor_countries')], 'UNO;KEN');
  assert.equal(c3[col('actor_sectors')], ';GOV'); // position kept: first actor has no sector
  assert.equal(c3[col('recipient_names')], '');
  assert.equal(c3[col('date')], '');
  assert.equal(c3[col('url')], '');
});

test('csv: a field that is only a quote, and a leading quote, survive', () => {
  const e = copy(consult);
  e.actor[0]!.name = '"';
  e.recipient[0]!.name = '"Rojas" and co';
  const rows = parseCsv(writeAll(createWriter('csv'), [e]));
  assert.equal(rows[1]![CSV_COLUMNS.indexOf('actor_names')], '"');
  assert.equal(rows[1]![CSV_COLUMNS.indexOf('recipient_names')], '"Rojas" and co');
});

test('gdelt: the column list is GDELT 2.0\'s 61 columns', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(new Set(GDELT_COLUMNS).size, 61);
  assert.equal(GDELT_COLUMNS[0], 'GlobalEventID');
  assert.equal(GDELT_COLUMNS[5], 'Actor1Code');
  assert.equal(GDELT_COLUMNS[15], 'Actor2Code');
  assert.equal(GDELT_COLUMNS[25], 'IsRootEvent');
  assert.equal(GDELT_COLUMNS[29], 'QuadClass');
  assert.equal(GDELT_COLUMNS[34], 'AvgTone');
  assert.equal(GDELT_COLUMNS[51], 'ActionGeo_Type');
  assert.equal(GDELT_COLUMNS[59], 'DATEADDED');
  assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
});

function gdeltRows(out: string): Record<string, string>[] {
  const lines = out.split('\n');
  assert.equal(lines.pop(), '');
  return lines.map((line) => {
    const cells = line.split('\t');
    assert.equal(cells.length, 61, `61 columns expected, got ${cells.length}: ${line}`);
    return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, cells[i]!]));
  });
}

test('gdelt: 61 columns per row, no header, and the dates, codes and actors of each event', () => {
  const w = createWriter('gdelt');
  assert.equal(w.header, undefined);
  const rows = gdeltRows(writeAll(w, ALL));
  assert.equal(rows.length, 1 + 1 + 2); // aid has two actors: one row per dyad

  const [r1, r2, r3a, r3b] = rows as [Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>];
  assert.equal(r1.Day, '20240108');
  assert.equal(r1.MonthYear, '202401');
  assert.equal(r1.Year, '2024');
  assert.equal(r1.FractionDate, '2024.0219'); // 8/365
  assert.equal(r1.Actor1Code, 'KENGOV');
  assert.equal(r1.Actor1Name, 'ANN MWANGI');
  assert.equal(r1.Actor1CountryCode, 'KEN');
  assert.equal(r1.Actor1Type1Code, 'GOV');
  assert.equal(r1.Actor2Code, 'PERGOV');
  assert.equal(r1.EventCode, '043');
  assert.equal(r1.EventBaseCode, '043');
  assert.equal(r1.EventRootCode, '04');
  assert.equal(r1.QuadClass, '1');
  assert.equal(r1.GoldsteinScale, '2.8');
  assert.equal(r1.IsRootEvent, '0');
  assert.equal(r1.ActionGeo_FullName, 'Geneva');
  assert.equal(r1.DATEADDED, '20240110000000');
  assert.equal(r1.SOURCEURL, 'https://example.org/news/1');

  // month date inside the publication month: GDELT dates it by the report
  assert.equal(r2.Day, '20240110');
  assert.equal(r2.Actor1Code, 'PER');
  assert.equal(r2.Actor2Code, 'KENGOV');
  assert.equal(r2.EventCode, '030');
  assert.equal(r2.EventRootCode, '03');
  assert.equal(r2.GoldsteinScale, '4.0');

  // no date and no publication date: date columns empty; two-digit CAMEO padded to GDELT's three
  assert.equal(r3a.Day, '');
  assert.equal(r3a.FractionDate, '');
  assert.equal(r3a.EventCode, '070');
  assert.equal(r3a.EventRootCode, '07');
  assert.equal(r3a.QuadClass, '2');
  assert.equal(r3a.Actor1Code, 'IGOUNO');
  assert.equal(r3a.Actor1KnownGroupCode, 'UNO');
  assert.equal(r3a.Actor1Type1Code, 'IGO');
  assert.equal(r3a.Actor1CountryCode, '');
  assert.equal(r3b.Actor1Code, 'KENGOV');
  assert.equal(r3a.Actor2Code, '');
  assert.equal(r3a.SOURCEURL, 'Example Wire'); // no URL: the outlet, as GDELT cites non-web sources
  assert.notEqual(r3a.GlobalEventID, r3b.GlobalEventID);
});

test('gdelt: GlobalEventID is a deterministic safe integer derived from the event id', () => {
  const a = gdeltEventId('fx-consult-1');
  assert.equal(a, gdeltEventId('fx-consult-1'));
  assert.notEqual(a, gdeltEventId('fx-consult-2'));
  assert.ok(Number.isSafeInteger(a) && a >= 0);
  const [row] = gdeltRows(createWriter('gdelt').write(consult));
  assert.equal(row!.GlobalEventID, String(a));
});

test('gdelt: tabs and newlines inside fields become spaces; dateAdded option is used', () => {
  const e = copy(consult);
  e.actor[0]!.name = 'Ann\tMwangi\nKamau';
  e.location = { name: 'Gen\r\neva', country: 'CHE' };
  const [row] = gdeltRows(createWriter('gdelt', { dateAdded: '20240111093000' }).write(e));
  assert.equal(row!.Actor1Name, 'ANN MWANGI KAMAU');
  assert.equal(row!.ActionGeo_FullName, 'Gen eva');
  assert.equal(row!.DATEADDED, '20240111093000');
});

test('gdelt: actor codes for sectors that CAMEO names differently and for non-state codes', () => {
  assert.equal(gdeltActor({ text: 'x', name: null, country: 'CHN', sector: 'COP' }).code, 'CHNCOP');
  assert.equal(gdeltActor({ text: 'x', name: null, country: 'IRN', sector: 'JRN' }).code, 'IRNMED');
  assert.equal(gdeltActor({ text: 'x', name: null, country: 'IRN', sector: 'MED' }).code, 'IRNHLH');
  const ngo = gdeltActor({ text: 'Amnesty', name: null, country: 'NGO', sector: null });
  assert.deepEqual([ngo.code, ngo.country, ngo.types[0]], ['NGO', '', 'NGO']);
  const eu = gdeltActor({ text: 'EU', name: 'European Union', country: 'EUR', sector: 'GOV' });
  assert.deepEqual([eu.code, eu.country, eu.group, ...eu.types], ['IGOEUREECGOV', 'EUR', 'EEC', 'IGO', 'GOV', '']);
  assert.equal(gdeltActor({ text: 'police', name: null, country: null, sector: 'COP' }).code, 'COP');
});

test('gdelt: FractionDate spans the year with 30-day months', () => {
  assert.equal(fractionDate('2024-01-01'), '2024.0027');
  assert.equal(fractionDate('2024-12-31'), '2024.9890');
  assert.ok(Number(fractionDate('2024-07-01')) > Number(fractionDate('2024-06-30')));
});

test('plover: one JSON record per line with the manual\'s required fields and mapped values', () => {
  const lines = writeAll(createWriter('plover'), ALL).trimEnd().split('\n');
  assert.equal(lines.length, ALL.length);
  const recs = lines.map((l) => JSON.parse(l) as Record<string, any>);
  for (const r of recs) {
    for (const k of ['id', 'date', 'actor', 'event']) assert.ok(k in r, `missing ${k}`);
    assert.ok(Array.isArray(r.event) && r.event.length === 1);
    assert.equal(r.cite_info.codebook, 'plover-2.0');
  }
  const [p1, p2, p3] = recs as [Record<string, any>, Record<string, any>, Record<string, any>];
  assert.equal(p1.id, consult.id);
  assert.equal(p1.date, '2024-01-08');
  assert.deepEqual(p1.event, ['CONSULT']);
  assert.deepEqual(p1.mode, ['meet']);
  assert.deepEqual(p1.context, ['diplomatic']);
  assert.deepEqual(p1.actor, [{ code: 'KEN', sector: 'GOV', entity_text: 'Ann Mwangi', identifier_text: 'Ann Mwangi' }]);
  assert.deepEqual(p1.recipient[0].code, 'PER');
  assert.deepEqual(p1.event_text, ['held talks']);
  assert.deepEqual(p1.event_loc, { extracted_place: 'Geneva', country_code: 'CHE' });
  assert.equal(p1.quad_code, 1);
  assert.equal(p1.event_scale, 2.8);
  assert.equal(p1.text, consult.evidence.text);
  assert.deepEqual(p1.text_info, { sequence: 1, start: consult.evidence.start, end: consult.evidence.end });
  assert.equal(p1.cite_info.url, consult.article.url);

  assert.equal(p2.date, '2024-01');
  assert.equal(p2.date_granularity, 'month');
  assert.equal(p2.mode, null);
  assert.equal(p2.attribution[1].identifier_text, 'Andina');
  assert.equal(p2.attribution[1].cue, 'according to');
  assert.ok(!('event_loc' in p2) && !('event_text' in p2));

  // status future => the manual's auxiliary mode "future" goes in context
  assert.deepEqual(p3.context, ['future']);
  assert.equal(p3.date, null);
  assert.equal(p3.actor.length, 2);
  assert.deepEqual(p3.recipient, []);
});

test('plover: negated and hypothetical map to the auxiliary modes; alleged keeps only status', () => {
  const rec = (status: typeof consult.status) => {
    const e = copy(consult);
    e.status = status;
    return JSON.parse(createWriter('plover').write(e)) as Record<string, any>;
  };
  assert.deepEqual(rec('negated').context, ['diplomatic', 'negation']);
  assert.deepEqual(rec('hypothetical').context, ['diplomatic', 'hypothetical']);
  assert.deepEqual(rec('alleged').context, ['diplomatic']);
  assert.equal(rec('alleged').status, 'alleged');
});

test('table: aligned columns with names, codes, status, attribution and clipped evidence; no colour by default', () => {
  const out = writeAll(createWriter('table'), ALL);
  assert.doesNotMatch(out, /\x1b\[/);
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 1 + 2 * ALL.length + 1); // header, (row + evidence line) per event, footer
  assert.match(lines[0]!, /^DATE\s+EVENT\/MODE\s+ACTOR → RECIPIENT\s+STATUS\s+SOURCE$/);
  const rows = [lines[1]!, lines[3]!, lines[5]!];
  const evidence = [lines[2]!, lines[4]!, lines[6]!];
  assert.match(rows[0]!, /^2024-01-08 +CONSULT\/meet +Ann Mwangi \(KEN GOV\) → Luis Rojas \(PER GOV\) +asserted +according to the ministry$/);
  assert.match(rows[1]!, /^2024-01\* +AGREE +Peru \(PER\) → Kenya \(KEN GOV\) +asserted +according to Luis Rojas via Andina$/);
  assert.match(rows[2]!, /^\? +AID +United Nations \(UNO\) \+ Kenya \(KEN GOV\) +future +$|^\? +AID +United Nations \(UNO\) \+ Kenya \(KEN GOV\) +future$/);
  // columns line up: the status column starts at the same offset on every row
  const at = rows.map((l) => l.search(/ (asserted|future)( |$)/));
  assert.equal(new Set(at).size, 1, JSON.stringify(at));
  for (const l of rows) assert.ok([...l].length <= 120, `row wider than 120: ${l}`);
  // evidence: indented, flattened to one line, clipped to ~80 characters
  for (const l of evidence) {
    assert.match(l, /^ {11}"/);
    assert.ok([...l.trim()].length <= 82, l);
  }
  assert.match(evidence[1]!, /^ +"Rojas said Peru was "ready to work with Nairobi, and soon", adding .*…"$/);
  assert.match(evidence[2]!, /aid to the region/); // the tab became a space
  assert.match(lines[7]!, /^3 events \(\* date taken from the publication date\)$/);
});

test('table: a long attribution chain is clipped, not spilled into the next column', () => {
  const e = copy(agree);
  e.attribution.push({ text: 'a very long name of a news agency', name: null, country: null, sector: 'JRN', cue: 'reported' });
  const row = createWriter('table').write(e).split('\n')[0]!;
  assert.match(row, /according to Luis Rojas via Andin…$/);
  assert.ok([...row].length <= 120);
});

test('table: colours only when asked for', () => {
  const out = writeAll(createWriter('table', { color: true }), [consult]);
  assert.match(out, /\x1b\[32m/);
  assert.match(out, /\x1b\[0m/);
});

test('createWriter knows exactly the six formats and refuses others', () => {
  assert.deepEqual([...OUTPUT_FORMATS], ['jsonl', 'json', 'table', 'csv', 'gdelt', 'plover']);
  for (const f of OUTPUT_FORMATS) assert.equal(typeof createWriter(f).write, 'function');
  assert.ok(isOutputFormat('csv'));
  assert.ok(!isOutputFormat('xml'));
  assert.throws(() => createWriter('xml' as OutputFormat), /unknown output format "xml"/);
});

test('gdelt: a month or year date outside the publication period falls back to the period\'s first day', () => {
  const e = copy(agree);
  e.article.published = '2024-03-02';
  assert.equal(gdeltRows(createWriter('gdelt').write(e))[0]!.Day, '20240101');
  e.date = { value: '2023', granularity: 'year', text: 'last year', basis: 'text' };
  const [row] = gdeltRows(createWriter('gdelt').write(e));
  assert.equal(row!.Day, '20230101');
  assert.equal(row!.Year, '2023');
  e.date = null;
  assert.equal(gdeltRows(createWriter('gdelt').write(e))[0]!.Day, '20240302');
});
