// Validates lexicons/actors/officeholders.jsonl and officeholders-world.jsonl on their own (no project code): the
// line format, codes and dates, internal consistency, coverage of the offices the lists promise, and spot facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const FILE = new URL('../../../lexicons/actors/officeholders.jsonl', import.meta.url);
const WORLD_FILE = new URL('../../../lexicons/actors/officeholders-world.jsonl', import.meta.url);

/** PLOVER sector codes (manual, "Sector Codes" table). */
const SECTORS = new Set([
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK',
  'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC',
]);
const DATE = /^\d{4}(-\d\d(-\d\d)?)?$/;

interface Role {
  country: string;
  sector: string;
  title: string;
  start: string;
  end: string | null;
}
interface Person {
  kind?: string;
  name: string;
  surname?: string;
  aliases: string[];
  roles: Role[];
}

/** A date string is a real calendar date at its granularity. */
function validDate(d: string): boolean {
  if (!DATE.test(d)) return false;
  const [y, m, day] = d.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (day !== undefined) {
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    if (day < 1 || day > last) return false;
  }
  return true;
}

/** Compares two dates of possibly different granularity on their common prefix. */
function cmpDate(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** True when `role` is in force on the day `date` (YYYY-MM-DD), coarse dates counted inclusively. */
function inForce(role: Role, date: string): boolean {
  return cmpDate(role.start, date) <= 0 && (role.end === null || cmpDate(date, role.end) <= 0);
}

/** Words of a name, hyphens and apostrophes treated as separators, lower case. */
function words(s: string): string {
  return ' ' + s.toLowerCase().replace(/[-'’.]/g, ' ').replace(/\s+/g, ' ').trim() + ' ';
}

/** Did the two hold a role in the same country at overlapping times? (A role without dates overlaps everything.) */
function sameOfficeAtOnce(a: Person, b: Person): boolean {
  if (!Array.isArray(a.roles) || !Array.isArray(b.roles)) return true;
  return a.roles.some((r) => b.roles.some((q) => r.country === q.country
    && (r.start ?? '') <= (q.end ?? '\uffff') && (q.start ?? '') <= (r.end ?? '\uffff')));
}

/** Parses and checks the file text; returns the persons and a list of `line N: problem` errors. */
function check(text: string): { persons: Person[]; errors: string[] } {
  const errors: string[] = [];
  const persons: Person[] = [];
  const names = new Map<string, number>();
  const aliasOwner = new Map<string, Person>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const at = `line ${i + 1}`;
    if (line === '' || line.startsWith('#')) return;
    let p: Person;
    try {
      p = JSON.parse(line) as Person;
    } catch {
      errors.push(`${at}: invalid JSON`);
      return;
    }
    if (typeof p.name !== 'string' || p.name.trim() === '') {
      errors.push(`${at}: name missing`);
      return;
    }
    if (p.kind !== undefined && p.kind !== 'person') errors.push(`${at}: kind must be person`);
    if (names.has(p.name)) errors.push(`${at}: duplicate name ${p.name} (first on line ${names.get(p.name)})`);
    names.set(p.name, i + 1);
    if (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      errors.push(`${at}: aliases must be non-empty strings`);
    } else {
      for (const a of [p.name, ...p.aliases]) {
        const k = a.toLowerCase();
        // a form two holders share ("King Abdullah") is told apart by the country before it and the date, unless
        // both held office in one country at one time
        const owner = aliasOwner.get(k);
        if (owner !== undefined && owner.name !== p.name && sameOfficeAtOnce(owner, p)) errors.push(`${at}: "${a}" also names ${owner.name}`);
        aliasOwner.set(k, p);
      }
      if (p.aliases.includes(p.name)) errors.push(`${at}: alias repeats the name`);
    }
    if (p.surname !== undefined) {
      const forms = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])].map(words);
      if (typeof p.surname !== 'string' || !forms.some((f) => f.includes(words(p.surname!)))) {
        errors.push(`${at}: surname "${String(p.surname)}" is not a word of the name or an alias`);
      }
    }
    if (!Array.isArray(p.roles) || p.roles.length === 0) {
      errors.push(`${at}: roles must be a non-empty list`);
      return;
    }
    for (const r of p.roles) {
      if (typeof r.country !== 'string' || !/^[A-Z]{3}$/.test(r.country)) errors.push(`${at}: country ${String(r.country)}`);
      if (!SECTORS.has(r.sector)) errors.push(`${at}: sector ${String(r.sector)}`);
      if (typeof r.title !== 'string' || r.title.trim() === '') errors.push(`${at}: title missing`);
      if (typeof r.start !== 'string' || !validDate(r.start)) errors.push(`${at}: start ${String(r.start)}`);
      if (r.end !== null && (typeof r.end !== 'string' || !validDate(r.end))) errors.push(`${at}: end ${String(r.end)}`);
      else if (r.end !== null && typeof r.start === 'string' && cmpDate(r.start, r.end) > 0) {
        errors.push(`${at}: end ${r.end} before start ${r.start}`);
      }
    }
    persons.push(p);
  });
  return { persons, errors };
}

