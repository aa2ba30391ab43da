// @vitest-environment happy-dom
/**
 * Dataset text is rendered as text, never as markup, and only https links become links, even if a
 * record bypassed the build's schema check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFailureReport } from '../../src/content/failures';
import { type RunningAnnotator, startAnnotating, startSite } from '../../src/content/start-site';
import { readBackgroundTheme } from '../../src/sites/page-theme';
import { createXSite } from '../../src/sites/x/site';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

describe('overlay rendering', () => {
  it('shows markup in records as text and links only https URLs', async () => {
    const dataset = datasetTracking('mranti');
    const event = dataset.events[0]!;
    event.summary = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    event.sources = [
      { ...event.sources[0]!, url: 'javascript:window.pwned=1', title: 'Script link' },
      { ...event.sources[0]!, url: 'data:text/html,<script>1</script>', title: 'Data link' },
      { ...event.sources[0]!, url: 'https://example.org/ok', title: 'Good link' },
    ];
    installFixture('real/x-home-timeline-2021.html', 'https://twitter.com/home');
    const frames = manualFrames();
    running = startSite(xSite, { doc: document, lookup: createLocalLookup(dataset), schedule: frames.schedule });
    const host = document.querySelector('article[data-precedent-role="author"] precedent-annotation')!;
    host.shadowRoot!.querySelector('button')!.click();
    await frames.flush();
    const panel = host.shadowRoot!.querySelector('section.panel')!;
    expect(panel.textContent).toContain('<img src=x onerror="window.pwned=1"><b>bold</b>');
    expect(panel.querySelector('img, b, script')).toBeNull();
    const links = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href?.startsWith('https://'))).toBe(true);
    expect(links).toContain('https://example.org/ok');
    expect(panel.textContent).toContain('Script link'); // shown, as plain text
    // (No element was made from the text, so no handler could run: happy-dom loads no images, so an
    // `onerror` payload is checked by the absence of the element above, not by its effect.)
  });
});

describe('a post the adapter cannot read', () => {
  it('is counted and reported, and the other posts are read as usual', () => {
    installFixture('x/home-2025.html');
    const sent: number[] = [];
    const report = createFailureReport((count) => sent.push(count));
    const x = createXSite(document);
    const broken = document.querySelector('a[href$="/status/1933167692215226385"] > time')!.closest('article')!;
    const adapter = {
      ...x,
      simpleAuthor: () => null,
      readPost: (element: HTMLElement) => {
        if (element === broken) throw new TypeError('unreadable post');
        return x.readPost(element);
      },
    };
    running = startAnnotating({ doc: document, adapter, readTheme: readBackgroundTheme, lookup: createLocalLookup(datasetTracking('realDonaldTrump')), schedule: manualFrames().schedule, onError: (error) => report.record(error) });
    expect(report.count).toBe(1);
    expect(sent).toEqual([1]);
    expect(document.querySelectorAll('[data-precedent-role="author"]')).toHaveLength(1);
  });
});
