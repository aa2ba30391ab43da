/**
 * Launches Debian's Chromium with the built extension loaded (used by the demo, the E2E tests and
 * the benchmark, which also launches it with `extensionDir: null` for the bare page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const CHROME_BUILD = resolve(process.cwd(), '.output/chrome-mv3');

export async function launchWithExtension(
  options: { extensionDir?: string | null; headless?: boolean } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  const profile = mkdtempSync(join(tmpdir(), 'precedent-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      // The machine is offline: no background fetches, updates or sync.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
