// One explorer server and one chromium page for a browser test file, started before its tests and closed after.
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startExplorer, type Explorer } from './explorer.js';

export interface Session {
  explorer: Explorer;
  browser: Browser;
  page: Page;
  /** uncaught errors in the page */
  errors: string[];
}

/** Registers the hooks (none when `skip`); the returned session is filled in before the first test runs. */
export function explorerSession(skip: string | false): Session {
  const s = { errors: [] as string[] } as Session;
  before(async () => {
    if (skip) return;
    s.explorer = await startExplorer();
    s.browser = await launchChromium();
    s.page = await s.browser.newPage({ viewport: { width: 1280, height: 800 } });
    s.page.on('pageerror', (e) => s.errors.push(e.message));
  });
  after(async () => {
    if (skip) return;
    await s.browser.close();
    await s.explorer.close();
  });
  return s;
}
