/** Synthetic compiled datasets for DOM tests that must not depend on the real record's contents. */
import type { CompiledDataset } from '../../src/dataset/compiled';
import { compileDataset } from '../../src/dataset/compile';
import { entityFile, files, policyFile, source } from './records';

/** Tracks the given handles (one entity each), each with one event citing a test policy. */
export function datasetTracking(...handles: string[]): CompiledDataset {
  const entities = handles.map((handle): [string, unknown] => {
    const id = `leader-${handle.toLowerCase().replace(/_/g, '-')}`;
    return [
      `entities/${id}.json`,
      entityFile({
        id,
        names: { en: `Leader ${handle}` },
        accounts: [{ id: `x-${id}`, platform: 'x', kind: 'official', language: 'en', handles: [{ handle }], sources: [source] }],
        events: [
          {
            id: `${id}-suspension`,
            account: `x-${id}`,
            platform: 'x',
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
