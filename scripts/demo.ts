/**
 * `npm start`: loads the built extension into Chromium on a recorded, offline X home timeline
 * (https://x.com/home served from tests/fixtures/x/home-2025.html), opens Precedent's panel on a
 * tracked post and saves screenshots, then shoots the popup's search and consistency lens, then
 * the panel and a popup record in Persian, and a recorded Bluesky feed (https://bsky.app/). With a display (DISPLAY set) the browser stays open to explore.
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
  'https://bsky.app/': 'sites/bluesky-feed-2025.html',
};
await context.route('**/*', async (route) => {
  const file = pages[route.request().url()];
  if (route.request().url().startsWith('chrome-extension:')) await route.continue(); // the extension's own pages
  else if (file && route.request().resourceType() === 'document')
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) });
  else await route.abort(); // offline: X's images and scripts are not part of the recording
});

const page = await context.newPage();
await page.goto(URL_SHOWN);
await page.waitForSelector('[data-precedent-account]');
const count = await page.locator('[data-precedent-account]').count();
console.log(`Precedent annotated ${count} elements on ${URL_SHOWN} (recorded page, offline).`);

mkdirSync(OUT, { recursive: true });
/** Opens the first author badge and shoots the post with its panel (which may reach past the article box). */
async function shootOpenPanel(file: string) {
  const post = page.locator('article[data-precedent-role="author"]').first();
  await post.locator('precedent-annotation button.badge').first().click();
  await post.scrollIntoViewIfNeeded();
  const panel = post.locator('precedent-annotation section.panel').first();
  await panel.waitFor();
  const [postBox, panelBox] = [await post.boundingBox(), await panel.boundingBox()];
  if (!postBox || !panelBox) throw new Error('the post or its panel is not visible');
  const right = Math.max(postBox.x + postBox.width, panelBox.x + panelBox.width) + 12;
  await page.screenshot({ path: resolve(OUT, file), clip: { x: postBox.x, y: postBox.y, width: right - postBox.x, height: postBox.height } });
}
await shootOpenPanel('panel-light.png');
await page.goto('https://x.com/home?theme=dark');
await page.waitForSelector('[data-precedent-account]');
await shootOpenPanel('panel-dark.png');
console.log(`Screenshots of the open panel: ${resolve(OUT, 'panel-light.png')} and panel-dark.png`);

// The popup (opened as a page at the popup's size): a search in Persian script, and a clause's consistency lens.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 560 });
await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
await popup.getByRole('searchbox').fill('خامنه ای');
await popup.locator('.result').first().waitFor();
await popup.screenshot({ path: resolve(OUT, 'popup-search.png') });
await popup.goto(popup.url().replace(/#.*$|$/, '#/clause/x-covid19-misleading-information'));
await popup.locator('.lens__table').first().waitFor();
await popup.screenshot({ path: resolve(OUT, 'popup-lens.png') });
// The comparison, as it reads in a tab of its own.
await popup.setViewportSize({ width: 1100, height: 900 });
await popup.goto(popup.url().replace(/#.*$|$/, '#/compare/donald-trump,ali-khamenei'));
await popup.locator('.compare__table').first().waitFor();
await popup.screenshot({ path: resolve(OUT, 'compare.png') });
await popup.close();
console.log(`Screenshots of the popup: ${resolve(OUT, 'popup-search.png')}, popup-lens.png and compare.png`);

// Bluesky: the vice president's post, with Bluesky's suspension and reinstatement of his account.
await page.goto('https://bsky.app/');
await page.waitForSelector('[data-precedent-account]');
console.log(`Precedent annotated ${await page.locator('[data-precedent-account]').count()} elements on https://bsky.app/ (recorded page, offline).`);
const bskyPost = page.locator('[data-testid="feedItem-by-jd-vance-1.bsky.social"][data-precedent-role="author"]').first();
await bskyPost.locator('precedent-annotation button.badge').first().click();
await bskyPost.locator('precedent-annotation section.panel').first().waitFor();
await bskyPost.screenshot({ path: resolve(OUT, 'panel-bluesky.png') });
console.log(`Screenshot of the panel on Bluesky: ${resolve(OUT, 'panel-bluesky.png')}`);

// The same in Persian (right to left, Solar Hijri dates): the language is the user's choice in the options.
const worker2 = context.serviceWorkers()[0]!;
await worker2.evaluate(() => chrome.storage.local.set({ settings: { language: 'fa' } }));
await page.goto(URL_SHOWN);
await page.waitForSelector('[data-precedent-account]');
await shootOpenPanel('panel-fa.png');
const popupFa = await context.newPage();
await popupFa.setViewportSize({ width: 400, height: 560 });
await popupFa.goto(`chrome-extension://${new URL(worker2.url()).host}/popup.html#/entity/ali-khamenei`);
await popupFa.locator('article.panel').first().waitFor();
await popupFa.screenshot({ path: resolve(OUT, 'popup-fa.png') });
await popupFa.close();
await worker2.evaluate(() => chrome.storage.local.set({ settings: { language: 'browser' } }));
console.log(`In Persian: ${resolve(OUT, 'panel-fa.png')} and popup-fa.png`);

if (headed) {
  await page.goto(URL_SHOWN);
  console.log('The browser stays open: close its window to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  console.log('No display: ran headless. Run under a desktop (DISPLAY set) to explore the page yourself.');
  await close();
}
