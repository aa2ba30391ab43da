/**
 * The content script's per-post lookup cost at a dataset's scale, measured in Node on the same code
 * the extension runs: an author the index rules out (almost every post), and a tracked author whose
 * answer is already cached. Constant time means these stay flat as the dataset grows.
 */
import type { CompiledDataset } from '../../src/dataset/compiled';
import { createRemoteLookup } from '../../src/content/remote-lookup';
import { buildContentIndex } from '../../src/matching/index-keys';
import { createLookupService } from '../../src/background/lookup-service';

export interface LookupCost {
  keys: number;
  indexBytes: number;
  /** Hash probes per key: what a lookup costs whatever the dataset's size. */
  probes: number;
  /** Nanoseconds per lookup. */
  untrackedNs: number;
  trackedCachedNs: number;
  /** Share of 100,000 untracked handles the index could not rule out (each costs one message, once). */
  falsePositiveRate: number;
}

/** Nanoseconds per call: the best of five timed rounds after a warm-up, so that JIT and GC noise fall out. */
const time = (repeat: number, run: (i: number) => void) => {
  for (let i = 0; i < repeat; i++) run(i);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) run(i);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / repeat);
  }
  return best;
};

export async function measureLookupCost(dataset: CompiledDataset): Promise<LookupCost> {
  const index = buildContentIndex(dataset);
  const service = createLookupService(dataset);
  const lookup = createRemoteLookup({ index, meta: dataset.meta, request: (keys) => Promise.resolve(service.answer(keys)) });
  const tracked = dataset.accounts.filter((account) => account.platform === 'x').flatMap((account) => account.handles.map((claim) => claim.handle)).slice(0, 1000);
  tracked.forEach((handle) => lookup.match({ platform: 'x', handle }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  const untracked = Array.from({ length: 100_000 }, (_, i) => `someone_${i.toString(36)}`);
  let maybe = 0;
  const probe = createRemoteLookup({ index, meta: dataset.meta, request: () => Promise.resolve({ accounts: [], profiles: [], policies: [], packs: [] }) });
  for (const handle of untracked) if (probe.match({ platform: 'x', handle }) !== null) maybe++;
  const at = Date.parse('2025-06-12T10:00:00Z');
  return {
    keys: index.keys,
    indexBytes: Math.ceil(index.bloom.m / 8),
    probes: index.bloom.k,
    untrackedNs: time(200_000, (i) => lookup.match({ platform: 'x', handle: untracked[i % untracked.length]!, at })),
    trackedCachedNs: time(200_000, (i) => lookup.match({ platform: 'x', handle: tracked[i % tracked.length]!, at })),
    falsePositiveRate: maybe / untracked.length,
  };
}
