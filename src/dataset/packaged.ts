/**
 * The dataset the build packaged as a file (`dataset.json`, scripts/lib/dataset-plugin.ts), read from
 * the extension's own origin: not a network request. The background, the popup and the options page
 * read it this way instead of bundling it (at 50,000 accounts the bundled copy was a 35 MB script
 * chunk each page had to evaluate; JSON.parse of the file is much faster).
 */
import type { CompiledDataset } from './compiled';

/** Reads the file once; a failed read is tried again at the next call. */
export function packagedDataset(url: string, load: (url: string) => Promise<Response> = (address) => fetch(address)): () => Promise<CompiledDataset> {
  let dataset: Promise<CompiledDataset> | undefined;
  return () => {
    const loading = (dataset ??= load(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
      return response.json() as Promise<CompiledDataset>;
    }));
    loading.catch(() => {
      if (dataset === loading) dataset = undefined;
    });
    return loading;
  };
}
