// @vitest-environment happy-dom
/**
 * The embed frames' adapter at its edges, where mutation testing found code no test could tell from
 * a broken version (docs/mutation.md): ids that are only partly digits, the X permalink of another
 * post, the Bluesky handle only from the DID's own profile link and only from an "@" paragraph, the
 * post's date from `<time>` or its key, and a page that is no frame. Markup is the frames', cut down.
 */
import { describe, expect, it } from 'vitest';
import { createEmbedFrameSite, frameKind } from '../../src/sites/embed-frames/adapter';
import { tidTime } from '../../src/sites/bluesky/tid';
import { xSnowflakeTime } from '../../src/sites/x/snowflake';
import { parseMarkup, setPageUrl } from '../support/dom';

const DID = 'did:plc:fixturevanceaaaaaaaaaaaa';
const RKEY = '3m24yhuew5v2b';

function frame(url: string, markup: string) {
  setPageUrl(url);
  document.body.replaceChildren(parseMarkup(`<div>${markup}</div>`));
  const site = createEmbedFrameSite(document);
  return { site, read: () => site.readPost(document.body) };
}

describe('which frame an address is', () => {
  it('takes an X id only when it is all digits', () => {
    const at = (search: string) => frameKind({ hostname: 'platform.twitter.com', pathname: '/embed/Tweet.html', search });
    expect(at('?id=123')).toEqual({ platform: 'x', statusId: '123' });
    expect(at('?id=123abc')).toBeNull();
    expect(at('?id=abc123')).toBeNull();
    expect(at('')).toBeNull();
  });

  it('reads a Bluesky frame only on its own host', () => {
    expect(frameKind({ hostname: 'evil.example', pathname: `/embed/${DID}/app.bsky.feed.post/${RKEY}`, search: '' })).toBeNull();
  });
});

describe('the X frame', () => {
  const url = 'https://platform.twitter.com/embed/Tweet.html?id=1266237079679930402';

  it('names the author of the permalink to the frame’s own id only, dated by the id', () => {
    const { read } = frame(url, '<a href="https://twitter.com/Mentioned/status/1266237079679930401">other</a><a href="https://twitter.com/realDonaldTrump/status/1266237079679930402">May 29</a>');
    expect(read()).toMatchObject({ kind: 'post', statusId: '1266237079679930402', author: { platform: 'x', handle: 'realDonaldTrump' }, time: xSnowflakeTime('1266237079679930402') });
  });

  it('passes over a status link that is no permalink (X’s /i/web/status/ address, which names no account)', () => {
    const { read } = frame(url, '<a href="https://twitter.com/i/web/status/1266237079679930402">more</a><a href="https://twitter.com/realDonaldTrump/status/1266237079679930402">May 29</a>');
    expect(read().author).toEqual({ platform: 'x', handle: 'realDonaldTrump' });
  });

  it('names nobody when no permalink is the frame’s id', () => {
    expect(frame(url, '<a href="https://twitter.com/Mentioned/status/1266237079679930401">other</a>').read().author).toBeNull();
  });
});

describe('the Bluesky frame', () => {
  const url = `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}`;
  const profile = (did: string, ...paragraphs: string[]) => `<a href="https://bsky.app/profile/${did}">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</a>`;

  it('names the handle shown in the DID’s own profile link, in an "@" paragraph, with the DID', () => {
    const { read } = frame(url, profile('did:plc:someoneelseaaaaaaaaaaaaa', '@mallory.bsky.social') + profile(DID, 'JD Vance', '  @JD-Vance-1.bsky.social '));
    expect(read()).toMatchObject({ statusId: RKEY, author: { platform: 'bluesky', handle: 'jd-vance-1.bsky.social', userId: DID } });
  });

  it('keeps the DID alone when the profile link shows no handle', () => {
    const { read } = frame(url, profile(DID, 'jd-vance-1.bsky.social', 'JD Vance'));
    expect(read().author).toEqual({ platform: 'bluesky', handle: null, userId: DID });
  });

  it('dates the post by its <time>, else by its record key', () => {
    expect(frame(url, `${profile(DID)}<time datetime="2025-10-01T10:00:00.000Z">Oct 1</time>`).read().time).toBe(Date.parse('2025-10-01T10:00:00.000Z'));
    expect(frame(url, profile(DID)).read().time).toBe(tidTime(RKEY));
  });
});

describe('a page that is no embed frame', () => {
  it('has no post, no enclosing post and reads nobody', () => {
    const { site, read } = frame('https://platform.twitter.com/widgets/follow_button.html?id=1', '<a href="https://twitter.com/realDonaldTrump/status/1">x</a>');
    expect(site.findPosts(document)).toEqual([]);
    expect(site.enclosingPost(document.body)).toBeNull();
    expect(read()).toMatchObject({ statusId: null, author: null, time: null });
  });

  it('a frame has one post, its body, where only the author’s overlay goes', () => {
    const { site, read } = frame('https://platform.twitter.com/embed/Tweet.html?id=1', '');
    expect(site.findPosts(document)).toEqual([document.body]);
    expect(site.enclosingPost(document.body.firstElementChild!)).toBe(document.body);
    expect(site.overlayAnchor(read(), 'author')).toBe(document.body);
    expect(site.overlayAnchor(read(), 'quoted')).toBeNull();
  });
});
