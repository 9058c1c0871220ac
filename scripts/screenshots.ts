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

    // the examples' story: the matrix with a claim several outlets carry and some leave out chosen, then its articles
    await openLargestStory(page, explorer.url);
    const row = page.locator('table.matrix tbody tr').filter({ has: page.locator('td.cell.missing') }).filter({ has: page.locator('td.cell:not(.missing)') });
    await ((await row.count()) > 0 ? row : page.locator('table.matrix tbody tr')).first().locator('th a').press('Enter');
    await page.waitForSelector('#story-timeline svg');
    await page.locator('h1').scrollIntoViewIfNeeded();
    await shot('stories');
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
