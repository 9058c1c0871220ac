// Why a party is missing, as counts only: for every gold party the closest prediction lacks (readout gold files:
// missed required events and unmatched predictions; the PLOVER GSR: actor and recipient codes; the UniversalPetrarch
// GSR: dyad sides), is there a mention with that country in the evidence sentence (found but not chosen: the argument
// finder's), a mention with no country, a capitalised name with no mention, or nothing at all?
//   node dist/scripts/party-causes.js [--names] [--show] [GOLD.jsonl …]   (--show: each case, readout's own gold only)
// --names adds how often each capitalised word left without a mention occurs in a sentence with a missing party
// (single words only, never sentences), to find names the lexicons lack.
import { WEEKDAYS, MONTHS } from '../src/lexicon/function-words.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, eventsOf } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicons.js';

type Lexicons = ReturnType<typeof loadLexicons>;
import { readGoldFile } from '../src/eval/gold.js';
import { mismatchReasons, missingParties, toPredictions } from '../src/eval/match.js';
import { findFile } from '../src/eval/adapters/files.js';
import { parsePloverGsr, partyCodes, PLOVER_GSR_FILE } from '../src/eval/adapters/plover-gsr.js';
import { cameoCountries, parsePetrarchRecords, recordArticle } from '../src/eval/adapters/petrarch-xml.js';
import { GSR_FILE } from '../src/eval/adapters/petrarch-gsr.js';
import type { Article, Doc, ReadoutEvent } from '../src/types.js';

const DEFAULT_FILES = ['test/gold/readout.gold.jsonl', 'test/gold/heldout.gold.jsonl', 'test/gold/blind.gold.jsonl', 'test/gold/blind3.gold.jsonl'];
const ANCHORS = '../shared/anchors';

interface Tally {
  causes: Map<string, number>;
  names: Map<string, number>;
  /** the texts of mentions left with no country in a sentence with a missing party */
  unplaced: Map<string, number>;
  /** print each case (readout's own gold only) */
  show: boolean;
}

/** Capitalised words that are times, not names. */
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS]);

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** The cause of one missing party (any of `codes`) in sentence `sent` of the analysed article. */
function cause(doc: Doc, sent: number, codes: string[], t: Tally): void {
  const here = doc.mentions.filter((m) => m.sent === sent);
  if (t.show) {
    const s = doc.sentences[sent]!;
    process.stdout.write(`  [${codes.join('|')}] ${doc.article.text.slice(s.start, s.end)}\n    ${here.map((m) => `${m.text}=${m.country ?? '?'}/${m.sector ?? '?'}(${m.how})`).join('; ')}\n`);
  }
  const hasCode = (c: string | null) => c !== null && codes.includes(c);
  if (here.some((m) => hasCode(m.country) || (m.affiliation && hasCode(m.affiliation.country)))) {
    bump(t.causes, '(b) a mention with the country is in the sentence: not chosen');
    return;
  }
  const s = doc.sentences[sent]!;
  const covered = new Uint8Array(s.last - s.first);
  for (const m of here) for (let i = m.first; i < m.last; i++) covered[i - s.first] = 1;
  const bare: string[] = [];
  for (let i = s.first; i < s.last; i++) {
    const tok = doc.tokens[i]!;
    if (covered[i - s.first] || !/^\p{Lu}/u.test(tok.text) || TIME_WORDS.has(tok.lower) || (i === s.first && tok.pos !== 'PROPN')) continue;
    bare.push(process.env['PARTY_CONTEXT'] ? doc.tokens.slice(Math.max(s.first, i - 2), Math.min(s.last, i + 3)).map((x) => x.text).join(' ') : tok.text);
  }
  for (const w of bare) bump(t.names, w);
  for (const m of here) if (m.country === null) bump(t.unplaced, m.text);
  if (here.some((m) => m.country === null)) bump(t.causes, '(a) a mention with no country in the sentence');
  else if (here.some((m) => m.country !== null && m.kind !== 'city') && bare.length === 0) bump(t.causes, '(a) only mentions of other countries in the sentence');
  else if (bare.length > 0) bump(t.causes, '(a) a capitalised name with no mention in the sentence');
  else if (doc.mentions.some((m) => hasCode(m.country))) bump(t.causes, '(c) the country is only in other sentences (pronoun, ellipsis)');
  else bump(t.causes, '(c) no name and no mention with the country anywhere');
}

