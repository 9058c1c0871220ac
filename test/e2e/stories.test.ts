// The Stories view in a real browser (Debian's chromium via playwright-core) over a server whose store ingested the
// examples/ (one episode told by five outlets): the list shows the story, its page shows the merged events x outlets
// matrix with the outlets as columns and not-reported cells, and choosing a row marks that event's evidence in each
// article that reports it, and in no other.
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { e2eSkip, openLargestStory } from './explorer.js';
import { explorerSession } from './session.js';

// the stories API comes from other branches of issue #12 (S1 clustering, S2 merging); until they are merged here
// there is nothing to drive
const api = existsSync(new URL('../../src/stories/compare.js', import.meta.url)) ? false : 'skipped: the stories API (src/stories/compare.ts) is not in this build';
const skip = e2eSkip() || api;
const session = explorerSession(skip);

interface Compared {
  story: { id: string; outlets: string[]; articles: string[] };
  outlets: string[];
  events: { id: string; missing: string[]; only: string | null; mentions: { outlet: string; article: string; event_id: string }[] }[];
}

async function compare(id: string): Promise<Compared> {
  const res = await fetch(`${session.explorer.url}/api/stories/${encodeURIComponent(id)}/compare`);
  assert.equal(res.status, 200);
  return (await res.json()) as Compared;
}

const cellTexts = (p: Page, sel: string) => p.locator(sel).evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

test('the list shows the five-outlet story; its page has one matrix column per outlet and not-reported cells', { skip }, async () => {
  const id = await openLargestStory(session.page, session.explorer.url);
  assert.match(session.page.url(), new RegExp(`/stories/${id}$`));
  const data = await compare(id);
  assert.ok(data.outlets.length >= 4, `the examples' story has ${data.outlets.length} outlets`);
  const heads = await cellTexts(session.page, 'table.matrix thead th');
  assert.deepEqual(heads, ['Event', 'Date', ...data.outlets], 'outlets are the columns, in the API order');
  assert.equal(await session.page.locator('table.matrix tbody tr').count(), data.events.length, 'one row per merged event');
  assert.equal(await session.page.locator('table.matrix tbody th[scope=row]').count(), data.events.length, 'rows have headers');
  const missing = data.events.reduce((n, e) => n + e.missing.length, 0);
  assert.ok(missing >= 1, 'some outlet leaves some event out');
  assert.equal(await session.page.locator('table.matrix td.cell.missing').count(), missing);
  for (const t of await cellTexts(session.page, 'table.matrix td.cell.missing')) assert.equal(t, '— not reported');
  const only = data.events.filter((e) => e.only !== null).length;
  assert.equal(await session.page.locator('table.matrix .flag.only').count(), only, 'claims one outlet alone carries are marked in words');
  assert.equal(await session.page.locator('.story-article').count(), data.story.articles.length, 'every article side by side');
  await session.page.waitForSelector('#story-timeline svg circle');
  assert.equal(await session.page.locator('#story-timeline svg g[aria-label="dot"]').count(), 2, 'articles and merged events drawn');
});

test('choosing a row with the keyboard marks its evidence in each article that reports it and in no other', { skip }, async () => {
  const id = await openLargestStory(session.page, session.explorer.url);
  const data = await compare(id);
  // an event several outlets carry and some leave out
  const chosen = data.events.find((e) => new Set(e.mentions.map((m) => m.outlet)).size >= 2 && e.missing.length >= 1)
    ?? data.events.find((e) => e.mentions.length >= 2)!;
  assert.ok(chosen, 'an event told in two articles');
  const link = session.page.locator(`table.matrix tbody tr[data-event="${chosen.id}"] th a`);
  await link.focus();
  await session.page.keyboard.press('Enter');
  await session.page.waitForURL((u) => u.searchParams.get('event') === chosen.id);
  assert.equal(await link.getAttribute('aria-current'), 'true');
  const reporting = new Set(chosen.mentions.map((m) => m.article));
  for (const a of data.story.articles) {
    const column = session.page.locator(`.story-article[data-article="${a}"]`);
    const marks = await column.locator('mark.evidence').count();
    if (reporting.has(a)) {
      assert.ok(marks >= 1, `${a} reports it: its evidence is marked`);
      assert.match(await column.locator('.reports').innerText(), /Reports it/);
    } else {
      assert.equal(marks, 0, `${a} does not report it: nothing marked`);
      assert.match(await column.locator('header').innerText(), /does not report this event/);
    }
  }
  await session.page.locator('#only-reporting').check();
  assert.deepEqual(new Set(await session.page.locator('.story-article').evaluateAll((els) => els.map((el) => el.getAttribute('data-article')))), reporting,
    'the articles that report it alone, when asked');
  await session.page.locator('#only-reporting').uncheck();
  assert.equal(await session.page.locator('.story-article').count(), data.story.articles.length);
  const text = await session.page.locator('.story-selected').innerText();
  assert.match(text, new RegExp(`Reported by\\s+${new Set(chosen.mentions.map((m) => m.outlet)).size} of ${data.outlets.length} outlets`));

  // ↓ moves to the next row; the selection is in the URL, so reloading keeps it
  const rows = data.events.map((e) => e.id);
  const next = rows[rows.indexOf(chosen.id) + 1];
  if (next) {
    await link.focus();
    await session.page.keyboard.press('ArrowDown');
    await session.page.waitForURL((u) => u.searchParams.get('event') === next);
    await session.page.reload();
    await session.page.waitForSelector(`table.matrix tbody tr.selected[data-event="${next}"]`);
  }
});

test('the list filters by outlet; an unknown story shows the API message', { skip }, async () => {
  await session.page.goto(`${session.explorer.url}/stories`);
  await session.page.waitForSelector('table.stories tbody tr');
  const outlet = (await session.page.locator('table.stories tbody tr td').nth(2).innerText()).split(', ').at(-1)!;
  await session.page.fill('#f-outlet', outlet);
  await session.page.click('button[type=submit]');
  await session.page.waitForURL((u) => u.pathname === '/stories' && u.searchParams.get('outlet') === outlet);
  await session.page.waitForSelector('table.stories tbody tr');
  for (const t of await cellTexts(session.page, 'table.stories tbody tr td:nth-child(3)')) assert.ok(t.split(', ').includes(outlet), `${t} has ${outlet}`);
  await session.page.goto(`${session.explorer.url}/stories/s-0000000000000000`);
  await session.page.getByRole('alert').waitFor();
  assert.ok((await session.page.getByRole('alert').innerText()).length > 0);
  assert.deepEqual(session.errors, [], 'no uncaught errors in the page');
});
