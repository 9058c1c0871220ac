import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinActorFiles, loadActorLexicon, type ActorEntry, type ActorLexiconData } from '../../src/actors/load.js';
import { NON_STATE_CODES, PLOVER_SECTORS } from '../../src/codes/sectors.js';

const builtin: ActorLexiconData = loadActorLexicon(builtinActorFiles());

/** Surface key as the matcher sees it: short all-capital acronyms case-sensitive, everything else lower-cased. */
const surfaceKey = (s: string): string => (/^[A-Z.&+-]{2,8}$/.test(s) && s.replace(/[.-]/g, '').length <= 5 ? s : s.toLowerCase());
const forms = (a: ActorEntry): string[] => [a.name, ...a.aliases, ...a.adjectives, ...a.demonyms];

/** The actor entry (of the given kinds) that owns a surface form; fails when none or several do. */
function lookup(form: string, kinds: string[] = ['country', 'capital', 'igo', 'ngo', 'media', 'org']): ActorEntry {
  const hits = builtin.actors.filter((a) => kinds.includes(a.kind) && forms(a).some((f) => surfaceKey(f) === surfaceKey(form)));
  assert.equal(hits.length, 1, `"${form}" should name exactly one entry, found ${hits.map((h) => h.name).join(', ') || 'none'}`);
  return hits[0]!;
}

