/** Synthetic compiled datasets for DOM tests that must not depend on the real record's contents. */
import type { CompiledDataset } from '../../src/dataset/compiled';
import { compileDataset } from '../../src/dataset/compile';
import { entityFile, files, policyFile, source } from './records';

/** Tracks the given X handles (one entity each), each with one event citing a test policy. */
export function datasetTracking(...handles: string[]): CompiledDataset {
  return datasetTrackingOn('x', ...handles);
}

/** An account to track on another platform: its handle (and a Bluesky DID, say) and when it held it. */
export interface TrackedAccount {
  handle: string;
  userId?: string;
  from?: string;
}

/**
 * Tracks the given accounts of one platform (one entity each, ids `<platform>-leader-<handle slug>`),
 * each with one event citing a test policy.
 */
export function datasetTrackingOn(platform: string, ...tracked: Array<string | TrackedAccount>): CompiledDataset {
  const entities = tracked.map((entry): [string, unknown] => {
    const { handle, userId, from } = typeof entry === 'string' ? { handle: entry, userId: undefined, from: undefined } : entry;
    const id = `leader-${handle.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const claim = from ? { handle, from } : { handle };
    return [
      `entities/${id}.json`,
      entityFile({
        id,
        names: { en: `Leader ${handle}` },
        accounts: [{ id: `${platform}-${id}`, platform, kind: 'official', language: 'en', handles: [claim], ...(userId ? { userId, userIdSource: source } : {}), sources: [source] }],
        events: [
          {
            id: `${id}-suspension`,
            account: `${platform}-${id}`,
            platform,
            date: '2021-01-08',
            action: 'permanent-suspension',
            policies: ['x-test-policy'],
            summary: `The platform suspended @${handle}.`,
            sources: [source],
          },
        ],
      }),
    ];
  });
  const result = compileDataset(files(...entities, ['policies/x-test-policy.json', policyFile()]), new Date('2026-11-27'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}
