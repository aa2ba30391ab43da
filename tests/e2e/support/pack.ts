/**
 * A synthetic dataset pack for the packs specs (Chromium and Firefox): one entity and one X account
 * for the home fixture's untracked author, @lena_ortiz_dev, with example.org sources.
 */
export const source = { url: 'https://example.org/report', publisher: 'Example Wire', title: 'Example report', date: '2024-05-02' };

const entity = { id: 'pack-test-minister', type: 'person', names: { en: 'Pack Test Minister' }, offices: [] };

const account = {
  id: 'x-pack-test-minister',
  entity: 'pack-test-minister',
  platform: 'x',
  kind: 'official',
  language: 'en',
  handles: [{ handle: 'lena_ortiz_dev' }],
  sources: [source],
};

/** The pack without events: adds one leader and one account. */
export const accountPack = { format: 1, meta: { version: '1.0.0', date: '2026-11-01' }, entities: [entity], accounts: [account] };