const text = readFileSync(FILE, 'utf8');
const { persons, errors } = check(text);
const byName = new Map(persons.map((p) => [p.name, p]));

function person(name: string): Person {
  const p = byName.get(name);
  assert.ok(p, `${name} is listed`);
  return p;
}

function role(name: string, pred: (r: Role) => boolean): Role {
  const r = person(name).roles.find(pred);
  assert.ok(r, `${name} has the expected role`);
  return r;
}

test('every line of officeholders.jsonl is a valid person entry', () => {
  assert.deepEqual(errors, []);
  assert.ok(persons.length >= 800, `expected several hundred persons, got ${persons.length}`);
});

test('the checker rejects malformed entries', () => {
  const good = { name: 'Test Person', aliases: [], roles: [{ country: 'FRA', sector: 'GOV', title: 'Minister', start: '2011', end: null }] };
  const bad = (over: object): string[] => check(JSON.stringify({ ...good, ...over })).errors;
  const badRole = (over: object): string[] => bad({ roles: [{ ...good.roles[0], ...over }] });
  assert.deepEqual(check(JSON.stringify(good)).errors, []);
  assert.match(check('{"name": "x",').errors.join(), /invalid JSON/);
  assert.match(bad({ name: '' }).join(), /name missing/);
  assert.match(bad({ roles: [] }).join(), /roles must be a non-empty list/);
  assert.match(badRole({ country: 'fr' }).join(), /country fr/);
  assert.match(badRole({ country: 'FRAN' }).join(), /country FRAN/);
  assert.match(badRole({ sector: 'POL' }).join(), /sector POL/);
  assert.match(badRole({ start: '2011-13' }).join(), /start 2011-13/);
  assert.match(badRole({ start: '2011-02-30' }).join(), /start 2011-02-30/);
  assert.match(badRole({ start: '11/02/2011' }).join(), /start/);
  assert.match(badRole({ start: '2012-05-01', end: '2012-04' }).join(), /before start/);
  assert.match(badRole({ title: '' }).join(), /title missing/);
  assert.match(bad({ surname: 'Nobody' }).join(), /surname "Nobody"/);
  assert.match(bad({ aliases: ['Test Person'] }).join(), /alias repeats the name/);
  const twice = JSON.stringify(good) + '\n' + JSON.stringify(good);
  assert.match(check(twice).errors.join(), /line 2: duplicate name Test Person/);
  const clash = JSON.stringify({ ...good, name: 'Other', aliases: ['test person'] });
  assert.match(check(JSON.stringify(good) + '\n' + clash).errors.join(), /also names Test Person/);
  // a form shared by holders of different countries is allowed: the resolver tells them apart
  const apart = JSON.stringify({ ...good, name: 'Other', aliases: ['test person'], roles: [{ ...good.roles[0], country: 'DEU' }] });
  assert.deepEqual(check(JSON.stringify(good) + '\n' + apart).errors, []);
  // a coarse end in the same year as a precise start is not "before" it
  assert.deepEqual(badRole({ start: '2012-05-01', end: '2012' }), []);
  assert.deepEqual(check('# comment\n\n' + JSON.stringify(good)).errors, []);
});

test('spot facts: heads of state', () => {
  const xi = role('Xi Jinping', (r) => r.title === 'President');
  assert.deepEqual([xi.country, xi.sector, xi.start, xi.end], ['CHN', 'GOV', '2013-03-14', null]);
  assert.equal(person('Xi Jinping').surname, 'Xi');
  const biden = role('Joe Biden', (r) => r.title === 'President');
  assert.deepEqual([biden.country, biden.sector, biden.start, biden.end], ['USA', 'GOV', '2021-01-20', '2025-01-20']);
  const vp = role('Joe Biden', (r) => r.title === 'Vice President');
  assert.ok(vp.start.startsWith('2009') && vp.end?.startsWith('2017'), 'Biden VP 2009-2017');
  assert.ok(person('Joe Biden').aliases.includes('Joseph R. Biden'));
  const trump = person('Donald Trump').roles.filter((r) => r.country === 'USA' && r.title === 'President');
  assert.deepEqual(trump.map((r) => [r.start, r.end]), [['2017-01-20', '2021-01-20'], ['2025-01-20', null]]);
  assert.equal(person('Kim Jong Un').surname, 'Kim');
  assert.equal(person('Mohammed bin Salman').surname, 'bin Salman');
  assert.ok(person('Mohammed bin Salman').aliases.includes('MBS'));
});

