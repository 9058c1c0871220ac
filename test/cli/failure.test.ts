// One-line failures: a full disk found anywhere in an error's chain, named with the store (secrets masked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diskFullFailure, ioReason, writeFailure } from '../../src/cli/failure.js';

const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

test('a full disk is found under a failed rollback, and the store URL is printed without its password', () => {
  const rollback = new Error('cannot rollback - no transaction is active', { cause: full });
  const f = diskFullFailure('postgres://readout:hunter2@db/events', rollback, 3);
  assert.ok(f);
  assert.equal(f.message.split('\n').length, 1);
  assert.match(f.message, /disk under the store postgres:\/\/readout:\*\*\*@db\/events is full/);
  assert.match(f.message, /the 3 articles committed before it stay/);
  assert.doesNotMatch(f.message, /hunter2/);
  assert.ok(diskFullFailure('x.db', Object.assign(new Error('could not extend file'), { code: '53100' }), 0));
  assert.ok(diskFullFailure('x.db', new AggregateError([Object.assign(new Error('write'), { code: 'ENOSPC' })]), 0));
});

test('other errors are left to speak for themselves', () => {
  assert.equal(diskFullFailure('x.db', new Error('database is locked'), 1), null);
});

test('file-system errors read as reason and code; others keep their message', () => {
  assert.equal(ioReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })), 'no space left on device (ENOSPC)');
  assert.equal(ioReason(new Error('odd')), 'odd');
  assert.equal(writeFailure('/x/y.csv', Object.assign(new Error(''), { code: 'ENOENT' })).message, 'cannot write /x/y.csv: no such file or directory (ENOENT)');
});