function tmpFile(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-lex-'));
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('built-in files are found and load', () => {
  const files = builtinActorFiles();
  for (const name of ['countries.jsonl', 'capitals.jsonl', 'igos.jsonl', 'media.jsonl', 'ngos.jsonl', 'orgs.jsonl', 'agents.jsonl', 'descriptions.jsonl']) {
    assert.ok(files.some((f) => f.endsWith(`/${name}`)), `${name} is listed`);
  }
  assert.ok(!files.some((f) => f.endsWith('country-corrections.jsonl')), 'generator input is not a lexicon');
  assert.ok(builtin.actors.length > 0 && builtin.agents.length > 0 && builtin.descriptions.length > 0);
});

test('counts: countries, IGOs, media, NGOs', () => {
  const count = (kind: string) => builtin.actors.filter((a) => a.kind === kind).length;
  const stateCodes = new Set(builtin.actors.filter((a) => a.kind === 'country').map((a) => a.country));
  assert.ok(stateCodes.size >= 190, `${stateCodes.size} country codes`);
  assert.ok(count('igo') >= 80, `${count('igo')} IGOs`);
  assert.ok(count('media') >= 70, `${count('media')} media`);
  assert.ok(count('ngo') >= 30, `${count('ngo')} NGOs`);
  assert.ok(count('capital') >= 150, `${count('capital')} capitals and seats`);
});

test('spot facts', () => {
  const c = (form: string) => lookup(form).country;
  assert.equal(c('Iranian'), 'IRN');
  assert.equal(c('Iranians'), 'IRN');
  assert.equal(c('U.S.'), 'USA');
  assert.equal(c('US'), 'USA');
  assert.equal(c('America'), 'USA');
  assert.equal(c('Britain'), 'GBR');
  assert.equal(c('PRC'), 'CHN');
  assert.equal(c('Solomon Islands'), 'SLB');
  assert.equal(c('the Solomon Islands'), 'SLB');
  assert.equal(c('Myanmar'), 'MMR');
  assert.equal(c('Burma'), 'MMR');
  assert.equal(c('South Africa'), 'ZAF');
  assert.equal(c('Kosovo'), 'XKX');
  assert.equal(c('Dutch'), 'NLD');
  assert.equal(c('Türkiye'), 'TUR');
  assert.equal(c('Czech Republic'), 'CZE');
  assert.equal(c('Ivory Coast'), 'CIV');
  assert.equal(c('Congolese'), 'COD');
  assert.equal(c('Puerto Rico'), 'USA', 'dependencies fold into their state');
  assert.equal(lookup('Puerto Rico').iso, 'PRI');
  assert.equal(c('Hong Kong'), 'HKG');
  assert.equal(lookup('Abkhazia').sector, 'PRE');

  const kremlin = lookup('Kremlin');
  assert.deepEqual([kremlin.kind, kremlin.country, kremlin.sector], ['capital', 'RUS', 'GOV']);
  assert.deepEqual([lookup('Pentagon').country, lookup('Pentagon').sector], ['USA', 'MIL']);
  assert.deepEqual([lookup('Tehran').country, lookup('Tehran').sector], ['IRN', 'GOV']);
  const xinhua = lookup('Xinhua');
  assert.deepEqual([xinhua.kind, xinhua.country, xinhua.sector, xinhua.type], ['media', 'CHN', 'JRN', 'news agency']);
  const interpol = lookup('Interpol');
  assert.deepEqual([interpol.kind, interpol.country, interpol.sector], ['igo', 'IGO', 'COP']);
  assert.equal(lookup('UNHCR').country, 'UNO');
  assert.equal(lookup('European Commission').country, 'EUR');
  assert.equal(lookup('NATO').sector, 'MIL');
  assert.equal(lookup('ICC').sector, 'JUD');
  assert.equal(lookup('Safeguard Defenders').country, 'NGO');
  assert.deepEqual([lookup('Hamas').country, lookup('Hamas').sector], ['PSE', 'REB']);
  assert.equal(lookup('ISIS').country, 'IMG');
  assert.equal(lookup('RSF').country, 'SDN');
});

test('no surface form belongs to two countries', () => {
  const owners = new Map<string, Set<string>>();
  for (const a of builtin.actors.filter((x) => x.kind === 'country' || x.kind === 'capital')) {
    for (const f of forms(a)) {
      const k = surfaceKey(f);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(a.country);
    }
  }
  const clashes = [...owners].filter(([, cs]) => cs.size > 1).map(([f, cs]) => `${f}: ${[...cs].join('/')}`);
  assert.deepEqual(clashes, []);
});

test('no surface form names two different actor entries', () => {
  const owners = new Map<string, string[]>();
  for (const a of builtin.actors) {
    for (const k of new Set(forms(a).map(surfaceKey))) owners.set(k, [...(owners.get(k) ?? []), `${a.kind}:${a.name}`]);
  }
  assert.deepEqual([...owners].filter(([, o]) => o.length > 1), []);
});

test('junk spellings and two-letter codes are not country names', () => {
  const all = new Set(builtin.actors.filter((a) => a.kind === 'country').flatMap(forms));
  for (const junk of ['Island', 'Mann', 'IN', 'IT', 'NO', 'ME', 'Emirates', 'Dominique', 'Reunion', 'Welsh Islander']) {
    assert.ok(!all.has(junk), `"${junk}" should not be a country form`);
  }
});

test('every code is well formed and every sector is a PLOVER sector', () => {
  const sectors = new Set<string>(PLOVER_SECTORS);
  for (const a of builtin.actors) {
    assert.match(a.country, /^[A-Z]{3}$/);
    if (a.sector !== null) assert.ok(sectors.has(a.sector), `${a.origin}: ${a.sector}`);
  }
  for (const code of ['IGO', 'UNO', 'EUR', 'NGO', 'IMG']) assert.ok((NON_STATE_CODES as readonly string[]).includes(code));
});

test('agent terms are unique within their kind, and the seed-type cases are covered', () => {
  const seen = new Map<string, string>();
  for (const a of builtin.agents) {
    for (const t of a.terms) {
      const k = `${a.kind}:${t}`;
      assert.ok(!seen.has(k), `${k} in ${a.origin} and ${seen.get(k)}`);
      seen.set(k, a.origin);
    }
  }
  const sectorOf = (kind: string, term: string) => builtin.agents.find((a) => a.kind === kind && a.terms.includes(term))?.sector;
  assert.equal(sectorOf('agent', 'police'), 'COP');
  assert.equal(sectorOf('agent', 'foreign ministry'), 'GOV');
  assert.equal(sectorOf('agent', 'soldiers'), 'MIL');
  assert.equal(sectorOf('title', 'police chief'), 'COP');
  assert.equal(sectorOf('title', 'public security minister'), 'COP');
  assert.equal(sectorOf('title', 'spokesperson'), null);
  const rights = builtin.agents.find((a) => a.kind === 'descriptor' && a.terms.includes('human rights organisation'));
  assert.deepEqual([rights?.country, rights?.sector], ['NGO', 'SOC']);
  const two = builtin.descriptions.find((d) => d.terms.includes('the two sides'));
  assert.equal(two?.count, 2);
  assert.ok(two?.kinds.includes('country'));
});

test('later files replace earlier entries of the same kind and name', () => {
  const user = tmpFile('mine.jsonl', ['{"kind": "media", "name": "Xinhua News Agency", "country": "CHN", "sector": "GOV"}']);
  const data = loadActorLexicon([...builtinActorFiles(), user]);
  const hits = data.actors.filter((a) => a.name === 'Xinhua News Agency');
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.sector, 'GOV');
  assert.equal(hits[0]!.origin, `${user}:1`);
});

