import { describe, expect, it } from 'vitest';
import { openViewMessage, parseMessage } from '../../src/messaging/protocol';
import { correctionUrl } from '../../src/project';
import { originOfPattern, siteFor } from '../../src/sites/registry';
import { parseView, viewHash } from '../../src/messaging/views';

describe('views', () => {
  it('round-trips every view through its hash', () => {
    for (const view of [
      { name: 'home' },
      { name: 'policies' },
      { name: 'entity', id: 'ali-khamenei' },
      { name: 'account', id: 'x-khamenei-ir' },
      { name: 'clause', id: 'x-world-leaders' },
      { name: 'compare', ids: [] },
      { name: 'compare', ids: ['donald-trump'] },
      { name: 'compare', ids: ['donald-trump', 'ali-khamenei', 'jair-bolsonaro', 'narendra-modi'] },
    ] as const)
      expect(parseView(viewHash(view))).toEqual(view);
  });

  it('reads a comparison address: each record once, in order', () => {
    expect(parseView('#/compare/donald-trump,ali-khamenei,donald-trump')).toEqual({ name: 'compare', ids: ['donald-trump', 'ali-khamenei'] });
    expect(viewHash({ name: 'compare', ids: ['a', 'b'] })).toBe('#/compare/a,b');
  });

  it('sends anything unknown or malformed home', () => {
    for (const hash of ['', '#', '#/nope', '#/entity', '#/entity/A B', '#/entity/../x', '#/clause/x/y', '#/entity/%3Cscript%3E', 'javascript:alert(1)', '#/entity/%E0', '#/compare/a,%E0', '#/compare/a,B', '#/compare/a,b,c,d,e', '#/compare/a/b'])
      expect(parseView(hash)).toEqual({ name: 'home' });
  });
});

describe('messages from content scripts', () => {
  it('accepts the open-view message and rebuilds its view from parsed parts', () => {
    expect(parseMessage(openViewMessage('#/clause/x-world-leaders'))).toEqual(openViewMessage('#/clause/x-world-leaders'));
    // A hostile view string becomes the harmless home view, never a URL of the page's choosing.
    expect(parseMessage({ type: 'precedent:open-view', view: '#/../../evil' })).toEqual(openViewMessage('#/'));
    expect(parseMessage({ type: 'precedent:open-view', view: 'https://evil.example/' })).toEqual(openViewMessage('#/'));
  });

  it('ignores anything else', () => {
    for (const raw of [null, 'x', 1, {}, { type: 'other' }, { type: 'precedent:open-view' }, { type: 'precedent:open-view', view: 'x'.repeat(500) }])
      expect(parseMessage(raw)).toBeNull();
  });
});

describe('sites', () => {
  it('tells built-in sites from others, and refuses pages no script may run on', () => {
    expect(siteFor('https://x.com/home')).toEqual({ kind: 'built-in', site: 'x', origin: 'https://x.com' });
    expect(siteFor('https://mobile.twitter.com/a')).toMatchObject({ kind: 'built-in', site: 'x' });
    expect(siteFor('http://x.com/home')).toEqual({ kind: 'custom', origin: 'http://x.com' });
    expect(siteFor('https://www.bbc.co.uk/news')).toEqual({ kind: 'custom', origin: 'https://www.bbc.co.uk' });
    for (const url of ['about:blank', 'chrome://extensions', 'file:///tmp/a.html', 'https://addons.mozilla.org/x', 'https://chromewebstore.google.com/', undefined, 'nonsense'])
      expect(siteFor(url)).toBeNull();
  });

  it('reads origins back from granted patterns only when they name one origin', () => {
    expect(originOfPattern('https://news.example/*')).toBe('https://news.example');
    expect(originOfPattern('https://*/*')).toBeNull();
    expect(originOfPattern('<all_urls>')).toBeNull();
    // Whole patterns only: http too, nothing before the scheme, nothing after the path's "*".
    expect(originOfPattern('http://news.example/*')).toBe('http://news.example');
    expect(originOfPattern('xhttps://news.example/*')).toBeNull();
    expect(originOfPattern('https://news.example/*x')).toBeNull();
    expect(originOfPattern('ftp://news.example/*')).toBeNull();
  });
});

describe('corrections', () => {
  it('opens a prefilled issue naming the record, over https', () => {
    const url = new URL(correctionUrl({ kind: 'event', id: 'trump-2021-01-08-permanent-suspension', label: 'Permanent suspension', datasetVersion: '0.1.0' }));
    expect(url.protocol).toBe('https:');
    expect(url.pathname).toMatch(/\/issues\/new$/);
    expect(url.searchParams.get('title')).toBe('Correction: event trump-2021-01-08-permanent-suspension');
    expect(url.searchParams.get('body')).toContain('Dataset version: 0.1.0');
  });
});
