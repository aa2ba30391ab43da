/**
 * A hostile page in Chromium: the recorded home timeline grows by 300 generated hostile posts and
 * 13 hand-written ones, inserted by the page a batch per frame as X does. Only the genuine posts by
 * the tracked account get a badge; no page error; page text never becomes markup in an overlay; no
 * link in an overlay is anything but https.
 */
import { expect, test } from '../support/chromium';
import { hostileCorpus, insertPosts, readOutcome, trackedHandles, TRACKED_ACCOUNT } from '../support/hostile-page';
import { EXPECTED_MARKERS, HOME, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

test('a hostile timeline gets badges on exactly the genuine posts, and no error', async ({ session }) => {
  const corpus = hostileCorpus(300, trackedHandles());
  const genuine = corpus.filter((item) => item.genuine).length;
  expect(genuine).toBeGreaterThan(5);
  await session.open(HOME, X_PAGES);
  const x = new XPage(session.page);
  await x.waitForMarkers(EXPECTED_MARKERS.home.length);

  await session.page.evaluate(insertPosts, { posts: corpus.map((item) => item.post), perFrame: 25 });
  const expected = [...EXPECTED_MARKERS.home, ...Array.from({ length: genuine }, () => `author ${TRACKED_ACCOUNT}`)];
  await x.waitForMarkers(expected.length);
  // Settled: another frame brings nothing more.
  await session.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const outcome = await session.page.evaluate(readOutcome);
  expect(outcome.markers).toEqual(expected);
  expect(outcome.injected).toEqual([]);
  expect(outcome.unsafeLinks).toEqual([]);
  expect(session.errors).toEqual([]);
});
