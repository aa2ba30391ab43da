/**
 * One benchmark run: open the generated timeline at https://x.com/home (served by request routing,
 * nothing leaves the machine), let it settle, then scroll it to the end at a steady pace while
 * recording a CPU profile and the page's performance metrics.
 */
import type { BrowserContext, CDPSession } from '@playwright/test';
import { attribute, type Attribution, type CpuProfile } from './profile';

export interface RunResult {
  /** Start-up: from navigation until the page has been idle for a second (first screen annotated). */
  load: Attribution;
  /** The scroll through the whole timeline. */
  scroll: Attribution;
  /** Performance.getMetrics deltas over the scroll, in ms. */
  metrics: { ScriptDuration: number; TaskDuration: number; LayoutDuration: number; RecalcStyleDuration: number };
  frames: { frames: number; ms: number };
  longTasks: number[];
  /** Insertion → overlay, ms, for each tracked post whose handle the page had shown before (answered from the content script's cache). */
  latencies: number[];
  /** The same for the first post of each tracked handle (one round trip to the background). */
  firstLatencies: number[];
  /** Rendered frames between a tracked post's cell being filled and its overlay being painted (0: the same frame). */
  framesLate: number[];
  /** For each tracked post that was on screen before its overlay: for how many frames. */
  seenBare: number[];
  trackedFilled: number;
  /** Tracked posts whose cell was refilled before an overlay arrived. */
  missed: number;
  /** JS heap used after a forced GC at the end of the run (the page's isolate, content scripts included). */
  heapBytes: number;
}

const SAMPLING_INTERVAL_US = 200;

async function metricsOf(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export async function measureRun(
  context: BrowserContext,
  html: string,
  options: { extensionOrigin: string | null; pixelsPerFrame: number },
): Promise<RunResult> {
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.resourceType() === 'document' && url.origin === 'https://x.com')
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: url.pathname === '/home' ? html : '<!doctype html><title>x</title>' });
    return route.abort();
  });
  // A same-site page first, so that the profiler started here still runs in the timeline's renderer.
  await page.goto('https://x.com/start');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  await cdp.send('Profiler.start');
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => '__bench' in window);
  await page.waitForTimeout(1000);
  const load = attribute(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, options.extensionOrigin);

  await cdp.send('Profiler.start');
  const before = await metricsOf(cdp);
  const frames = await page.evaluate((px) => (window as unknown as { __bench: { scrollToEnd(px: number): Promise<{ frames: number; ms: number }> } }).__bench.scrollToEnd(px), options.pixelsPerFrame);
  const after = await metricsOf(cdp);
  const scroll = attribute(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, options.extensionOrigin);
  const results = await page.evaluate(() => (window as unknown as { __bench: { results(): Omit<RunResult, 'load' | 'scroll' | 'metrics' | 'frames' | 'heapBytes'> } }).__bench.results());

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();

  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    load,
    scroll,
    metrics: {
      ScriptDuration: delta('ScriptDuration'),
      TaskDuration: delta('TaskDuration'),
      LayoutDuration: delta('LayoutDuration'),
      RecalcStyleDuration: delta('RecalcStyleDuration'),
    },
    frames,
    heapBytes: heap.usedSize,
    ...results,
  };
}
