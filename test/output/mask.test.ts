// maskUrl: passwords and token parameters never printed; everything else exactly as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskUrl, maskUrlsIn } from '../../src/output/mask.js';

test('the password of a store URL is masked, user, host, port and database kept', () => {
  assert.equal(maskUrl('postgres://readout:s3cr%40t@db.example:5432/events?sslmode=require'),
    'postgres://readout:***@db.example:5432/events?sslmode=require');
  assert.equal(maskUrl('postgresql://u:p@ss@host/db'), 'postgresql://u:***@host/db');
  assert.equal(maskUrl('postgres://u:pa/ss@host/db'), 'postgres://u:***@host/db');
});

test('token-like query and fragment parameters are masked, others kept byte for byte', () => {
  assert.equal(maskUrl('https://h.example/x?a=1&access_token=zz&api_key=k&q=a%20b#state=1&id_token=t'),
    'https://h.example/x?a=1&access_token=***&api_key=***&q=a%20b#state=1&id_token=***');
  assert.equal(maskUrl('postgres://h/db?password=hunter2&application_name=readout'), 'postgres://h/db?password=***&application_name=readout');
});

test('URLs without secrets and plain paths come back unchanged', () => {
  for (const s of ['./readout.db', '/var/lib/readout.db', 'postgres://readout@localhost/db', 'http://127.0.0.1:8080/', 'C:\\data\\x.db', '']) {
    assert.equal(maskUrl(s), s);
  }
});

test('maskUrlsIn masks every URL inside a message', () => {
  assert.equal(maskUrlsIn('cannot reach postgres://a:b@h/d (ECONNREFUSED); also https://x/?token=t.'),
    'cannot reach postgres://a:***@h/d (ECONNREFUSED); also https://x/?token=t.'.replace('token=t.', 'token=***'));
});
