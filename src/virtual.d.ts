/**
 * The build's virtual modules (scripts/lib/dataset-plugin.ts, scripts/lib/messages-plugin.ts), typed.
 * Import types, not import declarations: an ambient module cannot import by a relative path, and an
 * import that fails there would silently type the module as `any`.
 */
declare module 'virtual:precedent-dataset' {
  const dataset: import('./dataset/compiled').CompiledDataset;
  export default dataset;
}

/** A content script's index for the platforms named after the slash, e.g. `virtual:precedent-index/x,bluesky`. */
declare module 'virtual:precedent-index/*' {
  const index: { index: import('./matching/index-keys').ContentIndex; meta: import('./dataset/schema').DatasetMeta };
  export default index;
}

declare module 'virtual:precedent-dataset-file' {
  /** Path of the compiled dataset inside the package, e.g. "/dataset.json". */
  const path: string;
  export default path;
}

declare module 'virtual:precedent-messages/overlay' {
  /** The overlay's messages in every locale (scripts/lib/messages-plugin.ts). */
  const messages: import('./i18n/translate').MessageTables;
  export default messages;
}

/**
 * Set by the build (wxt.config.ts `define`): true only in the benchmark's self-timing builds
 * (src/content/self-timing.ts); absent, so false, everywhere else (tests included).
 */
interface ImportMetaEnv {
  readonly PRECEDENT_SELF_TIMING?: boolean;
}