test('spot facts: security officials', () => {
  const m = role('Alejandro Mayorkas', (r) => /Homeland Security/.test(r.title));
  assert.deepEqual([m.country, m.start, m.end], ['USA', '2021-02-02', '2025-01-20']);
  const radan = role('Ahmad-Reza Radan', (r) => r.title === 'Chief of Police');
  assert.deepEqual([radan.country, radan.sector, radan.end], ['IRN', 'COP', null]);
  assert.ok(radan.start.startsWith('2023-01'));
  assert.ok(person('Ahmad-Reza Radan').aliases.includes('Ahmadreza Radan'));
  const wang = role('Wang Xiaohong', (r) => r.sector === 'COP');
  assert.equal(wang.country, 'CHN');
  assert.ok(wang.start.startsWith('2022'));
  assert.equal(person('Wang Xiaohong').surname, 'Wang');
  const stock = role('Jürgen Stock', (r) => /Interpol/.test(r.title));
  assert.deepEqual([stock.country, stock.sector], ['IGO', 'COP']);
  assert.ok(stock.start.startsWith('2014-11') && stock.end?.startsWith('2024-11'));
  assert.ok(person('Jürgen Stock').aliases.includes('Juergen Stock'));
});

test('a person with several offices carries each as its own dated role', () => {
  const wy = person('Wang Yi').roles.filter((r) => r.title === 'Minister of Foreign Affairs');
  assert.equal(wy.length, 2);
  assert.ok(wy.some((r) => r.start.startsWith('2013-03') && r.end?.startsWith('2022-12')));
  assert.ok(wy.some((r) => r.start === '2023-07-25' && r.end === null));
  const pompeo = person('Mike Pompeo').roles.map((r) => r.sector).sort();
  assert.deepEqual(pompeo, ['GOV', 'SPY']);
});

/** Single-holder offices: at no date do two different persons hold them. */
const SINGLE: Array<[string, RegExp]> = [
  ['USA', /^President$/], ['USA', /^Vice President$/], ['USA', /^Secretary of State$/],
  ['USA', /^Secretary of Defense/], ['USA', /^Director of the Central Intelligence Agency/],
  ['CHN', /^President$/], ['CHN', /^Premier$/], ['CHN', /^Minister of Public Security$/],
  ['RUS', /^President$/], ['RUS', /^Prime Minister$/], ['GBR', /^Prime Minister$/], ['GBR', /^Home Secretary$/],
  ['FRA', /^President$/], ['DEU', /^Chancellor$/], ['JPN', /^Prime Minister$/], ['IND', /^Prime Minister$/],
  ['IRN', /^President$/], ['IRN', /^Chief of Police$/], ['ISR', /^Prime Minister$/], ['TUR', /^President$/],
  ['UNO', /^Secretary-General of the United Nations$/], ['IGO', /^Secretary General of Interpol$/],
  ['IGO', /^Secretary General of NATO$/], ['EUR', /^President of the European Commission$/],
];

test('single-holder offices never have two holders on the same day', () => {
  for (const [country, title] of SINGLE) {
    const held = persons.flatMap((p) => p.roles.filter((r) => r.country === country && title.test(r.title)).map((r) => ({ p: p.name, r })));
    assert.ok(held.length >= 2, `${country} ${title} has holders`);
    for (const a of held) {
      for (const b of held) {
        if (a.p === b.p || a.r.start.length < 10 || b.r.start.length < 10) continue;
        // b starts strictly inside a's term (a hand-over day is shared by both)
        const inside = a.r.start < b.r.start && (a.r.end === null || (a.r.end.length === 10 && b.r.start < a.r.end));
        assert.ok(!inside, `${country} ${title}: ${a.p} and ${b.p} overlap`);
      }
    }
  }
});

