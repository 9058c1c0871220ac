// The explorer in a real browser (Debian's chromium via playwright-core) over the coded examples/:
// filter by a dyad, open an event and see its evidence highlighted, the timeline and the network render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eSkip } from './explorer.js';
import { explorerSession } from './session.js';

const skip = e2eSkip();
const session = explorerSession(skip);

test('filter events by a dyad, open one with Enter, see its evidence, back returns to the filtered list', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/events`);
  await session.page.waitForSelector('table.events tbody tr');
  const all = await session.page.locator('table.events tbody tr').count();
  await session.page.fill('#f-dyad', 'rus-est');
  await session.page.click('button[type=submit]');
  await session.page.waitForURL(/\/events\?dyad=RUS-EST$/);
  await session.page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length < n, all);
  const rows = session.page.locator('table.events tbody tr');
  const n = await rows.count();
  assert.ok(n >= 1 && n < all, `${n} of ${all} rows after the dyad filter`);
  for (let i = 0; i < n; i++) {
    const text = (await rows.nth(i).innerText()).replace(/\s+/g, ' ');
    assert.match(text, /RUS/);
    assert.match(text, /EST/);
  }
  await rows.first().focus();
  await session.page.keyboard.press('Enter');
  await session.page.waitForURL(/\/article\/.+\?event=/);
  const evidence = session.page.locator('#evidence');
  await evidence.waitFor();
  assert.ok((await evidence.innerText()).length > 20);
  assert.equal(await session.page.locator('#evidence mark.trigger').count(), 1, 'trigger marked inside the evidence');
  assert.ok(await session.page.locator('#evidence mark.actor').count() >= 1, 'actor marked inside the evidence');
  assert.ok(await session.page.locator('#evidence mark.recipient').count() >= 1, 'recipient marked inside the evidence');
  assert.match(await session.page.locator('.event-card').innerText(), /Status/);
  await session.page.goBack();
  await session.page.waitForURL(/\/events\?dyad=RUS-EST$/);
  assert.equal(await session.page.inputValue('#f-dyad'), 'RUS-EST', 'the filter comes back with the URL');
});

test('a bad filter shows the API message next to the form', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/events?from=2025-13-40`);
  const alert = session.page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /from/);
});

test('the timeline renders its charts as non-empty SVG', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/timeline?interval=day`);
  await session.page.waitForSelector('#timeline-counts svg rect');
  const bars = await session.page.locator('#timeline-counts svg g[aria-label="rect"] rect').count();
  assert.ok(bars >= 3, `${bars} bars`);
  assert.ok(await session.page.locator('#timeline-goldstein svg rect').count() >= 1);
});

test('the network draws on a canvas; its dyad links set the dyad filter', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/network`);
  await session.page.waitForSelector('#network canvas');
  await session.page.waitForTimeout(300);
  // sigma paints with WebGL; compare the element's pixels with its canvases shown and hidden
  const drawn = await session.page.locator('#network').screenshot();
  await session.page.evaluate(() => document.querySelectorAll<HTMLElement>('#network canvas').forEach((c) => { c.style.visibility = 'hidden'; }));
  const blank = await session.page.locator('#network').screenshot();
  await session.page.evaluate(() => document.querySelectorAll<HTMLElement>('#network canvas').forEach((c) => { c.style.visibility = ''; }));
  assert.ok(!drawn.equals(blank), 'the canvases draw something');
  assert.ok(drawn.length > blank.length * 1.5, `graph image ${drawn.length} bytes vs empty ${blank.length}`);
  const link = session.page.locator('table.compact a').first();
  const label = (await link.innerText()).replace(/\s+/g, '');
  await link.click();
  await session.page.waitForURL(/\/events\?dyad=/);
  assert.equal(new URL(session.page.url()).searchParams.get('dyad'), label.replace('–', '-'));
  await session.page.waitForSelector('table.events tbody tr');
});

test('try it codes pasted text and highlights it', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/try`);
  await session.page.fill('#t-text', 'Russia accused Estonia of provocations in the Gulf of Finland, according to TASS.');
  await session.page.getByRole('button', { name: 'Code it' }).click();
  await session.page.waitForSelector('.try-result mark.evidence mark.trigger');
  assert.match(await session.page.locator('.try-result').innerText(), /ACCUSE/);
  assert.match(await session.page.locator('.try-result').innerText(), /according to TASS/);
  assert.deepEqual(session.errors, [], 'no uncaught errors in the page');
});
