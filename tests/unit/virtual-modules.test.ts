/**
 * The build's virtual modules carry their types (src/virtual.d.ts): were a declaration to fail, the
 * modules would silently become `any` and typecheck nothing that reads the dataset. `npm run
 * typecheck` checks these assertions; the test run checks the values' shape.
 */
import dataset from 'virtual:precedent-dataset';
import contentIndex from 'virtual:precedent-index/x';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { matchesPosts } from '../../src/dataset/keys';
import type { DatasetMeta } from '../../src/dataset/schema';
import type { MessageTables } from '../../src/i18n/translate';
import type { ContentIndex } from '../../src/matching/index-keys';

describe('virtual modules', () => {
  it('are typed as what the build makes', () => {
    expectTypeOf(dataset).toEqualTypeOf<CompiledDataset>();
    expectTypeOf(contentIndex).toEqualTypeOf<{ index: ContentIndex; meta: DatasetMeta }>();
    expectTypeOf(overlayMessages).toEqualTypeOf<MessageTables>();
    expect(dataset.accounts.length).toBeGreaterThan(0);
    expect(contentIndex.index.keys).toBeGreaterThan(0);
    // The real dataset is small enough for X's script to carry every X account's badge (same frame).
    // Every X account a post can match: one recorded only by name (no handle, no id) is not carried.
    const xAccounts = dataset.accounts.filter((account) => account.platform === 'x' && matchesPosts(account));
    expect(dataset.accounts.some((account) => account.platform === 'x' && !matchesPosts(account)), 'an X account recorded only by name').toBe(true);
    expect(contentIndex.index.shipped?.platforms).toEqual(['x']);
    expect(contentIndex.index.shipped?.badges.map((badge) => badge.account.id).sort()).toEqual(xAccounts.map((account) => account.id).sort());
    expect(Object.keys(overlayMessages).sort()).toEqual(['ar', 'en', 'es', 'fa', 'ru']);
  });
});
