/**
 * Launches Debian's Firefox ESR, optionally with a built extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox). Used by the
 * E2E tests (tests/e2e/support/firefox.ts) and the benchmark's Firefox runs (scripts/bench/run.ts, scripts/bench/self-timed.ts).
 */
import puppeteer, { type Browser } from 'puppeteer-core';

/** Prefs every run needs on these offline machines: no update checks, telemetry or first-run pages. */
const OFFLINE_PREFS = {
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.shell.checkDefaultBrowser': false,
};

export async function launchFirefoxWithExtension(options: { extensionDir: string | null; prefs?: Record<string, unknown> }): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { ...OFFLINE_PREFS, ...options.prefs },
  });
  try {
    if (options.extensionDir) await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
