/**
 * The benchmark's cross-browser figures (issue 19, item 5): Firefox gives no CPU profile, so Precedent
 * and the floor are built to time their own content-script work (src/content/self-timing.ts,
 * scripts/bench/floor/content.js) and the same timeline is scrolled in Firefox ESR and, with the same
 * instrument, in Chromium, so the two browsers' figures stand side by side.
 *
 * A run: open the timeline at https://x.com/home (served by request interception), let it settle,
 * read the script's total (a window event answered by a performance mark), scroll to the end, read
 * the total again: the difference is the script's own time while scrolling.
 */
import type { BrowserContext } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { readMarkName } from '../../src/content/self-timing';

export interface SelfTimedRun {
  /** The script's own time until the first screen settled (from its first timed entry point), ms; null without a self-timing build. */
  loadMs: number | null;
  /** The script's own time while scrolling, ms; null without a self-timing build. */
  scrollMs: number | null;
  /** Timed entry points run while scrolling (observer callbacks, batches, answers). */
  sections: number | null;
  /** Wall time of the scroll and frames it took. */
  frames: { frames: number; ms: number };
  latencies: number[];
  firstLatencies: number[];
  framesLate: number[];
  trackedFilled: number;
  missed: number;
}

/** What both drivers (Playwright for Chromium, puppeteer-core for Firefox) offer for a run. */
export interface BenchPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

const TIMELINE_URL = 'https://x.com/home';

export async function openTimelineInChromium(context: BrowserContext, html: string): Promise<BenchPage> {
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' && route.request().url() === TIMELINE_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(TIMELINE_URL);
  return { evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg), close: () => page.close() };
}

export async function openTimelineInFirefox(browser: Browser, html: string): Promise<BenchPage> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A request the page has already dropped cannot be answered ("no such request"): nothing to do.
    const settled = (error: unknown) => {
      if (!/no such request/i.test(String(error))) throw error;
    };
    if (request.url() === TIMELINE_URL) request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(settled);
    else request.abort().catch(settled);
  });
  await page.goto(TIMELINE_URL, { waitUntil: 'load' });
  return { evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<never>, close: () => page.close() };
}

/** Page side: asks the content script for its total and returns the mark it answered with (null: no self-timing script). */
function askTotal(): string | null {
  window.dispatchEvent(new Event('precedent-bench-report'));
  const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('precedent-self '));
  return marks.at(-1)?.name ?? null;
}

async function total(page: BenchPage) {
  const name = await page.evaluate(askTotal, undefined);
  if (name === null) return null;
  const parsed = readMarkName(name);
  if (!parsed) throw new Error(`unreadable self-timing mark: ${name}`);
  return parsed;
}

async function until(page: BenchPage, ready: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(ready, undefined))) {
    if (Date.now() > deadline) throw new Error('the timeline page never started');
    await new Promise((done) => setTimeout(done, 50));
  }
}

type BenchWindow = Window & {
  __bench: {
    scrollToEnd(px: number): Promise<{ frames: number; ms: number }>;
    results(): Pick<SelfTimedRun, 'latencies' | 'firstLatencies' | 'framesLate' | 'trackedFilled' | 'missed'>;
  };
};

export async function selfTimedRun(page: BenchPage, options: { pixelsPerFrame: number }): Promise<SelfTimedRun> {
  try {
    await until(page, () => '__bench' in window);
    // As the profiled runs do (./measure.ts): the first screen settles before the scroll.
    await new Promise((done) => setTimeout(done, 1000));
    const atLoad = await total(page);
    const frames = await page.evaluate((px) => (window as unknown as BenchWindow).__bench.scrollToEnd(px), options.pixelsPerFrame);
    const atEnd = await total(page);
    const results = await page.evaluate(() => (window as unknown as BenchWindow).__bench.results(), undefined);
    if ((atLoad === null) !== (atEnd === null)) throw new Error('the self-timing script answered once only');
    return {
      loadMs: atLoad?.ms ?? null,
      scrollMs: atLoad && atEnd ? atEnd.ms - atLoad.ms : null,
      sections: atLoad && atEnd ? atEnd.sections - atLoad.sections : null,
      frames,
      latencies: results.latencies,
      firstLatencies: results.firstLatencies,
      framesLate: results.framesLate,
      trackedFilled: results.trackedFilled,
      missed: results.missed,
    };
  } finally {
    await page.close();
  }
}
