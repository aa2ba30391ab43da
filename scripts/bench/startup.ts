/**
 * Start-up cost on an X page with no posts: everything the content script does before it has
 * anything to annotate (evaluating the bundle, reading the settings, parsing the index, starting
 * its observer), attributed from a CPU profile; and the JS heap after a forced GC, to be compared
 * with the same page without the extension.
 */
import type { BrowserContext } from '@playwright/test';
import { attribute, type CpuProfile } from './profile';

export interface StartupResult {
  extensionMs: number;
  heapBytes: number;
}

const EMPTY_PAGE = '<!doctype html><html><head><title>X</title></head><body><div id="react-root"></div></body></html>';

export async function measureStartup(context: BrowserContext, extensionOrigin: string | null): Promise<StartupResult> {
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html', body: EMPTY_PAGE }) : route.abort(),
  );
  await page.goto('https://x.com/start');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto('https://x.com/explore');
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return { extensionMs: attribute(profile, extensionOrigin).ms.extension, heapBytes: heap.usedSize };
}
