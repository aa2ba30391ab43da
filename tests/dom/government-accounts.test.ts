// @vitest-environment happy-dom
/**
 * Government accounts on Bluesky and on a Mastodon server, with the bundled dataset, read the
 * extension's way (the index, then the background's answer): a US federal agency's Bluesky profile
 * (tests/fixtures/sites/bluesky-government-2025.html) and the German federal government's account on
 * its own server, social.bund.de, as another server shows it (mastodon-government-4.html).
 */
import dataset from 'virtual:precedent-dataset';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { blueskySite } from '../../src/sites/bluesky';
import { installFixture, manualFrames } from '../support/dom';
import { answered, backgroundLookup } from '../support/lookup';
import { startOtherSite } from '../support/start-other-site';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);
const badges = () => [...document.querySelectorAll('precedent-annotation')].map((host) => host.shadowRoot?.querySelector('button.badge')?.textContent ?? '');

describe('government accounts beyond X', () => {
  it('Bluesky: the profile header and the own posts of ICE (icegov.bsky.social)', async () => {
    installFixture('sites/bluesky-government-2025.html', 'https://bsky.app/profile/icegov.bsky.social');
    running = startSite(blueskySite, { doc: document, lookup: backgroundLookup(dataset).lookup, schedule: manualFrames().schedule });
    await answered();
    expect(markers()).toEqual([
      'profile bluesky-icegov',
      'author bluesky-icegov',
      'reposter bluesky-icegov',
      'author bluesky-icegov',
    ]);
    expect(badges()[0]).toContain('U.S. Immigration and Customs Enforcement');
  });

  it('Mastodon: the German federal government on social.bund.de, seen from another server', async () => {
    installFixture('sites/mastodon-government-4.html', 'https://social.example.net/@Bundesregierung@social.bund.de');
    running = startOtherSite({ doc: document, lookup: backgroundLookup(dataset).lookup, schedule: manualFrames().schedule });
    await answered();
    expect(markers()).toEqual(['profile mastodon-bundesregierung-social-bund-de', 'author mastodon-bundesregierung-social-bund-de', 'reposter mastodon-bundesregierung-social-bund-de']);
    expect(badges()[0]).toMatch(/Federal Government|Bundesregierung/);
  });
});
