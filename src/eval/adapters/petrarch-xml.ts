// Reader for PETRARCH validation records (PETR.UnitTest.records.xml, PETR2_GSR_validation.xml).
// The files are not well-formed XML (self-closed <Sentence …/> followed by the record's content, '#' banner
// lines, attributes with single or double quotes), so records are cut out with regular expressions:
// a record runs from one <Sentence …> opening to the next opening or </Sentences>.
import type { Article } from '../../types.js';
import { petrarchDate } from '../../actors/petrarch.js';

export interface CameoCoding {
  eventcode: string;
  sourcecode: string;
  targetcode: string;
}

export interface PetrarchRecord {
  id: string;
  /** YYYY-MM-DD or null */
  date: string | null;
  category: string | null;
  text: string;
  codings: CameoCoding[];
  /** the record says explicitly that nothing should be coded */
  noEvents: boolean;
  /** the record tests an expected program error (no codings to compare) */
  expectsError: boolean;
  /** sentence="false" (feature not implemented in PETRARCH) or evaluate="false" */
  disabled: boolean;
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').trim();
  }
  return out;
}

/** Code values may be wrapped in an extra pair of quotes ('"THE MINISTRY"'): strip them. */
function code(v: string | undefined): string {
  return (v ?? '').replace(/^"+|"+$/g, '').trim();
}

export function parsePetrarchRecords(xml: string): PetrarchRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, ' ');
  const openings = [...body.matchAll(/<Sentence\b([^>]*?)\/?>/g)];
  const out: PetrarchRecord[] = [];
  openings.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const next = openings[i + 1]?.index ?? body.length;
    const endAll = body.indexOf('</Sentences>', from);
    const to = endAll >= 0 && endAll < next ? endAll : next;
    const block = body.slice(from, to);
    const a = attrs(m[1]!);
    const textM = /<Text>([\s\S]*?)<\/Text>/.exec(block);
    const codings: CameoCoding[] = [];
    let noEvents = false;
    let expectsError = false;
    for (const c of block.matchAll(/<EventCoding\b([^>]*?)\/?>/g)) {
      const ca = attrs(c[1]!);
      if ('noevents' in ca) noEvents = true;
      else if ('error' in ca) expectsError = true;
      else if (ca['eventcode']) {
        codings.push({ eventcode: code(ca['eventcode']), sourcecode: code(ca['sourcecode']), targetcode: code(ca['targetcode']) });
      }
    }
    out.push({
      id: a['id'] ?? `record-${i}`,
      date: a['date'] ? petrarchDate(a['date']) : null,
      category: a['category'] ?? null,
      text: (textM?.[1] ?? '').replace(/\s+/g, ' ').trim() || textFromParse(block),
      codings,
      noEvents,
      expectsError,
      disabled: a['sentence'] === 'false' || a['evaluate'] === 'false',
    });
  });
  return out;
}

/** Some records have an empty <Text>; rebuild it from a CoNLL-U <Parse> (form column, SpaceAfter=No honoured). */
export function textFromParse(block: string): string {
  const m = /<Parse>([\s\S]*?)<\/Parse>/.exec(block);
  if (!m) return '';
  let out = '';
  for (const line of m[1]!.split(/\r?\n/)) {
    const cols = line.trim().split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
    out += cols[1] + (/SpaceAfter=No/.test(cols[9]!) ? '' : ' ');
  }
  return out.trim();
}

/** A record as a one-sentence article for the coder. */
export function recordArticle(r: PetrarchRecord, origin: string): Article {
  return { id: r.id, text: r.text, published: r.date, outlet: null, url: null, title: null, language: 'en', origin: `${origin}#${r.id}` };
}

/** CAMEO root code: the first two digits ("0352" ⇒ "03"). */
export function cameoRoot(c: string): string {
  return c.replace(/\D/g, '').slice(0, 2);
}

const LEGACY: Record<string, string> = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS' };

/**
 * Country codes acceptable for a CAMEO actor code, compared with readout's actor/recipient `country`:
 * - `---…` (unknown actor) or quoted text instead of a code: null, the side is not compared;
 * - `IGO` + `UNO…` ⇒ UNO or IGO; `IGO` + `EUR…` ⇒ EUR or IGO; any other `IGO…` ⇒ IGO;
 * - `NGO…` ⇒ NGO, `MNC…` ⇒ MNC, `IMG…` (international militarised group) ⇒ IMG;
 * - otherwise the first three letters (an ISO alpha-3 country; ROM/ZAR/TMP renamed ROU/COD/TLS).
 */
export function cameoCountries(actorCode: string): string[] | null {
  const c = actorCode.toUpperCase();
  // unit-test records put unknown actors' text in the code ("THE RIVER COUNCIL"): not a code
  if (c.length < 3 || c.startsWith('---') || /\s/.test(c)) return null;
  const head = c.slice(0, 3);
  if (head === 'IGO') {
    const sub = c.slice(3, 6);
    if (sub === 'UNO') return ['UNO', 'IGO'];
    if (sub === 'EUR') return ['EUR', 'IGO'];
    return ['IGO'];
  }
  if (!/^[A-Z]{3}$/.test(head)) return null;
  return [LEGACY[head] ?? head];
}