test('persons: officeholders files need no kind; roles are validated', () => {
  const file = tmpFile('officeholders.jsonl', [
    '# comment',
    '',
    '{"name": "Wang Xiaohong", "aliases": [], "surname": "Wang", "roles": [{"country": "CHN", "sector": "COP", "title": "Minister of Public Security", "start": "2022-06-24", "end": null}]}',
    '{"kind": "person", "name": "Someone Else", "roles": [{"country": "IRN", "sector": "COP", "title": "Police chief", "start": "2023", "end": "2024-02"}]}',
  ]);
  const data = loadActorLexicon([file]);
  assert.equal(data.persons.length, 2);
  assert.equal(data.persons[0]!.surname, 'Wang');
  assert.equal(data.persons[0]!.roles[0]!.end, null);
  assert.equal(data.persons[1]!.roles[0]!.start, '2023');
});

test('builtinActorFiles takes a root', () => {
  const root = mkdtempSync(join(tmpdir(), 'readout-root-'));
  mkdirSync(join(root, 'lexicons', 'actors'), { recursive: true });
  writeFileSync(join(root, 'lexicons', 'actors', 'b.jsonl'), '');
  writeFileSync(join(root, 'lexicons', 'actors', 'a.jsonl'), '');
  writeFileSync(join(root, 'lexicons', 'actors', 'x-corrections.jsonl'), '');
  writeFileSync(join(root, 'lexicons', 'actors', 'notes.txt'), '');
  assert.deepEqual(builtinActorFiles(root), [join(root, 'lexicons', 'actors', 'a.jsonl'), join(root, 'lexicons', 'actors', 'b.jsonl')]);
});

/** Loads one bad line (after a good one) and checks the message names the file, line 3 and the field. */
function rejects(name: string, badLine: string, pattern: RegExp): void {
  const file = tmpFile(name, ['# header', '{"kind": "country", "name": "Iran", "country": "IRN"}', badLine]);
  assert.throws(() => loadActorLexicon([file]), (e: Error) => {
    assert.ok(e.message.startsWith(`${file}:3: `), e.message);
    assert.match(e.message, pattern);
    return true;
  });
}

