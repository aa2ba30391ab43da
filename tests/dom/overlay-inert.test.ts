// @vitest-environment happy-dom
/**
 * Dataset text is rendered as text, never as markup, and only https links become links, even if a
 * record bypassed the build's schema check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
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
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
