// GDELT 2.0 event table ("export" file): 61 tab-separated columns per row, no header row.
// GDELT events are dyadic, so a compound actor or recipient list becomes one row per (actor, recipient)
// pair, as PETRARCH and GDELT do; the first row keeps the event's own GlobalEventID.
import { createHash } from 'node:crypto';
import type { ActorRef, ReadoutEvent } from '../types.js';
import type { EventWriter, WriterOptions } from './writer.js';

/** GDELT 2.0 event table columns, in the codebook's order. */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
    'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

/** PLOVER sector codes whose CAMEO type code differs (PLOVER swapped MED and gave journalists JRN). */
const SECTOR_TO_CAMEO: Record<string, string> = { MED: 'HLH', JRN: 'MED' };

/** PLOVER non-state "country" codes that are CAMEO actor types rather than countries. */
const NON_STATE_TYPE: Record<string, string> = { IGO: 'IGO', NGO: 'NGO', IMG: 'IMG', MNC: 'MNC', ISM: 'NGM' };

/** PLOVER non-state codes for specific organisations: CAMEO region code, known-group code, type. */
const KNOWN_GROUP: Record<string, { country: string; group: string; type: string }> = {
  UNO: { country: '', group: 'UNO', type: 'IGO' },
  EUR: { country: 'EUR', group: 'EEC', type: 'IGO' },
};

interface GdeltActor {
  code: string; name: string; country: string; group: string; types: [string, string, string];
}

const NO_ACTOR: GdeltActor = { code: '', name: '', country: '', group: '', types: ['', '', ''] };

function cameoTypes(sector: string | null): string[] {
  if (sector === null) return [];
  const parts = sector.length === 6 ? [sector.slice(0, 3), sector.slice(3)] : [sector];
  return parts.map((s) => SECTOR_TO_CAMEO[s] ?? s);
}

/**
 * CAMEO-style actor fields: the code is the country (or organisation prefix) followed by the type codes,
 * e.g. "CHNCOP" for Chinese police, "IGOUNO" for the UN, "NGOMED" for a media NGO.
 */
export function gdeltActor(a: ActorRef): GdeltActor {
  const name = (a.name ?? a.text).toUpperCase();
  const sectorTypes = cameoTypes(a.sector);
  const c = a.country;
  let country = '';
  let group = '';
  let head: string[] = [];
  let types = sectorTypes;
  if (c !== null && NON_STATE_TYPE[c] !== undefined) {
    head = [NON_STATE_TYPE[c]];
    types = [NON_STATE_TYPE[c], ...sectorTypes];
  } else if (c !== null && KNOWN_GROUP[c] !== undefined) {
    const k = KNOWN_GROUP[c];
    country = k.country;
    group = k.group;
    head = [k.type, country, group];
    types = [k.type, ...sectorTypes];
  } else if (c !== null) {
    country = c;
    head = [country];
  }
  const code = [...head, ...sectorTypes].join('');
  return { code, name, country, group, types: [types[0] ?? '', types[1] ?? '', types[2] ?? ''] };
}

/** A safe-integer numeric id from a string: the first 12 hex digits of its SHA-256. */
export function gdeltEventId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16);
}

/**
 * The YYYY-MM-DD GDELT's Day column gets: the event date at day precision; for a month or year date, the
 * publication date when it falls inside that period (GDELT dates events by their report), else the first day
 * of the period; with no event date, the publication date; null when neither is known.
 */
export function gdeltDay(e: ReadoutEvent): string | null {
  const pub = e.article.published;
  const d = e.date;
  if (d === null) return pub;
  if (d.granularity === 'day') return d.value;
  if (pub !== null && pub.startsWith(d.value)) return pub;
  return d.granularity === 'month' ? `${d.value}-01` : `${d.value}-01-01`;
}

/** GDELT's FractionDate: YYYY + ((month − 1) × 30 + day) / 365, four decimals (30-day months, as GDELT does). */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

function cell(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

function goldstein(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

function row(e: ReadoutEvent, k: number, a1: GdeltActor, a2: GdeltActor, options: WriterOptions): string {
  const day = gdeltDay(e);
  const ymd = day === null ? '' : day.replace(/-/g, '');
  const code = e.cameo.length === 2 ? `${e.cameo}0` : e.cameo;
  const noGeo = ['0', '', '', '', '', '', '', ''];
  const actionGeo = e.location === null ? noGeo : ['0', e.location.name, '', '', '', '', '', ''];
  const published = e.article.published?.replace(/-/g, '');
  const dateAdded = options.dateAdded ?? (published !== undefined ? `${published}000000` : ymd === '' ? '' : `${ymd}000000`);
  const actor = (a: GdeltActor): string[] => [a.code, a.name, a.country, a.group, '', '', '', ...a.types];
  // NumMentions / NumSources / NumArticles: how often the event's merged event is told (sources: outlets)
  const counts = options.counts?.(e.id);
  const fields: (string | number)[] = [
    gdeltEventId(k === 0 ? e.id : `${e.id}#${k}`),
    ymd, ymd.slice(0, 6), ymd.slice(0, 4), day === null ? '' : fractionDate(day),
    ...actor(a1), ...actor(a2),
    e.evidence.sentence === 0 ? 1 : 0,
    code, code.slice(0, 3), code.slice(0, 2), e.quad, goldstein(e.goldstein),
    counts?.mentions ?? 1, counts?.sources ?? 1, counts?.articles ?? 1, '',
    ...noGeo, ...noGeo, ...actionGeo,
    dateAdded, e.article.url ?? e.article.outlet ?? '',
  ];
  return `${fields.map(cell).join('\t')}\n`;
}

export function createGdeltWriter(options: WriterOptions = {}): EventWriter {
  return {
    write(e: ReadoutEvent): string {
      const sources = e.actor.length === 0 ? [NO_ACTOR] : e.actor.map(gdeltActor);
      const targets = e.recipient.length === 0 ? [NO_ACTOR] : e.recipient.map(gdeltActor);
      let out = '';
      let k = 0;
      for (const a1 of sources) for (const a2 of targets) out += row(e, k++, a1, a2, options);
      return out;
    },
  };
}
