// @vitest-environment happy-dom
/**
 * X as the annotator reads it (src/sites/x/site.ts), on the recorded profile and home pages: which
 * posts are the profile's own (the minimal badge), what the repost and quote records carry, and which
 * text changes matter. Mutation testing found these decisions untested in the DOM tier.
 */
import { describe, expect, it } from 'vitest';
import { createXSite } from '../../src/sites/x/site';
import { installFixture } from '../support/dom';

const PROFILE = 'https://x.com/khamenei_ir';

function posts(fixture: string, url: string) {
  const doc = installFixture(fixture, url);
  const site = createXSite(doc);
  return { doc, site, read: site.findPosts(doc).map((element) => site.readPost(element)) };
}

describe('X posts as the annotator reads them', () => {
  it('on a profile page, marks the account’s own posts as such, and not the post it reposted', () => {
    const { read } = posts('x/profile-2025.html', PROFILE);
    const own = read.filter((post) => post.kind === 'post' && post.author?.handle?.toLowerCase() === 'khamenei_ir');
    const others = read.filter((post) => post.kind === 'post' && post.author?.handle?.toLowerCase() !== 'khamenei_ir');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((post) => post.onOwnProfile === true)).toBe(true);
    expect(others.map((post) => [post.author?.handle, post.onOwnProfile])).toEqual([['ghazal_daily', false]]);
    expect(others[0]!.reposter).toEqual({ platform: 'x', handle: 'khamenei_ir' });
  });

  it('marks no post as its author’s own away from a profile page, and reads no repost or quote where there is none', () => {
    const { read } = posts('x/home-2025.html', 'https://x.com/home');
    expect(read.some((post) => post.onOwnProfile)).toBe(false);
    const plain = read.filter((post) => post.x && post.x.retweeter === null && post.x.quoted === null);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((post) => post.reposter === null && post.quoted === null)).toBe(true);
    const quoting = read.filter((post) => post.quoted !== null);
    expect(quoting.length).toBeGreaterThan(0);
    expect(quoting.every((post) => post.quoted!.author === null || post.quoted!.author.platform === 'x')).toBe(true);
  });

  it('lends the page’s user id to the profile’s own handle only', () => {
    const { read } = posts('x/profile-2025.html', PROFILE);
    const header = read.find((post) => post.kind === 'profile');
    expect(header?.author?.userId).toMatch(/^\d+$/);
    const repost = read.find((post) => post.author?.handle === 'ghazal_daily');
    expect(repost?.author?.userId).toBeNull();
  });

  it('watches text changes inside the profile header on a profile page, and nowhere else', () => {
    const profile = posts('x/profile-2025.html', PROFILE);
    const headerText = profile.doc.querySelector('[data-testid="UserName"] span')!.firstChild!;
    const postText = profile.doc.querySelector('[data-testid="tweetText"]')!;
    expect(profile.site.textMatters?.(headerText)).toBe(true);
    expect(profile.site.textMatters?.(postText)).toBe(false);
    const home = posts('x/home-2025.html', 'https://x.com/home');
    expect(home.site.textMatters?.(home.doc.querySelector('[data-testid="tweetText"]')!)).toBe(false);
  });
});
