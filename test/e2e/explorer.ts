// The explorer for browser tests and screenshots: the server on 127.0.0.1 (ephemeral port) over a store holding the
// coded examples/, serving the built dist/web; and Debian's chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../../src/api/index.js';
import { inlineCoder } from '../../src/api/coder.js';
import { codeExamples, filled } from '../api/fixtures.js';
import { makeStore } from '../api/stores.js';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

/** Why browser tests cannot run here, or false when they can. */
export function e2eSkip(): string | false {
  if (!existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} not installed (apt-get install -y chromium)`;
  if (!existsSync(`${WEB_ROOT}/index.html`)) return `skipped: web explorer not built (${WEB_ROOT}/index.html missing; run npm run build)`;
  return false;
}

export interface Explorer {
  url: string;
  close(): Promise<void>;
}

export async function startExplorer(): Promise<Explorer> {
  const coded = await codeExamples();
  const store = await filled(await makeStore(), coded);
  const app = buildServer({ store, coder: inlineCoder(coded.lexicons), webRoot: WEB_ROOT });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); await store.close(); } };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens the stories list, then (with the keyboard) the story with the most articles; returns its id. */
export async function openLargestStory(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/stories`);
  await page.waitForSelector('table.stories tbody tr');
  const rows = page.locator('table.stories tbody tr');
  const sizes = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.articles')?.textContent ?? 0)));
  const largest = sizes.indexOf(Math.max(...sizes));
  const id = await rows.nth(largest).getAttribute('data-story');
  await rows.nth(largest).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.matrix tbody tr');
  return id!;
}
