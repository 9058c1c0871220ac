// readout serve's options: defaults, and bad values are usage errors that name the option.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveOptions } from '../../src/cli/serve.js';
import { UsageError } from '../../src/cli/args.js';

test('serve defaults to 127.0.0.1:8080', () => {
  const o = serveOptions(['--db', 'x.db']);
  assert.equal(o.host, '127.0.0.1');
  assert.equal(o.port, 8080);
  assert.equal(o.db, 'x.db');
});

test('bad serve options are usage errors naming the option', () => {
  for (const [argv, re] of [[['--port', 'http'], /--port/], [['--port', '70000'], /--port/], [['--colour', 'red'], /--colour/], [['extra'], /extra/], [['--host', ' '], /--host/]] as const) {
    assert.throws(() => serveOptions([...argv]), (e: unknown) => e instanceof UsageError && re.test(e.message));
  }
});

test('serve checks the Host header unless --public is given', () => {
  assert.equal(serveOptions([]).public, false);
  assert.equal(serveOptions(['--public']).public, true);
});
