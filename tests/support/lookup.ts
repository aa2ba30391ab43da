/**
 * The content script's lookup as the extension wires it, with the background's lookup service in
 * place of the message channel (answers go through a JSON round trip, as messages do).
 */
import { createLookupService } from '../../src/background/lookup-service';
import type { CompiledDataset } from '../../src/dataset/compiled';
import type { Platform } from '../../src/dataset/schema';
import { createRemoteLookup } from '../../src/content/remote-lookup';
import { buildContentIndex } from '../../src/matching/index-keys';

/**
 * `origin`: record id → the imported pack it comes from (src/packs/apply-packs.ts). `ship`: the
 * platforms whose accounts' badges the script carries (as the build ships them for a small dataset).
 */
export function backgroundLookup(dataset: CompiledDataset, origin?: ReadonlyMap<string, string>, ship: readonly Platform[] = []) {
  const service = createLookupService(dataset, origin);
  const requests: string[][] = [];
  const lookup = createRemoteLookup({
    index: buildContentIndex(dataset, { platforms: ship, fits: () => ship.length > 0 }),
    meta: dataset.meta,
    request: (keys) => {
      requests.push(keys);
      return Promise.resolve(JSON.parse(JSON.stringify(service.answer(keys))));
    },
  });
  return { lookup, requests };
}

/** Lets pending lookups be asked and answered (a microtask, then the reply's promise). */
export const answered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
