import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseActors, parseAgents, petrarchDate, codeOn, stripComments } from '../../src/actors/petrarch.js';

const ACTORS = [
  '<!-- my test dictionary',
  '     spanning lines -->',
  'RIVERLAND [RVL]   # a made-up country',
  '+RIVERLANDER',
  '+RIVER_FOLK_',
  'MARA_OKONKWO_  ; legacy comment',
  '\t[RVLELI 980101-031231]',
  '\t[RVLGOV 040101-091231]',
  '\t[RVLOPP >20100101]',
  'TOMAS BELL [XYZGOV <950601] [XYZELI 950602-991231]',
  'NOBODY',
  '\t[---]',
  '\t[ABC 2004017-20061201]',
].join('\n');

test('actor entries: names, synonyms, roles with dates, comments', () => {
  const { actors, warnings } = parseActors(ACTORS);
  assert.equal(actors.length, 4);
  assert.deepEqual(actors[0], { names: ['RIVERLAND', 'RIVERLANDER', 'RIVER FOLK'], roles: [{ code: 'RVL' }] });
  assert.deepEqual(actors[1]!.names, ['MARA OKONKWO']);
  assert.deepEqual(actors[1]!.roles, [
    { code: 'RVLELI', start: '1998-01-01', end: '2003-12-31' },
    { code: 'RVLGOV', start: '2004-01-01', end: '2009-12-31' },
    { code: 'RVLOPP', start: '2010-01-01' },
  ]);
  assert.deepEqual(actors[2]!.roles, [
    { code: 'XYZGOV', end: '1995-06-01' },
    { code: 'XYZELI', start: '1995-06-02', end: '1999-12-31' },
  ]);
  assert.deepEqual(actors[3]!.roles, [{ code: '---' }]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^line 13: bad date/);
  assert.equal(codeOn(actors[1]!, '2005-03-01'), 'RVLGOV');
  assert.equal(codeOn(actors[1]!, '1990-01-01'), null);
  assert.equal(codeOn(actors[0]!, '2005-03-01'), 'RVL');
});

test('dates: YYMMDD pivots at 30, malformed dates are null', () => {
  assert.equal(petrarchDate('450703'), '1945-07-03');
  assert.equal(petrarchDate('070723'), '2007-07-23');
  assert.equal(petrarchDate('20121109'), '2012-11-09');
  assert.equal(petrarchDate('20121309'), null);
  assert.equal(petrarchDate('2004017'), null);
});

test('comments: # and ; end of line, <!-- --> blocks', () => {
  assert.deepEqual(stripComments('A <!-- x --> B # c\n<!-- start\nstill\nend --> C').map((l) => l.text), ['A  B', ' C']);
});

test('agents: suffix/prefix codes, plurals, {} and substitution sets', () => {
  const AGENTS = [
    '!WORKER! = HAND, HANDS',
    'HARBOUR_GUARD [~COP]',
    'DEPUTY {DEPUTIES_ON_DUTY} [~LEG]',
    'CONSTABULARY {} [~COP]',
    'RELIEF_CHARITY [NGO~]',
    'FACTORY!WORKER! [~LAB]',
    'MISTRESS [~ELI]',
    'BROKEN LINE [COP]',
  ].join('\n');
  const { agents, warnings } = parseAgents(AGENTS);
  assert.deepEqual(agents, [
    { terms: ['HARBOUR GUARD', 'HARBOUR GUARDS'], code: 'COP', position: 'suffix' },
    { terms: ['DEPUTY', 'DEPUTIES ON DUTY'], code: 'LEG', position: 'suffix' },
    { terms: ['CONSTABULARY'], code: 'COP', position: 'suffix' },
    { terms: ['RELIEF CHARITY', 'RELIEF CHARITIES'], code: 'NGO', position: 'prefix' },
    { terms: ['FACTORYHAND', 'FACTORYHANDS'], code: 'LAB', position: 'suffix' },
    { terms: ['MISTRESS', 'MISTRESSES'], code: 'ELI', position: 'suffix' },
  ]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /line 8/);
});

const dict = '/work/shared/anchors/petrarch2/petrarch2/data/dictionaries';
test('loads the real PETRARCH validation dictionaries', { skip: existsSync(dict) ? false : 'skipped: ../shared not present' }, () => {
  const a = parseActors(readFileSync(`${dict}/PETR.Validate.actors.txt`, 'utf8'));
  const g = parseAgents(readFileSync(`${dict}/PETR.Validate.agents.txt`, 'utf8'));
  assert.ok(a.actors.length > 100, `actors ${a.actors.length}`);
  assert.ok(g.agents.length > 50, `agents ${g.agents.length}`);
  assert.ok(a.actors.some((x) => x.roles.some((r) => r.start && r.end)));
  assert.ok(g.agents.some((x) => x.terms.length > 2));
});