test('bad input: invalid JSON', () => rejects('a.jsonl', '{"kind": "country", "name": "Iran",', /invalid JSON/));
test('bad input: not an object', () => rejects('a.jsonl', '["country", "Iran"]', /one JSON object/));
test('bad input: unknown kind', () => rejects('a.jsonl', '{"kind": "planet", "name": "Mars", "country": "MRS"}', /field "kind" is unknown/));
test('bad input: missing kind', () => rejects('a.jsonl', '{"name": "Mars", "country": "MRS"}', /field "kind" is missing/));
test('bad input: bad country code', () => rejects('a.jsonl', '{"kind": "country", "name": "Iran", "country": "Iran"}', /field "country" must be an ISO 3166-1 alpha-3/));
test('bad input: lower-case country code', () => rejects('a.jsonl', '{"kind": "igo", "name": "X", "country": "igo"}', /field "country"/));
test('bad input: bad sector', () => rejects('a.jsonl', '{"kind": "capital", "name": "Tehran", "country": "IRN", "sector": "GOVT"}', /field "sector" must be a PLOVER sector/));
test('bad input: misspelt field', () => rejects('a.jsonl', '{"kind": "country", "name": "Iran", "country": "IRN", "alias": ["Persia"]}', /field "alias" is not a known field/));
test('bad input: aliases not a list', () => rejects('a.jsonl', '{"kind": "country", "name": "Iran", "country": "IRN", "aliases": "Persia"}', /field "aliases" must be a list/));
test('bad input: adjectives on an IGO', () => rejects('a.jsonl', '{"kind": "igo", "name": "UN", "country": "UNO", "adjectives": ["UN"]}', /field "adjectives" is only for kind "country"/));
test('bad input: empty name', () => rejects('a.jsonl', '{"kind": "org", "name": "", "country": "PSE"}', /field "name" must be a non-empty string/));
test('bad input: agent term not lower case', () => rejects('a.jsonl', '{"kind": "agent", "terms": ["Police"], "sector": "COP"}', /field "terms\[0\]" must be lower case/));
test('bad input: agent with a country', () => rejects('a.jsonl', '{"kind": "agent", "terms": ["police"], "sector": "COP", "country": "IRN"}', /field "country" is only for kind "descriptor"/));
test('bad input: description kind', () => rejects('descriptions.jsonl', '{"terms": ["the group"], "kinds": ["planet"]}', /field "kinds\[0\]" must be one of/));
test('bad input: description count', () => rejects('descriptions.jsonl', '{"terms": ["the two"], "kinds": ["person"], "count": 0}', /field "count" must be a positive integer/));
test('bad input: person date', () => rejects('officeholders.jsonl', '{"name": "A B", "roles": [{"country": "CHN", "sector": "COP", "title": "x", "start": "2022-13-01", "end": null}]}', /field "roles\[0\]\.start" must be a date/));
test('bad input: person end missing', () => rejects('officeholders.jsonl', '{"name": "A B", "roles": [{"country": "CHN", "sector": "COP", "title": "x", "start": "2022"}]}', /field "roles\[0\]\.end" is missing/));
test('bad input: person end before start', () => rejects('officeholders.jsonl', '{"name": "A B", "roles": [{"country": "CHN", "sector": "COP", "title": "x", "start": "2022-05", "end": "2021"}]}', /field "roles\[0\]\.end" \(2021\) is before start/));
test('bad input: person without roles', () => rejects('officeholders.jsonl', '{"name": "A B", "roles": []}', /field "roles" must be a non-empty list/));
test('bad input: person role sector', () => rejects('officeholders.jsonl', '{"name": "A B", "roles": [{"country": "CHN", "sector": "POL", "title": "x", "start": "2022", "end": null}]}', /field "roles\[0\]\.sector" must be a PLOVER sector/));
test('bad input: unreadable file', () => {
  assert.throws(() => loadActorLexicon(['/nonexistent/readout/lex.jsonl']), (e: Error) => e.message.startsWith('/nonexistent/readout/lex.jsonl: cannot read file'));
});
test('bad input: description group not a boolean', () => rejects('descriptions.jsonl', '{"terms": ["the juntas"], "kinds": ["country"], "group": "yes"}', /field "group" must be true or false/));
test('bad input: a description type list must hold strings', () => rejects('descriptions.jsonl', '{"terms": ["the rebels"], "kinds": ["org"], "type": ["group", 3]}', /type/));
