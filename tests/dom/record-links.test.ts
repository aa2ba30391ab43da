// @vitest-environment happy-dom
/**
 * The links out of an open record, drawn alone: each "Report a correction" link opens an issue that
 * names the record it was under (its kind, id and what the reader saw it as), and each link to one
 * of the extension's views (the full record, the comparison, where a clause was applied) leads to
 * that record's view, as a link in the extension's pages and as a button on a site. Mutation testing
 * found these addresses checked by no test.
 */
import { h, render, type ComponentChild } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { Annotation } from '../../src/overlay/Annotation';
import { ClauseItem } from '../../src/overlay/ClauseItem';
import { EventItem } from '../../src/overlay/EventItem';
import { Panel } from '../../src/overlay/Panel';
import { ViewLinksContext } from '../../src/overlay/ViewLink';
import type { EventRecord } from '../../src/dataset/schema';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';

beforeAll(() => installMessages(MESSAGES));

const lookup = createLocalLookup(datasetTracking('TestLeader'));
const profile = lookup.profile('x-leader-testleader')!;
const AT = Date.parse('2021-01-09');

/** Drawn inside the extension's pages, where a view link is a hash link to record.html. */
function draw(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(h(ViewLinksContext.Provider, { value: { href: (view: string) => `record.html${view}` } }, node), root);
  return root;
}

/** The issue a "Report a correction" link opens: its title and the body's line naming the record. */
function correction(link: Element | null | undefined) {
  const url = new URL(link!.getAttribute('href')!);
  return { title: url.searchParams.get('title'), record: url.searchParams.get('body')!.split('\n')[0] };
}
const linkNamed = (root: HTMLElement, words: string) => [...root.querySelectorAll('a, button')].find((link) => link.textContent === words);

describe('a correction link', () => {
  it('under an event names the event, by its action and date as shown', () => {
    const event = { id: 'e-1', account: 'x-a', platform: 'x', date: '2021-01-08', action: 'permanent-suspension', policies: [], summary: 'S.', sources: [] } as unknown as EventRecord;
    const root = draw(h(EventItem, { event, records: lookup.records }));
    expect(correction(linkNamed(root, 'Report a correction'))).toEqual({ title: 'Correction: event e-1', record: 'Record: event `e-1` (Permanent suspension, Jan 8, 2021)' });
  });

  it('under a clause names the clause', () => {
    const policy = lookup.records.policy('x-test-policy')!;
    const root = draw(h(ClauseItem, { policy, at: AT, datasetVersion: '0.0.1' }));
    expect(correction(linkNamed(root, 'Report a correction'))).toEqual({ title: 'Correction: policy x-test-policy', record: 'Record: policy `x-test-policy` (Test policy)' });
  });

  it('at the foot of the panel names the account, as the panel labels it', () => {
    const root = draw(h(Panel, { id: 'p', profile, records: lookup.records, at: AT }));
    expect(correction(root.querySelector('.panel__footer a'))).toEqual({ title: 'Correction: account x-leader-testleader', record: 'Record: account `x-leader-testleader` (@TestLeader)' });
  });
});

describe('the panel’s word on how complete the record is', () => {
  it('says how much of the checklist the record holds, with a link to what is left out and why', () => {
    const records = { ...lookup.records, meta: { ...lookup.records.meta, coverage: { recorded: 623, listed: 951 } } };
    const root = draw(h(Panel, { id: 'p', profile, records, at: AT }));
    const note = root.querySelector('.panel__coverage');
    expect(note?.textContent).toContain('Not a complete record: Precedent holds 623 of the 951 reported actions it has listed (65%).');
    expect(linkNamed(root, 'What is left out, and why')?.getAttribute('href')).toBe('https://github.com/precedent-extension/precedent/blob/main/docs/coverage.md');
  });

  it('says nothing of it when the dataset carries no figure (a test dataset, an old build)', () => {
    const root = draw(h(Panel, { id: 'p', profile, records: lookup.records, at: AT }));
    expect(root.querySelector('.panel__coverage')).toBeNull();
  });
});

describe('a link to one of the extension’s views', () => {
  it('leads from the panel to the entity’s full record and to its comparison', () => {
    const root = draw(h(Panel, { id: 'p', profile, records: lookup.records, at: AT }));
    expect(linkNamed(root, 'Open the full record')?.getAttribute('href')).toBe('record.html#/entity/leader-testleader');
    expect(linkNamed(root, 'Compare with…')?.getAttribute('href')).toBe('record.html#/compare/leader-testleader');
  });

  it('leads from a clause to where that clause was applied', () => {
    const root = draw(h(ClauseItem, { policy: lookup.records.policy('x-test-policy')!, at: AT, datasetVersion: '0.0.1' }));
    expect(linkNamed(root, 'Where this clause was applied')?.getAttribute('href')).toBe('record.html#/clause/x-test-policy');
  });

  it('is a button in an annotation on a site that can open views, and absent where none can', () => {
    const annotation = (onOpenView?: (view: string) => void) => {
      const root = document.createElement('div');
      render(
        h(Annotation, {
          summary: lookup.summary('x-leader-testleader')!,
          profile,
          records: lookup.records,
          role: 'author',
          at: AT,
          open: true,
          panelId: 'p',
          onToggle: () => undefined,
          onOpenView,
        }),
        root,
      );
      return root;
    };
    expect(linkNamed(annotation(() => undefined), 'Open the full record')?.localName).toBe('button');
    expect(linkNamed(annotation(), 'Open the full record')).toBeUndefined();
  });
});

describe('the panel’s account line', () => {
  it('reads as words with a space around each separator', () => {
    const root = draw(h(Panel, { id: 'p', profile, records: lookup.records, at: AT }));
    expect(root.querySelector('.panel__account')?.textContent).toBe('@TestLeader · official account on X (Twitter) · language en');
  });
});
