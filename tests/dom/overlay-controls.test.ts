// @vitest-environment happy-dom
/**
 * The overlay's two controls, drawn alone: the copy button says in words whether copying worked, and
 * a view link is a plain link inside the extension's pages, a button on a site that opens the view
 * only for the reader's own (trusted) click, and nothing where neither is possible. A page script's
 * `click()` is untrusted: it must open nothing. The trusted click itself is proven end to end
 * (tests/e2e: the panel's links open the record and the lens); happy-dom cannot make one.
 */
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { CopyButton } from '../../src/overlay/CopyButton';
import { CitationContext, CopyCitation } from '../../src/overlay/CopyCitation';
import type { EventRecord } from '../../src/dataset/schema';
import { ViewLink, ViewLinksContext, type ViewLinks } from '../../src/overlay/ViewLink';

beforeAll(() => installMessages(MESSAGES));

function draw(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

describe('the copy button', () => {
  it('says nothing before a click, then whether copying worked', async () => {
    const ok = draw(h(CopyButton, { label: 'Copy citation', copy: () => Promise.resolve() }));
    expect(ok.querySelector('button')?.textContent).toBe('Copy citation');
    expect(ok.querySelector('[role="status"]')?.textContent).toBe('');
    await act(async () => ok.querySelector('button')!.click());
    expect(ok.querySelector('[role="status"]')?.textContent).toBe('Copied');

    const failing = draw(h(CopyButton, { label: 'Copy citation', copy: () => Promise.reject(new Error('denied')) }));
    await act(async () => failing.querySelector('button')!.click());
    expect(failing.querySelector('[role="status"]')?.textContent).toBe('Could not copy: the browser refused the clipboard');
  });
});

describe('a view link', () => {
  const link = (links: ViewLinks, className?: string) =>
    draw(h(ViewLinksContext.Provider, { value: links }, h(ViewLink, { view: '#/entity/test', children: 'Open the record', ...(className ? { class: className } : {}) })));

  it('is a plain link inside the extension’s pages', () => {
    const root = link({ href: (view) => `record.html${view}` }, 'extra');
    const anchor = root.querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe('record.html#/entity/test');
    expect(anchor.className).toBe('extra');
    expect(anchor.textContent).toBe('Open the record');
  });

  it('is a button on a site, which a page script’s click cannot use to open a view', () => {
    const opened: string[] = [];
    const root = link({ open: (view) => opened.push(view) }, 'extra');
    const button = root.querySelector('button')!;
    expect(button.className).toBe('linkish extra');
    expect(link({ open: () => undefined }).querySelector('button')!.className).toBe('linkish ');
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opened).toEqual([]);
  });

  it('opens its view for the reader’s own click', () => {
    const opened: string[] = [];
    const button = link({ open: (view) => opened.push(view) }).querySelector('button')!;
    // The browser marks the reader's own click as trusted; happy-dom makes no such event, so this one
    // is marked by hand (a page script cannot: in a browser the mark is fixed).
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    expect(opened).toEqual(['#/entity/test']);
  });

  it('is nothing where no view can be opened', () => {
    expect(link({}).childNodes).toHaveLength(0);
  });
});

describe('copy citation', () => {
  const event = { id: 'e-1' } as EventRecord;

  it('copies that event’s citation where the view can copy, and shows nothing where it cannot', async () => {
    const copied: string[] = [];
    const root = draw(h(CitationContext.Provider, { value: async (which: EventRecord) => void copied.push(which.id) }, h(CopyCitation, { event })));
    expect(root.querySelector('button')?.textContent).toBe('Copy citation');
    await act(async () => root.querySelector('button')!.click());
    expect(copied).toEqual(['e-1']);
    expect(draw(h(CopyCitation, { event })).childNodes).toHaveLength(0);
  });
});
