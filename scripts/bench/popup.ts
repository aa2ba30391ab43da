/**
 * `npm run bench:popup`: how fast the popup opens and answers a keystroke, with the built extension
 * (run `npm run build:chrome` first) in Debian's Chromium, and the search alone in Node over the
 * bundled dataset. Prints medians and p95 over repeated runs; the figures go in docs/benchmarks.md.
 *
 * - open: from navigating to popup.html to the search box being rendered (the popup's whole
 *   start: the dataset, the packs, the search index, the first paint's work);
 * - keystroke: from an input event to the results being in the DOM after the next frame, for each
 *   prefix of a few queries typed one letter at a time;
 * - index and query: createSearchIndex and index.search in Node (no DOM), per query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compileDataset } from '../../src/dataset/compile';
import { createSearchIndex } from '../../src/search/search-index';
import { launchWithExtension } from '../lib/chromium';

const QUERIES = ['khamenei', 'russia', 'united states', 'خامنه ای', 'bolsanaro', 'state media'];
const OPENS = 15;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const line = (label: string, values: number[]) => console.log(`${label.padEnd(28)} median ${quantile(values, 0.5).toFixed(2)} ms   p95 ${quantile(values, 0.95).toFixed(2)} ms   (n=${values.length})`);

// The search in Node.
const dir = 'assets/dataset';
const files = [{ path: 'meta.json', text: readFileSync(`${dir}/meta.json`, 'utf8') }];
for (const sub of ['entities', 'policies']) for (const name of readdirSync(`${dir}/${sub}`)) files.push({ path: `${sub}/${name}`, text: readFileSync(`${dir}/${sub}/${name}`, 'utf8') });
const compiled = compileDataset(files, new Date());
if (!compiled.ok) throw new Error('the dataset does not compile: run npm run data:check');
const builds: number[] = [];
let index = createSearchIndex(compiled.dataset);
for (let run = 0; run < 20; run += 1) {
  const start = performance.now();
  index = createSearchIndex(compiled.dataset);
  // The index builds lazily (at the first query, or when the popup is idle): timed whole here.
  index.warm?.();
  builds.push(performance.now() - start);
}
const queries: number[] = [];
for (let run = 0; run < 20; run += 1)
  for (const query of QUERIES)
    for (let length = 1; length <= query.length; length += 1) {
      const start = performance.now();
      index.search(query.slice(0, length), Infinity);
      queries.push(performance.now() - start);
    }
console.log(`Search over ${compiled.dataset.entities.length} entities (Node ${process.version}):`);
line('index build', builds);
line('one query (every prefix)', queries);

// The popup in Chromium.
const { context, close } = await launchWithExtension();
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  const opens: number[] = [];
  for (let run = 0; run < OPENS; run += 1) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    const start = performance.now();
    await page.goto(popupUrl);
    await page.locator('#search').waitFor();
    opens.push(performance.now() - start);
    await page.close();
  }
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(popupUrl);
  await page.locator('#search').waitFor();
  // Timed inside the page: input event to the frame after the results changed.
  const keystrokes = await page.evaluate(async (list) => {
    const box = document.querySelector<HTMLInputElement>('#search')!;
    const times: number[] = [];
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    for (const query of list)
      for (let length = 1; length <= query.length; length += 1) {
        const start = performance.now();
        box.value = query.slice(0, length);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        times.push(performance.now() - start);
      }
    return times;
  }, QUERIES);
  console.log('Popup in Chromium (built extension):');
  line('open to search box', opens);
  line('keystroke to results', keystrokes);
} finally {
  await close();
}
