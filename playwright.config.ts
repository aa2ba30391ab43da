import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the built extension (`npm run build` first) into Debian's Chromium
 * (Playwright) and Firefox ESR (puppeteer-core over WebDriver BiDi); https://x.com/... pages are
 * served from tests/fixtures by request routing, so nothing touches the network.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'chromium', testMatch: /chromium\/.*\.spec\.ts/ },
    { name: 'firefox', testMatch: /firefox\/.*\.spec\.ts/ },
    // No browser: checks on the built packages themselves.
    { name: 'build', testMatch: /build\/.*\.spec\.ts/ },
  ],
});
