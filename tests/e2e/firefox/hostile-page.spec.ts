/**
 * The hostile page of tests/e2e/chromium/hostile-page.spec.ts in Firefox ESR: the same generated
 * and hand-written posts, the same expectations.
 */
import { expect, test } from '@playwright/test';
import { launchFirefox, openInFirefox, reportedFailures, until } from '../support/firefox';
import { hostileCorpus, insertPosts, readOutcome, trackedHandles, TRACKED_ACCOUNT } from '../support/hostile-page';
import { isPageOwnRequest } from '../support/pages';
import { EXPECTED_MARKERS, HOME, X_PAGES } from '../support/routes';

test('a hostile timeline gets badges on exactly the genuine posts, and no error', async () => {
  const browser = await launchFirefox();
  try {
    const corpus = hostileCorpus(300, trackedHandles());
    const genuine = corpus.filter((item) => item.genuine).length;
    const session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, readOutcome, (outcome) => outcome.markers.length >= EXPECTED_MARKERS.home.length);

    await session.page.evaluate(insertPosts, { posts: corpus.map((item) => item.post), perFrame: 25 });
    const expected = [...EXPECTED_MARKERS.home, ...Array.from({ length: genuine }, () => `author ${TRACKED_ACCOUNT}`)];
    await until(session.page, readOutcome, (outcome) => outcome.markers.length >= expected.length, undefined, 20_000);
    await session.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const outcome = await session.page.evaluate(readOutcome);
    expect(outcome.markers).toEqual(expected);
    expect(outcome.injected).toEqual([]);
    expect(outcome.unsafeLinks).toEqual([]);
    expect(session.errors).toEqual([]);
    expect(await reportedFailures(browser)).toBe(0);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  } finally {
    await browser.close();
  }
});
