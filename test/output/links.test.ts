// Only http(s) article URLs become links in the explorer (web/src/views/article.ts uses httpHref).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpHref } from '../../src/output/links.js';

test('http and https URLs are links; javascript:, data:, relative and malformed URLs are not', () => {
  assert.equal(httpHref('https://news.example/a?b=1'), 'https://news.example/a?b=1');
  assert.equal(httpHref(' HTTP://News.Example/x '), 'http://news.example/x');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:x', 'file:///etc/passwd', '//evil.example/x', '/relative', 'not a url', '', null, undefined]) {
    assert.equal(httpHref(bad), null, String(bad));
  }
});
