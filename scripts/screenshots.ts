// Regenerates docs/screenshots/*.png: the explorer over the coded examples/, in Debian's chromium.
// npm run screenshots   (needs /usr/bin/chromium and a built dist/web)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { e2eSkip, launchChromium, openLargestStory, startExplorer } from '../test/e2e/explorer.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function main(): Promise<number> {
  const skip = e2eSkip();
  if (skip) {
    process.stderr.write(`screenshots: ${skip.replace(/^skipped: /, '')}\n`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const explorer = await startExplorer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const shot = async (name: string) => {
      await page.screenshot({ path: `${OUT}${name}.png` });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    };

    await page.goto(`${explorer.url}/events`);
    await page.waitForSelector('table.events tbody tr');
    await shot('events');

    await page.goto(`${explorer.url}/events?dyad=EST-RUS`);
    await page.waitForSelector('table.events tbody tr');
    await page.locator('table.events tbody tr').filter({ hasText: 'ACCUSE' }).first().press('Enter').catch(async () => {
      await page.locator('table.events tbody tr').first().press('Enter');
    });
    await page.waitForSelector('mark.evidence');
    await shot('article');

    await page.goto(`${explorer.url}/timeline?interval=day`);
    await page.waitForSelector('#timeline-counts svg');
    await shot('timeline');

    await page.goto(`${explorer.url}/network`);
    await page.waitForSelector('#network canvas');
    await page.waitForTimeout(500);
    await shot('network');

    // the examples' story: the matrix down to the event the most outlets carry, chosen; then the articles side by side
    await openLargestStory(page, explorer.url);
    const rows = page.locator('table.matrix tbody tr');
    const told = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td.cell:not(.missing)').length));
    const widest = rows.nth(told.indexOf(Math.max(...told)));
    await widest.locator('th a').press('Enter');
    await page.waitForSelector('#story-timeline svg');
    const bottom = await widest.evaluate((tr) => tr.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({ path: `${OUT}stories.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(1600, Math.max(800, Math.ceil(bottom) + 16)) } });
    process.stdout.write('docs/screenshots/stories.png\n');
    await page.locator('#only-reporting').check();
    await page.locator('#articles-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('story-articles');

    await page.goto(`${explorer.url}/try`);
    await page.getByRole('button', { name: 'Code it' }).click();
    await page.waitForSelector('.try-result mark.evidence');
    await shot('try-it');
    return 0;
  } finally {
    await browser.close();
    await explorer.close();
  }
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
