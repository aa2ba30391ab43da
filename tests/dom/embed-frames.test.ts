// @vitest-environment happy-dom
/**
 * Embedded posts from inside the platforms' own frames (the frames content script), and the
 * publisher's page around them: X's and Bluesky's embeds, unrendered and rendered
 * (tests/fixtures/sites/news-2026.html and the two frame documents).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite, type StartOptions } from '../../src/content/start-site';
import { embedFramesSite } from '../../src/sites/embed-frames';
import { startOtherSite } from '../support/start-other-site';
import { createLocalLookup } from '../support/local-lookup';
import { frameKind } from '../../src/sites/embed-frames/adapter';
import { xSnowflakeTime } from '../../src/sites/x/snowflake';
import { datasetTrackingOn } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';

const X_FRAME = 'https://platform.twitter.com/embed/Tweet.html?dnt=true&embedId=twitter-widget-0&id=1266237079679930402&lang=en&theme=dark';
const BSKY_DID = 'did:plc:fixturevanceaaaaaaaaaaaa';
const BSKY_FRAME = `https://embed.bsky.app/embed/${BSKY_DID}/app.bsky.feed.post/3m24yhuew5v2b?id=8412345678901234&colorMode=system`;

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('data-precedent-account')}`);

function start(fixture: string, url: string, lookup: ReturnType<typeof createLocalLookup>, starter = (options: StartOptions) => startSite(embedFramesSite, options)) {
  installFixture(`sites/${fixture}`, url);
  running = starter({ doc: document, lookup, schedule: manualFrames().schedule });
}

const xLookup = () => createLocalLookup(datasetTrackingOn('x', 'realDonaldTrump', 'WestHam'));
const bskyLookup = (userId?: string) => createLocalLookup(datasetTrackingOn('bluesky', userId ? { handle: 'jd-vance-1.bsky.social', userId } : 'jd-vance-1.bsky.social', 'lulaoficial.bsky.social'));

describe('embed frames', () => {
  it('know which frame they are from its address alone', () => {
    const at = (url: string) => frameKind(new URL(url));
    expect(at(X_FRAME)).toEqual({ platform: 'x', statusId: '1266237079679930402' });
    expect(at('https://platform.x.com/embed/Tweet.html?id=20')).toEqual({ platform: 'x', statusId: '20' });
    expect(at(BSKY_FRAME)).toEqual({ platform: 'bluesky', did: BSKY_DID, rkey: '3m24yhuew5v2b' });
    for (const url of ['https://platform.twitter.com/widgets/follow_button.html?id=1', 'https://platform.twitter.com/embed/Tweet.html?id=abc', 'https://embed.bsky.app/static/embed.js', 'https://evil.example/embed/Tweet.html?id=1'])
      expect(at(url), url).toBeNull();
    // X ids carry their time: 1266237079679930402 was posted on 29 May 2020.
    expect(new Date(xSnowflakeTime('1266237079679930402')!).toISOString().slice(0, 10)).toBe('2020-05-29');
  });

  it('X frame: the author is the permalink’s for the frame’s own id; a mention is not', () => {
    start('x-embed-frame.html', X_FRAME, xLookup());
    expect(markers()).toEqual(['body x-leader-realdonaldtrump']);
    // At the top of the frame, in the frame's theme.
    const host = document.body.firstElementChild!;
    expect(host.tagName.toLowerCase()).toBe('precedent-annotation');
    expect(host.getAttribute('data-theme')).toBe('dark');
  });

  it('X frame for another id: the same document’s links name nobody', () => {
    start('x-embed-frame.html', X_FRAME.replace('id=1266237079679930402', 'id=1454931184966770696'), xLookup());
    expect(markers()).toEqual([]);
  });

  it('Bluesky frame: the handle Bluesky rendered in the DID’s own profile link (not the mention)', () => {
    start('bluesky-embed-frame.html', BSKY_FRAME, bskyLookup());
    expect(markers()).toEqual(['body bluesky-leader-jd-vance-1-bsky-social']);
  });

  it('Bluesky frame: a DID the dataset gives to another account wins over the handle', () => {
    installFixture('sites/bluesky-embed-frame.html', BSKY_FRAME);
    const lookup = createLocalLookup(datasetTrackingOn('bluesky', { handle: 'someone-else.example.com', userId: BSKY_DID }));
    running = startSite(embedFramesSite, { doc: document, lookup, schedule: manualFrames().schedule });
    expect(markers()).toEqual(['body bluesky-leader-someone-else-example-com']);
  });

  it('a frame rendered after the script started is annotated when its content arrives', async () => {
    installFixture('sites/x-embed-frame.html', X_FRAME);
    const app = document.getElementById('app')!;
    const content = [...app.childNodes];
    app.replaceChildren();
    const frames = manualFrames();
    running = startSite(embedFramesSite, { doc: document, lookup: xLookup(), schedule: frames.schedule });
    expect(markers()).toEqual([]);
    app.append(...content);
    await frames.flush();
    expect(markers()).toEqual(['body x-leader-realdonaldtrump']);
  });
});

describe('the publisher’s page around the embeds', () => {
  it('badges the unrendered X embed by its permalink, and the Bluesky one by its DID, each as a claim only', () => {
    installFixture('sites/news-2026.html', 'https://news.example/2025/11/leaders');
    const lookup = createLocalLookup(datasetTrackingOn('x', 'realDonaldTrump'));
    running = startOtherSite({ doc: document, lookup, schedule: manualFrames().schedule });
    expect(markers()).toEqual(['blockquote x-leader-realdonaldtrump']);
    expect(document.querySelector('blockquote')?.getAttribute('data-precedent-role')).toBe('claimed');
    running.stop();
    running = startOtherSite({ doc: document, lookup: bskyLookup(BSKY_DID), schedule: manualFrames().schedule });
    expect(markers()).toEqual(['blockquote bluesky-leader-jd-vance-1-bsky-social']);
  });

  it('the unrendered Bluesky embed’s handle text is the publisher’s: without the DID nothing is badged', () => {
    installFixture('sites/news-2026.html', 'https://news.example/2025/11/leaders');
    running = startOtherSite({ doc: document, lookup: bskyLookup(), schedule: manualFrames().schedule });
    expect(markers()).toEqual([]);
  });

  it('an overlay beside an embed leaves with it when the platform’s script replaces the blockquote', async () => {
    installFixture('sites/news-2026.html', 'https://news.example/2025/11/leaders');
    const frames = manualFrames();
    running = startOtherSite({ doc: document, lookup: createLocalLookup(datasetTrackingOn('x', 'realDonaldTrump')), schedule: frames.schedule });
    const blockquote = document.querySelector('blockquote.twitter-tweet')!;
    const rendered = document.createElement('div');
    rendered.className = 'twitter-tweet twitter-tweet-rendered';
    blockquote.replaceWith(rendered);
    await frames.flush();
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(0);
  });
});