function goldFile(lex: Lexicons, f: string, t: Tally): void {
  for (const g of readGoldFile(f)) {
    const doc = analyse(g.article, lex);
    const events = eventsOf(doc, lex);
    const ps = toPredictions(events);
    for (const ge of g.events) {
      if (!ge.required || ps.some((p) => mismatchReasons(p, ge).length === 0)) continue;
      const near = ps.map((p) => ({ p, r: mismatchReasons(p, ge) })).sort((a, b) => a.r.length - b.r.length)[0];
      if (!near || !near.r.some((r) => r.startsWith('missing party'))) continue;
      for (const codes of missingParties(near.p.countries, ge.parties)) cause(doc, near.p.members[0]!.evidence.sentence, codes, t);
    }
  }
}

function oneSentence(lex: Lexicons, a: Article): { doc: Doc; events: ReadoutEvent[] } {
  const doc = analyse(a, lex);
  return { doc, events: eventsOf(doc, lex) };
}

function ploverGsr(lex: Lexicons, t: Tally): boolean {
  const file = findFile(join(ANCHORS, 'PLOVER'), PLOVER_GSR_FILE);
  if (!file) return false;
  for (const r of parsePloverGsr(readFileSync(file, 'utf8'))) {
    const { doc, events } = oneSentence(lex, { id: r.id, text: r.text, published: r.date, outlet: null, url: null, title: null, language: 'en', origin: r.id });
    const top = (es: ReadoutEvent[]) => es.reduce<ReadoutEvent | null>((b, e) => (!b || e.confidence > b.confidence ? e : b), null);
    const best = top(events.filter((e) => e.event === r.event)) ?? top(events);
    const sent = best?.evidence.sentence ?? 0;
    const actors = best ? partyCodes(best.actor) : [];
    const recips = best ? partyCodes(best.recipient) : [];
    for (const c of r.sourceCodes) if (!actors.includes(c)) cause(doc, sent, [c], t);
    for (const c of r.targetCodes) if (!recips.includes(c)) cause(doc, sent, [c], t);
  }
  return true;
}

function petrarchGsr(lex: Lexicons, t: Tally): boolean {
  const file = findFile(join(ANCHORS, 'UniversalPetrarch'), GSR_FILE);
  if (!file) return false;
  for (const r of parsePetrarchRecords(readFileSync(file, 'utf8'))) {
    if (r.disabled || r.expectsError || r.text === '') continue;
    const { doc, events } = oneSentence(lex, recordArticle(r, file));
    const countries = new Set(events.flatMap((e) => [...e.actor, ...e.recipient].map((x) => x.country ?? '')));
    for (const g of r.codings) {
      for (const side of [cameoCountries(g.sourcecode), cameoCountries(g.targetcode)]) {
        if (side && missingParties(countries, [side]).length > 0) cause(doc, events[0]?.evidence.sentence ?? 0, side, t);
      }
    }
  }
  return true;
}

function print(title: string, t: Tally, names: boolean): void {
  const total = [...t.causes.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`${title}: ${total} missing parties\n`);
  for (const [k, n] of [...t.causes].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${String(n).padStart(4)}  ${(100 * n / Math.max(1, total)).toFixed(1).padStart(5)}%  ${k}\n`);
  if (names) process.stdout.write(`  words with no mention: ${[...t.names].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([w, n]) => `${w} ${n}`).join(', ')}\n`);
  if (names) process.stdout.write(`  mentions with no country: ${[...t.unplaced].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([w, n]) => `${w} ${n}`).join(', ')}\n`);
}

function main(): number {
  const args = process.argv.slice(2);
  const names = args.includes('--names');
  const files = args.filter((a) => !a.startsWith('--'));
  const lex = loadLexicons({ parse: true });
  const fresh = (show = false): Tally => ({ causes: new Map(), names: new Map(), unplaced: new Map(), show });
  for (const f of files.length > 0 ? files : DEFAULT_FILES) {
    if (!existsSync(f)) { process.stdout.write(`${f}: not found, skipped\n`); continue; }
    const t = fresh(args.includes('--show') && f.endsWith('readout.gold.jsonl'));
    goldFile(lex, f, t);
    // (word lists only for readout's own gold and the peers' files: never for the held-out and blind sets)
    print(f, t, names && f.endsWith('readout.gold.jsonl'));
  }
  if (files.length === 0) {
    const p = fresh();
    if (ploverGsr(lex, p)) print('PLOVER GSR (actor and recipient codes)', p, names);
    const u = fresh();
    if (petrarchGsr(lex, u)) print('UniversalPetrarch GSR (dyad sides)', u, names);
  }
  return 0;
}

process.exitCode = main();
