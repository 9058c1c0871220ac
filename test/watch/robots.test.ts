// robots.txt: groups, longest match, Allow on ties, * and $, the crawler's own group before *.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed, matches, parseRobots } from '../../src/watch/robots.js';

const TXT = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?

User-agent: readout
User-agent: other
Disallow: /not-for-readout
Allow: /private/

User-agent: badbot
Disallow: /
`;

test('the * group: prefix rules, the longest match wins, Allow wins a tie', () => {
  const r = parseRobots(TXT);
  const ok = (path: string) => isAllowed(r, 'SomeCrawler/1.0', path);
  assert.equal(ok('/news/1'), true);
  assert.equal(ok('/private/x'), false);
  assert.equal(ok('/private/open/page'), true);
  assert.equal(ok('/search?q=1'), false);
  assert.equal(ok('/search'), true);
  assert.equal(ok('/robots.txt'), true);
  const tie = parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n');
  assert.equal(isAllowed(tie, 'x', '/a'), true);
});

test('* and $ in patterns', () => {
  assert.equal(matches('/*.pdf$', '/doc/file.pdf'), true);
  assert.equal(matches('/*.pdf$', '/doc/file.pdf?x=1'), false);
  assert.equal(matches('/*.pdf', '/doc/file.pdf?x=1'), true);
  assert.equal(matches('/a*b*c', '/axxbyyc/more'), true);
  assert.equal(matches('/a*b*c', '/axxcyyb'), false);
  assert.equal(matches('/exact$', '/exact'), true);
  assert.equal(matches('/exact$', '/exactly'), false);
  assert.equal(matches('*', '/anything'), true);
});

test('a crawler whose name holds a group token uses that group only; a group may name several agents', () => {
  const r = parseRobots(TXT);
  assert.equal(isAllowed(r, 'readout/1.2 (+https://x)', '/private/x'), true);
  assert.equal(isAllowed(r, 'readout/1.2', '/not-for-readout'), false);
  assert.equal(isAllowed(r, 'readout/1.2', '/a.pdf'), true); // the * rules do not apply to it
  assert.equal(isAllowed(r, 'Other', '/not-for-readout'), false);
  assert.equal(isAllowed(r, 'badbot', '/anything'), false);
});

test('empty Disallow allows everything; junk lines and rules before any User-agent are ignored', () => {
  const r = parseRobots('Disallow: /x\nthis is not a rule\nUser-agent: *\nDisallow:\n\nSitemap: http://x/s.xml\n');
  assert.equal(isAllowed(r, 'a', '/x'), true);
  assert.equal(isAllowed(parseRobots(''), 'a', '/x'), true);
  assert.equal(isAllowed(parseRobots('\r\nUser-agent: *\r\nDisallow: /x # tail comment\r\n'), 'a', '/x/y'), false);
});
