// @vitest-environment happy-dom
/**
 * The overlays' theme (src/content/start-site.ts): the page's own, followed live whichever of the
 * watched attributes of <html> and <body> the site switches it with (X restyles <body>, Bluesky
 * reclasses <html>, other sites' style sheets key on a class, a data attribute or a style); or the
 * theme the reader chose in the options, which the page never changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import type { ThemeChoice } from '../../src/settings/settings';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

function start(themeChoice?: ThemeChoice) {
  const frames = manualFrames();
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTracking('khamenei_ir')), schedule: frames.schedule, ...(themeChoice && { themeChoice }) });
  return frames;
}
const themes = () => [...new Set([...document.querySelectorAll('precedent-annotation')].map((host) => host.getAttribute('data-theme')))];
const BLACK = 'rgb(0, 0, 0)';

describe('the overlays’ theme', () => {
  it('is the one the reader chose, on any page and after the page switches its own', async () => {
    installFixture('x/home-2025.html'); // a light page
    start('dark');
    expect(themes()).toEqual(['dark']);
    running!.stop();
    installFixture('x/home-2025.html');
    const frames = start('light');
    document.body.style.backgroundColor = BLACK;
    await frames.flush();
    expect(themes()).toEqual(['light']);
  });

  it('follows X when it repaints <body> (its inline background)', async () => {
    installFixture('x/home-2025.html');
    const frames = start();
    expect(themes()).toEqual(['light']);
    document.body.style.backgroundColor = BLACK;
    await frames.flush();
    expect(themes()).toEqual(['dark']);
  });

  // A style sheet paints <body> from an attribute: the attribute's change must be seen.
  const switches: Array<[string, string, (html: HTMLElement, body: HTMLElement) => void]> = [
    ['a class on <html>', 'html.night body', (html) => html.classList.add('night')],
    ['a data-theme on <html>', 'html[data-theme="night"] body', (html) => html.setAttribute('data-theme', 'night')],
    ['a style on <html>', 'html[style*="--night"] body', (html) => html.setAttribute('style', `${html.getAttribute('style')} --night: 1;`)],
    ['a class on <body>', 'body.night', (_html, body) => body.classList.add('night')],
  ];
  for (const [how, selector, change] of switches)
    it(`follows a page that switches its theme by ${how}`, async () => {
      installFixture('x/home-2025.html');
      // Without X's inline colour, the page's theme is its style sheets'.
      document.body.removeAttribute('style');
      const sheet = document.createElement('style');
      sheet.textContent = `${selector} { background-color: ${BLACK}; }`;
      document.head.append(sheet);
      const frames = start();
      expect(themes()).toEqual(['light']);
      change(document.documentElement, document.body);
      await frames.flush();
      expect(themes()).toEqual(['dark']);
    });

  it('starts on a document that has no <body> yet', () => {
    installFixture('x/home-2025.html');
    document.body.remove();
    expect(() => start()).not.toThrow();
  });
});
