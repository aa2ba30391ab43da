/**
 * Every action type in the bundled dataset renders in the panel: for each, a post by an account with
 * such an event (the home fixture's @realDonaldTrump post, re-attributed to that account and dated on
 * the event's day) gets a badge whose panel lists the action with its date and first source.
 */
import { ACTIONS, type Action } from '../../../src/dataset/schema';
import { isWithin, startOf } from '../../../src/dataset/dates';
import { compileDatasetDir } from '../../../scripts/lib/read-dataset';
import { expect, test } from '../support/chromium';
import { isPageOwnRequest, rawFixture } from '../support/pages';
import { HOME, HOME_IDS } from '../support/routes';
import { XPage } from '../support/x-page';

/** What the panel must say for each action, in English (the browser's language here): written out, not read from the code. */
const SAYS: Record<Action, string> = {
  'post-removed': 'Post removed',
  'post-hidden-notice': 'Post hidden behind a notice',
  'post-labelled': 'Label added to post',
  'reach-limited': 'Reach limited',
  'interaction-restricted': 'Replies or sharing turned off',
  'ads-restricted': 'Ads restricted',
  'withheld-in-country': 'Withheld in a country',
  'account-locked': 'Account locked',
  'temporary-suspension': 'Temporary suspension',
  'indefinite-suspension': 'Indefinite suspension',
  'permanent-suspension': 'Permanent suspension',
  reinstatement: 'Reinstated',
  'account-labelled': 'Account labelled',
  'account-label-removed': 'Account label removed',
  'no-action': 'No action after review',
};

/** A partial date as an English reader expects it, no more precise than recorded: "Jan 8, 2021", "Jan 2021", "2021". */
function english(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const at = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return day === undefined
    ? at.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })
    : at.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

const compiled = compileDatasetDir();
if (!compiled.ok) throw new Error('the dataset does not compile: run npm run data:check');
const { accounts, events } = compiled.dataset;
const accountById = new Map(accounts.map((account) => [account.id, account]));

/** An X handle that was the account's on `at`, for the page to show. */
function xHandleAt(accountId: string, at: number): string | null {
  const account = accountById.get(accountId);
  if (account?.platform !== 'x') return null;
  return account.handles.find((claim) => isWithin(at, claim.from, claim.to))?.handle ?? null;
}

/** The post to show for an action: an X account with such an event, or an X account of the same entity. */
function caseFor(action: Action) {
  for (const event of events.filter((e) => e.action === action)) {
    const at = startOf(event.date) + 12 * 3600_000;
    const own = xHandleAt(event.account, at);
    if (own) return { event, handle: own, at, section: 'own' as const };
    const entity = accountById.get(event.account)?.entity;
    const sibling = accounts.find((a) => a.entity === entity && a.platform === 'x' && xHandleAt(a.id, at));
    if (sibling) return { event, handle: xHandleAt(sibling.id, at)!, at, section: 'other' as const };
  }
  return null;
}

test.describe('every action type renders', () => {
  test.afterEach(async ({ session }) => {
    expect(session.errors).toEqual([]);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  });

  for (const action of ACTIONS) {
    const found = caseFor(action);
    test(`${action}${found ? ` (${found.event.id})` : ''}`, async ({ session }) => {
      // Every action in the vocabulary has a record shown on X: a missing one fails, it is not skipped.
      expect(found, `no event with action "${action}" on an X account (or its entity's) in the dataset`).not.toBeNull();
      const { event, handle, at, section } = found!;
      const html = rawFixture('x/home-2025.html')
        .replaceAll('/realDonaldTrump', `/${handle}`)
        .replaceAll('@realDonaldTrump', `@${handle}`)
        .replace('2020-05-29T05:17:00.000Z', new Date(at).toISOString());
      await session.openHtml(HOME, html);
      const x = new XPage(session.page);
      const post = x.post(HOME_IDS.trump);
      await x.badge(post).click();
      const panel = x.panel(post);
      // Long records show their latest events first: unfold every list.
      const folded = panel.locator('button.fold[aria-expanded="false"]');
      while ((await folded.count()) > 0) await folded.first().click();
      const item = panel.locator(`li.event--${action}`, { hasText: event.summary.slice(0, 40) }).first();
      await expect(item).toBeVisible();
      await expect(item.locator('.event__action')).toHaveText(SAYS[action]);
      await expect(item.locator('.event__date')).toHaveText(english(event.date));
      await expect(item.locator('.sources').last()).toContainText(event.sources[0]!.publisher);
      if (section === 'other') await expect(item.locator('.event__platform')).toBeVisible();
    });
  }
});
