// @vitest-environment happy-dom
/**
 * One annotation (src/overlay/Annotation.tsx) drawn alone in a shadow root, as the content script
 * mounts it: opening moves focus to the panel, the record that replaces the "loading" placeholder
 * takes focus over from it, Escape closes and gives focus back to the badge (and does nothing while
 * closed), pointing at or opening the badge asks for the detail, the summary line shows at "summary"
 * density only and never on the compact badge. Mutation testing found these run by no DOM test.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { Annotation, type AnnotationProps } from '../../src/overlay/Annotation';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';

beforeAll(() => installMessages(MESSAGES));

const lookup = createLocalLookup(datasetTracking('TestLeader'));
const ID = 'x-leader-testleader';
const calls: string[] = [];
let shadow: ShadowRoot;
let host: HTMLElement;

function draw(over: Partial<AnnotationProps> = {}) {
  const props: AnnotationProps = {
    summary: lookup.summary(ID)!,
    profile: null,
    records: lookup.records,
    role: 'author',
    at: Date.parse('2021-01-09'),
    open: false,
    panelId: 'precedent-panel-1',
    onToggle: () => calls.push('toggle'),
    onWantDetail: () => calls.push('want'),
    ...over,
  };
  // act: effects (the focus moves) run before the test reads the result.
  act(() => render(h(Annotation, props), shadow));
}

const badge = () => shadow.querySelector<HTMLButtonElement>('button.badge')!;
const section = () => shadow.querySelector<HTMLElement>('section')!;
const escape = () => shadow.querySelector('.annotation')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeAll(() => {
  host = document.createElement('div');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'closed' });
});
afterEach(() => {
  render(null, shadow);
  calls.length = 0;
});

describe('an annotation', () => {
  it('moves focus to the placeholder on opening, then hands it to the record that replaces it', () => {
    draw();
    draw({ open: true });
    expect(section().className).toBe('panel-pending');
    expect(section().getAttribute('aria-busy')).toBe('true');
    expect(section().textContent).toBe('Loading the record…');
    expect(shadow.activeElement).toBe(section());
    draw({ open: true, profile: lookup.profile(ID) });
    expect(section().className).not.toBe('panel-pending');
    expect(section().id).toBe('precedent-panel-1');
    expect(shadow.activeElement).toBe(section());
  });

  it('does not take focus back once the reader has moved on, when the record is drawn again', () => {
    draw();
    draw({ open: true });
    const profile = lookup.profile(ID)!;
    draw({ open: true, profile });
    expect(shadow.activeElement).toBe(section());
    act(() => badge().focus());
    draw({ open: true, profile: { ...profile } });
    expect(shadow.activeElement).toBe(badge());
  });

  it('leaves focus where it is when the record arrives while the reader is elsewhere', () => {
    draw();
    draw({ open: true });
    act(() => badge().focus());
    draw({ open: true, profile: lookup.profile(ID) });
    expect(shadow.activeElement).toBe(badge());
  });

  it('moves focus on opening without scrolling the page, to a placeholder that is no stop for the Tab key', () => {
    // happy-dom does not scroll: what is asked of the browser is read at the focus call itself.
    const asked: Array<FocusOptions | undefined> = [];
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      if (this.localName === 'section') asked.push(options);
      focus.call(this, options);
    };
    try {
      draw();
      draw({ open: true });
    } finally {
      HTMLElement.prototype.focus = focus;
    }
    expect(asked).toEqual([{ preventScroll: true }]);
    expect(section().tabIndex).toBe(-1);
  });

  it('leaves focus on the page when drawn already open (its post drawn again by the site)', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    try {
      draw({ open: true, profile: lookup.profile(ID) });
      expect(section().className).toBe('panel');
      expect(shadow.activeElement).toBeNull();
      expect(document.activeElement).toBe(field);
    } finally {
      field.remove();
    }
  });

  it('says so when the record could not be fetched', () => {
    draw({ open: true, detailFailed: true });
    expect(section().getAttribute('aria-busy')).toBe('false');
    expect(section().textContent).toBe('The record could not be loaded. Reload the page to try again.');
  });

  it('closes on Escape and gives focus back to the badge; Escape does nothing while closed', () => {
    draw({ open: true, profile: lookup.profile(ID) });
    act(() => void shadow.querySelector('.annotation')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(calls).toEqual([]);
    act(() => void escape());
    // Focusing the badge is "reaching for it" too: the detail is asked for again (it is at hand).
    expect(calls).toEqual(['toggle', 'want']);
    expect(shadow.activeElement).toBe(badge());
    calls.length = 0;
    draw({ open: false, profile: lookup.profile(ID) });
    act(() => void escape());
    expect(calls).toEqual([]);
  });

  it('asks for the detail when the badge is pointed at, focused or opened, before toggling', () => {
    draw();
    badge().dispatchEvent(new PointerEvent('pointerenter'));
    expect(calls).toEqual(['want']);
    badge().click();
    expect(calls).toEqual(['want', 'want', 'toggle']);
  });

  it('shows the summary line at "summary" density only, never on the compact badge', () => {
    draw({ density: 'summary' });
    expect(shadow.querySelector('p.summary')).not.toBeNull();
    draw({ density: 'summary', compact: true });
    expect(shadow.querySelector('p.summary')).toBeNull();
    draw({ density: 'badge' });
    expect(shadow.querySelector('p.summary')).toBeNull();
  });

  it('is marked with its role', () => {
    draw({ role: 'quoted' });
    expect(shadow.querySelector('.annotation')?.className).toBe('annotation annotation--quoted');
  });
});
