import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinActorFiles, loadActorLexicon, type ActorEntry } from '../../src/actors/load.js';
import type { Mention } from '../../src/types.js';
import { actorData as lexicon, mentionsIn, tmpLexicon } from './fixture.js';

const files = builtinActorFiles();
const mentions = (text: string, published = '2025-03-10'): Mention[] => mentionsIn(text, published);

/** The mention of `text`, alone or heading a longer mention ("CODECO fighters"). */
function find(ms: Mention[], text: string): Mention {
  const m = ms.find((x) => x.text === text) ?? ms.find((x) => x.text.startsWith(`${text} `));
  assert.ok(m, `no mention "${text}" among: ${ms.map((x) => x.text).join(' | ')}`);
  return m;
}

const WORLD = (a: ActorEntry): boolean => a.origin.includes('orgs-world.jsonl');

test('orgs-world.jsonl is a built-in lexicon file with 250-400 organisations of known types', () => {
  assert.ok(files.some((f) => f.endsWith('/orgs-world.jsonl')));
  const world = lexicon.actors.filter(WORLD);
  assert.ok(world.length >= 250 && world.length <= 400, `${world.length} entries`);
  assert.ok(world.every((a) => a.kind === 'org' && a.sector !== null && a.type !== null), 'every entry is an org with a sector and a type');
});

test('new armed groups, parties, agencies and companies resolve to their country and sector', () => {
  const cases: [string, string, string, string][] = [
    ['CODECO fighters attacked a displacement camp in Ituri.', 'CODECO', 'COD', 'REB'],
    ['The Libyan National Army said it had secured the oil terminal.', 'Libyan National Army', 'LBY', 'MIL'],
    ['Fighters of the Ta\'ang National Liberation Army seized the town.', 'Ta\'ang National Liberation Army', 'MMR', 'REB'],
    ['The Southern Transitional Council took control of Hadramout.', 'Southern Transitional Council', 'YEM', 'REB'],
    ['Viv Ansanm burned homes in the capital.', 'Viv Ansanm', 'HTI', 'CRM'],
    ['The Clan del Golfo denied the accusation.', 'Clan del Golfo', 'COL', 'CRM'],
    ['Fidesz won the vote.', 'Fidesz', 'HUN', 'PTY'],
    ['The African National Congress lost its majority.', 'African National Congress', 'ZAF', 'PTY'],
    ['The National Anti-Corruption Bureau of Ukraine searched the ministry.', 'National Anti-Corruption Bureau of Ukraine', 'UKR', 'COP'],
    ['Pemex cut its output forecast.', 'Pemex', 'MEX', 'BUS'],
    ['Asa\'ib Ahl al-Haq threatened US forces.', 'Asa\'ib Ahl al-Haq', 'IRQ', 'PRM'],
  ];
  for (const [sentence, name, country, sector] of cases) {
    const m = find(mentions(sentence), name);
    assert.deepEqual([m.country, m.sector], [country, sector], name);
  }
});

test('aliases resolve, and "the party" / "the militants" find a new entry', () => {
  assert.equal(find(mentions('TPLF leaders met in Mekelle.'), 'TPLF').country, 'ETH');
  assert.equal(find(mentions('PDVSA resumed exports.'), 'PDVSA').country, 'VEN');
  const party = find(mentions('Georgian Dream won the election. The party rejected the criticism.'), 'The party');
  assert.deepEqual([party.country, party.sector], ['GEO', 'PTY']);
  const armed = find(mentions('The Arakan Rohingya Salvation Army attacked a post. The militants fled.'), 'The militants');
  assert.deepEqual([armed.country, armed.sector], ['MMR', 'REB']);
});

test('names left out on purpose stay out: bare shared names and common words are not organisations', () => {
  const forms = new Set(lexicon.actors.filter(WORLD).flatMap((a) => [a.name, ...a.aliases]));
  for (const bare of ['Labour Party', 'Conservative Party', 'Supreme Court', 'National Guard', 'Toyota', 'Reliance', 'Total', 'Shell', 'EPA', 'DPP', 'Constitutional Council']) {
    assert.ok(!forms.has(bare), `"${bare}" should not be a form in orgs-world.jsonl`);
  }
  assert.equal(mentions('The national guard was deployed.').some((m) => m.country === 'UKR' || m.country === 'MEX'), false);
});

test('bad input: a world org line with an unknown field or a bad sector is rejected', () => {
  const badSector = tmpLexicon('orgs-world.jsonl', ['{"kind": "org", "name": "Test Front", "country": "COD", "sector": "REBEL", "type": "group"}']);
  assert.throws(() => loadActorLexicon([badSector]), /orgs-world\.jsonl:1: field "sector"/);
  const badField = tmpLexicon('orgs-world.jsonl', ['{"kind": "org", "name": "Test Front", "country": "COD", "sector": "REB", "kind_of": "group"}']);
  assert.throws(() => loadActorLexicon([badField]), /field "kind_of" is not a known field/);
});
