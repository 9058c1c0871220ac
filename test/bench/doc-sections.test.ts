import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownedSections, writeBlock, writeSection } from '../../src/bench/doc-sections.js';

test('writeSection replaces its own section, keeps the others, appends when absent', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'readout-doc-')), 'performance.md');
  writeFileSync(file, '# Performance\n\ntop\n\n## HTTP API under load\n\nold api\n\n## Lexicon sizes\n\nsizes\n');
  writeSection(file, '## HTTP API under load', 'new api');
  assert.equal(readFileSync(file, 'utf8'), '# Performance\n\ntop\n\n## HTTP API under load\n\nnew api\n\n## Lexicon sizes\n\nsizes\n');
  writeSection(file, '## Hostile sizes', 'table');
  assert.match(readFileSync(file, 'utf8'), /## Lexicon sizes\n\nsizes\n\n## Hostile sizes\n\ntable\n$/);
  // what `npm run bench` carries over when it rewrites the rest
  assert.equal(ownedSections(file), '## HTTP API under load\n\nnew api\n\n## Hostile sizes\n\ntable');
  assert.equal(ownedSections(join(tmpdir(), 'no-such-readout-file.md')), '');
});

test('writeBlock replaces only the text between its markers, and refuses a file without them', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'readout-doc-')), 'stories.md');
  writeFileSync(file, 'Cost, printed by a script:\n\n<!-- cost:start -->\n| old |\n<!-- cost:end -->\n\nafter\n');
  writeBlock(file, 'cost', '| new |\n| row |');
  assert.equal(readFileSync(file, 'utf8'), 'Cost, printed by a script:\n\n<!-- cost:start -->\n| new |\n| row |\n<!-- cost:end -->\n\nafter\n');
  assert.throws(() => writeBlock(file, 'other', 'x'), /expected one "<!-- other:start -->"/);
  writeFileSync(file, '<!-- cost:end -->\n<!-- cost:start -->\n');
  assert.throws(() => writeBlock(file, 'cost', 'x'), /expected one/);
  assert.equal(readFileSync(file, 'utf8'), '<!-- cost:end -->\n<!-- cost:start -->\n');
});
