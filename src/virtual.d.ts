declare module 'virtual:precedent-dataset' {
  import type { CompiledDataset } from './dataset/compiled';
  const dataset: CompiledDataset;
  export default dataset;
}

declare module 'virtual:precedent-index' {
  import type { ContentIndex } from './matching/index-keys';
  import type { DatasetMeta } from './dataset/schema';
  const index: { index: ContentIndex; meta: DatasetMeta };
  export default index;
}

declare module 'virtual:precedent-dataset-file' {
  /** Path of the compiled dataset inside the package, e.g. "/dataset.json". */
  const path: string;
  export default path;
}

declare module 'virtual:precedent-messages/overlay' {
  import type { MessageTables } from './i18n/translate';
  /** The overlay's messages in every locale (scripts/lib/messages-plugin.ts). */
  const messages: MessageTables;
  export default messages;
}
