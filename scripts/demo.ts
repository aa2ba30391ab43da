/**
 * `npm start`: loads the built extension into Chromium on a recorded, offline X home timeline
 * (https://x.com/home served from tests/fixtures/x/home-2025.html), opens Precedent's panel on a
 * tracked post and saves screenshots. With a display (DISPLAY set) the browser stays open to explore.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureHtml } from '../tests/e2e/support/pages';
import { launchWithExtension } from './lib/chromium';

const URL_SHOWN = 'https://x.com/home';
const OUT = resolve(process.cwd(), 'docs/screenshots');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

const { context, close } = await launchWithExtension({ headless: !headed });
const pages: Record<string, string> = {
  'https://x.com/home': 'x/home-2025.html',
  'https://x.com/home?theme=dark': 'x/home-2025-dark.html',
};
await context.route('**/*', async (route) => {
  const file = pages[route.request().url()];
  if (file && route.request().resourceType() === 'document')
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) });
  else await route.abort(); // offline: X's images and scripts are not part of the recording
});

const page = await context.newPage();
await page.goto(URL_SHOWN);
const annotated = await page.waitForSelector('[data-precedent-account]');
const count = await page.locator('[data-precedent-account]').count();
console.log(`Precedent annotated ${count} elements on ${URL_SHOWN} (recorded page, offline).`);

mkdirSync(OUT, { recursive: true });
const post = page.locator('article[data-precedent-role="author"]').first();
await post.locator('precedent-annotation button.badge').first().click();
await post.scrollIntoViewIfNeeded();
await post.screenshot({ path: resolve(OUT, 'panel-light.png') });
await page.goto('https://x.com/home?theme=dark');
const dark = page.locator('article[data-precedent-role="author"]').first();
await dark.locator('precedent-annotation button.badge').first().click();
await dark.screenshot({ path: resolve(OUT, 'panel-dark.png') });
console.log(`Screenshots of the open panel: ${resolve(OUT, 'panel-light.png')} and panel-dark.png`);
void annotated;

if (headed) {
  await page.goto(URL_SHOWN);
  console.log('The browser stays open: close its window to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  console.log('No display: ran headless. Run under a desktop (DISPLAY set) to explore the page yourself.');
  await close();
}
