// @vitest-environment happy-dom
/**
 * The panel (src/overlay/Panel.tsx) drawn alone, section by section: each part shows only when the
 * record has something for it (an empty record says so in words, and no empty heading is left), the
 * "not verified" note only for a claimed embed, the pack notice only for records a pack brought, the
 * entity line only for an entity without offices or a seat, the account's note and check date only
 * when recorded, the Close button only when there is something to close. Checked on words written
 * out here; mutation testing found these conditions run by no DOM test.
 */
import { h, render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { Panel, type PanelProps } from '../../src/overlay/Panel';
import type { AccountProfile, RecordLookup } from '../../src/dataset/queries';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';

beforeAll(() => installMessages(MESSAGES));

const lookup = createLocalLookup(datasetTracking('TestLeader'));
const full = lookup.profile('x-leader-testleader')!;

function draw(profile: AccountProfile, over: Partial<PanelProps> = {}, records: RecordLookup = lookup.records) {
  const root = document.createElement('div');
  render(h(Panel, { id: 'p', profile, records, at: Date.parse('2021-01-09'), ...over }), root);
  return root;
}
const headings = (root: HTMLElement) => [...root.querySelectorAll('h3.panel__heading')].map((heading) => heading.textContent);

describe('the panel’s sections', () => {
  it('the full record: the events, and the clauses as in force on the post’s date', () => {
    expect(full.events.length).toBeGreaterThan(0);
    expect(full.policies.length).toBeGreaterThan(0);
    const root = draw(full);
    expect(headings(root)).toEqual(['Enforcement on record', expect.stringMatching(/^Relevant policy clauses as in force on /)]);
    expect(root.querySelector('.panel__empty')).toBeNull();
  });

  it('an empty record says so in words, and shows no empty heading', () => {
    const root = draw({ ...full, events: [], otherEvents: [], policies: [] });
    expect(headings(root)).toEqual(['Enforcement on record']);
    expect(root.querySelector('.panel__empty')?.textContent).toBe('No enforcement actions on record for this account.');
  });

  it('lists the entity’s other accounts’ events under their own heading', () => {
    const other = { ...full.account, id: 'x-other', handles: [{ handle: 'OtherHandle' }] };
    const root = draw({ ...full, otherEvents: [{ event: full.events[0]!, account: other }] });
    expect(headings(root)).toContain(`On other accounts of ${full.entity.names.en}`);
  });

  it('says first that a claimed embed’s author is not verified, and only then', () => {
    expect(draw(full, { role: 'claimed' }).querySelector('.panel__claim')?.textContent).toMatch(/^This page's own text names this account/);
    expect(draw(full, { role: 'author' }).querySelector('.panel__claim')).toBeNull();
  });

  it('notes the packs its records come from, and only when some do', () => {
    expect(draw(full).querySelector('.pack-notice')).toBeNull();
    // A pack that brings one event, or only renames a clause an event cites, changes this panel.
    const packFor = (recordId: string): RecordLookup => ({ meta: lookup.records.meta, policy: lookup.records.policy, packOf: (id) => (id === recordId ? 'my pack' : undefined) });
    expect(draw(full, {}, packFor(full.events[0]!.id)).querySelector('.pack-notice')?.textContent).toContain('my pack');
    expect(draw(full, {}, packFor(full.events[0]!.policies[0]!)).querySelector('.pack-notice')?.textContent).toContain('my pack');
    // A clause the panel lists for the account, though no event shown cites it.
    const uncited = { ...full, events: [], otherEvents: [] } as AccountProfile;
    expect(uncited.policies.length).toBeGreaterThan(0);
    expect(draw(uncited, {}, packFor(uncited.policies[0]!.id)).querySelector('.pack-notice')?.textContent).toContain('my pack');
  });

  it('describes an entity by its type and country only when it has no offices and no seat', () => {
    expect(full.entity.offices.length).toBeGreaterThan(0);
    expect(draw({ ...full, entity: { ...full.entity, country: 'TL' } } as AccountProfile).querySelector('header > p.panel__offices')).toBeNull();
    const office = { ...full, entity: { ...full.entity, offices: [], seat: { title: 'Head of State of Testland', country: 'TL' }, country: 'TL' } } as AccountProfile;
    expect(draw(office).querySelector('header > p.panel__offices')).toBeNull();
    const bare = { ...full, entity: { ...full.entity, offices: [], seat: undefined, country: 'TL' } } as AccountProfile;
    expect(draw(bare).querySelector('header > p.panel__offices')?.textContent).toMatch(/\(TL\)$/);
    const noCountry = { ...full, entity: { ...full.entity, offices: [], seat: undefined, country: undefined } } as unknown as AccountProfile;
    expect(draw(noCountry).querySelector('header > p.panel__offices')).toBeNull();
  });

  it('shows the account’s note and its check date only when the record has them', () => {
    const withBoth = { ...full, account: { ...full.account, note: 'The official account.', checked: '2026-11-01' } } as AccountProfile;
    const root = draw(withBoth);
    const notes = [...root.querySelectorAll('.panel__provenance .panel__note')].map((note) => note.textContent);
    expect(notes).toEqual(['The official account.', 'Checked against its sources on Nov 1, 2026']);
    const without = { ...full, account: { ...full.account, note: undefined, checked: undefined } } as unknown as AccountProfile;
    expect(draw(without).querySelectorAll('.panel__provenance .panel__note')).toHaveLength(0);
  });

  it('has a Close button only when it can be closed', () => {
    expect(draw(full).querySelector('.panel__close')).toBeNull();
    let closed = 0;
    const root = draw(full, { onClose: () => closed++ });
    root.querySelector<HTMLButtonElement>('.panel__close')!.click();
    expect(closed).toBe(1);
  });
});