const COUNTRIES = [
  'ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR',
  'TUR', 'GBR', 'USA', 'IRN', 'IRQ', 'ISR', 'SYR', 'LBN', 'JOR', 'EGY', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'YEM',
  'UKR', 'PRK', 'PAK', 'AFG', 'TWN',
];
const CHECK_DATES = ['2010-06-01', '2014-06-01', '2018-06-01', '2022-06-01', '2025-06-01'];

test('every covered country has a government office holder throughout 2010-2025', () => {
  for (const c of COUNTRIES) {
    for (const d of CHECK_DATES) {
      const found = persons.some((p) => p.roles.some((r) => r.country === c && r.sector === 'GOV' && inForce(r, d)));
      assert.ok(found, `${c}: no GOV office holder on ${d}`);
    }
  }
});

const ORG_HEADS: Array<[string, RegExp]> = [
  ['UNO', /^Secretary-General of the United Nations$/], ['IGO', /^Secretary General of Interpol$/],
  ['IGO', /^President of Interpol/], ['IGO', /^Secretary General of NATO$/], ['UNO', /World Health Organization/],
  ['UNO', /International Atomic Energy Agency/], ['UNO', /International Monetary Fund/], ['UNO', /^President of the World Bank/],
  ['IGO', /World Trade Organization/], ['UNO', /High Commissioner for Refugees/], ['UNO', /UNICEF/],
  ['UNO', /World Food Programme/], ['IGO', /Prohibition of Chemical Weapons/], ['IGO', /International Criminal Court/],
  ['IGO', /African Union Commission/], ['IGO', /ASEAN/], ['IGO', /Arab League/], ['IGO', /Gulf Cooperation Council/],
  ['IGO', /OSCE/], ['IGO', /Shanghai Cooperation Organisation/], ['EUR', /^President of the European Commission$/],
  ['EUR', /^President of the European Council$/], ['EUR', /^High Representative/],
];

test('every listed international organisation has a head on each check date', () => {
  for (const [c, title] of ORG_HEADS) {
    for (const d of ['2012-06-01', '2016-06-01', '2020-06-01', '2024-06-01']) {
      const found = persons.some((p) => p.roles.some((r) => r.country === c && title.test(r.title) && inForce(r, d)));
      assert.ok(found, `${c} ${title}: no holder on ${d}`);
    }
  }
});

// ---- officeholders-world.jsonl: the countries outside the G20 / Middle East list, 2015-2025 ----

const world = check(readFileSync(WORLD_FILE, 'utf8'));
const worldByName = new Map(world.persons.map((p) => [p.name, p]));

/** Country of the person's role in force on `date`, or null (the model's rule: the latest role in force). */
function countryAt(p: Person, date: string): string | null {
  const live = p.roles.filter((r) => inForce(r, date));
  if (live.length === 0) return null;
  return live.reduce((a, b) => (cmpDate(b.start, a.start) > 0 ? b : a)).country;
}

function worldPerson(name: string): Person {
  const p = worldByName.get(name);
  assert.ok(p, `${name} is listed in officeholders-world.jsonl`);
  return p;
}

test('every line of officeholders-world.jsonl is a valid person entry', () => {
  assert.deepEqual(world.errors, []);
  assert.ok(world.persons.length >= 800, `expected several hundred persons, got ${world.persons.length}`);
});

test('no person, alias or full-name form is listed in both office-holder files', () => {
  const both = check(readFileSync(FILE, 'utf8').trimEnd() + '\n' + readFileSync(WORLD_FILE, 'utf8'));
  assert.deepEqual(both.errors.filter((e) => /duplicate name|also names/.test(e)), []);
  // the combined check can fail: a person copied from one file into the other is caught
  const copied = readFileSync(WORLD_FILE, 'utf8').trimEnd() + '\n' + JSON.stringify(person('Xi Jinping'));
  assert.match(check(readFileSync(FILE, 'utf8').trimEnd() + '\n' + copied).errors.join(), /duplicate name Xi Jinping/);
});

