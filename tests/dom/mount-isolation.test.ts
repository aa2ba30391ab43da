// @vitest-environment happy-dom
/**
 * The overlay's host (src/overlay/mount.ts): clicks and keys inside it never reach the page (X would
 * open the post or run its shortcuts), its content sits in a `.root` the style sheet targets, and only
 * a host with Precedent's own marked style sheet counts as one an earlier Precedent left: a page
 * element that copies the tag, even with a look-alike shadow root, is the page's.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { isLeftoverHost, mountAnnotation, type MountedAnnotation } from '../../src/overlay/mount';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';

beforeAll(() => installMessages(MESSAGES));

const lookup = createLocalLookup(datasetTracking('TestLeader'));
let mounted: MountedAnnotation | undefined;
afterEach(() => {
  mounted?.remove();
  mounted = undefined;
  document.body.replaceChildren();
});

function mount() {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  mounted = mountAnnotation(anchor, {
    summary: lookup.summary('x-leader-testleader')!,
    profile: null,
    records: lookup.records,
    role: 'author',
    at: Date.now(),
    open: false,
    panelId: 'p-1',
    onToggle: () => undefined,
  }, 'light');
  return mounted;
}

describe('the overlay’s host', () => {
  it('keeps clicks, pointer presses and keys inside it from reaching the page', () => {
    const { host } = mount();
    const reached: string[] = [];
    for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'])
      document.addEventListener(type, () => reached.push(type));
    const badge = host.shadowRoot!.querySelector('button')!;
    for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) badge.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    for (const type of ['keydown', 'keyup', 'keypress']) badge.dispatchEvent(new KeyboardEvent(type, { key: 'j', bubbles: true, composed: true }));
    expect(reached).toEqual([]);
  });

  it('draws into a .root beside its marked style sheet', () => {
    const { host } = mount();
    const [style, root] = [...host.shadowRoot!.children];
    expect(style?.localName).toBe('style');
    expect(style?.hasAttribute('data-precedent-overlay')).toBe(true);
    expect(root?.className).toBe('root');
    expect(isLeftoverHost(host)).toBe(true);
  });

  it('takes only its own marked style sheet for an earlier Precedent’s host', () => {
    const fake = (first: string, tag = 'precedent-annotation') => {
      const element = document.createElement(tag);
      const shadow = element.attachShadow({ mode: 'open' });
      const child = document.createElement(first);
      child.setAttribute('data-precedent-overlay', '');
      shadow.append(child);
      return element;
    };
    expect(isLeftoverHost(fake('style'))).toBe(true);
    expect(isLeftoverHost(fake('div'))).toBe(false);
    // The sheet alone is not enough: a page element of another name holding a copy of it is the page's.
    expect(isLeftoverHost(fake('style', 'div'))).toBe(false);
    expect(isLeftoverHost(document.createElement('precedent-annotation'))).toBe(false);
    const unmarked = document.createElement('precedent-annotation');
    unmarked.attachShadow({ mode: 'open' }).append(document.createElement('style'));
    expect(isLeftoverHost(unmarked)).toBe(false);
  });
});
