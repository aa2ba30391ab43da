declare module 'virtual:precedent-dataset' {
  import type { CompiledDataset } from './compiled';
  const dataset: CompiledDataset;
  export default dataset;
}
