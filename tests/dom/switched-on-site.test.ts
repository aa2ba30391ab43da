// @vitest-environment happy-dom
/**
 * Which site reads a page of an origin the user switched on (src/sites/site-definition.ts): the
 * first in the list that recognises it, a site that does not say never, and none at all an error.
 * Mutation testing found only the first rule run, through the real list (Mastodon, then embeds).
 */
import { describe, expect, it } from 'vitest';
import { embedsSite } from '../../src/sites/embeds';
import { mastodonSite } from '../../src/sites/mastodon';
import { switchedOnSiteFor, type SiteDefinition } from '../../src/sites/site-definition';
import { installFixture } from '../support/dom';

const site = (id: string, recognises?: () => boolean): SiteDefinition => ({
  id,
  name: id,
  runs: { kind: 'switched-on' },
  setUp: () => embedsSite.setUp(document),
  ...(recognises ? { recognises } : {}),
});

describe('the site for a switched-on page', () => {
  it('is the first in the list that recognises the page: Mastodon on a Mastodon server, embeds elsewhere', () => {
    installFixture('sites/mastodon-home-4.html', 'https://mastodon.example/home');
    expect(switchedOnSiteFor(document, [mastodonSite, embedsSite])).toBe(mastodonSite);
    installFixture('real/news-page-blockquote-embed-2021.html', 'https://zpravy.aktualne.cz/');
    expect(switchedOnSiteFor(document, [mastodonSite, embedsSite])).toBe(embedsSite);
  });

  it('is never a site that does not say whether it recognises pages', () => {
    const silent = site('silent');
    const taker = site('taker', () => true);
    expect(switchedOnSiteFor(document, [silent, taker])).toBe(taker);
  });

  it('is an error when no site recognises the page', () => {
    expect(() => switchedOnSiteFor(document, [site('silent'), site('refuses', () => false)])).toThrow('no switched-on site recognises this page');
  });
});
