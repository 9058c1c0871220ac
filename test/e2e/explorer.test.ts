// The explorer in a real browser (Debian's chromium via playwright-core) over the coded examples/:
// filter by a dyad, open an event and see its evidence highlighted, the timeline and the network render.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { e2eSkip, launchChromium, startExplorer, type Explorer } from './explorer.js';

const skip = e2eSkip();
let explorer: Explorer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

before(async () => {
  if (skip) return;
  explorer = await startExplorer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => errors.push(e.message));
});
after(async () => {
  if (skip) return;
  await browser.close();
  await explorer.close();
});

test('filter events by a dyad, open one with Enter, see its evidence, back returns to the filtered list', { skip }, async () => {
  await page.goto(`${explorer.url}/events`);
  await page.waitForSelector('table.events tbody tr');
  const all = await page.locator('table.events tbody tr').count();
  await page.fill('#f-dyad', 'rus-est');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/events\?dyad=RUS-EST$/);
  await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length < n, all);
  const rows = page.locator('table.events tbody tr');
  const n = await rows.count();
  assert.ok(n >= 1 && n < all, `${n} of ${all} rows after the dyad filter`);
  for (let i = 0; i < n; i++) {
    const text = (await rows.nth(i).innerText()).replace(/\s+/g, ' ');
    assert.match(text, /RUS/);
    assert.match(text, /EST/);
  }
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/article\/.+\?event=/);
  const evidence = page.locator('#evidence');
  await evidence.waitFor();
  assert.ok((await evidence.innerText()).length > 20);
  assert.equal(await page.locator('#evidence mark.trigger').count(), 1, 'trigger marked inside the evidence');
  assert.ok(await page.locator('#evidence mark.actor').count() >= 1, 'actor marked inside the evidence');
  assert.ok(await page.locator('#evidence mark.recipient').count() >= 1, 'recipient marked inside the evidence');
  assert.match(await page.locator('.event-card').innerText(), /Status/);
  await page.goBack();
  await page.waitForURL(/\/events\?dyad=RUS-EST$/);
  assert.equal(await page.inputValue('#f-dyad'), 'RUS-EST', 'the filter comes back with the URL');
});

test('a bad filter shows the API message next to the form', { skip }, async () => {
  await page.goto(`${explorer.url}/events?from=2025-13-40`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /from/);
});

test('the timeline renders its charts as non-empty SVG', { skip }, async () => {
  await page.goto(`${explorer.url}/timeline?interval=day`);
  await page.waitForSelector('#timeline-counts svg rect');
  const bars = await page.locator('#timeline-counts svg g[aria-label="rect"] rect').count();
  assert.ok(bars >= 3, `${bars} bars`);
  assert.ok(await page.locator('#timeline-goldstein svg rect').count() >= 1);
});

test('the network draws on a canvas; its dyad links set the dyad filter', { skip }, async () => {
  await page.goto(`${explorer.url}/network`);
  await page.waitForSelector('#network canvas');
  await page.waitForTimeout(300);
  // sigma paints with WebGL; compare the element's pixels with its canvases shown and hidden
  const drawn = await page.locator('#network').screenshot();
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('#network canvas').forEach((c) => { c.style.visibility = 'hidden'; }));
  const blank = await page.locator('#network').screenshot();
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('#network canvas').forEach((c) => { c.style.visibility = ''; }));
  assert.ok(!drawn.equals(blank), 'the canvases draw something');
  assert.ok(drawn.length > blank.length * 1.5, `graph image ${drawn.length} bytes vs empty ${blank.length}`);
  const link = page.locator('table.compact a').first();
  const label = (await link.innerText()).replace(/\s+/g, '');
  await link.click();
  await page.waitForURL(/\/events\?dyad=/);
  assert.equal(new URL(page.url()).searchParams.get('dyad'), label.replace('–', '-'));
  await page.waitForSelector('table.events tbody tr');
});

test('try it codes pasted text and highlights it', { skip }, async () => {
  await page.goto(`${explorer.url}/try`);
  await page.fill('#t-text', 'Russia accused Estonia of provocations in the Gulf of Finland, according to TASS.');
  await page.getByRole('button', { name: 'Code it' }).click();
  await page.waitForSelector('.try-result mark.evidence mark.trigger');
  assert.match(await page.locator('.try-result').innerText(), /ACCUSE/);
  assert.match(await page.locator('.try-result').innerText(), /according to TASS/);
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
