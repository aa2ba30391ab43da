/** Small, obviously synthetic records for unit tests; the real record lives in assets/dataset/. */
import type { CompiledAccount } from '../../src/dataset/compiled';
import type { RecordFile } from '../../src/dataset/compile';

export const source = {
  url: 'https://example.org/report',
  publisher: 'Example Wire',
  title: 'Example report',
  date: '2021-01-08',
};

export function account(overrides: Partial<CompiledAccount> & Pick<CompiledAccount, 'id' | 'handles'>): CompiledAccount {
  return { entity: 'test-entity', platform: 'x', kind: 'official', language: 'en', sources: [source], ...overrides };
}

export function entityFile(overrides: Record<string, unknown> = {}) {
  return {
    id: 'test-leader',
    type: 'person',
    names: { en: 'Test Leader', fa: 'رهبر آزمایشی' },
    offices: [{ title: 'Head of State of Testland', country: 'TL', from: '2019-01-01', to: null }],
    accounts: [
      {
        id: 'x-test-leader',
        platform: 'x',
        kind: 'official',
        language: 'en',
        handles: [{ handle: 'TestLeader' }],
        sources: [source],
      },
    ],
    events: [
      {
        id: 'test-leader-2021-01-suspension',
        account: 'x-test-leader',
        platform: 'x',
        date: '2021-01-08',
        action: 'permanent-suspension',
        policies: ['x-test-policy'],
        summary: 'The platform suspended the account.',
        sources: [source],
      },
    ],
    ...overrides,
  };
}

export function policyFile(overrides: Record<string, unknown> = {}) {
  return {
    id: 'x-test-policy',
    platform: 'x',
    name: 'Test policy',
    versions: [
      { from: '2019-03', to: '2020-12', summary: 'First wording.', url: 'https://example.org/v1', sources: [source] },
      { from: '2021-01', to: null, summary: 'Second wording.', url: 'https://example.org/v2', sources: [source] },
    ],
    ...overrides,
  };
}

export const META = { path: 'meta.json', text: JSON.stringify({ version: '0.0.1', date: '2026-01-01' }) };

export function files(...records: Array<[string, unknown]>): RecordFile[] {
  return [META, ...records.map(([path, value]) => ({ path, text: JSON.stringify(value) }))];
}