test('world heads of government resolve to their country inside the term and not outside it', () => {
  const cases: Array<[string, string, string, string]> = [
    // name, country, a date inside the term, a date outside any of the person's roles
    ['Nicolás Maduro', 'VEN', '2019-09-13', '2004-01-01'],
    ['Iván Duque', 'COL', '2019-09-13', '2023-01-01'],
    ['Gustavo Petro', 'COL', '2024-05-01', '2021-05-01'],
    ['Mamady Doumbouya', 'GIN', '2022-03-01', '2020-03-01'],
    ['Abiy Ahmed', 'ETH', '2024-05-01', '2017-05-01'],
    ['Charlot Salwai', 'VUT', '2023-11-15', '2021-06-01'],
    ['Ferdinand Marcos Jr.', 'PHL', '2024-01-10', '2021-01-10'],
    ['Irakli Garibashvili', 'GEO', '2022-06-01', '2024-06-01'],
    ['Bola Tinubu', 'NGA', '2024-02-01', '2022-02-01'],
    ['Nikol Pashinyan', 'ARM', '2023-09-20', '2017-09-20'],
  ];
  for (const [name, country, inside, outside] of cases) {
    const p = worldPerson(name);
    assert.equal(countryAt(p, inside), country, `${name} on ${inside}`);
    assert.equal(countryAt(p, outside), null, `${name} holds no office on ${outside}`);
  }
  // Garibashvili's two premierships are split by his time as defence minister: GEO throughout, two roles
  const gari = worldPerson('Irakli Garibashvili').roles.filter((r) => r.title === 'Prime Minister');
  assert.deepEqual(gari.map((r) => [r.start, r.end]), [['2013-11-20', '2015-12-30'], ['2021-02-22', '2024-02-08']]);
});

test('armed non-state leaders carry REB roles, with state roles before and after where they held them', () => {
  const hemedti = worldPerson('Mohamed Hamdan Dagalo');
  assert.ok(hemedti.aliases.includes('Hemedti'));
  const sectorOn = (p: Person, d: string) => p.roles.find((r) => inForce(r, d))?.sector;
  assert.equal(sectorOn(hemedti, '2021-06-01'), 'GOV');
  assert.equal(sectorOn(hemedti, '2024-06-01'), 'REB');
  assert.equal(countryAt(hemedti, '2024-06-01'), 'SDN');
  assert.equal(sectorOn(worldPerson('Sultani Makenga'), '2025-01-27'), 'REB');
  assert.equal(countryAt(worldPerson('Sultani Makenga'), '2025-01-27'), 'COD');
  assert.equal(sectorOn(worldPerson('Riek Machar'), '2018-01-01'), 'REB');
  assert.equal(sectorOn(worldPerson('Riek Machar'), '2021-01-01'), 'GOV');
});

test('an ambiguous or common-word surname is spelled as the full name, so a bare mention does not resolve', () => {
  // "Harris" stays Kamala Harris's in 2021-22, "Michel" Charles Michel's, "Barrow" is Adama Barrow's alone
  assert.equal(worldPerson('Timothy Harris').surname, 'Timothy Harris');
  assert.equal(worldPerson('James Michel').surname, 'James Michel');
  assert.equal(worldPerson('Dean Barrow').surname, 'Dean Barrow');
  assert.equal(worldPerson('Adama Barrow').surname, 'Barrow');
  assert.equal(worldPerson('Abiy Ahmed').surname, 'Abiy');
  // no two world persons in office in different countries at once share a one-word surname
  const single = world.persons.filter((p) => p.surname !== undefined && !/\s/.test(p.surname));
  for (const a of single) {
    for (const b of single) {
      if (a.name >= b.name || a.surname!.toLowerCase() !== b.surname!.toLowerCase()) continue;
      for (const ra of a.roles) {
        for (const rb of b.roles) {
          const overlap = cmpDate(ra.start, rb.end ?? '9999') <= 0 && cmpDate(rb.start, ra.end ?? '9999') <= 0;
          assert.ok(!(overlap && ra.country !== rb.country), `${a.name} and ${b.name} share "${a.surname}" in office`);
        }
      }
    }
  }
});

/** UN member states (and the Holy See, Palestine, Kosovo) a GOV office holder covers across both files; San Marino's
 * six-monthly captains regent are left out. */
const UN_MEMBERS = (
  'AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI ' +
  'CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI ' +
  'EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA ' +
  'JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM ' +
  'MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ' +
  'MDA ROU RUS RWA KNA LCA VCT WSM STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR ' +
  'TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE PSE VAT XKX'
).split(' ');

test('every UN member state has a government office holder in 2016, 2020 and 2024', () => {
  const all = [...persons, ...world.persons];
  assert.equal(UN_MEMBERS.length, 193 - 1 + 3);
  for (const c of UN_MEMBERS) {
    for (const d of ['2016-06-01', '2020-06-01', '2024-06-01']) {
      const found = all.some((p) => p.roles.some((r) => r.country === c && ['GOV', 'REL'].includes(r.sector) && inForce(r, d)));
      assert.ok(found, `${c}: no GOV office holder on ${d}`);
    }
  }
});
